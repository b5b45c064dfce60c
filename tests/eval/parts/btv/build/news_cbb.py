"""Champlain Business Brief: short business items (appointments, openings, sales), plain text. Hand-labelled."""

FEED = "cbb"
ITEMS = [
dict(guid="btv_cbb_2026_0217_cfo", pub="2026-02-17T06:30:00-05:00",
title="Lake Champlain Regional Credit Union names Kinsley chief financial officer",
body="""SOUTH BURLINGTON - Lake Champlain Regional Credit Union has named Mary Beth Kinsley its chief financial officer, effective March 1. Kinsley, who joined the credit union as a staff accountant in 1998, has been its controller since 2016. She succeeds Alan Forsythe, who is retiring after 22 years. Kinsley is a graduate of Saint Michael's College and a certified public accountant. The credit union has 41,000 members and branches in Chittenden and Franklin counties.""",
gold=[("BTV007", "subject")]),

dict(guid="btv_cbb_2026_0527_market", pub="2026-05-27T06:30:00-04:00",
title="Everest Spice Market opens on Winooski's Main Street",
body="""WINOOSKI - Bhim and Durga Khatiwada have opened Everest Spice Market, a Nepali and South Asian grocery, at 27 Main St. in Winooski, in the storefront that held a laundromat for twenty years. The 2,400-square-foot store carries spices, lentils, rice, fresh produce and a hot counter where Durga Khatiwada makes momos on weekends. The couple, who came to Winooski from a refugee camp in Nepal in 2009, ran a smaller shop on East Allen Street for six years. "We needed room for the rice," Bhim Khatiwada said. The expansion was financed in part by a loan from the Winooski Valley Loan Fund.""",
gold=[("BTV009", "subject"), ("BTV010", "subject")]),

dict(guid="btv_cbb_2026_0609_bakery", pub="2026-06-09T06:30:00-04:00",
title="Gingras opens Shelburne village bakery-café",
body="""SHELBURNE - Marie-Josée Gingras, who took over her father's Boulangerie Gingras on Shelburne Road in 2010, has opened a second location, La Petite Miche, a bakery-café on Falls Road in Shelburne village. The 40-seat café serves coffee, sandwiches on house bread and the boulangerie's croissants. Gingras said the café was a project she and her father, Luc-André Gingras, planned together before his death in March. It employs 11 people.""",
gold=[("BTV020", "subject")]),

dict(guid="btv_cbb_2026_0707_portland", pub="2026-07-07T06:30:00-04:00",
title="People on the move",
body="""Casco Bay Marine Supply of Portland, Maine, has named Daniel Kinsley president. Kinsley, 44, a Portland native, was previously the company's vice president of sales. - Champlain Valley Health Partners in Plattsburgh has hired Dr. Aisha Bello as medical director of its Cadyville clinic. - Bolton Ridge Timber Frames of Richmond, Vt., has promoted Sean Guilmette to project manager.""",
gold=[]),

dict(guid="btv_cbb_2026_0721_plumbing", pub="2026-07-21T06:30:00-04:00",
title="Boulanger Plumbing & Heating sold to employees",
body="""PLATTSBURGH - Armand Boulanger, who founded Boulanger Plumbing & Heating in 1984 with one van and a rented garage on Cornelia Street, has sold the company to four of its long-time employees and will retire at the end of the month. The firm now has 23 employees and serves Clinton and Essex counties. Boulanger, 73, said he intends to spend his retirement fishing Lake Champlain "without a pager." The terms of the sale were not disclosed.""",
gold=[("BTV015", "subject")]),
]
