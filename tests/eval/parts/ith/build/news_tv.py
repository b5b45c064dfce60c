"""WCYU 7 (Ithaca / Southern Tier): local TV station site, HTML descriptions, short web stories. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="ith_wcyu_story_20260209_0114", pub="2026-02-09T18:20:00-05:00", title="Dryden Fire Department names its first woman chief",
body="""DRYDEN, N.Y. (WCYU) - The Dryden Fire Department has a new chief, and for the first time in its 120-year history she is a woman.

Siobhan O'Shaughnessy, a 25-year volunteer and the department's training officer, was elected chief by the membership on Sunday night. O'Shaughnessy, a paramedic with Bangs Ambulance, takes command of three stations and about 70 volunteers.

"The pager doesn't care who answers it," she said. "It just cares that somebody does." """,
gold=[("ITH007", "subject")]),

dict(guid="ith_wcyu_story_20260324_0207", pub="2026-03-24T06:45:00-04:00", title="Lansing couple escapes early-morning house fire",
body="""LANSING, N.Y. (WCYU) - A Lansing couple escaped without injury early Tuesday when fire tore through their home on Ridge Road.

Bart Szczepanik Jr. said he woke to smoke alarms shortly after 3 a.m. and got his wife, Deirdre, and their two dogs out of the house before flames reached the second floor. Crews from Lansing, Ludlowville and Groton fought the fire for two hours.

The Tompkins County fire investigator said the fire started near a wood stove. The American Red Cross is helping the couple.""",
gold=[("ITH003", "subject")]),  # Deirdre is his roster spouse but not a client

dict(guid="ith_wcyu_story_20260515_0331", pub="2026-05-15T17:30:00-04:00", title="Lansing cleans up after Thursday's hail and wind",
body="""LANSING, N.Y. (WCYU) - Chainsaws were running along North Triphammer Road on Friday after Thursday evening's severe thunderstorm brought down trees, power lines and hail the size of golf balls.

NYSEG said about 4,000 customers in Lansing and Ithaca lost power at the height of the storm; most had it back by Friday afternoon. No injuries were reported.

"I've lived on this road sixty years and never seen hail like that," said Etta Wixom, 85, who watched from her porch as a neighbor's silver maple came down across the road. "It sounded like somebody throwing gravel at the house." """,
gold=[]),  # Etta Wixom (ITH015) is a quoted onlooker: nothing here (the storm alert itself is labelled in_area)

dict(guid="ith_wcyu_story_20260608_0388", pub="2026-06-08T19:05:00-04:00", title="Teen pulls kayaker from Cayuga Lake near Taughannock",
body="""ULYSSES, N.Y. (WCYU) - A 17-year-old lifeguard-in-training is being credited with saving a kayaker whose boat capsized in choppy water off Taughannock Falls State Park on Sunday.

Colby Fenstermacher of Trumansburg paddled a rescue board about 200 yards out and kept the 58-year-old man afloat until a State Parks boat arrived. The kayaker was treated for hypothermia at Cayuga Medical Center and released.

"He never hesitated, he just went," said Lorraine Quackenbush of Ithaca, who was walking on the pier with her husband when it happened.""",
gold=[]),  # Lorraine Quackenbush (ITH002) is a witness quoted: nothing

dict(guid="ith_wcyu_story_20260613_0402", pub="2026-06-13T22:10:00-04:00", title="South Seneca's Wren Ashgrove wins state title in the 1,600",
body="""MIDDLETOWN, N.Y. (WCYU) - South Seneca junior Wren Ashgrove is a state champion.

Ashgrove won the Division II girls 1,600 meters at the state track and field championships on Saturday in 4 minutes, 51.3 seconds, pulling away over the last 200 meters. She is the first state champion in any sport in the Ovid school's history.

Wren is the daughter of Pippa Ashgrove of Ovid, who ran the 1,500 meters for Cornell. "She's faster than I ever was," her mother said. "And she knows it." """,
gold=[("ITH022", "parent_of_subject")]),
]
