"""KSJX 7 South Bay: a local TV station site, short web stories, HTML descriptions. Hand-labelled."""

FEED = "ksjx"
ITEMS = [
dict(guid="sjc_ksjx_20260210_0418", pub="2026-02-10T18:40:00-08:00", title="Milpitas family displaced after early-morning house fire",
body="""MILPITAS, Calif. (KSJX) - A Milpitas couple and their two grandchildren escaped without injury early Tuesday after a fire tore through the garage and kitchen of their home on Yellowstone Avenue.

Rodolfo "Rudy" Dela Cruz said he woke to the smoke alarm at about 3 a.m. and got his wife, Erlinda, and the children out through the back door. Milpitas firefighters had the fire out in 25 minutes. The Red Cross is helping the family.

"Thirty years in this house," Dela Cruz said. "The house can be fixed." Investigators believe the fire started in an e-bike battery charging in the garage.""",
gold=[("SJC011", "subject")]),  # Erlinda is his roster spouse but not a client

dict(guid="sjc_ksjx_20260304_0522", pub="2026-03-04T17:10:00-08:00", title="East San Jose eighth-grader heads to national spelling bee",
body="""SAN JOSE, Calif. (KSJX) - Sofia Villalobos, an eighth-grader at Renaissance Academy in East San Jose, won the Santa Clara County Spelling Bee on Tuesday by correctly spelling "quixotism."

She will represent the county at the Scripps National Spelling Bee near Washington, D.C., in May. Her parents, Bobby and Erica Villalobos, said she studies word lists on the bus every morning.

"She corrects my text messages," her father said. "Every one of them." """,
gold=[("SJC022", "parent_of_subject")]),

dict(guid="sjc_ksjx_20260409_0611", pub="2026-04-09T12:05:00-07:00", title="Gilroy names 2026 Citizen of the Year",
body="""GILROY, Calif. (KSJX) - Gilroy's 2026 Citizen of the Year is Alicia Ramírez, who has run the free after-school homework club at the Gilroy library for 22 years.

The Gilroy Chamber of Commerce presented the award Wednesday night at the Gilroy Gardens pavilion. Ramírez, a retired bilingual teacher from Eliot Elementary, said more than 3,000 children have passed through the club. Her husband, José Luis, and their four children were in the audience.""",
gold=[("SJC006", "subject")]),  # her husband present in the audience: not the subject -> nothing for SJC005

dict(guid="sjc_ksjx_20260415_0630", pub="2026-04-15T21:15:00-07:00", title="Garden Grove man claims $2 million lottery prize",
body="""GARDEN GROVE, Calif. (KSJX) - A Garden Grove nail-salon owner is $2 million richer after buying a Scratchers ticket at a gas station on Brookhurst Street, the California Lottery said.

Tuan Pham, 44, said he plans to pay off his parents' house and take his mother back to Vietnam for the first time in thirty years.""",
gold=[]),  # namesake far away (roster SJC001 Tuan "Tony" Pham of San Jose, b. 1958) -> nothing

dict(guid="sjc_ksjx_20260507_0702", pub="2026-05-07T06:30:00-07:00", title="Water main break closes part of Stevens Creek Boulevard",
body="""SAN JOSE, Calif. (KSJX) - A 24-inch water main broke under Stevens Creek Boulevard near Santana Row early Thursday, flooding two lanes and closing the westbound side during the morning commute.

San Jose Water crews expected repairs to take until evening. Nearby businesses were without water for several hours.""",
gold=[]),  # nobody

dict(guid="sjc_ksjx_20260526_0748", pub="2026-05-26T19:20:00-07:00", title="Cupertino students win world robotics title",
body="""CUPERTINO, Calif. (KSJX) - A team of four Monta Vista High School students has won the world championship of the VEX Robotics competition in Dallas, beating 80 teams from 30 countries.

Team captain Meera Krishnamurthy, 17, designed the robot's lifting arm. "We rebuilt it three times since March," she said. Her parents, Raj and Priya Krishnamurthy of Cupertino, flew to Dallas for the finals.

The team returns home Sunday.""",
gold=[("SJC013", "parent_of_subject"), ("SJC014", "parent_of_subject")]),
]
