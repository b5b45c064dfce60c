"""Local news for eval part psc, three sources, hand-labelled (`gold=` beside each text).

TCBL: Tri-Cities Business Ledger (business weekly), plain text.
KTCB: KTCB Action 7 News (TV station site), HTML descriptions.
TCN:  Tri-Cities Neighbors (community paper), teaser description + HTML content:encoded.
"""

TCBL = [
dict(guid="psc_tcbl_2026_0204", pub="2026-02-04T06:00:00-08:00",
title="Quisenberry to step down from Benton-Franklin Superior Court bench",
body="""Judge Harlan Quisenberry Jr. will retire from Benton-Franklin Superior Court on June 30 after 22 years on the bench, he announced Monday.

Quisenberry, a Kennewick native who spent 12 years as a deputy prosecutor before his 2004 election, presided over the county's first drug court. "He never forgot that the people in front of him had families waiting at home," said Richland attorney Cormac O'Shaughnessy, who has practiced before him since 2005.

Gov. Bob Ferguson will appoint a successor to serve until the November election.""",
gold=[("PSC005", "subject")]),
# PSC007 quoted -> nothing.

dict(guid="psc_tcbl_2026_0311", pub="2026-03-11T06:00:00-07:00",
title="Tenneson Family Vineyards takes double gold for 2023 Lemberger",
body="""Prosser's Tenneson Family Vineyards won double gold and best in class at the Great Northwest Wine Competition for its 2023 Lemberger, the small winery's first top award.

Owners Merle and Jo Lynn Tenneson planted their first 12 acres on the Roza bench in 1998 and opened the tasting room on Wine Country Road in 2014. "We picked that block at two in the morning with headlamps," Jo Lynn Tenneson said. The winery produces about 3,000 cases a year.""",
gold=[("PSC013", "subject"), ("PSC012", "subject")]),

dict(guid="psc_tcbl_2026_0415", pub="2026-04-15T06:00:00-07:00",
title="Mothershead Hay & Grain opens second store in Pasco",
body="""Mothershead Hay & Grain, the Benton City feed and farm supply store, opened a second location on Road 68 in Pasco this week.

Owner Garrick Mothershead said the 14,000-square-foot store will carry feed, fencing and irrigation parts and employ nine people. "Half my Benton City customers were driving over from Franklin County anyway," he said.

Shopper Vasyl Prokopchuk of Pasco said he was glad not to cross the bridge for chicken feed anymore.""",
gold=[("PSC019", "subject")]),
# PSC009 quoted shopper -> nothing.

dict(guid="psc_tcbl_2026_0520", pub="2026-05-20T06:00:00-07:00",
title="Columbia Basin Regional names Raghunathan chief medical officer",
body="""Columbia Basin Regional Medical Center has named Dr. Sunita Raghunathan its chief medical officer, effective June 1.

Raghunathan, a hospitalist who joined the Richland hospital in 2009, led its sepsis program and chaired the medical staff in 2024. She succeeds Dr. Alan Whitcomb, who is retiring.""",
gold=[("PSC011", "subject")]),

dict(guid="psc_tcbl_2026_0624", pub="2026-06-24T06:00:00-07:00",
title="Sagebrush Remediation promotes Etxeberria to vice president of engineering",
body="""Sagebrush Remediation Services, a Hanford Site subcontractor based in Richland, has promoted Marisol Etxeberria to vice president of engineering.

Etxeberria, a chemical engineer and Washington State University Tri-Cities graduate, joined the company in 2012 and has led its groundwater treatment projects since 2021.""",
gold=[("PSC022", "subject")]),

dict(guid="psc_tcbl_2026_0708", pub="2026-07-08T06:00:00-07:00",
title="Seattle publican O'Shaughnessy brings Irish pub concept to Ballard",
body="""Seattle restaurateur Cormac O'Shaughnessy, 38, who owns two Irish pubs on Capitol Hill, signed a lease for a third location in Ballard, he told the Ledger. O'Shaughnessy grew up in Dublin and moved to Seattle in 2014. The Ballard pub is planned to open in spring.""",
gold=[]),
# Namesake elsewhere (PSC007 is a Richland attorney, b. 1972) -> nothing.
]

KTCB = [
dict(guid="psc_ktcb_2026_0129", pub="2026-01-29T18:45:00-08:00",
title="Pasco family escapes early-morning house fire",
body="""A Pasco couple escaped with their dog early Thursday after fire tore through their home on Desert Plateau Drive.

Vasyl and Jenny Prokopchuk woke to smoke alarms just after 3 a.m., Pasco Fire Department Battalion Chief Dana Ruiz said. Both got out safely; the house is a total loss.

Members of their church have set up a fund to help the family. The cause is under investigation.""",
gold=[("PSC009", "subject"), ("PSC008", "subject")]),

dict(guid="psc_ktcb_2026_0305", pub="2026-03-05T17:30:00-08:00",
title="Richland fifth-grader spells his way to regional bee title",
body="""Emmett Brandvold, a fifth-grader at Jefferson Elementary in Richland, won the Mid-Columbia Regional Spelling Bee on Wednesday by correctly spelling "sgraffito."

Emmett, 11, the son of Torsten and Liesl Brandvold of Richland, advances to the state bee in Olympia in April. His mother said he practiced with flash cards every night at the kitchen table.""",
gold=[("PSC018", "parent_of_subject"), ("PSC017", "parent_of_subject")]),

dict(guid="psc_ktcb_2026_0331", pub="2026-03-31T22:10:00-07:00",
title="Blowing dust closes Highway 395 north of Pasco; wind topples power poles",
body="""Wind gusts near 65 mph kicked up blinding dust across Franklin County on Tuesday, closing U.S. 395 north of Pasco for three hours and knocking out power to about 6,000 Franklin PUD customers.

"You couldn't see the hood of your car," said Kennewick resident Dwight Esterbrook, who was stuck at the Foster Wells Road on-ramp. Crews expected to restore power by morning.""",
gold=[]),
# PSC021 quoted bystander -> nothing.

dict(guid="psc_ktcb_2026_0512", pub="2026-05-12T17:05:00-07:00",
title="Army veteran receives Quilt of Valor at Richland ceremony",
body="""Retired Army Lt. Col. Thaddeus "Ted" Vanderzwaag was wrapped in a Quilt of Valor on Monday at the Richland Community Center in honor of his 24 years of service, including two tours in Vietnam as a helicopter pilot.

The quilt was sewn by members of the Sew Tri-Cities Quilters. Vanderzwaag's wife, Loretta, pinned the presentation card. "I didn't expect to cry," Vanderzwaag said.""",
gold=[("PSC001", "subject")]),
# PSC002 present at her husband's honour -> nothing.

dict(guid="psc_ktcb_2026_0609", pub="2026-06-09T18:20:00-07:00",
title="Benton City driver cited after SR 225 collision",
body="""A Benton City man was cited for following too closely after a two-car collision on State Route 225 Monday afternoon, the Washington State Patrol said. The other driver, Garrick Mothershead, 51, of Benton City, was not hurt. Traffic was blocked for about 40 minutes.""",
gold=[]),
# Crash/citation story: not an outreach occasion (independent5's crime/court rule).
]

TCN = [
dict(guid="psc_tcn_2026_0218", pub="2026-02-18T08:00:00-08:00",
title="Pasco's Mena Castellucci named Citizen of the Year",
body="""The Pasco Chamber of Commerce named Philomena "Mena" Castellucci its 2025 Citizen of the Year at its annual banquet Friday.

Castellucci, 86, has cooked the spaghetti feed for the St. Patrick school auction every year since 1968 and still drives for Meals on Wheels three mornings a week. The award was presented by Chamber board chair Yolanda Peña.""",
gold=[("PSC020", "subject")]),

dict(guid="psc_tcn_2026_0325", pub="2026-03-25T08:00:00-07:00",
title="Kennewick pastor marks 25 years at First Baptist",
body="""The Rev. Lucius Wetherbee celebrated 25 years as senior pastor of Kennewick First Baptist Church on Sunday with a potluck that filled the gym.

Wetherbee came to Kennewick from Lubbock, Texas, in 2001. He and his wife, Coralee, lead the church's prison ministry at Coyote Ridge.""",
gold=[("PSC016", "subject")]),

dict(guid="psc_tcn_2026_0422", pub="2026-04-22T08:00:00-07:00",
title="Bautistas celebrate 40 years of marriage",
body="""Rigoberto and Araceli Bautista of Pasco celebrated their 40th wedding anniversary on April 19 with a Mass at St. Patrick Catholic Church and a dinner for 200 at the Pasco Red Lion.

The couple married in Tepatitlán, Jalisco, in 1986 and came to Pasco in 1989, where Rigo worked for Tyson in Wallula and later opened Bautista Auto Repair. They have four children and nine grandchildren.""",
gold=[("PSC003", "subject"), ("PSC004", "subject")]),

dict(guid="psc_tcn_2026_0506", pub="2026-05-06T08:00:00-07:00",
title="Tri-Cities Food Bank thanks spring drive donors",
body="""The Tri-Cities Food Bank collected 41,000 pounds of food in its spring drive. Volunteers and donors thanked by the food bank include Mary Beth Oberholtzer, Merle Tenneson, the Kennewick Kiwanis, Dwight and Glenda Esterbrook, Fidencio Arreguin and the Hanford High School Key Club.""",
gold=[]),
# Donor list -> nothing.

dict(guid="psc_tcn_2026_0527", pub="2026-05-27T08:00:00-07:00",
title="Kennewick quilter's Palouse hills quilt wins best of show",
body="""Kennewick quilter Ramona Tillinghast took best of show at the Benton-Franklin Fair preview quilt exhibition for "Palouse in June," a hand-quilted landscape that took her 14 months.""",
gold=[]),
# PSC015 do_not_contact -> nothing.

dict(guid="psc_tcn_2026_0603", pub="2026-06-03T08:00:00-07:00",
title="Chiawana senior earns full-ride scholarship",
body="""Ana Sofía Bautista, a senior at Chiawana High School, has been named a Gates Scholar, a last-dollar scholarship covering the full cost of college.

Ana Sofía, the granddaughter of Rigoberto and Araceli Bautista of Pasco, plans to study nursing at the University of Washington. Her parents, Daniel and Marisela Bautista, said she had been accepted to five schools.""",
gold=[]),
# The clients are grandparents, not parents: a careful assistant might still write; labelled nothing (unsure; see README).
]
