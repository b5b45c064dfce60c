"""Dunn County Courier (invented weekly) and community pages: teaser description + HTML in content:encoded.
Hand-labelled."""

ITEMS = [
dict(guid="eau_dcc_20260219_hagness_forensics", pub="2026-02-19T09:00:00-06:00",
title="Menomonie junior takes state forensics title",
body="""Menomonie High School junior Ella Hagness won a gold medal and the top overall rating in Four-Minute Speech at the Wisconsin High School Forensic Association state meet in Madison on Saturday.

Ella, the daughter of Curt and Renee Hagness of rural Menomonie, spoke on the history of the Red Cedar dam. She is also a member of the Mustang band and the FFA chapter.

Coach Marisa Quale said Hagness is the school's first state champion in the category since 1998.""",
gold=[("EAU015", "parent_of_subject"), ("EAU016", "parent_of_subject")]),

dict(guid="eau_dcc_20260305_moseng_retires", pub="2026-03-05T09:00:00-06:00",
title="Pastor Moseng to retire after 34 years at Our Saviour's",
body="""The Rev. Harlan Moseng will retire June 30 after 34 years as pastor of Our Saviour's Lutheran Church in Eau Claire.

Pastor Moseng came to Our Saviour's in 1992 from a two-point parish in Pigeon Falls and Strum. In his years at the church he led the building of the food shelf, baptized more than 900 children and, by his count, officiated at 1,140 funerals.

He and his wife, Joyce, plan to stay in Eau Claire. A farewell potluck is planned for June 28.""",
gold=[("EAU019", "subject")]),

dict(guid="eau_dcc_20260416_skogstad_50th", pub="2026-04-16T09:00:00-05:00",
title="Skogstads celebrate 50th anniversary",
body="""Duane and Marcia (Wojcik) Skogstad of Chippewa Falls will celebrate their 50th wedding anniversary with an open house from 1 to 4 p.m. Sunday, April 26, at the Lake Wissota Golf clubhouse.

The couple was married April 24, 1976, at Notre Dame Catholic Church in Chippewa Falls. Duane retired from Mason Shoe and Marcia from the Chippewa Falls School District. Their children request no gifts; cards may be sent to 611 Bridgewater Ave.""",
gold=[("EAU003", "subject"), ("EAU004", "subject")]),

dict(guid="eau_dcc_20260501_library_donors", pub="2026-05-01T09:00:00-05:00",
title="Library Foundation thanks donors to children's room campaign",
body="""The Menomonie Public Library Foundation has raised $412,000 for the renovation of the children's room, meeting its goal six months early.

Leading donors include the Stout Family Fund, Lorraine Thorsgaard in memory of her sister Evelyn Kvammen, Gloria Heinzen, Bernie and Gail Schmiedlin, and the Dunn County Community Foundation. Work will begin in July.""",
gold=[]),  # donor list

dict(guid="eau_dcc_20260522_births", pub="2026-05-22T09:00:00-05:00",
title="Births: Mayo Clinic Health System - Eau Claire",
body="""A daughter, Solveig Anne, was born May 14 to Janelle Tollefsrud and Marcus Ebert of Eau Claire. She weighed 7 pounds, 9 ounces.

A son, Brody James, was born May 16 to Kaitlyn and Tyler Halvorson of Lake Hallie.""",
gold=[("EAU014", "subject")]),

dict(guid="eau_dcc_20260611_musky", pub="2026-06-11T09:00:00-05:00",
title="Brainerd angler wins Chippewa Flowage musky tournament",
body="""Curt Hagness of Brainerd, Minn., won the Chippewa Flowage Musky Classic on Sunday with a 51-inch fish caught off the Hay Creek bar.

Hagness, a retired game warden, said it was his 14th year fishing the tournament. Second place went to Joe Zielinski of Hayward.""",
gold=[]),  # namesake of EAU015 (of Brainerd, Minn.)
]
