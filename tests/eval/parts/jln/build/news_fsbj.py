"""Four-State Business Journal: business paper, plain text. Hand-labelled (`gold`)."""

ITEMS = [
dict(guid="jln_fsbj_2026_0304_estrella", pub="2026-03-04T07:00:00-06:00",
title="Panadería La Estrella marks 10 years on Carthage's square, plans second oven",
body="""CARTHAGE - Ten years after opening in a former shoe store on the east side of the square, Panadería La Estrella is celebrating its anniversary with free conchas on Saturday and a new deck oven on order.

Owners Efraín and Maricela Villalobos opened the bakery in March 2016 with two employees. It now employs eleven, supplies pan dulce to three grocery stores between Carthage and Monett, and sells about 4,000 bolillos a week.

"At first it was only our own people from the plants who came in," Maricela Villalobos said. "Now the Anglo grandmas come for the tres leches and the kids come for the cookies." The couple plan to add the second oven this summer.""",
gold=[("JLN006", "subject"), ("JLN005", "subject")]),

dict(guid="jln_fsbj_2026_0408_lomaxtire", pub="2026-04-08T07:00:00-05:00",
title="Galena's Lomax Tire & Alignment passes to employees as Butch Lomax retires",
body="""GALENA, Kan. - Lomax Tire & Alignment, a Main Street fixture since 1964, will be owned by its employees after its longtime owner retires at the end of the month.

Virgil "Butch" Lomax Jr., 68, who took over the shop from his late father in 1991, has sold it to its four mechanics under a five-year buyout. "Dad built it with one jack. I'm not going to be the one to put a padlock on it," Lomax said. The shop will keep its name.""",
gold=[("JLN007", "subject")]),

dict(guid="jln_fsbj_2026_0429_gala", pub="2026-04-29T07:00:00-05:00",
title="Freeman Health Foundation gala raises $1.4 million for cancer center expansion",
body="""JOPLIN - The Freeman Health Foundation's spring gala on Saturday raised $1.4 million toward the expansion of the Freeman Cancer Institute, the foundation said Monday.

Lead sponsors included Ozark Prairie Bank, Tamko Building Products and Leggett & Platt. Individual donors at the Benefactor level included Trent and Megan Ackerly, Dr. Lionel Achterberg, Harlan and Sue Yoakum and the estate of Dr. Evelyn Marsh. About 420 people attended.""",
gold=[]),  # donor list

dict(guid="jln_fsbj_2026_0610_balkans", pub="2026-06-10T07:00:00-05:00",
title="Downtown Pittsburg vacancies fall to lowest level since 2008",
body="""PITTSBURG, Kan. - Storefront vacancies on Broadway in downtown Pittsburg have fallen below 8 percent for the first time since 2008, according to a count by Pittsburg State University's Kelce College of Business.

"Two things happened: the university grew, and rents on the square in Joplin went up," said Dustin Kirkendoll, an economics instructor at Pittsburg State who led the student count. He said eleven businesses opened downtown in the past 18 months, including a bookstore, two restaurants and a climbing gym.""",
gold=[]),  # quoted expert
]
