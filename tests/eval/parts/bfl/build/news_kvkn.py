"""KVKN 17 Eyewitness News (Bakersfield TV station site): short web stories with a dateline, HTML descriptions.
Hand-labelled."""

FEED = "kvkn"
ITEMS = [
dict(guid="bfl_kvkn_story_20260211_0418", pub="2026-02-11T06:45:00-08:00",
title="Oildale couple escapes early-morning house fire",
body="""OILDALE, Calif. (KVKN) - An Oildale couple in their seventies got out of their burning home just before dawn Wednesday, thanks, they say, to a smoke alarm their grandson installed at Christmas.

Dub and Verla Kinnamon woke to the alarm at about 4:30 a.m. and found the kitchen of their Woodrow Avenue home full of smoke. "I grabbed Verla and she grabbed the cat, and that was about the order of it," Dewayne Kinnamon told Eyewitness News from a neighbor's porch.

Kern County firefighters knocked the fire down in twenty minutes, but the kitchen and back bedroom are a loss. Investigators believe a space heater started the fire. The Red Cross is helping the couple.""",
gold=[("BFL007", "subject"), ("BFL008", "subject")]),

dict(guid="bfl_kvkn_story_20260408_0530", pub="2026-04-08T17:20:00-07:00",
title="Golden Valley High senior wins full-ride national scholarship",
body="""BAKERSFIELD, Calif. (KVKN) - Golden Valley High School senior Kiara Wimberley found out in her AP Chemistry class Tuesday that she is one of 1,000 students nationwide to win a Gates Scholarship, which will pay her full cost of attendance through college.

Wimberley, 17, is the school's ASB president, runs the 400 meters and tutors freshmen in math at lunch. She plans to study chemical engineering at UC Berkeley.

Her parents, Cordell and Tanisha Wimberley, surprised her at school with balloons. "She did this herself," her father said. "We just kept the lights on." """,
gold=[("BFL014", "parent_of_subject"), ("BFL015", "parent_of_subject")]),

dict(guid="bfl_kvkn_story_20260422_0611", pub="2026-04-22T19:05:00-07:00",
title="Dust storm shuts Highway 43 near Shafter; several crashes reported",
body="""SHAFTER, Calif. (KVKN) - A wall of blowing dust swept across the valley floor west of Shafter on Wednesday afternoon, dropping visibility to near zero and closing Highway 43 and Highway 46 for more than two hours.

The CHP reported at least six crashes, none of them serious. The National Weather Service had issued a Dust Storm Warning for northwest Kern County shortly after 2 p.m. as wind gusts reached 55 mph.

"You couldn't see the hood of your car," said Cordell Wimberley of Bakersfield, who was driving home from a job in Wasco and waited out the storm in a gas station parking lot. "I've lived here my whole life and I've never seen it that brown." """,
gold=[]),

dict(guid="bfl_kvkn_story_20260927_0702", pub="2026-09-27T20:10:00-07:00",
title="Thousands turn out for the Kern County Basque Festival",
body="""BAKERSFIELD, Calif. (KVKN) - The smell of lamb on open fires and the sound of the txistu filled the Kern County Fairgrounds on Sunday as thousands turned out for the annual Basque Festival.

The festival, now in its 58th year, featured weight-carrying and wood-chopping contests, a Mass in Basque and Latin and the club's youth dancers. "My grandfather came here to herd sheep with nothing, and now his great-grandkids are dancing the same dances he danced in Aldudes," said dancer Ximena Oyarzabal, who has performed with the club since she was five.

Proceeds go to the club's scholarship fund.""",
gold=[]),

dict(guid="bfl_kvkn_story_20261015_0744", pub="2026-10-15T18:30:00-07:00",
title="Lamont taqueria named best in Kern in readers' poll",
body="""LAMONT, Calif. (KVKN) - For the third year in a row, the tacos de cabeza at Taquería Los Altos in Lamont have topped Eyewitness News viewers' Best of Kern poll.

Owners Rigoberto and Lupita Zamudio opened the tiny Main Street restaurant in 2009 with four tables and a recipe from Rigoberto's father, Anselmo, who died in July. "This one is for my dad," Rigoberto Zamudio said as he accepted the plaque Wednesday. "He told us nobody would drive to Lamont for tacos. He was wrong, and he loved being wrong about that."

The restaurant plans to add a patio next spring.""",
gold=[("BFL006", "subject"), ("BFL005", "subject")]),

dict(guid="bfl_kvkn_story_20260815_0690", pub="2026-08-15T07:15:00-07:00",
title="Flash flooding strands drivers near Lamont and Arvin",
body="""LAMONT, Calif. (KVKN) - Monsoon thunderstorms dumped more than an inch of rain in under an hour on the foothills southeast of Bakersfield on Thursday evening, sending muddy water across roads between Arvin and Lamont.

Kern County firefighters pulled two drivers from cars stalled on Di Giorgio Road, and a stretch of Weedpatch Highway was closed overnight. "The ditch out front came up faster than I've ever seen in eighty years," said Buddy Quisenberry, who has lived on Weedpatch Highway since 1947.

No injuries were reported. Crews were clearing mud from Highway 223 on Friday morning.""",
gold=[]),
]
