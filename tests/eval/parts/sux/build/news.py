"""Local news for the sux part, three sources, hand-labelled (gold=[(client_id, role)] beside each)."""

# ---- 1. Siouxland Business Ledger (weekly business paper): plain text ----
SBL = [
dict(guid="sux_sbl_2026_014", pub="2026-01-28T06:00:00-06:00",
title="Pho Siouxland owners open second restaurant in Morningside",
body="""Quang "Jimmy" Vuong and his wife, Kim Loan Vuong, owners of Pho Siouxland on West Fourth Street, will open a second location in the Morningside Plaza next month.

The couple opened the original restaurant in 2009 in a former tire shop. "We started with six tables and my mother's broth recipe," Loan Vuong said. The new location will seat 80 and add a bubble-tea counter.

The Vuongs employ 22 people and plan to hire 15 more.""",
gold=[("SUX010", "subject"), ("SUX009", "subject")]),

dict(guid="sux_sbl_2026_031", pub="2026-03-11T06:00:00-05:00",
title="Juba Kitchen brings South Sudanese cooking to Pierce Street",
body="""Nyibol Majok has opened Juba Kitchen at 1308 Pierce St., serving kisra, ful and goat stew, the first South Sudanese restaurant in Sioux City.

Majok came to Sioux City in 2004 and cooked for church gatherings for years before friends persuaded her to go into business. She secured a microloan through the Siouxland Economic Development Corp.

"I came in for lunch and I've been back four times this week," said customer Darrell Feauto, who works across the street.""",
gold=[("SUX008", "subject")]),   # Darrell Feauto (SUX020) is a quoted customer: nothing

dict(guid="sux_sbl_2026_044", pub="2026-04-22T06:00:00-05:00",
title="Dakota Dunes bank names O'Dwyer president",
body="""Missouri Valley Trust Bank has named Declan O'Dwyer president and chief executive, effective May 1. O'Dwyer, of Dakota Dunes, has been the bank's chief lending officer since 2017.

He succeeds Janet Ruhland, who is retiring after 19 years. O'Dwyer is a graduate of Creighton University and serves on the board of the Siouxland Chamber of Commerce.""",
gold=[("SUX011", "subject")]),   # roster North Sioux City 57049, which includes Dakota Dunes

dict(guid="sux_sbl_2026_052", pub="2026-05-13T06:00:00-05:00",
title="Le Mars ice cream plant plans $40 million expansion",
body="""The ice cream maker that calls Le Mars the Ice Cream Capital of the World will add a 60,000-square-foot freezer warehouse on the city's north side, creating 35 jobs.

Plymouth County supervisors approved a tax abatement Tuesday. "This town was built on that plant," said retiree Alois Schwebach, who worked on the novelty line for 38 years and attended the meeting. "Good to see it keep growing."

Construction is expected to begin in August.""",
gold=[]),   # quoted bystander

dict(guid="sux_sbl_2026_061", pub="2026-06-17T06:00:00-05:00",
title="Dahlquist Hardware sold after three generations",
body="""Kip and Luanne Dahlquist have sold Dahlquist Hardware, the Hamilton Boulevard store his grandfather opened in 1949, to Siouxland Home Supply, which will keep the name.

Kip Dahlquist, who took over from his late father, Kermit Sr., in 1995, said he and Luanne plan to spend more time at their cabin on Lake Okoboji. All 14 employees were offered jobs.""",
gold=[("SUX005", "subject"), ("SUX006", "subject")]),
]

# ---- 2. Siouxland News 4 KSXN (TV station): HTML descriptions ----
KTV = [
dict(guid="sux_ksxn_26-0227", pub="2026-02-27T22:10:00-06:00",
title="Dakota City junior wins state wrestling title",
body="""Dakota City's Mateo Zamudio is a state champion.

The South Sioux City junior pinned his opponent in the second period of the Class A 145-pound final Saturday in Omaha, finishing the season 41-2.

"He's been getting up at five to run since he was in eighth grade," said his father, Rigo Zamudio. Mateo is the son of Rigo and Araceli Zamudio of Dakota City.""",
gold=[("SUX016", "parent_of_subject"), ("SUX017", "parent_of_subject")]),

dict(guid="sux_ksxn_26-0318", pub="2026-03-18T18:30:00-05:00",
title="Governor appoints Sioux City judge to Iowa Court of Appeals",
body="""District Judge Cordelia Brandvold of Sioux City has been appointed to the Iowa Court of Appeals.

Brandvold has served on the Third Judicial District bench since 2012 and before that was a Woodbury County assistant attorney. She will be sworn in next month in Des Moines.""",
gold=[("SUX013", "subject")]),

dict(guid="sux_ksxn_26-0409", pub="2026-04-09T17:45:00-05:00",
title="185th Air Refueling Wing's top enlisted airman retires",
body="""Chief Master Sgt. Tavis Rouillard of South Sioux City retired Saturday after 32 years with the Iowa Air National Guard's 185th Air Refueling Wing.

Rouillard deployed five times, including to Qatar and Germany, and served as the wing's command chief since 2020. His wife, Shonda, pinned on his retirement pin at the ceremony in the wing's hangar.""",
gold=[("SUX015", "subject")]),

dict(guid="sux_ksxn_26-0612", pub="2026-06-12T07:05:00-05:00",
title="Cleanup underway after overnight storms hit Sioux City's west side",
body="""Crews with MidAmerican Energy worked through the night after thunderstorms with 70 mph winds brought down trees and power lines on Sioux City's west side and in South Sioux City.

"The whole maple came down across Court Street, right where my grandkids play," said neighbor LaDonna Bearheels. About 4,100 customers lost power at the peak.

No injuries were reported.""",
gold=[]),   # quoted bystander

dict(guid="sux_ksxn_26-0625", pub="2026-06-25T18:00:00-05:00",
title="Sioux Falls man charged after crash on I-29",
body="""A Sioux Falls man has been charged with OWI after a two-vehicle crash on Interstate 29 near the Hamilton Boulevard exit Tuesday night.

Police say the other driver, Darrell Feauto, 70, of Sioux City, was treated and released at MercyOne Siouxland. Charges are pending review by the Woodbury County Attorney.""",
gold=[]),   # crash/court story: not an outreach occasion (independent5 crime rule)
]

# ---- 3. Siouxland Neighbors (community/church/school news): teaser description + HTML content:encoded ----
NBR = [
dict(guid="sux_nbr_2026-0120", pub="2026-01-20T08:00:00-06:00",
title="Schwebachs mark 60 years",
body="""Alois and Rosella (Dreckman) Schwebach of Le Mars celebrate their 60th wedding anniversary on Jan. 22.

They were married Jan. 22, 1966, at St. Mary's Catholic Church in Remsen. Their family will host an open house Sunday, Jan. 25, 2-4 p.m. at the Le Mars Moose Lodge. Cards may be sent to 411 3rd Ave. SE, Le Mars.""",
gold=[("SUX001", "subject"), ("SUX002", "subject")]),

dict(guid="sux_nbr_2026-0302", pub="2026-03-02T08:00:00-06:00",
title="Rev. Van Roekel to retire from First Reformed after 31 years",
body="""The Rev. Evert Van Roekel will preach his last sermon as pastor of First Reformed Church of Le Mars on Easter Sunday.

Van Roekel came to Le Mars in 1995 from a congregation in Sheldon. He and his wife, Gerda, plan to stay in Le Mars. A farewell potluck will follow the 10 a.m. service.""",
gold=[("SUX012", "subject")]),

dict(guid="sux_nbr_2026-0415", pub="2026-04-15T08:00:00-05:00",
title="Barrientos earns full ride to Wayne State",
body="""South Sioux City High School senior Daniela Barrientos has received the Wayne State College Presidential Scholarship, covering tuition, room and board for four years.

Daniela, the daughter of Efraín and Yesenia Barrientos of South Sioux City, plans to study nursing. She is president of the school's Latino Student Union and volunteers at the Siouxland Community Health Center.""",
gold=[("SUX004", "parent_of_subject")]),   # roster 'Barrientos Quiñonez' (compound surname; text uses the first part)

dict(guid="sux_nbr_2026-0503", pub="2026-05-03T08:00:00-05:00",
title="Pella quilter takes top ribbon at Tulip Time show",
body="""Peggy Ten Napel of Pella took the best-of-show ribbon at the Tulip Time quilt show with a Dutch Wedding Ring quilt in Delft blue.

Ten Napel, 58, has quilted since she was a teenager and teaches at the Pella Community Center.""",
gold=[]),   # namesake elsewhere (Pella, central Iowa; SUX022 is 78, Le Mars)

dict(guid="sux_nbr_2026-0520", pub="2026-05-20T08:00:00-05:00",
title="Hinton library fund tops its goal",
body="""The Hinton Public Library expansion fund has passed its $250,000 goal, the library board said.

Major donors include the Plymouth County Community Foundation, Cordelia and Mark Brandvold, Declan O'Dwyer and Missouri Valley Trust Bank, and the family of the late Orville Brockhaus. Construction of the children's wing begins in September.""",
gold=[]),   # donor list: nothing ("the late Orville Brockhaus" already covered by the April notice)

dict(guid="sux_nbr_2026-0608", pub="2026-06-08T08:00:00-05:00",
title="Le Mars woman turns 100",
body="""Friends and family gathered at Accura Healthcare on Sunday to celebrate the 100th birthday of Hilda Bohle, who was born June 7, 1926, on a farm near Kingsley.

Her son, Loren Bohle, said she still does the Sioux City Journal crossword in ink. Longtime neighbor Wib Knoepfler brought a cake from the Le Mars bakery.""",
gold=[]),   # SUX014 is do_not_contact and only a bystander
]
