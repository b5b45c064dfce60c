"""WMHV 21 Valley News (Youngstown TV station site): short web stories, dateline "(WMHV)", HTML descriptions.
Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="yng_wmhv_20260128_1102", pub="2026-01-28T18:15:00-05:00", title="North Side family escapes early-morning house fire on Ohio Avenue",
body="""YOUNGSTOWN, Ohio (WMHV) - A Youngstown couple and their two grandchildren escaped without injury early Wednesday when fire tore through their home on Ohio Avenue on the city's North Side.

Wilfredo "Freddie" Quinones and his wife, Marisol, said a smoke detector woke them just after 4 a.m. Freddie Quinones carried the younger child down the stairs while Marisol led the older one out the back door. Youngstown Fire Department Battalion Chief Ron Skerl said the fire started in a space heater in a first-floor bedroom and caused an estimated $90,000 in damage.

"I heard the alarm and then I saw the glow through the curtains," said neighbor Odessa Pinkston, 84, who called 911 and took the children in until the Red Cross arrived. "Freddie is the one who shovels my walk every winter. I wasn't going to leave those babies standing in the snow."

The Red Cross is helping the family with temporary housing. A donation drive is being organized at St. Rose of Lima Church.""",
gold=[("YNG009", "subject"), ("YNG010", "subject")]),

dict(guid="yng_wmhv_20260316_1187", pub="2026-03-16T17:40:00-04:00", title="Akron's Curtis Boyce named head football coach at Buchtel",
body="""AKRON, Ohio (WMHV) - Akron Public Schools has named Curtis Boyce, 34, the new head football coach at Buchtel Community Learning Center.

Boyce, a former Zips defensive back, spent the last five seasons as Buchtel's defensive coordinator. He takes over a program that reached the regional semifinals last fall. "These kids deserve a coach who stays," Boyce said at Monday's announcement. "I'm staying."

Boyce is a 2010 graduate of Akron's Firestone High School.""",
gold=[]),

dict(guid="yng_wmhv_20260419_1240", pub="2026-04-19T16:05:00-04:00", title="Struthers couple who met at the Idora Park ballroom marks 60 years of marriage",
body="""STRUTHERS, Ohio (WMHV) - Sixty years ago this month, a Campbell Works crane operator asked a girl from Lowellville to dance at the Idora Park ballroom. On Saturday, Steve and Dottie Zelenak renewed their vows at Ss. Cyril and Methodius Church in front of their three children, nine grandchildren and what seemed like half of Struthers.

The Zelenaks were married April 23, 1966. Steve, 81, worked at the Campbell Works until the mill closed in 1979 and then for 25 years at the Struthers street department. Dottie, 79, the former Dorothy Kolesar, was a nurse at St. Elizabeth for 38 years.

Their secret? "She's always right," Steve said. "And he always remembers that," Dottie added.""",
gold=[("YNG003", "subject"), ("YNG004", "subject")]),

dict(guid="yng_wmhv_20260607_1318", pub="2026-06-07T19:30:00-04:00", title="Greek Festival returns to St. Nicholas with record crowds",
body="""YOUNGSTOWN, Ohio (WMHV) - The smell of roasting lamb and loukoumades drew record crowds to St. Nicholas Greek Orthodox Church this weekend for the parish's 53rd annual Greek Festival.

Volunteers baked more than 12,000 pieces of baklava and 4,000 spanakopita in the weeks before the festival. "My father started working this festival when it was a card table in the church hall," said festival chair Eleni Stamatakos of Canfield. "He would have loved to see this line."

The festival continues Sunday from noon to 8 p.m. Proceeds support the parish's food pantry and youth programs.""",
gold=[]),

dict(guid="yng_wmhv_20260625_1377", pub="2026-06-25T07:10:00-04:00", title="Boardman, Poland clean up after fast-moving storm topples trees",
body="""BOARDMAN, Ohio (WMHV) - Crews from Boardman and Poland townships spent Wednesday clearing fallen trees and power lines after a severe thunderstorm raced across southern Mahoning County on Tuesday evening with winds estimated at 70 mph.

The worst damage was on Glenwood Avenue and in the Forest Glen neighborhood, where a 90-year-old oak split and crushed a detached garage belonging to the Hallinan family. Nobody was hurt. At the peak, about 14,000 Ohio Edison customers were without power.

"It sounded like a train for about two minutes and then it was over," said Pat Cervellino, who has lived on Glenwood Avenue since 1979 and spent the morning helping neighbors drag limbs to the curb. "We've seen worse. 1985 was worse."

Boardman Township will run extra brush pickup through July 3.""",
gold=[]),

dict(guid="yng_wmhv_20260714_1422", pub="2026-07-14T18:45:00-04:00", title="Warren Harding senior wins national STEM scholarship",
body="""WARREN, Ohio (WMHV) - A Warren G. Harding High School senior is one of 25 students nationwide to win a full scholarship from the National Society of Black Engineers' corporate partners.

Imani Boyce, 17, will study chemical engineering at Ohio State in the fall. She built a low-cost water-testing kit for her AP Chemistry project after reading about lead pipes on her own street, and presented it at the state science fair in April.

Imani is the daughter of Curtis and Yolanda Boyce of Warren. "She was taking apart the toaster at six," her mother said. "We just tried to stay out of her way." """,
gold=[("YNG017", "parent_of_subject"), ("YNG018", "parent_of_subject")]),
]
