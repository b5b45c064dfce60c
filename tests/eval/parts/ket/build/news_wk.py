"""The Island Crier (Ketchikan weekly community paper, invented): births, milestones, business, schools.
Teaser in description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="ket_wk_2026_0122_births", pub="2026-01-22T08:00:00-09:00", title="First City arrivals",
body="""Joaquin and Annika Brekke of Ketchikan announce the birth of a son, Soren Sverre Brekke, on Jan. 9 at PeaceHealth Ketchikan Medical Center. He weighed 8 pounds, 2 ounces. Soren joins a long line of Brekke fishermen; his great-grandmother, Annika Solberg Brekke, 94, has already knitted his first sweater.

Tamsin Ward and Keoni Akana of Ward Cove announce the birth of a daughter, Leilani, on Jan. 12.""",
gold=[("KET014", "subject"), ("KET013", "subject")]),

dict(guid="ket_wk_2026_0219_citizen", pub="2026-02-19T08:00:00-09:00", title="Teddy Brusveen is Ketchikan's Citizen of the Year",
body="""The Greater Ketchikan Chamber of Commerce has named Theodora "Teddy" Brusveen its 2026 Citizen of the Year.

Brusveen has run the First City Food Bank's weekend backpack program for twelve years, sending 300 bags of food home with schoolchildren every Friday. She also coaches the Schoenbar Middle School Battle of the Books team.

"I'd rather they'd given it to the kids who pack the bags," Brusveen said. She will be honored at the chamber's annual dinner March 7 at the Cape Fox Lodge.""",
gold=[("KET016", "subject")]),

dict(guid="ket_wk_2026_0312_ocampo", pub="2026-03-12T08:00:00-08:00", title="Bahay Kubo Kitchen marks 25 years on Stedman Street",
body="""Ben and Rosie Ocampo opened Bahay Kubo Kitchen on Stedman Street in 2001 with four tables, a rice cooker and Rosie's mother's adobo recipe. This month the restaurant turns 25.

The Ocampos now employ fourteen people, most of them family, and their lumpia has sold out at the Blueberry Arts Festival every year since 2005.

"Cannery workers, cruise ship crew, loggers, the mayor - everybody eats here," Rosie Dalisay-Ocampo said. An anniversary lunch is planned for March 21.""",
gold=[("KET008", "subject"), ("KET007", "subject")]),

dict(guid="ket_wk_2026_0430_taguchi", pub="2026-04-30T08:00:00-08:00", title="Klawock's Cece Taguchi named principal of Klawock City School",
body="""KLAWOCK - The Klawock City School District board on Monday named Cecilia "Cece" Taguchi principal of Klawock City School, effective July 1.

Taguchi has taught fourth grade in Klawock for nineteen years and has been assistant principal since 2022. She grew up in Ketchikan, the daughter of the late Pedro and Connie Villanueva, and moved to Prince of Wales Island after college.""",
gold=[("KET020", "subject")]),

dict(guid="ket_wk_2026_0521_eagle", pub="2026-05-21T08:00:00-08:00", title="Klawock teen earns Eagle Scout with smokehouse project",
body="""KLAWOCK - Hiroshi "Hiro" Taguchi, 17, of Troop 19, has earned the rank of Eagle Scout. For his service project Hiro led a crew of twelve scouts in rebuilding the community smokehouse behind the Klawock tribal hall.

Hiro is the son of Kenji and Cece Taguchi of Klawock and a junior at Klawock High School. His court of honor will be June 6.""",
gold=[("KET020", "parent_of_subject")]),

dict(guid="ket_wk_2026_0611_haugland", pub="2026-06-11T08:00:00-08:00", title="Hauglands celebrate 55 years",
body="""Tor and Ingrid Haugland of Ketchikan will celebrate their 55th wedding anniversary on June 19. They were married June 19, 1971, at Petersburg Lutheran Church, and moved to Ketchikan in 1974, where Tor ran the gillnetter Solveig for 38 seasons and Ingrid taught at Houghtaling Elementary.

Their children, Nils Haugland of Ketchikan and Astrid Haugland-Pope of Juneau, invite friends to an open house at the Sons of Norway Hall on June 20 from 2 to 5 p.m. No gifts, please.""",
gold=[("KET001", "subject"), ("KET002", "subject")]),

dict(guid="ket_wk_2026_0702_kaganeek", pub="2026-07-02T08:00:00-08:00", title="Tlingit language teacher Bernadine Kaganeek honored by Sealaska Heritage",
body="""Ketchikan elder Bernadine Kaganeek received a lifetime achievement award for language revitalization at the Sealaska Heritage Institute's summer gathering in Juneau last week.

Kaganeek has taught Tlingit to Ketchikan schoolchildren and adults for more than thirty years, and recorded hundreds of hours of elders' speech. She accepted the award, she said, "for my late husband Sam, who made me practice every morning." """,
gold=[("KET022", "subject")]),

dict(guid="ket_wk_2026_0806_blueberry", pub="2026-08-06T08:00:00-08:00", title="Blueberry Arts Festival crowns its pie champion",
body="""Ward Cove baker Millie Okonkwo took home the blue ribbon in the Blueberry Arts Festival pie contest on Saturday with a wild blueberry and rhubarb lattice.

Judges Teddy Brusveen, Fr. Lorenzo Magbanua and chef Paolo Russo tasted 41 entries. "We were all asleep by four o'clock," Magbanua said.

Second place went to Aurelio Villanueva Jr., 12, of Juneau, visiting his grandparents, for a blueberry ube pie.""",
gold=[]),
]
