"""Prairie Corridor Business Journal: regional business paper (Decatur, Springfield, Bloomington-Normal,
Champaign-Urbana), plain text, people-on-the-move and company milestones. Hand-labelled."""

FEED = "pcbj"
ITEMS = [
dict(guid="dec_pcbj_news_2026_0114", pub="2026-01-14T07:00:00-06:00",
title="Prairie State Mutual names Greenleaf vice president of claims",
body="""BLOOMINGTON - Prairie State Mutual Insurance Co. has promoted Nathaniel "Nate" Greenleaf to vice president of claims operations, the company announced Tuesday.

Greenleaf, 40, joined the Bloomington insurer as a field adjuster in 2008 and has led its catastrophe response team since 2021, overseeing the company's response to the 2023 Bloomington-Normal hailstorm. He holds a degree in finance from Illinois State University.

"Nate has been in the field for every big storm this company has had," said president and CEO Margaret Hollister. He succeeds Dale Vance, who is retiring.""",
gold=[("DEC015", "subject")]),

dict(guid="dec_pcbj_news_2026_0311", pub="2026-03-11T07:00:00-05:00",
title="Stutzman's Country Bakery marks 25 years in Arthur",
body="""ARTHUR - When Wilma Stutzman started selling cinnamon rolls from a folding table at her husband's produce stand in 2001, she sold out by 8 a.m. Twenty-five years later, Stutzman's Country Bakery employs 22 people, ships noodles and jams to stores in four states and still sells out of cinnamon rolls by 8 a.m. on Saturdays.

The bakery, on County Road 200N east of Arthur, will mark its anniversary with an open house on March 21. Stutzman, who grew up in an Old Order Amish family, runs the business with her husband, Levi, and two of their daughters.

"We did not plan any of this," Stutzman said. "We just kept baking." """,
gold=[("DEC013", "subject")]),

dict(guid="dec_pcbj_news_2026_0506", pub="2026-05-06T07:00:00-05:00",
title="Schroeder Implement celebrates 60 years on Route 51",
body="""FORSYTH - Schroeder Implement, the farm-equipment dealer that Marvin Schroeder Sr. opened north of Decatur in 1966, will celebrate its 60th anniversary with a customer appreciation day on May 16.

The dealership is now owned by his son, Marvin "Butch" Schroeder Jr., and Butch's wife, Patty, who keeps the books and runs the parts counter. The company employs 34 people at its Forsyth and Clinton stores. The elder Schroeder died in February at 87.

"Dad would want free pork chops and no speeches," Butch Schroeder said. "So that is what we are doing." """,
gold=[("DEC004", "subject"), ("DEC005", "subject")]),

dict(guid="dec_pcbj_news_2026_0603", pub="2026-06-03T07:00:00-05:00",
title="Naperville manufacturer names new finance chief",
body="""NAPERVILLE - Fox Valley Precision Components has named Courtney Ruhl of Naperville as chief financial officer, effective July 1.

Ruhl, 44, was previously controller at a Chicago-area packaging company. She succeeds Alan Tesch, who is retiring after 19 years. The company, which makes hydraulic fittings for agricultural equipment, has 310 employees in Naperville and Aurora.""",
gold=[]),

dict(guid="dec_pcbj_news_2026_0624", pub="2026-06-24T07:00:00-05:00",
title="Lakeview Regional nurse manager retires after 35 years",
body="""DECATUR - Mary Jo Fancher, who started at Lakeview Regional Medical Center as a graduate nurse in 1991 and spent the last 18 years managing its cardiac step-down unit, retired June 19.

Fancher, a Lakeview High School and Richland Community College graduate, trained more than 200 nurses and helped set up the hospital's heart failure clinic. Colleagues lined the hallway for her final walk out of the unit.

"She knew every patient's name and every nurse's kids' names," said chief nursing officer Dr. Angela Reinholt. Fancher said she plans to spend her retirement with her grandchildren and her garden.""",
gold=[("DEC006", "subject")]),

dict(guid="dec_pcbj_news_2026_0715", pub="2026-07-15T07:00:00-05:00",
title="Piatt Grain Cooperative re-elects board, reports record year",
body="""MONTICELLO - Members of Piatt Grain Cooperative re-elected three directors at the annual meeting Tuesday: Dwight Eberhardt of Monticello, Sharon Kiefer of Cerro Gordo and Tom Jurgens of Bement. The co-op handled a record 31 million bushels in its last fiscal year and will pay out $2.4 million in patronage.

General manager Paul Seibert said the co-op will add a 750,000-bushel bin at its Bement elevator before harvest.""",
gold=[]),
]
