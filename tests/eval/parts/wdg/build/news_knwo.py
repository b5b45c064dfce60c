"""KNWO 9 News Northwest (Enid TV station site): HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="wdg_knwo_20260127_leck", pub="2026-01-27T17:40:00-06:00", title="Enid native named plant manager at Prairie Gold Milling",
body="""ENID, Okla. (KNWO) - Prairie Gold Milling has a new man in charge of its flour mill on the east side of Enid.

Garrett Leck, who started at the mill as a summer sack-stacker in 2003, was promoted to plant manager this week. Leck, 40, most recently ran the mill's night shift and oversaw last year's expansion of the grain elevator.

"I grew up hearing these trains," Leck said. "It's an honor to run the place."  """,
gold=[("WDG020", "subject")]),

dict(guid="wdg_knwo_20260224_ottfire", pub="2026-02-24T21:10:00-06:00", title="Wind-driven fire destroys barn, shop on Alfalfa County farmstead",
body="""CHEROKEE, Okla. (KNWO) - A grass fire pushed by 50 mph winds jumped a county road Tuesday afternoon and destroyed a barn and machine shop on a farmstead south of Cherokee.

Wendell and Maxine Ott, who have farmed the place since 1962, were not hurt. Their house was saved when neighbors cut a fire line with a disk. "We lost the combine and about every tool Wendell owns," Maxine Ott said.

Cherokee and Helena volunteer fire departments responded. Alfalfa County emergency management said the fire burned about 900 acres.""",
gold=[("WDG021", "subject"), ("WDG022", "subject")]),

dict(guid="wdg_knwo_20260415_anjain", pub="2026-04-15T18:00:00-05:00", title="Enid High senior becomes first Marshallese student in the city to win national scholarship",
body="""ENID, Okla. (KNWO) - Naomi Anjain found out in her fifth-hour class that she had won a full national scholarship to the University of Tulsa.

The Enid High senior, the daughter of Jelton and Rine Anjain, is the first student from Enid's Marshallese community to receive the award. She plans to study nursing.

"My dad cried in the parking lot," Naomi said.""",
gold=[("WDG007", "parent_of_subject")]),

dict(guid="wdg_knwo_20260506_panaderia", pub="2026-05-06T12:15:00-05:00", title="Hennessey bakery opens in former bank building",
body="""HENNESSEY, Okla. (KNWO) - The old First State Bank building on Main Street smells like conchas again.

Marisol Gallardo Reyes opened Panadería La Esperanza there on Saturday, fifteen years after she started selling pan dulce out of her kitchen. Her husband, Tomás, built the display cases.

The line was out the door by 7 a.m., and the bakery sold out by noon.""",
gold=[("WDG008", "subject")]),

dict(guid="wdg_knwo_20260623_harvest", pub="2026-06-23T18:30:00-05:00", title="Wheat harvest running ahead of schedule across northwest Oklahoma",
body="""KINGFISHER, Okla. (KNWO) - Combines are rolling two weeks early this year, and yields are better than many farmers feared after a dry spring.

"We're cutting 45-bushel wheat where I expected 30," said Kenton Baalman, who farms west of Kingfisher. "Test weights are good too."

Tad Strecker, an agronomy professor at Northwestern Oklahoma State University in Alva, said late-April rains saved much of the crop. The Oklahoma Wheat Commission expects the state harvest to be about half done by the Fourth of July.""",
gold=[]),

dict(guid="wdg_knwo_20260915_gala", pub="2026-09-15T22:00:00-05:00", title="Hospice gala raises record $310,000",
body="""ENID, Okla. (KNWO) - The Hospice Circle of Love gala raised a record $310,000 Saturday night at the Stride Bank Center.

Gold sponsors included Prairie Gold Milling, Ray and Sharon Pribil, the Wedel family and Security National Bank. More than 400 people attended.

Event chair Kathy Reinhardt said the money will expand the hospice's respite care program.""",
gold=[]),
]
