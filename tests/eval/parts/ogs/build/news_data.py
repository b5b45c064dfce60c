"""Hand-written local news for the ogs part, with hand labels. feed: tv (WNCY 7 site, HTML description),
weekly (Seaway Weekly community paper, teaser + content:encoded), biz (North Country Business Ledger, plain)."""

ITEMS = [
dict(feed="tv", guid="ogs_wncy_20260120_nurse", pub="2026-01-20T18:10:00-05:00",
title="Massena nurse named North Country Nurse of the Year",
body="""MASSENA, N.Y. (WNCY) - A Massena Hospital emergency-room nurse who started a mobile clinic for Akwesasne elders has been named the North Country Nurse of the Year.

Kateri Tarbell-Oakes, a nurse at the hospital for 19 years, received the award Tuesday from the North Country Healthcare Alliance. Her clinic, run out of a converted bookmobile, has made more than 3,000 home visits since 2022.

"My grandmother would not come to the hospital, so the hospital went to her," Tarbell-Oakes said.""",
gold=[("OGS008", "subject")]),

dict(feed="weekly", guid="ogs_seaway_20260129_valedictorian", pub="2026-01-29T08:00:00-05:00",
title="Potsdam Central names valedictorian and salutatorian",
body="""POTSDAM - Siobhan McCormick has been named valedictorian of the Potsdam Central School Class of 2026, with a 99.1 average. She is the daughter of Dennis and Mary Ellen McCormick of Potsdam and plans to study chemical engineering at Clarkson University.

The salutatorian is Owen Gleason, son of Mark and Heidi Gleason of Hannawa Falls.""",
gold=[("OGS013", "parent_of_subject"), ("OGS012", "parent_of_subject")]),

dict(feed="biz", guid="ogs_ncbl_20260210_sharlow", pub="2026-02-10T06:00:00-05:00",
title="Sharlow's Hardware marks 50 years on Route 37",
body="""LISBON - When Reg Sharlow's father opened a feed and hardware store on State Highway 37 in 1976, the nearest lumberyard was in Ogdensburg. Fifty years later, Sharlow's Hardware has three employees, a rental barn and customers from both sides of the river.

Reginald Sharlow, who took over the store in 1994 with his wife, Patricia, will mark the anniversary with a customer barbecue on Saturday. "We sell a lot of fence staples and a lot of advice," he said.""",
gold=[("OGS019", "subject")]),

dict(feed="tv", guid="ogs_wncy_20260224_icejam", pub="2026-02-24T17:45:00-05:00",
title="Ice jam floods Ogdensburg streets along the Oswegatchie",
body="""OGDENSBURG, N.Y. (WNCY) - An ice jam on the Oswegatchie River pushed water into basements along Lafayette and Main streets Tuesday. No one was hurt, and city crews had the jam moving by late afternoon.

"I've lived here 40 years and I've seen it worse, but not by much," said Bernie Gokey, who watched from the Lafayette Street bridge. City manager Stephen Jellie said pumps were sent to 14 homes.""",
gold=[]),  # OGS015 is a quoted bystander

dict(feed="weekly", guid="ogs_seaway_20260305_anniversary", pub="2026-03-05T08:00:00-05:00",
title="Bopreys celebrate 55th anniversary",
body="""OGDENSBURG - Ray and Claudette (LaBrake) Boprey of Knox Street will celebrate their 55th wedding anniversary on March 13 with a family dinner. The couple were married at Notre Dame Church on March 13, 1971. Ray retired from the Ogdensburg Bridge and Port Authority; Claudette from the Ogdensburg City School District. They have three children and seven grandchildren.""",
gold=[("OGS001", "subject"), ("OGS002", "subject")]),

dict(feed="biz", guid="ogs_ncbl_20260317_retire", pub="2026-03-17T06:00:00-04:00",
title="Alcoa Massena veteran retires after 40 years in the carbon plant",
body="""MASSENA - Armand Bouchard started at Alcoa's East Plant in 1986 shoveling coke. On Friday he retired as the carbon-plant area manager, after 40 years, two plant closures, one restart and, by his count, 11 plant managers.

Bouchard, 65, was honored at a luncheon at the Massena Elks Lodge. He and his wife, Nicole, plan to spend more time at their camp on Lake Ozonia.""",
gold=[("OGS011", "subject")]),

dict(feed="weekly", guid="ogs_seaway_20260402_library", pub="2026-04-02T08:00:00-04:00",
title="Canton Free Library campaign passes $1 million",
body="""CANTON - The Canton Free Library's capital campaign for its new children's wing has passed $1 million, director Anne Sinclair announced. Leadership gifts came from the St. Lawrence County Savings Foundation, the Northern Lights Fund and the families of Leon and Joyce Ashley, Henrietta Bellinger, and Wendell and Beverly Tyo (in memoriam). Construction is to begin in June.""",
gold=[]),  # donor list

dict(feed="tv", guid="ogs_wncy_20260414_promotion", pub="2026-04-14T12:20:00-04:00",
title="Seaway Valley Savings names new Massena branch manager",
body="""MASSENA, N.Y. (WNCY) - Seaway Valley Savings has promoted Lorraine Dishaw to manager of its Massena branch on Main Street. Dishaw, who started as a teller in 1980, most recently led the bank's mortgage department. She succeeds Kevin Lalone, who is moving to the Potsdam branch.""",
gold=[("OGS004", "subject")]),

dict(feed="weekly", guid="ogs_seaway_20260430_volunteer", pub="2026-04-30T08:00:00-04:00",
title="St. Onge honored as Ogdensburg Volunteer of the Year",
body="""OGDENSBURG - For 22 years Yvonne St. Onge has run the Thursday soup kitchen at the Notre Dame parish hall. On Saturday, the Ogdensburg Rotary Club named her its 2026 Volunteer of the Year.

"I just make the soup," said Mrs. St. Onge, 76, a retired Ogdensburg Free Academy secretary. Rotary president Mark Mayette presented the award.""",
gold=[("OGS022", "subject")]),

dict(feed="tv", guid="ogs_wncy_20260512_fire", pub="2026-05-12T06:40:00-04:00",
title="Fire destroys dairy barn in the town of Madrid",
body="""MADRID, N.Y. (WNCY) - Fire destroyed a dairy barn on County Route 14 in the town of Madrid overnight. All 60 cows were led out safely, firefighters said.

The barn belonged to Tad Woodcock, who runs the farm his grandfather started. "The neighbors were here before the trucks were," Woodcock said. Madrid, Waddington and Lisbon fire departments responded; the cause is under investigation.""",
gold=[("OGS021", "subject")]),

dict(feed="weekly", guid="ogs_seaway_20260604_birth", pub="2026-06-04T08:00:00-04:00",
title="Births at Alice Hyde",
body="""MALONE - A son, Theo Michael, to Shawn and Kayla (Cook) Thompson of Malone, May 26, at Alice Hyde Medical Center. Grandparents are Michael and Donna Thompson of Malone and Margaret Cook of Akwesasne.

A daughter, Ava Lynn, to Brandon and Casey Monette of Chateaugay, May 28.""",
gold=[("OGS017", "subject"), ("OGS018", "subject")]),

dict(feed="weekly", guid="ogs_seaway_20260813_fair", pub="2026-08-13T08:00:00-04:00",
title="Hermon teen takes supreme champion at county fair dairy show",
body="""GOUVERNEUR - Hermon 4-H member Addison Kinney, 16, showed the supreme champion Holstein at the St. Lawrence County Fair dairy show on Tuesday. Judge Tad Woodcock of Madrid called her two-year-old "as correct a cow as I've seen in this ring."

Reserve supreme went to Logan Perretta of Gouverneur.""",
gold=[]),  # the client is the judge

dict(feed="biz", guid="ogs_ncbl_20260826_dishaw", pub="2026-08-26T06:00:00-04:00",
title="Watertown contractor wins state highway bid",
body="""WATERTOWN - Dishaw Paving of Watertown has won a $4.2 million state contract to resurface 11 miles of U.S. Route 11 between Philadelphia and Antwerp. Owner Gerard Dishaw, 44, said the job will add 12 seasonal workers. Work begins next spring.""",
gold=[]),  # namesake elsewhere: OGS003 Gerard "Jerry" Dishaw Jr. of Massena is 71

dict(feed="tv", guid="ogs_wncy_20260909_bridge", pub="2026-09-09T18:00:00-04:00",
title="Ogdensburg-Prescott bridge deck work to close lane through October",
body="""OGDENSBURG, N.Y. (WNCY) - One lane of the Ogdensburg-Prescott International Bridge will close weekdays through October for deck repairs, the Bridge and Port Authority said.

"Plan on 20 extra minutes," said Ray Boprey, a retired authority toll supervisor who still crosses every week to visit family in Prescott.""",
gold=[]),  # quoted bystander

dict(feed="weekly", guid="ogs_seaway_20260917_lapierre", pub="2026-09-17T08:00:00-04:00",
title="Heuvelton man honored for 50 years with the fire department",
body="""HEUVELTON - Francis "Butch" LaPierre was honored Saturday for 50 years of service with the Heuvelton Volunteer Fire Department. LaPierre, 74, has served as chief three times.""",
gold=[]),  # OGS009 is do_not_contact

dict(feed="weekly", guid="ogs_seaway_20261001_etta", pub="2026-10-01T08:00:00-04:00",
title="Gouverneur woman marks 90th birthday",
body="""GOUVERNEUR - Etta Bellinger of Rowley Street celebrated her 90th birthday with an open house at the Gouverneur Senior Center. Born in 1936 in Hailesboro, she taught third grade in Gouverneur for 35 years. Friends sent more than 200 cards.""",
gold=[("OGS020", "subject")]),
]
