"""WMGX 24 News (Macon TV station site): HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="mcn_wmgx_20260114_0211", pub="2026-01-14T18:05:00-05:00", title="Vineville Avenue barbecue joint marks 10 years, opens second location",
body="""MACON, Ga. (WMGX) - Tolbert's Smokehouse on Vineville Avenue turned ten this week, and owner Marquis Tolbert celebrated by signing a lease for a second restaurant in north Macon.

Tolbert started the business out of a food truck parked at the Mulberry Street Market in 2016. "Macon has been good to me," Tolbert said. "Ten years and we still run out of brisket by two o'clock." The new location on Zebulon Road is expected to open in the fall.""",
gold=[("MCN020", "subject")]),

dict(guid="mcn_wmgx_20260302_0418", pub="2026-03-02T07:15:00-05:00", title="Byron couple escapes overnight house fire",
body="""BYRON, Ga. (WMGX) - A Byron couple got out safely early Monday when fire tore through their home on Chapman Road.

Hollis and Glenda Dukes told WMGX they woke up to the smoke alarm around 2:30 a.m. "We just grabbed the dog and went out the back door," Glenda Dukes said. Peach County firefighters say the fire started in the attic. The American Red Cross is helping the couple.""",
gold=[("MCN016", "subject"), ("MCN017", "subject")]),

dict(guid="mcn_wmgx_20260318_0522", pub="2026-03-18T12:30:00-04:00", title="Robins AFB names new civilian director of the Warner Robins Air Logistics Complex",
body="""WARNER ROBINS, Ga. (WMGX) - A Warner Robins man who started on the flight line as a 19-year-old mechanic will now lead the civilian workforce at the base's largest organization.

Darnell Hightower has been named civilian director of the Warner Robins Air Logistics Complex, overseeing more than 7,000 employees. Hightower, a Northside High graduate, has worked at Robins for 30 years.""",
gold=[("MCN009", "subject")]),

dict(guid="mcn_wmgx_20260321_0533", pub="2026-03-21T17:45:00-04:00", title="Cherry Blossom Festival crowds pack downtown Macon for opening parade",
body="""MACON, Ga. (WMGX) - Thousands lined Cherry Street on Saturday for the opening parade of the International Cherry Blossom Festival.

"I've brought my boys every year since they were in strollers," said Tamika Lattimore-Banks of Macon, who staked out a spot in front of the Douglass Theatre at 7 a.m. The festival runs through March 29.""",
gold=[]),

dict(guid="mcn_wmgx_20260409_0611", pub="2026-04-09T18:20:00-04:00", title="Warner Robins seventh-grader headed to national spelling bee",
body="""WARNER ROBINS, Ga. (WMGX) - Jaylen Hightower, a seventh-grader at Huntington Middle School, won the Georgia State Spelling Bee on Saturday by correctly spelling "chiaroscuro."

His parents, Darnell and Keisha Hightower, said he studies word lists every night after dinner. Jaylen will compete at the Scripps National Spelling Bee near Washington, D.C., in May.""",
gold=[("MCN009", "parent_of_subject"), ("MCN010", "parent_of_subject")]),

dict(guid="mcn_wmgx_20260611_0802", pub="2026-06-11T16:00:00-04:00", title="Macon pastor honored for 40 years of prison ministry",
body="""MACON, Ga. (WMGX) - The Rev. Clarence Hambrick received the Georgia Department of Corrections' Lifetime Chaplaincy Award on Wednesday for forty years of volunteer ministry at Macon State Prison.

Hambrick, 76, pastors Macedonia Missionary Baptist Church. He and his wife, Odessa, started a re-entry program that has helped more than 600 men find jobs.""",
gold=[("MCN022", "subject")]),
]
