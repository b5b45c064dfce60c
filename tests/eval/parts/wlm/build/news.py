"""Local news of the wlm part, hand-labelled (`gold=` beside each text).

BIZ: Meeker-Kandiyohi Business Ledger (business paper, plain text). TV: Lakes Country 12 (TV station site, HTML
descriptions). PN: Prairie Neighbors (community newsletter: schools, milestones; teaser + content:encoded)."""

BIZ = [
dict(guid="wlm_biz_2026_0114", pub="2026-01-14T06:00:00-06:00", title="Kallevig Seed & Agronomy marks 40 years in Kerkhoven",
body="""KERKHOVEN - Kallevig Seed & Agronomy will mark 40 years in business this spring, and its owners say the secret is simple: answer the phone at 5 a.m. in May.

Duane and Renee Kallevig bought the business from Duane's uncle in 1986, when it was a two-bin seed shed beside the Soo Line tracks. Today it employs 14 people and serves growers across Swift, Kandiyohi and Chippewa counties.

"We've seen wet springs, dry summers and every price there is," Renee Kallevig said. An open house is planned for April 11.""",
gold=[("WLM013", "subject"), ("WLM014", "subject")]),

dict(guid="wlm_biz_2026_0210", pub="2026-02-10T06:00:00-06:00", title="Chippewa Valley Bank names Strommen president",
body="""MONTEVIDEO - Chippewa Valley Bank has named Brad Strommen its next president and chief executive, effective March 1.

Strommen, a Montevideo native, has been the bank's senior ag lender since 2011. He succeeds Gary Lindquist, who is retiring after 22 years. The bank has branches in Montevideo, Clara City and Dawson.""",
gold=[("WLM019", "subject")]),

dict(guid="wlm_biz_2026_0317", pub="2026-03-17T06:00:00-05:00", title="Scandinavian bakery opens on Willmar's Litchfield Avenue",
body="""WILLMAR - The smell of cardamom returned to downtown Willmar last week when Solveig Bakke-Rustad opened Bakke-Rustad Bakeri at 318 Litchfield Ave. SW.

Bakke-Rustad, who trained in Bergen and baked for ten years in Minneapolis, sells krumkake, kringle and rye bread, and on Fridays a Somali sambusa made with her neighbor's recipe.

"Willmar has people from everywhere now," she said. "A bakery should taste like that." """,
gold=[("WLM011", "subject")]),

dict(guid="wlm_biz_2026_0428", pub="2026-04-28T06:00:00-05:00", title="Grocer brings halal and Hispanic aisles to new Willmar store",
body="""WILLMAR - Lakeside Foods opened its new 40,000-square-foot store on First Street South on Monday, with halal meat, a tortilleria and a Scandinavian corner under one roof.

Shoppers lined up before 7 a.m. "I used to drive to St. Cloud for half of this," said Lorraine Pflipsen of Atwater, who was first in line. Abdirahman Hassan, who chairs the Willmar Somali business association, said the halal counter was "a long time coming." """,
gold=[]),   # quoted shoppers and a quoted association chair: bystanders
]

TV = [
dict(guid="wlm_tv_20260205_fire", pub="2026-02-05T18:20:00-06:00", title="Spicer couple escapes early-morning house fire on Green Lake",
body="""SPICER, Minn. (KLCT) - A Spicer couple escaped without injury early Thursday when fire destroyed their home on the north shore of Green Lake.

Dennis and Mary Jo Hegdahl woke to smoke alarms around 3:30 a.m. and got out with their dog. Spicer and New London fire departments fought the blaze in 15-below temperatures.

The Red Cross is helping the Hegdahls, and neighbors have set up a fund at the Spicer bank.""",
gold=[("WLM008", "subject")]),

dict(guid="wlm_tv_20260309_4h", pub="2026-03-09T17:45:00-05:00", title="Raymond farmer, 90, honored for 70 years with Kandiyohi County 4-H",
body="""RAYMOND, Minn. (KLCT) - Seventy years after he showed his first Holstein calf at the county fair, Vern Mathiowetz is still judging dairy at it.

The Kandiyohi County Extension office on Saturday gave Mathiowetz, 90, its first Lifetime Volunteer Award. He lost his grandson in a farm accident in January. "Mikey would have razzed me about this," he said.""",
gold=[("WLM012", "subject")]),

dict(guid="wlm_tv_20260519_anniv", pub="2026-05-19T18:00:00-05:00", title="New London couple celebrates 50 years, and 50 years of the same cafe booth",
body="""NEW LONDON, Minn. (KLCT) - Jerry and Bonnie Tessmer met at the New London Cafe in 1975. On Saturday they celebrated their 50th wedding anniversary in the same corner booth.

Gerald Tessmer proposed there, with a ring hidden in a slice of his mother's rhubarb pie. "She almost swallowed it," he said. Their children hosted an open house at Peace Lutheran afterward.""",
gold=[("WLM009", "subject"), ("WLM010", "subject")]),

dict(guid="wlm_tv_20260603_hockey", pub="2026-06-03T21:10:00-05:00", title="Mankato's Thorsgaard signs with Minnesota Wild affiliate",
body="""MANKATO, Minn. (KLCT) - Minnesota State forward Leif Thorsgaard, 22, of Mankato, signed an entry-level deal with the Iowa Wild on Wednesday.

Thorsgaard led the Mavericks in goals as a junior. He grew up in North Mankato and played his high school hockey at Mankato West.""",
gold=[]),   # a namesake elsewhere (the client is 36, of Litchfield)

dict(guid="wlm_tv_20260715_centergrant", pub="2026-07-15T17:30:00-05:00", title="Willmar community center gets state grant for youth programs",
body="""WILLMAR, Minn. (KLCT) - A Willmar community center that serves Somali, Latino and Karen families received a $250,000 state grant Tuesday for after-school programs.

Abdirahman Farah Hassan, a board member, said the money will pay for tutors and a summer soccer league. Interpreter Lupe Reyes Ochoa translated at the announcement for Spanish-speaking parents.""",
gold=[]),   # a board member quoted and an interpreter: no life event of theirs
]

PN = [
dict(guid="wlm_pn_2026_03_merit", pub="2026-03-02T08:00:00-06:00", title="Litchfield senior named National Merit Finalist",
body="""Litchfield High School senior Emma Rollefson has been named a National Merit Scholarship Finalist, one of about 15,000 in the country.

Emma, the daughter of Arvid and Janelle Rollefson of Litchfield, plays oboe in the band and captains the Knowledge Bowl team. She plans to study chemistry.""",
gold=[("WLM006", "parent_of_subject"), ("WLM007", "parent_of_subject")]),

dict(guid="wlm_pn_2026_04_birth", pub="2026-04-06T08:00:00-05:00", title="New arrivals at Meeker Memorial",
body="""Born to Leif and Hanna Thorsgaard of Litchfield, a son, Anders Leif, on March 28 at Meeker Memorial Hospital. He weighed 8 pounds, 2 ounces. Grandparents are Roger and Sharon Thorsgaard of Grove City.

Born to Tyler and Brianna Kramer of Darwin, a daughter, Sadie Rose, on March 30.""",
gold=[("WLM022", "subject")]),

dict(guid="wlm_pn_2026_06_retire", pub="2026-06-08T08:00:00-05:00", title="After 30 years, Rice Memorial's Spanish interpreter retires",
body="""After three decades of standing beside patients on the worst and best days of their lives, Lupe Reyes Ochoa has retired as a medical interpreter at Rice Memorial Hospital.

Maria Guadalupe Reyes Ochoa came to Willmar from Michoacán at 16 with her parents and started interpreting for the hospital in 1996. Coworkers held a potluck for her Friday with tamales and kringle.""",
gold=[("WLM018", "subject")]),

dict(guid="wlm_pn_2026_08_fair", pub="2026-08-17T08:00:00-05:00", title="Kandiyohi County Fair open-class results: baking and quilts",
body="""Open-class baking was judged this year by Delores "Dee" Vanderwerf of Prinsburg, who has entered the fair for 60 years. Purple ribbons went to Kristi Lahti of Dassel (rhubarb pie), Hodan Hassan of Willmar (sambusa) and Marlene Kvam of Maynard (lefse).

Quilt judging was by Judy Berg of Sauk Centre.""",
gold=[]),   # the client is the judge: no life event

dict(guid="wlm_pn_2026_09_library", pub="2026-09-08T08:00:00-05:00", title="Benson library thanks donors to its new children's room",
body="""The Benson Public Library thanks everyone who gave to the new children's room, which opened Aug. 29. Donors at the Champion level were the Swift County Community Foundation, Skaalerud Implement, Orrin and Carol Skaalerud, Kallevig Seed & Agronomy and Chippewa Valley Bank.""",
gold=[]),   # a donor list
]
