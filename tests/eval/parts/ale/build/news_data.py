"""Local news for part ale, three sources, hand-labelled (gold= beside each text)."""

# 1. KBBX Big Bend 12 (TV station site, Alpine): HTML descriptions
TV = [
dict(guid="ale_kbbx_20260211_0301", pub="2026-02-11T18:20:00-06:00",
title="Sul Ross geologist wins national teaching award",
body="""ALPINE (KBBX) - A Sul Ross State University geology professor who takes his students to rappel into Big Bend's canyons has been named one of the country's top science teachers.

Dr. Tobias Rensch received the American Geosciences Institute's Award for Outstanding Contribution to Public Understanding of the Geosciences on Tuesday. Rensch has taught at Sul Ross for 22 years.

"The Big Bend is the best classroom in North America," Rensch said. "I just try to stay out of its way." """,
gold=[("ALE006", "subject")]),

dict(guid="ale_kbbx_20260318_0412", pub="2026-03-18T06:45:00-05:00",
title="Fire destroys hay barn at Marathon feed store",
body="""MARATHON (KBBX) - A fire early Wednesday destroyed the hay barn behind Teague's Feed & Supply on U.S. 90 in Marathon.

Owner Roy Dale Teague said he lost about 600 bales and a loader tractor, but the store itself was saved by Marathon and Alpine volunteer firefighters. "My dad built that barn in 1972," Teague said. "We'll build it again."

No one was hurt. The Brewster County fire marshal is investigating the cause.""",
gold=[("ALE012", "subject")]),

dict(guid="ale_kbbx_20260502_0520", pub="2026-05-02T21:05:00-05:00",
title="Presidio senior earns appointment to West Point",
body="""PRESIDIO (KBBX) - Presidio High School senior Daniela Prieto is headed to the U.S. Military Academy at West Point this summer, the first student from the school to earn an appointment in more than 30 years.

Prieto, the valedictorian and a three-time regional qualifier in cross country, was nominated by Congressman Tony Gonzales.

Her parents, Ignacio and Yesenia Prieto, said they found out when she ran into the kitchen holding the letter. "We always knew she'd go far," her father said. "We didn't know it would be New York." """,
gold=[("ALE009", "parent_of_subject"), ("ALE010", "parent_of_subject")]),

dict(guid="ale_kbbx_20260614_0611", pub="2026-06-14T22:40:00-05:00",
title="Hail, wind batter Marfa; power out for thousands",
body="""MARFA (KBBX) - A severe thunderstorm pounded Marfa with golf-ball-sized hail and 70 mph winds Sunday evening, breaking windows and knocking out power to about 2,000 customers.

"It came down like somebody was throwing rocks at the gallery," said Rafael Anzaldua, who was closing up on Highland Avenue when the storm hit. AEP Texas expects power to be restored by Monday afternoon.""",
gold=[]),

dict(guid="ale_kbbx_20261104_0715", pub="2026-11-04T19:30:00-05:00",
title="Terlingua cook-off crowns a local champion",
body="""TERLINGUA (KBBX) - For the first time in a decade, a Terlingua resident has won the big chili cook-off in the ghost town.

Dwight Ellerbe, a river guide who has lived in Terlingua since 1989, took the top prize Saturday with a red that the judges called "mean but honest."

The judging panel included Pauline Threlkeld of Marfa, Jorge Salcido of Alpine and Brenda Kirk of Study Butte.""",
gold=[("ALE018", "subject")]),
]

# 2. Desert Mountain Weekly (Alpine/Fort Davis community weekly): teaser description, HTML in content:encoded
WEEKLY = [
dict(guid="ale_dmw_20260129_births", pub="2026-01-29T09:00:00-06:00",
title="Births: a daughter for the de la Rosas",
body="""Octavio and Tina de la Rosa of Marfa announce the birth of a daughter, Amparo Celeste de la Rosa, born January 18, 2026, at Big Bend Regional Medical Center in Alpine. She weighed 7 pounds, 4 ounces.

Grandparents are Amparo de la Rosa of Marfa and Arturo and Lydia Olivas of Van Horn.""",
gold=[("ALE014", "subject"), ("ALE013", "subject")]),

dict(guid="ale_dmw_20260226_scholarships", pub="2026-02-26T09:00:00-06:00",
title="Sul Ross scholarship fund passes $1 million",
body="""The Big Bend Futures scholarship fund at Sul Ross State University has passed $1 million, the university announced this week.

Among this year's donors are Clem and Verna Stroud, Marisol Leyva, Harlan Pettigrew, the Alpine Lions Club and Big Bend Ranchers Bank. Scholarships of $2,500 go to students from Brewster, Presidio, Jeff Davis and Terrell counties.""",
gold=[]),

dict(guid="ale_dmw_20260507_folklorico", pub="2026-05-07T09:00:00-05:00",
title="Folklorico teacher honored for 50 years of dance",
body="""Half a century after she taught her first class in the old Centennial School gym, María Guadalupe "Lupe" Arredondo is still counting out the zapateado.

The Alpine Chamber of Commerce honored Arredondo, 82, with its Lifetime Cultural Award on Saturday. More than 2,000 Alpine children have danced in her Ballet Folklórico Los Montañeses since 1976.""",
gold=[("ALE005", "subject")]),

dict(guid="ale_dmw_20260618_anniversary", pub="2026-06-18T09:00:00-05:00",
title="Kinnards mark 50 years",
body="""Lyndon and Doreen Kinnard of Fort Davis will celebrate their 50th wedding anniversary with a barbecue at the Fort Davis Union Church pavilion on June 27. The couple were married June 26, 1976, in Alpine.

He ranches in Limpia Canyon; she retired after 30 years as the Jeff Davis County librarian. Friends and family are invited; the couple request no gifts.""",
gold=[("ALE003", "subject"), ("ALE004", "subject")]),

dict(guid="ale_dmw_20260730_principal", pub="2026-07-30T09:00:00-05:00",
title="Fort Davis native named El Paso principal",
body="""Beatriz Samaniego, 38, a 2006 graduate of Fort Davis High School, has been named principal of Bowie High School in El Paso.

Samaniego, the daughter of Joseph and Anita Samaniego of El Paso, taught English at Bowie for twelve years.""",
gold=[]),

dict(guid="ale_dmw_20260917_clerk", pub="2026-09-17T09:00:00-05:00",
title="County clerk retires after 30 years",
body="""Presidio County Clerk Pauline Threlkeld will retire at the end of September after 30 years in the courthouse in Marfa, 24 of them as the elected clerk.

A reception in her honor will be held Sept. 29 in the district courtroom. "I've recorded the deeds of half the ranches in this county," Threlkeld said. "Now I'd like to go see some of them." """,
gold=[("ALE024", "subject")]),
]

# 3. Trans-Pecos Business Review (monthly business paper online): plain text
BUSINESS = [
dict(guid="ale_tpbr_2026_03_leyva", pub="2026-03-05T07:00:00-06:00",
title="Big Bend Ranchers Bank names Alpine branch manager",
body="""Big Bend Ranchers Bank has promoted Marisol Leyva to manager of its Alpine branch, effective March 1.

Leyva, a Sul Ross graduate, joined the bank as a teller in 2007 and most recently was its senior agricultural loan officer. She succeeds Gary Hinojosa, who moves to the bank's Fort Stockton office.""",
gold=[("ALE017", "subject")]),

dict(guid="ale_tpbr_2026_04_tourism", pub="2026-04-09T07:00:00-05:00",
title="Big Bend tourism rebounds, but hay and fuel costs squeeze locals",
body="""Visits to Big Bend National Park were up 9 percent in the first quarter, but the ranchers and merchants along U.S. 90 say the good numbers hide a squeeze.

"The tourists buy ice and firewood," said Roy Dale Teague of Teague's Feed & Supply in Marathon. "The ranchers buy hay, and hay went up forty percent."

Dwight Ellerbe, who guides river trips out of Terlingua, said bookings for the fall are the best he has seen since 2019.""",
gold=[]),

dict(guid="ale_tpbr_2026_06_gallery", pub="2026-06-04T07:00:00-05:00",
title="Galería Anzaldúa marks 20 years in Marfa",
body="""Galería Anzaldúa, the Highland Avenue gallery that helped put border saddlery and Chihuahuan folk art on Marfa's map, marks its 20th anniversary this month.

Owner Rafa Anzaldúa opened the gallery in 2006 with six saddles made by his grandfather in Ojinaga. It now represents 40 artists from both sides of the river and will celebrate with an open house on June 20.""",
gold=[("ALE023", "subject")]),

dict(guid="ale_tpbr_2026_10_citizen", pub="2026-10-08T07:00:00-05:00",
title="Presidio chamber names Pifas Carrasco Citizen of the Year",
body="""The Presidio Chamber of Commerce has named Epifanio "Pifas" Carrasco its Citizen of the Year.

Carrasco, a retired customs broker, has spent 20 years running the free tax-preparation clinic at the Presidio library and led the drive to restore the old Fort Leaton chapel bell. He will be honored at the chamber's banquet Oct. 24. Rosendo Villalobos, the chamber president, presented the award.""",
gold=[("ALE016", "subject")]),
]

ITEMS = TV + WEEKLY + BUSINESS
