"""Hudson Valley News 9 (WHVN, Kingston/Poughkeepsie TV station site): HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="hzn_whvn9_local_20260303_7710", pub="2026-03-03T18:45:00-05:00",
title="Family of five escapes early-morning house fire on Poughkeepsie's Fulton Avenue",
body="""POUGHKEEPSIE - A family of five made it out safely early Tuesday when fire tore through their two-story home on Fulton Avenue, city fire officials said.

Rafael Quiñones said he woke to the smoke alarm around 4:30 a.m., grabbed his two youngest children and followed his wife, Yesenia, and their teenage son down the back stairs. "The alarm saved us. That's all I can say," Quiñones told News 9 outside the charred house. The family's dog was rescued by firefighters.

"I heard him yelling and I called 911," said neighbor Vangie Schantz, who has lived next door for thirty years. The Red Cross is helping the family with temporary housing. The cause is under investigation; officials said it appears to have started in a basement dryer.""",
gold=[("HZN016", "subject")]),

dict(guid="hzn_whvn9_local_20260616_8042", pub="2026-06-16T12:10:00-04:00",
title="Kingston cleans up after severe storm topples trees in Uptown",
body="""KINGSTON - Crews from Central Hudson and the city's Department of Public Works spent Tuesday clearing fallen trees and restoring power after a severe thunderstorm raced through Kingston and Saugerties Monday evening with winds of up to 60 mph.

On Albany Avenue, a century-old maple came down across two parked cars. "It sounded like a freight train, and then it was just quiet," said Pippa Lounsbury, who watched from her porch. No injuries were reported.

About 6,400 customers in Ulster County lost power at the height of the storm. Central Hudson said most would be restored by Wednesday morning.""",
gold=[]),

dict(guid="hzn_whvn9_local_20260507_7933", pub="2026-05-07T17:30:00-04:00",
title="New Paltz senior named a U.S. Presidential Scholar",
body="""NEW PALTZ - Ada Deyo, a senior at New Paltz High School, has been named one of 161 U.S. Presidential Scholars for 2026, one of the nation's highest honors for high school students.

Deyo, the daughter of Carl and Imogen Deyo of New Paltz, plans to study environmental engineering at Cornell in the fall. She founded the school's Wallkill River water-quality club, which has tested the river every two weeks since 2023.

"She was doing this science on her own before we ever asked," said principal Marguerite Foy. Deyo will travel to Washington in June for the recognition program.""",
gold=[("HZN018", "parent_of_subject")]),

dict(guid="hzn_whvn9_local_20260521_7988", pub="2026-05-21T19:05:00-04:00",
title="Police: Poughkeepsie man charged in string of catalytic converter thefts",
body="""POUGHKEEPSIE - City police have charged a 27-year-old Poughkeepsie man with eleven counts of grand larceny in connection with catalytic converter thefts from vehicles parked on Academy Street and Mill Street over the past two months.

Among the victims was Marisol Rivera Santiago, whose van was hit twice in three weeks. "It's eighteen hundred dollars every time," she said. The suspect was arraigned in City Court and is being held at the Dutchess County Jail.""",
gold=[]),

dict(guid="hzn_whvn9_local_20260824_8190", pub="2026-08-24T16:20:00-04:00",
title="Ulster County Fair: Accord woman takes top prize in apple pie contest",
body="""NEW PALTZ - Loretta Van Buren of Accord won the blue ribbon in the Ulster County Fair's apple pie contest on Saturday, her first win in fourteen years of trying.

The judges, former New Paltz teacher Bart Elting, pastry chef Noor Haddad and Saugerties restaurateur JoAnn Relyea, tasted 43 pies. "The crust was the difference," Elting said. The fair dedicated this year's pie table to the late Greta Van Wagenen of Saugerties, who judged it for three decades.""",
gold=[]),
]
