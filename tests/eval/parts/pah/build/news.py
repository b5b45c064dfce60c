"""Local news for part pah: a TV station site (HTML descriptions) and a regional weekly (teaser + HTML
content:encoded). Hand-labelled (gold beside each text)."""

TV = [
dict(guid="pah_wkpd_20260210_0211", pub="2026-02-10T16:20:00-06:00",
title="Paducah native named vice president at River City Bank",
body="""PADUCAH, Ky. (WKPD) - A Paducah Tilghman graduate who started as a teller is now one of River City Bank's top officers.

The bank announced Tuesday that Tavia Quarles has been promoted to vice president and director of community lending. Quarles, 39, joined River City Bank in 2008 and has led its small-business loan program in the Southside and Lower Town neighborhoods.

"Paducah gave me everything," Quarles said. "This is my chance to give some of it back." """,
gold=[("PAH010", "subject")]),

dict(guid="pah_wkpd_20260305_0244", pub="2026-03-05T07:45:00-06:00",
title="Family escapes early-morning house fire on Harrison Street",
body="""PADUCAH, Ky. (WKPD) - A Paducah man and his two teenage daughters made it out safely early Thursday when fire tore through their home in the 1800 block of Harrison Street.

Neal Bledsoe told WKPD the smoke alarm woke him around 3:30 a.m. "I grabbed the girls and we went out the window," he said. "Everything else is gone, but we're here." The Paducah Fire Department said the fire appears to have started in the kitchen. The American Red Cross is helping the family.

"I saw the flames from my bedroom and called 911," said Kendrick Oakley, who lives across the street. "Neal's the kind of neighbor who'd do the same for you." """,
gold=[("PAH019", "subject")]),  # Kendrick Oakley is a quoted neighbor: nothing

dict(guid="pah_wkpd_20260322_0270", pub="2026-03-22T18:05:00-05:00",
title="Volunteers pour into Mayfield a day after tornado",
body="""MAYFIELD, Ky. (WKPD) - Church groups, linemen and neighbors with chainsaws filled the west side of Mayfield on Sunday, a day after an EF-2 tornado damaged more than 60 homes along the Cuba Road corridor.

"You don't wait to be asked here," said Jerome Copeland, who closed his store for the day and brought a trailer of tarps and bottled water. "We learned that in 2021."

Graves County Judge-Executive Mark Ellison said no serious injuries were reported. A donation center is open at the Graves County fairgrounds.""",
gold=[]),  # Jerome Copeland is a quoted volunteer; his own store is not said to be damaged

dict(guid="pah_wkpd_20260414_0301", pub="2026-04-14T17:30:00-05:00",
title="Calvert City operator retires after 40 years at the chlor-alkali plant",
body="""CALVERT CITY, Ky. (WKPD) - Forty years, four company names and zero lost-time accidents.

Lorene Tucker clocked out for the last time Friday at the Calvert City chlor-alkali plant, where she started in 1986 as one of the first women in the operations department. Coworkers lined the road to the front gate and the plant's fire brigade gave her a salute with the water cannons.

Tucker says she plans to spend retirement on Kentucky Lake "and not setting an alarm clock, ever." """,
gold=[("PAH022", "subject")]),

dict(guid="pah_wkpd_20260428_0322", pub="2026-04-28T12:10:00-05:00",
title="Murray family doctor named Kentucky Rural Physician of the Year",
body="""MURRAY, Ky. (WKPD) - A Murray family physician who still makes house calls in Calloway and Marshall counties has been named Kentucky's Rural Physician of the Year.

Dr. Amos Kimbro received the award from the Kentucky Academy of Family Physicians in Louisville on Saturday. Kimbro has practiced in Murray since 1996 and started a free Saturday clinic for farm workers in 2011.

"My patients taught me medicine," Kimbro said. "I just took notes." """,
gold=[("PAH011", "subject")]),

dict(guid="pah_wkpd_20260519_0350", pub="2026-05-19T16:40:00-05:00",
title="Paducah Tilghman junior wins state Governor's Cup title in math",
body="""PADUCAH, Ky. (WKPD) - Paducah Tilghman junior Jaylen Oakley is the best high-school mathematician in Kentucky, at least according to the Governor's Cup.

Oakley, 16, took first place in mathematics at the state Academic Governor's Cup finals in Louisville this weekend. He is the son of Kendrick and Monique Oakley of Paducah.

"He was doing my tax return at twelve," his father said. Jaylen plans to study engineering.""",
gold=[("PAH015", "parent_of_subject"), ("PAH016", "parent_of_subject")]),
]

WEEKLY = [
dict(guid="pah_plw_20260115_0018", pub="2026-01-15T08:00:00-06:00",
title="Elkins couple marks 50 years of marriage",
body="""BENTON - Thurman "Buddy" and Glenda Colley Elkins of Benton will celebrate their 50th wedding anniversary with a reception from 2 to 4 p.m. Sunday, Jan. 18, in the fellowship hall of Benton Church of Christ.

The couple were married Jan. 17, 1976, at the home of the bride's parents, the late Hoyt Colley and Mavis Colley of Benton. Mr. Elkins retired from TVA; Mrs. Elkins retired from the Marshall County Clerk's office. They have two children, Chad Elkins of Murray and Misty Darnell of Paducah, and four grandchildren. The family requests no gifts.""",
gold=[("PAH013", "subject"), ("PAH014", "subject")]),

dict(guid="pah_plw_20260226_0041", pub="2026-02-26T08:00:00-06:00",
title="Copeland's Feed & Seed celebrates 75 years on Paris Road",
body="""MAYFIELD - When Willie Copeland opened a feed store on Paris Road in 1951, he sold chicken feed by the sack and seed corn by the bushel. Seventy-five years later his grandson still does.

Jerome Copeland, who has owned Copeland's Feed & Seed since 1994, will mark the anniversary Saturday with free hot dogs, a tractor show and a drawing for a load of mulch. The store survived the December 2021 tornado with a torn-off roof and reopened in six weeks.

"Farmers around here kept buying from a store with no roof," Copeland said. "That's loyalty." """,
gold=[("PAH021", "subject")]),

dict(guid="pah_plw_20260312_0055", pub="2026-03-12T08:00:00-05:00",
title="Calvert City woman's chess pie takes top ribbon at spring fair",
body="""BENTON - Jessie Lassiter Boyd of Calvert City won the blue ribbon and best-in-show for her chess pie at the Marshall County Spring Homemakers Fair on Saturday. It was her first time entering.

"It's my mother's recipe, and she'd be tickled," Boyd said. Second place went to Crystal Hale of Hardin for a coconut cream pie.

Judges were Lorene Tucker of Calvert City, Patsy Wyatt of Benton and Marshall County Extension agent Dana Fuqua.""",
gold=[("PAH007", "subject")]),  # judges Lorene Tucker and Patsy Wyatt: nothing

dict(guid="pah_plw_20260402_0070", pub="2026-04-02T08:00:00-05:00",
title="Murray High sophomore throws no-hitter against Calloway",
body="""MURRAY - Murray High sophomore Clint Tibbs struck out 12 and did not allow a hit as the Tigers beat Calloway County 4-0 on Tuesday in the 4th District opener.

Tibbs, who also bats cleanup, said the key was his curveball. "Coach told me to trust it, so I trusted it." Murray (9-2) plays at Marshall County on Thursday.""",
gold=[]),  # a teenage namesake of PAH004 (born 1956); the client is not named

dict(guid="pah_plw_20260416_0084", pub="2026-04-16T08:00:00-05:00",
title="Marshall County library campaign passes $2 million",
body="""BENTON - The Marshall County Public Library's capital campaign for a new Calvert City branch has passed $2 million, campaign chair Teresa Darnall announced Monday.

Leading donors recognized at the library board meeting included the Marshall County Community Foundation, Lowell Puckett Jr., Verlin and Sherry Rudolph, the Calvert City Rotary Club and an anonymous donor. Groundbreaking is planned for September.""",
gold=[]),  # donor list: nothing

dict(guid="pah_plw_20260507_0097", pub="2026-05-07T08:00:00-05:00",
title="Murray teacher named Kentucky Elementary Teacher of the Year",
body="""MURRAY - Darla Tibbs, a third-grade teacher at Murray Elementary School for 31 years, has been named the 2026 Kentucky Elementary Teacher of the Year by the Kentucky Department of Education.

Tibbs, who grew up on a farm in the Coldwater community, is known for her classroom incubator; generations of Murray third-graders have hatched chicks in her room each spring. She will be honored at a ceremony in Frankfort in June.""",
gold=[("PAH005", "subject")]),

dict(guid="pah_plw_20260604_0110", pub="2026-06-04T08:00:00-05:00",
title="Births: Quarles-Hollowell",
body="""PADUCAH - Tavia Quarles and Marcus Hollowell of Paducah announce the birth of a daughter, Naomi Loretta Hollowell, born May 27, 2026, at Baptist Health Paducah. She weighed 7 pounds, 4 ounces. The baby is named for her great-grandmother, the late Loretta Quarles.""",
gold=[("PAH010", "subject")]),

dict(guid="pah_plw_20260618_0124", pub="2026-06-18T08:00:00-05:00",
title="Murray State honors distinguished alumni",
body="""MURRAY - Murray State University will honor four graduates at its Distinguished Alumni dinner on June 27. This year's honorees are Dr. Lorene Tucker of Tacoma, Wash., a 1998 graduate and a wildlife biologist with the U.S. Fish and Wildlife Service; retired Army Col. Dennis Wilkerson of Clarksville, Tenn.; Sarah Ashby Cole of Lexington; and the late Harold Ray Jones of Mayfield.""",
gold=[]),  # Dr. Lorene Tucker of Tacoma is a namesake of PAH022 (Calvert City): nothing
]

FEEDS = {"tv": TV, "weekly": WEEKLY}
ITEMS = TV + WEEKLY
