"""Heart of Texas Final Roll Call: a veterans' remembrance page for the Fort Cavazos / Killeen area (rank and
branch first, "Final Salute" headings, honors), plain text. Hand-labelled."""

FEED = "hfr"
ITEMS = [
dict(guid="tpl_hfr-2026-0611", pub="2026-06-11T08:00:00-05:00",
title="Final Salute: CW4 (Ret.) Hollis Ray Gaddy, U.S. Army, 1939 - 2026",
body="""Chief Warrant Officer 4 (Retired) Hollis Ray Gaddy, 86, of Harker Heights, reported to his final duty station on June 8, 2026.

A native of Nacogdoches, Mr. Gaddy enlisted in 1957 and flew UH-1 Huey medical evacuation helicopters on two tours in Vietnam, earning the Distinguished Flying Cross, the Bronze Star and 31 Air Medals. He served at Fort Hood with the 1st Cavalry Division and retired there in 1983, then taught aviation maintenance at Central Texas College for twenty years. He was a life member of the Vietnam Helicopter Pilots Association and DAV Chapter 147.

He is survived by his daughter, Nadine (Lorenzo) Whitsett of Harker Heights; his son, Hollis Gaddy Jr. of Tyler; and five grandchildren, among them Cadet Malik Whitsett of the U.S. Military Academy. He was preceded in death by his wife of 55 years, Corinne.

Services: 2 p.m. Friday, First Baptist Church of Harker Heights. Interment with full military honors, Central Texas State Veterans Cemetery. Dustoff. Rest easy, Chief.""",
gold=[("TPL012", "survivor"), ("TPL011", "survivor")]),

dict(guid="tpl_hfr-2026-0826", pub="2026-08-26T08:00:00-05:00",
title="Final Salute: SSG Teodoro Villarreal Nieves, U.S. Army, 1999 - 2026",
body="""Staff Sgt. Teodoro Villarreal Nieves, 26, a cavalry scout assigned to 3rd Armored Brigade Combat Team, 1st Cavalry Division, died August 21, 2026, in a vehicle rollover during a training exercise on Fort Cavazos. The incident is under investigation.

A native of Bayamón, Puerto Rico, Villarreal enlisted in 2017 and deployed to Poland in 2022 and 2024. His awards include the Army Commendation Medal with two oak leaf clusters and the Army Achievement Medal.

He is survived by his wife, Keisha Villarreal, and their daughter, Amaris, of Killeen; and by his parents, Rafael Villarreal and Nilda Nieves, of Bayamón. A memorial ceremony will be held at the division chapel on Fort Cavazos; burial will be in the Puerto Rico National Cemetery, Bayamón.""",
gold=[]),
]
