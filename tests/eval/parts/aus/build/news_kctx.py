"""KCTX 9 Central Texas News: local TV station site, HTML descriptions. Hand-labelled."""

FEED = "kctx"
ITEMS = [
dict(guid="aus_kctx_2026_0119_mlk", pub="2026-01-19T18:10:00-06:00", title="East Austin pastor honored with MLK Community Service Award",
body="""The Rev. Odell Franklin, pastor of Greater Mount Zion Baptist Church in East Austin, received the city's Martin Luther King Jr. Community Service Award on Monday at the Huston-Tillotson University ceremony.

Franklin was recognized for the church's food pantry, which served more than 9,000 families last year, and for twenty years of free tax-preparation clinics on the East Side.

"This award belongs to the volunteers," Franklin said.""",
gold=[("AUS011", "subject")]),

dict(guid="aus_kctx_2026_0323_fire", pub="2026-03-23T21:45:00-05:00", title="Pflugerville family displaced after overnight house fire on Kelly Lane",
body="""A Pflugerville family is safe but out of their home after a fire broke out overnight in their garage on Kelly Lane.

Priya and Karthik Raghavan and their two children escaped after a smoke alarm woke them shortly after 2 a.m., Travis County ESD 2 said. The fire destroyed the garage and damaged the kitchen. Investigators believe an e-bike battery charging in the garage started it.

"We got out with the kids and the dog, and that's all that matters," Priya Raghavan told KCTX 9. Neighbors have started a meal train for the family.""",
gold=[("AUS016", "subject")]),

dict(guid="aus_kctx_2026_0418_storm-cleanup", pub="2026-04-18T17:30:00-05:00", title="North Austin neighbors clean up after overnight hailstorm",
body="""Residents in North Austin's Wells Branch and North Lamar areas spent Saturday picking up branches and calling roofers after a line of storms brought golf-ball-size hail overnight.

"It sounded like someone was throwing rocks at the house for ten minutes," said Steve Park, who was sweeping glass from a neighbor's carport off Metric Boulevard. Austin Energy said about 4,000 customers lost power at the peak.

Austin Resource Recovery will collect storm debris over the next two weeks.""",
gold=[]),  # AUS017 quoted as a bystander

dict(guid="aus_kctx_2026_0502_spelling", pub="2026-05-02T18:00:00-05:00", title="Pflugerville eighth-grader spells her way to the national bee",
body="""A Pflugerville eighth-grader is headed to the Scripps National Spelling Bee.

Ananya Raghavan, 13, a student at Park Crest Middle School, won the Central Texas Regional Spelling Bee on Saturday by correctly spelling "gesellschaft." She is the daughter of Priya and Karthik Raghavan of Pflugerville, whose home was damaged by fire in March.

"She practiced in a hotel room for six weeks," her mother said.""",
gold=[("AUS016", "parent_of_subject")]),
]
