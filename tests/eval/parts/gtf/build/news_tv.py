"""KGFX NewsWatch 5 (Great Falls TV station): local web stories, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="gtf_kgfx_story_20260205_0311", pub="2026-02-05T18:10:00-07:00",
title="Havre wrestling coach Dalton Stensrud earns 400th dual win",
body="""HAVRE, Mont. (KGFX) - Havre High School wrestling coach Dalton Stensrud picked up the 400th dual-meet win of his career Thursday night as the Blue Ponies beat Glasgow 51-18 at the Havre High gym.

Stensrud, 44, a Havre native and former state champion for the Blue Ponies, has coached the program for nineteen seasons and won four Class A team titles. His wrestlers dumped a bucket of ice water on him after the final match.

"It's their number, not mine," Stensrud said. "I just drive the bus and yell." """,
gold=[]),

dict(guid="gtf_kgfx_story_20260218_0402", pub="2026-02-18T17:25:00-07:00",
title="Black Eagle couple escapes early-morning house fire",
body="""BLACK EAGLE, Mont. (KGFX) - A Black Eagle couple escaped without injury early Wednesday when a fire started by a space heater spread through the back of their home on Smelter Avenue.

Tony and Loretta Perkovich woke to the smoke alarm shortly after 4 a.m. and got out through the front door with their dog. Black Eagle Volunteer Fire Department crews had the fire out in about forty minutes, but the kitchen and a back bedroom were destroyed.

"We lost the kitchen and a lot of my mother-in-law's pictures, but we're all here," Loretta Perkovich said. Neighbor Dee Marusich, who called 911, said the couple were standing in the snow in their pajamas when she got to them.

The Red Cross is helping the Perkoviches with temporary housing. It was the third space-heater fire in Cascade County this winter, according to fire officials.""",
gold=[("GTF003", "subject"), ("GTF004", "subject")]),

dict(guid="gtf_kgfx_story_20260624_0815", pub="2026-06-24T18:00:00-06:00",
title="Fort Benton ranch family wins Montana Leopold Conservation Award",
body="""FORT BENTON, Mont. (KGFX) - A Chouteau County ranch family that has spent thirty years restoring native grass and riparian habitat along the Missouri River breaks has won this year's Montana Leopold Conservation Award.

Wendell and Arlette Quarnstrom, who run cattle and grow wheat on the Quarnstrom Ranch north of Fort Benton, accepted the award and its $10,000 prize Tuesday at the Montana Stockgrowers meeting in Great Falls. The couple fenced off three miles of creek, converted 900 acres of cropland back to native prairie, and host school field days every spring.

"My grandfather broke this sod with horses," Wendell Quarnstrom said. "We're just trying to leave some of it the way he found it." """,
gold=[("GTF007", "subject"), ("GTF008", "subject")]),

dict(guid="gtf_kgfx_story_20260714_0923", pub="2026-07-14T21:35:00-06:00",
title="Golf-ball hail shreds gardens, cracks windshields on Great Falls' west side",
body="""GREAT FALLS, Mont. (KGFX) - A fast-moving thunderstorm dropped hail up to the size of golf balls across the west side of Great Falls and Black Eagle on Tuesday evening, stripping gardens, cracking windshields and piling ice along Northwest Bypass deep enough to plow.

The National Weather Service in Great Falls had issued a severe thunderstorm warning for the area about twenty minutes before the hail arrived. NorthWestern Energy reported about 2,300 customers without power at the peak.

"It sounded like somebody dumping gravel on the roof for ten minutes straight," said Evangeline D'Amour, who watched the storm from her porch on 6th Avenue Northwest. "My tomatoes are gone, but the house is fine."

Cascade County Disaster and Emergency Services asked residents to report roof damage through the county website.""",
gold=[]),

dict(guid="gtf_kgfx_story_20260922_1104", pub="2026-09-22T17:45:00-06:00",
title="Great Falls science teacher named 2027 Montana Teacher of the Year",
body="""GREAT FALLS, Mont. (KGFX) - A Great Falls High School chemistry teacher who turned a storage closet into the state's busiest student research lab is the 2027 Montana Teacher of the Year.

Leah Brixius, 41, learned of the honor Tuesday in front of a gym full of students. She has taught at Great Falls High for sixteen years and coaches the school's Science Olympiad team, which has won state five of the last six years.

Brixius, the daughter of Mary Jo Brixius and the late Gerry Brixius of Great Falls, dedicated the award to her father, a longtime county accountant who died in May. "He checked every one of my gradebooks for math errors until I was thirty," she said.

She will represent Montana in the National Teacher of the Year program.""",
gold=[("GTF013", "parent_of_subject")]),
]
