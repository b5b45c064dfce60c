"""Cape & Lehigh Neighbors (community weekly: milestones, schools, births, clubs): teaser description plus HTML in
content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="ftm_cln_20260108_milestones", pub="2026-01-08T08:00:00-05:00",
title="Milestones: Brinkerhoffs celebrate 55 years",
body="""Gerald and Lorraine Brinkerhoff of Cape Coral celebrated their 55th wedding anniversary on January 2.

The couple were married at St. Hedwig Church in Toledo, Ohio, in 1971, and wintered in Cape Coral for 20 years before moving here for good in 2011. Jerry retired from Owens Corning; Lorraine taught piano for 40 years. They marked the day with a dinner cruise on the Caloosahatchee with their children and grandchildren.""",
gold=[("FTM001", "subject"), ("FTM002", "subject")]),

dict(guid="ftm_cln_20260129_dunbar", pub="2026-01-29T08:00:00-05:00",
title="Ida Mae Pettway receives Dunbar community service award",
body="""The Dunbar Community Association presented its Mother Essie Gaskins Service Award on Saturday to a fitting first recipient: her sister.

Ida Mae Pettway, 84, has run the free after-school homework table at the Dunbar library branch for 22 years. She accepted the award two weeks after her sister's homegoing. "Essie would say I talked too long," Pettway told the crowd.""",
gold=[("FTM003", "subject")]),

dict(guid="ftm_cln_20260416_births", pub="2026-04-16T08:00:00-04:00",
title="Births at Lee Health",
body="""The following births were recorded at HealthPark Medical Center and Gulf Coast Medical Center.

A daughter, Amara Joy, was born April 2 to Terrence and LaToya McCloud of Fort Myers.

A son, Mateo Andrés, was born April 4 to Luis and Karina Benavides of Lehigh Acres.

A son, Brooks Allen, was born April 6 to Cody and Jessica Pruett of Cape Coral.""",
gold=[("FTM013", "subject"), ("FTM014", "subject")]),

dict(guid="ftm_cln_20260507_scholar", pub="2026-05-07T08:00:00-04:00",
title="Bonita Springs High senior wins full-ride Gates scholarship",
body="""Josué Quiej, a senior at Bonita Springs High School, has been named a Gates Scholar, one of 300 students nationwide to receive a full scholarship to the college of their choice.

Josué, who came to Bonita Springs from Guatemala at age six speaking only Q'anjob'al, will study engineering at the University of Florida. His mother, Rosalba Quiej, works at a landscaping nursery on Bonita Beach Road. "She is the reason," he said.""",
gold=[("FTM017", "parent_of_subject")]),

dict(guid="ftm_cln_20260521_artleague", pub="2026-05-21T08:00:00-04:00",
title="Cape Coral Art League names spring show winners",
body="""Best in Show at the Cape Coral Art League's spring juried show went to Lehigh Acres painter Yolanda Ferris for "Ian, Afterward," a large oil of a flattened mobile home park.

This year's judges were Sanibel watercolorist Margit Lindqvist, FGCU art professor Dr. Simone Abara and gallery owner Chet Brandt. Lindqvist said she returned to judging this spring "because Everett would have told me to."

The show runs through June 15 at the Art League, 516 Cultural Park Blvd.""",
gold=[]),
]
