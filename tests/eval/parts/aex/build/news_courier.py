"""The Avoyelles Courier (weekly, Marksville / Bunkie): community news, plain text. Hand-labelled."""

ITEMS = [
dict(guid="aex_courier_2026_02_19_gumbo", pub="2026-02-19T08:00:00-06:00",
title="Mansura's T-Bob Dauzat Jr. takes top prize at Courir de Mardi Gras gumbo cook-off",
body="""MANSURA - Robert "T-Bob" Dauzat Jr. of Mansura won first place in the chicken-and-sausage division of the Courir de Mardi Gras gumbo cook-off Saturday at the Mansura town pavilion.

Dauzat, who cooked with his grandfather's black iron pot, edged out 23 other teams. Judges were Rev. Alphonse Ledoux of Alexandria, restaurant owner Patrice Rachal and Cottonport Mayor Lynn Gauthier.

Proceeds from the event go to the Mansura volunteer fire department.""",
gold=[("AEX003", "subject")]),

dict(guid="aex_courier_2026_03_26_ducote", pub="2026-03-26T08:00:00-05:00",
title="Ducote's Hardware marks 60 years on Main Street",
body="""MARKSVILLE - Ducote's Hardware will celebrate 60 years on North Main Street with a customer appreciation day Saturday, complete with boudin, cracklins and a drawing for a new crawfish boiler.

Gerard "Gerry" Ducote, who took over the store from his parents, Lloyd and Ernestine Ducote, in 1998, says the secret is simple: "You still can come in and buy one bolt."

Longtime customer Lou Jeansonne says he has been buying nails there since the store opened. "Mr. Lloyd used to give me a Coke," he said.""",
gold=[("AEX014", "subject")]),

dict(guid="aex_courier_2026_05_14_baby", pub="2026-05-14T08:00:00-05:00",
title="Welcome, little ones: births at Avoyelles and Rapides hospitals",
body="""Born April 30 at Christus St. Frances Cabrini Hospital: a daughter, Amelie Grace, 7 lbs. 2 oz., to Mitch and Kayla Kimbrough of Pineville. Grandparents are Wayne and Tammy Kimbrough of Pineville and Danny and Sheila Roy of Mansura.

Born May 2 at Bunkie General Hospital: a son, Beau Anthony, 8 lbs., to Cody and Brittany Lemoine of Evergreen.""",
gold=[("AEX018", "parent_of_subject")]),

dict(guid="aex_courier_2026_06_11_jeansonne", pub="2026-06-11T08:00:00-05:00",
title="Jeansonnes celebrate 50 years of marriage",
body="""MARKSVILLE - Lucien "Lou" and Odile Rabalais Jeansonne of Marksville celebrated their 50th wedding anniversary with a Mass of thanksgiving at St. Joseph Catholic Church and a dance at the Knights of Columbus hall.

The couple were married June 12, 1976, at St. Joseph. He retired from Avoyelles Parish Sheriff's Office; she was a cashier at Ducote's Hardware for 30 years. They have three children and eight grandchildren.""",
gold=[("AEX001", "subject"), ("AEX002", "subject")]),

dict(guid="aex_courier_2026_06_18_assessor", pub="2026-06-18T08:00:00-05:00",
title="Avoyelles native Kenneth Bordelon named Terrebonne assessor",
body="""HOUMA - Kenneth Bordelon, 44, a 1999 graduate of Avoyelles High School who has lived in Houma since 2004, was appointed Terrebonne Parish assessor by the Louisiana Tax Commission last week to fill an unexpired term.

Bordelon's parents, Curtis and Jeanette Bordelon, still live in Moreauville.""",
gold=[]),  # namesake elsewhere, different age

dict(guid="aex_courier_2026_06_25_organist", pub="2026-06-25T08:00:00-05:00",
title="St. Anthony honors Vangie Normand for 50 years at the organ",
body="""BUNKIE - St. Anthony of Padua parishioners gave a standing ovation Sunday to Evangeline "Vangie" Normand, who has played for the 10:30 Mass for 50 years.

Normand took over the bench in 1976 from her piano teacher, the late Tee Laborde. Father Jude Mayeux presented her with the Bishop's Medal of the Diocese of Alexandria.""",
gold=[("AEX015", "subject")]),
]
