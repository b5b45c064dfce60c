"""Foothills Neighbors: community paper (Knox, Blount, Sevier, Anderson), teaser description and HTML in
content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="tys_fn_2026_0130_scholars", pub="2026-01-30T08:00:00-05:00", title="Fulton High senior wins Rotary's Hope Scholarship",
body="""A Fulton High School senior who tutors younger students in math at the Inskip library every Saturday has won the Knoxville Rotary Club's $20,000 Hope Scholarship.

Mateo Quintanilla, 17, the son of Rudy and Esperanza Quintanilla of North Knoxville, plans to study mechanical engineering at the University of Tennessee. He is the first in his family to go to college.""",
gold=[("TYS007", "parent_of_subject"), ("TYS006", "parent_of_subject")]),

dict(guid="tys_fn_2026_0214_vanhuss", pub="2026-02-14T08:00:00-05:00", title="Powell couple marks 50 years on Valentine's Day",
body="""Gus and Nadine Van Huss of Powell will celebrate their 50th wedding anniversary on Valentine's Day with a reception at Beaver Dam Baptist Church fellowship hall.

The former Nadine Greer and Augustus Van Huss were married at the same church on February 14, 1976. He retired from TVA; she taught at Powell Elementary. They have three children and seven grandchildren.""",
gold=[("TYS009", "subject"), ("TYS010", "subject")]),

dict(guid="tys_fn_2026_0314_halfmarathon", pub="2026-03-14T08:00:00-04:00", title="Oak Ridge grandmother, 75, finishes her first half-marathon",
body="""Verna Lee Spradlin took up walking after her hip replacement three years ago. Last Saturday the 75-year-old Oak Ridge grandmother crossed the finish line of the Secret City Half Marathon in 3 hours, 11 minutes.

"My grandson said I couldn't do it, so here we are," Spradlin said. She trains on the Melton Lake greenway five mornings a week.""",
gold=[("TYS022", "subject")]),

dict(guid="tys_fn_2026_0420_oxendine", pub="2026-04-20T08:00:00-04:00", title="Mount Olive celebrates pastor's 25 years in the pulpit",
body="""Mount Olive Missionary Baptist Church in East Knoxville honored its pastor, the Rev. Desmond Oxendine, on Sunday for 25 years of service.

Under Oxendine's leadership the congregation opened a food pantry, a summer reading camp and a free tax clinic. Judge Lavinia Tallent brought greetings from the bench, and the combined choirs of three sister churches sang.""",
gold=[("TYS021", "subject")]),

dict(guid="tys_fn_2026_0606_readinggarden", pub="2026-06-06T08:00:00-04:00", title="Seymour library dedicates reading garden to longtime teacher",
body="""The Seymour Branch Library dedicated its new reading garden on Saturday to the memory of Ella Jean "Jeanie" Blalock, the retired second-grade teacher who ran its summer reading program for two decades and who died in April.

Her son, Keith Blalock, accepted a plaque on the family's behalf. Her friend Loretta Wolfenbarger cut the ribbon, and Friends of the Library donors Mary Beth Trentham and Carl Huskey planted the first roses.""",
gold=[]),
]
