"""Tri-State Business Ledger (weekly business paper, Evansville): plain text. Hand-labelled."""

ITEMS = [
dict(guid="evv_tsbl_2026_0119", pub="2026-01-19T07:00:00-05:00", title="Newburgh dentist opens second practice in Chandler",
body="""NEWBURGH - Dr. Ignatius Brockschmidt has opened a second office of Brockschmidt Family Dentistry on State Road 62 in Chandler, adding six chairs and twelve jobs.

Brockschmidt, who has practised in Newburgh since 1995, said patients from the north end of Warrick County were driving 25 minutes each way. "We kept hearing it," he said. "So we went to them." The $2.1 million building was financed by German American Bank.""",
gold=[("EVV007", "subject")]),

dict(guid="evv_tsbl_2026_0216", pub="2026-02-16T07:00:00-05:00", title="Mabrey's Smokehouse to open second location on Evansville's North Side",
body="""HENDERSON, Ky. - Mabrey's Smokehouse, the Henderson barbecue restaurant known for its mutton and burgoo, will open a second location in the former Lanes & Games building on North First Avenue in Evansville this summer.

Owners Lucius and Odessa Mabrey opened the original restaurant on Green Street in 1989. The couple expects to hire 35 people. "Forty years of Kentucky smoke, now on the Indiana side," Odessa Mabrey said.""",
gold=[("EVV010", "subject"), ("EVV011", "subject")]),

dict(guid="evv_tsbl_2026_0309", pub="2026-03-09T07:00:00-04:00", title="Red Spring Tool & Die names new chief financial officer",
body="""EVANSVILLE - Red Spring Tool & Die Co. has named Priyanka Deshmukh chief financial officer, effective April 1. Deshmukh comes from Berry Global, where she was director of financial planning.

The 70-year-old company, which makes dies for the automotive and appliance industries, has grown to 240 employees. "They've always been good to their people," said Gary Schnellenberger, a retired toolmaker who worked at Red Spring for 31 years and still bowls with the shop league.""",
gold=[]),

dict(guid="evv_tsbl_2026_0406", pub="2026-04-06T07:00:00-04:00", title="Retired officer joins Warrick County bank's board",
body="""BOONVILLE - First Warrick Savings Bank has elected Lt. Col. (Ret.) Dwayne Kloppenburg of Boonville to its board of directors.

Kloppenburg retired from the Indiana Army National Guard in 2017 after 31 years, including two deployments to Iraq, and has since run a logistics consulting firm from his home. He fills the seat of Gerald Pruett, who reached the board's age limit.""",
gold=[("EVV016", "subject")]),

dict(guid="evv_tsbl_2026_0518", pub="2026-05-18T07:00:00-04:00", title="Henderson riverfront amphitheater campaign passes $4 million",
body="""HENDERSON, Ky. - The campaign to build an amphitheater on the Henderson riverfront has raised $4.2 million of its $5 million goal, the Henderson Riverfront Foundation said.

Leadership donors listed by the foundation include the Audubon Area Community Foundation, Lucius and Odessa Mabrey, Keturah O'Daniel, the Gish family and Sugg Street Partners. Construction is to begin in October.""",
gold=[]),
]
