"""WPRL Prairieland 19 (Bloomington-Normal TV station site), HTML descriptions, web-story style. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="bmi_wprl-20260128-1102", pub="2026-01-28T17:45:00-06:00",
title="Pontiac woman honored for 60 years with hospital auxiliary",
body="""PONTIAC (WPRL) - Dee Tjaden has folded a lot of newsletters.

The Pontiac woman, 84, was honored Wednesday by OSF St. James Hospital for 60 years with its volunteer auxiliary, the longest service in the group's history. Tjaden has staffed the gift shop, run the annual bake sale and, for the past decade, pushed the book cart through the halls every Tuesday.

"I started when my kids were in grade school," Tjaden said. "Now my grandkids come in to visit me."""
,
gold=[("BMI020", "subject")]),

dict(guid="bmi_wprl-20260315-1218", pub="2026-03-15T21:10:00-05:00",
title="Fire destroys machine shed on DeWitt County farm",
body="""CLINTON (WPRL) - A fire Sunday night destroyed a machine shed, a combine and a semi-trailer of seed on a farm east of Clinton.

The shed belonged to Mark and Janelle Augspurger, who farm 1,800 acres along County Highway 14. No one was hurt. Janelle Augspurger said the family noticed the glow from the kitchen window around 8 p.m.

"We're grateful it didn't reach the house or the hog barn," she said. "Equipment can be replaced." The DeWitt County fire investigator said the fire appears to have started in a battery charger.""",
gold=[("BMI019", "subject"), ("BMI018", "subject")]),

dict(guid="bmi_wprl-20260504-1340", pub="2026-05-04T18:20:00-05:00",
title="Normal teacher named Illinois Teacher of the Year",
body="""NORMAL (WPRL) - A Parkside Junior High science teacher who turned a retention pond into an outdoor classroom is the 2026 Illinois Teacher of the Year.

Rosalind Wetzel-Harms was surprised with the award Monday at a school assembly, where the State Superintendent handed her a bouquet and her eighth graders chanted "Ms. Harms!" She has taught at Parkside for 17 years.

Wetzel-Harms will represent Illinois in the national competition this fall.""",
gold=[("BMI022", "subject")]),

dict(guid="bmi_wprl-20260622-1477", pub="2026-06-22T19:05:00-05:00",
title="Neighbors clean up after Sunday's storm in Bloomington-Normal",
body="""BLOOMINGTON (WPRL) - Chainsaws were running all over Bloomington's west side Monday after Sunday evening's severe thunderstorm brought 70 mph wind gusts and knocked out power to 21,000 customers.

"I heard the crack and the whole silver maple came down across the street," said Marcus Threlkeld, who was helping a neighbor on South Morris Avenue clear limbs. "Nobody got hurt, that's the main thing."

Ameren Illinois said most customers should have power back by Tuesday night.""",
gold=[]),   # quoted bystander BMI021: nothing

dict(guid="bmi_wprl-20260909-1603", pub="2026-09-09T17:30:00-05:00",
title="Bloomington exec makes Illinois Insurance Hall of Fame",
body="""BLOOMINGTON (WPRL) - Prairie Mutual Insurance's claims chief is heading into the Illinois Insurance Hall of Fame.

Curtis Bachman, the company's vice president of claims, was one of five people inducted Tuesday in Springfield. The Illinois Insurance Association cited his work leading the catastrophe response after the 2025 hail storms and his training program for rural adjusters.

Bachman accepted the honor with his wife, Renee, and their two daughters beside him.""",
gold=[("BMI009", "subject")]),
]
