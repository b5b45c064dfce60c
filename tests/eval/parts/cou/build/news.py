"""Local news for eval part cou, three sources, hand-labelled (gold=[(client_id, role)])."""

# ---- 1. Mid-Missouri Business Ledger (weekly business paper): plain text ----
BIZ = [
dict(guid="cou_mmbl_2026_0112_crumb-kiln", pub="2026-01-12T06:00:00-06:00",
title="Crumb & Kiln bakery to open second shop in Jefferson City",
body="""The North Village bakery known for its sourdough and jollof-spiced hand pies is crossing the river.

Crumb & Kiln owners Dash and Priya Oyelaran signed a lease last week for a 2,400-square-foot storefront on East High Street in Jefferson City and expect to open in April. The Columbia couple started the business at the Columbia Farmers Market in 2017 and opened their Hitt Street shop in 2020.

"People from Jeff City kept driving up on Saturday mornings and asking when we'd come to them," Priya Oyelaran said. The new shop will add 11 jobs.""",
gold=[("COU012", "subject"), ("COU013", "subject")]),

dict(guid="cou_mmbl_2026_0209_capital-insurance", pub="2026-02-09T06:00:00-06:00",
title="Capital City Mutual Agency sold after 41 years; owner to retire",
body="""Capital City Mutual Agency, one of the oldest independent insurance agencies in Jefferson City, has been sold to Central Bancompany's insurance arm, both sides announced Friday.

Owner Ignatius "Iggy" Schlotzhauer Jr. took over the agency from his father in 1985 and grew it from three employees to 22. He will retire at the end of March; all staff will be retained. Terms were not disclosed.

"My dad sold policies out of the back of a feed store in Taos," Schlotzhauer said. "I figure 41 years is enough for one family." """,
gold=[("COU003", "subject")]),

dict(guid="cou_mmbl_2026_0302_business-loop", pub="2026-03-02T06:00:00-06:00",
title="Business Loop 70 streetscape work starts; shop owners brace for detours",
body="""Construction on the first phase of the Business Loop 70 corridor project begins Monday between Providence Road and Garth Avenue, closing one lane in each direction through August.

The Business Loop Community Improvement District says sidewalks, lighting and 140 new trees will follow. Some owners are worried about the summer.

"Half my customers come in off the Loop without planning to," said Octavio Zamudio, who owns a tire and alignment shop near Garth. "We'll put up signs and hope." District director Carrie Gartner said parking behind the shops will stay open.""",
gold=[]),   # quoted owner, story is about the construction

dict(guid="cou_mmbl_2026_0420_vanderploeg-ceo", pub="2026-04-20T06:00:00-05:00",
title="Grand Rapids furniture maker names new CEO with Missouri roots",
body="""Steelwood Office Systems of Grand Rapids, Mich., which operates a distribution center in Columbia, has named Herschel Vander Ploeg, 44, its chief executive officer effective May 1.

Vander Ploeg, a Grand Rapids native, has been the company's chief operating officer since 2021. He replaces Dennis Kort, who is retiring. A company spokesperson said the Columbia distribution center on Paris Road, with 160 employees, will not be affected.""",
gold=[]),   # namesake, 44, of Grand Rapids; COU008 is 79, of Ashland

dict(guid="cou_mmbl_2026_0504_hospital-gala", pub="2026-05-04T06:00:00-05:00",
title="Boone Health Foundation gala raises $1.3 million for cancer center",
body="""The Boone Health Foundation's annual Red Ribbon Gala raised a record $1.3 million on Saturday for the expansion of the cancer center's infusion suite.

Leading donors recognized at the event included Tad and Lorna Brinkerhoff, the Kettleson Family Trust, Hyacinth Pendergraft, Dr. Samuel and Ruth Oduya, and Landmark Bank. More than 600 guests attended at the Holiday Inn Executive Center.""",
gold=[]),   # donor list
]

# ---- 2. KMIZ-like "ABC 17 Mid-Missouri" style TV station: HTML descriptions, dateline web stories ----
TV = [
dict(guid="cou_kmmo_20260224_barn-fire", pub="2026-02-24T21:10:00-06:00",
title="Hallsville family loses barn, hay and equipment in overnight fire",
body="""HALLSVILLE, Mo. (KMMO) - A Hallsville-area family lost a century-old barn, 300 bales of hay and most of their farm equipment in a fire early Tuesday.

Boone County Fire Protection District crews were called to the farm of Toby and Kendra Engelbrecht on Route 124 just after 2 a.m. The barn was fully involved when the first truck arrived. No people or livestock were hurt.

"My grandfather built that barn in 1921," Toby Engelbrecht said Tuesday afternoon. "We'll build another one." The fire marshal believes a heat lamp started the blaze. A benefit supper is planned at the Hallsville Community Center on March 7.""",
gold=[("COU017", "subject")]),   # Kendra is not a client

dict(guid="cou_kmmo_20260317_judge-retires", pub="2026-03-17T17:45:00-05:00",
title="Cole County judge to retire after 22 years on the bench",
body="""JEFFERSON CITY, Mo. (KMMO) - Cole County Circuit Judge Augustina Loeffelholz will retire at the end of June, she announced Tuesday.

Loeffelholz, who was first elected in 2004, has presided over many of the state's highest-profile lawsuits against state government, which by law are heard in Cole County. She started the county's drug treatment court in 2009.

"The courthouse has been my second home," Loeffelholz said. "It's time to spend more of my days at my first one." Gov. Mike Kehoe will appoint a successor from a panel chosen by the judicial commission.""",
gold=[("COU019", "subject")]),

dict(guid="cou_kmmo_20260408_spelling-bee", pub="2026-04-08T18:30:00-05:00",
title="Columbia sixth-grader headed to national spelling bee",
body="""COLUMBIA, Mo. (KMMO) - A Columbia sixth-grader is headed to the Scripps National Spelling Bee after winning the Mid-Missouri regional bee on Saturday.

Ayodele "Ayo" Oyelaran, 12, a student at Smithton Middle School, won in the 19th round by correctly spelling "pharmacopoeia." He is the son of Dash and Priya Oyelaran, who own Crumb & Kiln bakery.

"He reads the dictionary at breakfast," his mother said. "We stopped asking why." Ayo will compete in National Harbor, Maryland, in late May.""",
gold=[("COU012", "parent_of_subject"), ("COU013", "parent_of_subject")]),

dict(guid="cou_kmmo_20260428_car-into-home", pub="2026-04-28T12:15:00-05:00",
title="Car crashes into west Jefferson City home; homeowner unhurt",
body="""JEFFERSON CITY, Mo. (KMMO) - A west Jefferson City woman escaped injury Tuesday morning when a car left Country Club Drive and crashed into her living room.

Homeowner Romy D'Auteuil, 70, said she had just walked into the kitchen. "Two more minutes and I'd have been in that chair," she said. The driver told police he had a medical emergency; he was taken to St. Mary's Hospital with minor injuries. No citations were issued.

The city building inspector said the home cannot be occupied until the front wall is shored up. D'Auteuil, who lost her brother last week, is staying with friends.""",
gold=[("COU007", "subject")]),

dict(guid="cou_kmmo_20260506_storm-cleanup", pub="2026-05-06T07:50:00-05:00",
title="North Columbia cleans up after storm brings down trees, power lines",
body="""COLUMBIA, Mo. (KMMO) - Crews from Columbia Water & Light worked through the night after Tuesday evening's severe thunderstorm brought down trees and power lines across north Columbia.

About 7,800 customers lost power at the peak. Several streets off Blue Ridge Road and Oakland Gravel Road were blocked by fallen limbs.

"The whole sky went green," said Hyacinth Pendergraft, who had driven up from Ashland to check on her sister and was stuck behind a fallen oak for an hour. "Then it just let loose." The city said brush pickup will begin Monday.""",
gold=[]),   # quoted bystander (her weather row, if any, is computed from the alert)

dict(guid="cou_kmmo_20260612_colonel", pub="2026-06-12T16:40:00-05:00",
title="Fulton native promoted to colonel at Fort Leonard Wood",
body="""FORT LEONARD WOOD, Mo. (KMMO) - A Fulton native who started his Army career in the Fulton High School JROTC program was promoted to colonel on Friday.

Lt. Col. Desmond Achterberg, 49, deputy commander of the 3rd Maneuver Enhancement Brigade, received his new rank in a ceremony at Lincoln Hall. His wife, Keisha, and his mother, Geraldine, pinned the eagles on his shoulders. His father, longtime Fulton High teacher Vern Achterberg, died last month.

Achterberg will take command of an engineer brigade at Fort Bragg later this summer.""",
gold=[("COU020", "subject")]),
]

# ---- 3. Callaway & Boone Community Courier (community weekly): teaser description, HTML content:encoded ----
CC = [
dict(guid="cou_cbcc_2026_0130_fish-fry", pub="2026-01-30T08:00:00-06:00",
title="Lenten fish fries return to Immaculate Conception hall",
body="""The Knights of Columbus will again serve fried catfish, coleslaw and hush puppies every Friday in Lent at the Immaculate Conception parish hall in Jefferson City, starting Feb. 20.

Serving is from 4:30 to 7 p.m. Proceeds go to the parish's school tuition assistance fund. "We went through 900 pounds of catfish last year," said Deacon Cletus Wemhoener, who has worked the fryer for 14 years. "We'll buy 1,000 this time." Carry-out is available.""",
gold=[]),   # quoted volunteer

dict(guid="cou_cbcc_2026_0410_volunteer", pub="2026-04-10T08:00:00-05:00",
title="Fulton names JoAnn Fackrell Volunteer of the Year",
body="""The Fulton Area Chamber of Commerce has named JoAnn Fackrell its 2026 Volunteer of the Year.

Fackrell has organized the Brick District Christmas parade for 19 years and drives for the Callaway County meals-on-wheels route three days a week. She received the award at the chamber banquet on Thursday, a week after the death of her brother, Eldon.

"I told them to give it to the drivers," Fackrell said. "They didn't listen." """,
gold=[("COU014", "subject")]),

dict(guid="cou_cbcc_2026_0619_anniversary", pub="2026-06-19T08:00:00-05:00",
title="Anniversaries: Vander Ploegs mark 55 years",
body="""Herschel and Inga Vander Ploeg of Ashland will celebrate their 55th wedding anniversary with an open house from 2 to 4 p.m. Sunday, June 28, at the Ashland Optimist Club.

The former Inga Thorsby and Herschel Vander Ploeg were married June 26, 1971, at Bethel Lutheran Church in Moberly. He retired from MFA Inc. and she taught piano for 40 years. They have one son, Pieter, of Kansas City. The couple requests no gifts.""",
gold=[("COU008", "subject"), ("COU009", "subject")]),
]
