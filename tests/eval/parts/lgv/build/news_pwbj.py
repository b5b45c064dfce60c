"""Piney Woods Business Journal (Longview-Marshall-Kilgore business weekly), plain text. Hand-labelled."""

ITEMS = [
dict(guid="lgv_pwbj_2026_0115", pub="2026-01-15T06:00:00-06:00", title="Gregg County oil services execs cautious on 2026",
body="""Rig counts in the East Texas Basin fell again in December, and local oilfield service owners say they are planning for a flat year.

"We're not hiring, but we're not laying anybody off either," said Tad Beckwith, owner of Beckwith Pump & Supply in Hallsville. Beckwith said his customers are deferring workovers until natural gas prices firm up.

Dewayne Nabors, operations manager at Sabine Pipe Services, was recently promoted to vice president of field operations.""",
gold=[]),

dict(guid="lgv_pwbj_2026_0226", pub="2026-02-26T06:00:00-06:00", title="Youngblood named CFO at Christus Good Shepherd",
body="""Christus Good Shepherd Health System has named Charlene "Charlie" Youngblood its chief financial officer, effective March 1.

Youngblood, a Longview native and CPA, has been the system's vice president of revenue cycle since 2018. She succeeds Alan Fitts, who retired in January.""",
gold=[("LGV011", "subject")]),

dict(guid="lgv_pwbj_2026_0409", pub="2026-04-09T06:00:00-05:00", title="Panaderia Rosalinda marks 25 years on West Marshall Avenue",
body="""When Rosalinda Cardenas Villarreal opened a six-table bakery on West Marshall Avenue in 2001, she baked every concha herself before dawn.

Twenty-five years later, Panaderia Rosalinda employs 18 people, supplies pan dulce to three grocery chains and is adding a second location in Kilgore this summer. Cardenas Villarreal, known to customers as Rosie, will mark the anniversary with a customer appreciation day April 18.""",
gold=[("LGV009", "subject")]),

dict(guid="lgv_pwbj_2026_0514", pub="2026-05-14T06:00:00-05:00", title="Longview Museum of Fine Arts gala raises record $410,000",
body="""The Longview Museum of Fine Arts' Art for Art's Sake gala raised a record $410,000 for its education programs.

Presenting sponsors were Eastman Chemical, Texas Bank & Trust and Stroud Oil Co. Table sponsors included Harlan and Charlene Youngblood, Tad Beckwith, the Pruitt Family Foundation, and Dr. and Mrs. Alan Fitts. The evening was chaired by Kendra Maddox.""",
gold=[]),

dict(guid="lgv_pwbj_2026_0618", pub="2026-06-18T06:00:00-05:00", title="Zapata named Longview's Small Business Person of the Year",
body="""Lorena Zapata, founder of Zapata Bookkeeping & Tax on North Fourth Street, has been named the Longview Chamber of Commerce's Small Business Person of the Year.

Zapata started the firm from her kitchen table in 2012 and now serves more than 600 small businesses, many of them Spanish-speaking owners. The selection panel included Buddy Hargrove of Hargrove Tire in Kilgore, last year's honoree, and bank president Susan Kemp.""",
gold=[("LGV020", "subject")]),

dict(guid="lgv_pwbj_2026_0723", pub="2026-07-23T06:00:00-05:00", title="Threadgill retires after 36 years at Marshall plant",
body="""Reggie Threadgill Jr. has retired as maintenance superintendent at the Marshall plant of Pinewood Composites after 36 years.

Threadgill started on the loading dock in 1990 and oversaw the plant's 2019 expansion. Coworkers sent him off with a barbecue lunch on Friday. He and his wife, Gwendolyn, plan to spend more time at their place on Caddo Lake.""",
gold=[("LGV019", "subject")]),
]
