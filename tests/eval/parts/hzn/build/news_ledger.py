"""Mid-Hudson Business Ledger (regional business paper, Ulster/Dutchess/Orange), plain text. Hand-labelled."""

ITEMS = [
dict(guid="hzn_mhbl_2026_0303_esopussavings", pub="2026-03-03T06:30:00-05:00",
title="Esopus Valley Savings names Keator chief financial officer",
body="""KINGSTON - Esopus Valley Savings Bank has promoted Siobhan Keator to chief financial officer, effective April 1.

Keator, 35, joined the $1.4 billion mutual savings bank as a staff accountant in 2013 and has been its controller since 2021. She succeeds Gerald Faurie, who is retiring. "Siobhan knows every line of this balance sheet," said president Ward Hornbeck.""",
gold=[("HZN013", "subject")]),

dict(guid="hzn_mhbl_2026_0421_luncheonette", pub="2026-04-21T06:30:00-04:00",
title="JoAnn's Luncheonette marks 40 years on Market Street",
body="""SAUGERTIES - JoAnn's Luncheonette, the twelve-stool counter on Market Street that has served eggs and rice pudding since 1986, celebrates its 40th anniversary this month.

Owner JoAnn Relyea opened the luncheonette at 29 with a $6,000 loan from her father. She still opens at 5:30 a.m. six days a week. "People ask when I'm going to retire," Relyea said. "I tell them when the rice pudding retires." The restaurant will serve 1986 prices all day on April 25.""",
gold=[("HZN015", "subject")]),

dict(guid="hzn_mhbl_2026_0512_wierzbicki", pub="2026-05-12T06:30:00-04:00",
title="Chicago toolmaker Wierzbicki Precision buys Ohio rival",
body="""Wierzbicki Precision Tool of Chicago has agreed to acquire Buckeye Die & Mold of Dayton, Ohio, creating a 240-employee company with plants in two states, chief executive Tomasz Wierzbicki said.

Wierzbicki, 58, founded the company in suburban Cicero in 1994. The Ledger covers the deal because Buckeye supplies molds to two plants in the Town of Ulster. Terms were not disclosed.""",
gold=[]),

dict(guid="hzn_mhbl_2026_0609_waterfront", pub="2026-06-09T06:30:00-04:00",
title="Poughkeepsie waterfront apartments win planning approval",
body="""POUGHKEEPSIE - The city planning board has approved a 180-unit apartment building with ground-floor shops on the site of the former Dooley Square warehouses.

Business owners on Main Street were divided. "Foot traffic is what we need, and this brings it," said Marisol Rivera Santiago, who chairs the Main Street Business Alliance. Others worried about parking. The developer, Hudson Rail Partners, expects to break ground in the spring.""",
gold=[]),
]
