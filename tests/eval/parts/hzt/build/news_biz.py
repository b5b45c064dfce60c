"""Northeast PA Business Ledger (invented): business paper, plain text. Hand-labelled."""

ITEMS = [
dict(guid="hzt_biz_20260127_ferdinando", pub="2026-01-27T07:00:00-05:00", title="Ferdinando's Bakery marks 50 years on South Wyoming Street",
body="""HAZLETON - Ferdinando's Bakery, the South Wyoming Street shop whose tomato pie has fed three generations of Hazleton wedding receptions and funeral luncheons, turns 50 this month.

Owner Dominic Ferdinando, who took over from his father, Sal, in 1998, said the recipe has not changed. "Thick crust, sweet sauce, served cold, a little Romano. You change it, the Heights will march on City Hall," he said. The bakery now ships tomato pie to Florida and the Carolinas and employs 14 people.""",
gold=[("HZT012", "subject")]),

dict(guid="hzt_biz_20260310_batista", pub="2026-03-10T07:00:00-04:00", title="Greater Hazleton Regional names new nurse manager for emergency department",
body="""HAZLETON - Greater Hazleton Regional Medical Center has promoted Ana Lucia Batista, RN, to nurse manager of its emergency department.

Batista, a Hazleton Area High School and Penn State Hazleton graduate, joined the hospital as a nursing assistant in 2009 and has worked as a charge nurse in the ED since 2019. She is fluent in Spanish and led the hospital's medical-interpreter program. She succeeds Karen Shovlin, who retired.""",
gold=[("HZT019", "subject")]),

dict(guid="hzt_biz_20260421_peralta", pub="2026-04-21T07:00:00-04:00", title="Peralta Auto Repair opens second shop on North Cedar Street",
body="""HAZLETON - Peralta Auto Repair, the Diamond Avenue garage that Ramón and Yesenia Peralta opened in 2012, has opened a second location at 600 N. Cedar St.

The couple bought the former Laurel Mall tire center building in January. Ramón Peralta Guzman, a certified master technician, runs the shops; Yesenia Peralta handles the books, the customers and, she says, Ramón. The new shop adds six bays and five jobs.""",
gold=[("HZT008", "subject"), ("HZT009", "subject")]),

dict(guid="hzt_biz_20260512_humboldt", pub="2026-05-12T07:00:00-04:00", title="Third distribution center opens in Humboldt Industrial Park",
body="""HAZLE TOWNSHIP - A 1.1-million-square-foot distribution center for a national home-goods retailer opened Monday in the Humboldt Industrial Park, bringing 600 jobs.

"The Valley built the coal and the mills, and now it's building the supply chain," said Frank Malloy of Conyngham, board chairman of the Greater Hazleton Economic Development Corp. Dominic Ferdinando's bakery supplied the ribbon-cutting's tomato pie.""",
gold=[]),

dict(guid="hzt_biz_20260818_hudock", pub="2026-08-18T07:00:00-04:00", title="Butler County chemistry teacher named Pennsylvania Teacher of the Year",
body="""HARRISBURG - Michael Hudock, a chemistry teacher at Knoch High School in Saxonburg, Butler County, has been named the 2027 Pennsylvania Teacher of the Year by the state Department of Education.

Hudock, 52, started the school's robotics team and a summer lab camp for middle-school girls. He will represent the state in the national program.""",
gold=[]),
]
