"""Concho Valley 6 News (invented TV station, KCVO San Angelo): web stories, HTML descriptions. Hand-labelled."""

FEED = "kcvo"
ITEMS = [
dict(guid="sjt_kcvo_story_20260318_1044", pub="2026-03-18T18:30:00-05:00",
title="Robert Lee man pulls driver from flooded low-water crossing",
body="""ROBERT LEE, Texas (KCVO) - A Coke County rancher is being called a hero after he pulled a woman from her car as it was swept off a low-water crossing on Tuesday evening.

Zeke Menchaca, 68, of Robert Lee, was checking on his cattle when he saw the car stall in fast water on County Road 233. He tied a rope to his pickup's trailer hitch, waded out and pulled the driver through her window moments before the car rolled into the creek.

"I've crossed that road a thousand times and never seen it that high," Menchaca said. The driver, a 34-year-old Bronte woman, was treated for hypothermia at Shannon Medical Center and released. Coke County Sheriff Wayne McCutchen said he will recommend Menchaca for the Texas Citizen's Certificate of Merit.""",
gold=[("SJT017", "subject")]),

dict(guid="sjt_kcvo_story_20260409_1107", pub="2026-04-09T06:10:00-05:00",
title="Christoval barn fire kills no animals, thanks to neighbors",
body="""CHRISTOVAL, Texas (KCVO) - A fire destroyed a hay barn and a workshop north of Christoval overnight, but every horse on the property made it out.

Lonnie D'Spain said he woke to his dogs barking at about 2 a.m. and saw the barn roof glowing. He and two neighbors led four horses and a mule to a back pasture before the Christoval Volunteer Fire Department arrived. The barn, about 300 round bales of hay and a tractor were lost.

Fire officials believe a short in the workshop's wiring started the fire. "You can build a barn back," D'Spain said. "You can't build back a horse." """,
gold=[("SJT008", "subject")]),

dict(guid="sjt_kcvo_story_20260501_1163", pub="2026-05-01T21:40:00-05:00",
title="Two families displaced by north San Angelo house fire",
body="""SAN ANGELO, Texas (KCVO) - Two families are staying with relatives after fire tore through a duplex on Pulliam Street on Friday afternoon.

San Angelo Fire Department crews arrived at about 3:15 p.m. to find heavy smoke coming from the east unit, rented by Marcos and Janie Arrambide. No one was injured. A neighbor, Toni Urquidez, said she saw the smoke from her porch and banged on both doors. "The kids were still at school, thank God," Urquidez said.

The fire marshal is investigating. The Red Cross is assisting both families.""",
gold=[]),

dict(guid="sjt_kcvo_story_20260512_1188", pub="2026-05-12T22:05:00-05:00",
title="Hail the size of tennis balls pounds west San Angelo",
body="""SAN ANGELO, Texas (KCVO) - Body shops and roofers will be busy for months after a supercell dropped tennis-ball-size hail across west and north San Angelo on Tuesday evening.

The hail shattered windshields along West Beauregard Avenue and stripped leaves from the pecan trees near Sul Ross Street. "It sounded like somebody was dumping rocks on the roof," said Jerry Stribling, who lives near Pecos Street. Virgil Wohlfahrt, whose truck had every window broken, said he had never seen hail that big in sixty years in town.

No injuries were reported. The city's solid waste department will collect storm debris at the curb through next week.""",
gold=[]),

dict(guid="sjt_kcvo_story_20260305_1021", pub="2026-03-05T22:30:00-06:00",
title="Lake View's Ochotorena wins state wrestling title",
body="""SAN ANGELO, Texas (KCVO) - Lake View senior Mateo Ochotorena is a state champion.

Ochotorena pinned his opponent from Fort Worth Benbrook in the second period of the Class 4A 157-pound final on Saturday in Cypress, finishing the season 46-2. He is the first Lake View wrestler to win a state title since 2011 and will wrestle for Oklahoma City University in the fall.

His parents, Ramiro and Lola Ochotorena, drove through the night to be there. "He's been wrestling since he was five years old, in our living room," his father said.""",
gold=[("SJT009", "parent_of_subject"), ("SJT010", "parent_of_subject")]),

dict(guid="sjt_kcvo_story_20261023_1302", pub="2026-10-23T22:15:00-05:00",
title="Midland Legacy quarterback Pettijohn breaks district passing record",
body="""MIDLAND, Texas (KCVO) - Midland Legacy junior quarterback Colton Pettijohn threw for 412 yards and five touchdowns Friday night, breaking the District 2-6A single-game passing record in a 48-21 win over Odessa Permian.

Pettijohn, 16, has already received scholarship offers from Texas Tech and Baylor. The Rebels visit San Angelo Central next week.""",
gold=[]),
]
