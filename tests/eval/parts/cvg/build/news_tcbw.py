"""Tri-County Business Weekly (invented business weekly for Boone, Kenton and Campbell Counties): plain text.
Hand-labelled."""

FEED = "tcbw"
ITEMS = [
dict(guid="cvg_tcbw_2026_0114_sandfoss-hardware", pub="2026-01-14T06:00:00-05:00", title="Sandfoss Hardware & Garden to open in Villa Hills",
body="""VILLA HILLS - A hardware store is coming back to Amsterdam Road. Sandfoss Hardware & Garden will open March 1 in the former pharmacy building at the Villa Hills shopping center, owner Vince Sandfoss said this week.

Sandfoss, 56, spent 22 years as a regional manager for a national home-improvement chain before deciding he wanted to run one store instead of forty. The 9,000-square-foot store will employ twelve people and carry bulk seed, paint and a key-cutting counter.

"People in Villa Hills have been driving to Florence for a box of screws," he said. "They shouldn't have to." """,
gold=[("CVG017", "subject")]),

dict(guid="cvg_tcbw_2026_0305_kloentrup-haas", pub="2026-03-05T06:00:00-05:00", title="Covington law firm names Kloentrup-Haas partner",
body="""COVINGTON - Dressman Ruh & Kathman has named Emily Kloentrup-Haas a partner, the firm said Monday. Kloentrup-Haas, 44, practices estate planning and elder law from the firm's Madison Avenue office and chairs the Kenton County Bar Association's probate section.

A graduate of Notre Dame Academy, Thomas More University and the Salmon P. Chase College of Law, she is the daughter of Jerry and Ruth Ann Kloentrup of Fort Wright. She lives in Lakeside Park with her husband, Mark Haas, and their three children.""",
gold=[("CVG001", "parent_of_subject"), ("CVG002", "parent_of_subject")]),

dict(guid="cvg_tcbw_2026_0410_thirumalai", pub="2026-04-10T06:00:00-04:00", title="St. Remigius cardiologist named Physician of the Year",
body="""EDGEWOOD - Dr. Anjali Thirumalai, an interventional cardiologist at St. Remigius Heart & Vascular Institute, has been named the Northern Kentucky Medical Society's 2026 Physician of the Year.

Thirumalai, who lives in Hebron, built the hospital's rural outreach clinic program, which now sends cardiologists one day a week to Owenton, Williamstown and Falmouth. She joined St. Remigius in 2012 after training at the University of Cincinnati.

The award will be presented at the society's dinner on May 2.""",
gold=[("CVG015", "subject")]),

dict(guid="cvg_tcbw_2026_0520_pfefferle-retires", pub="2026-05-20T06:00:00-04:00", title="Pfefferle retires after 35 years at Hebron distribution center",
body="""HEBRON - Walt Pfefferle Jr., who started at the Hebron parts distribution center as a forklift driver in 1991 and has run it as general manager since 2012, retired Friday.

Under Pfefferle, the center grew from 140 employees to more than 900 and added a second building off Industrial Road. Colleagues presented him with a framed forklift license from 1991 and a fishing kayak.

"I'm going to fish the Ohio River and do whatever Janice tells me," said Pfefferle, who lives in Erlanger.""",
gold=[("CVG006", "subject")]),

dict(guid="cvg_tcbw_2026_1102_chamber-gala", pub="2026-11-02T06:00:00-05:00", title="NKY Chamber gala raises $310,000 for workforce scholarships",
body="""ERLANGER - The Northern Kentucky Chamber's annual gala raised $310,000 for its workforce scholarship fund on Saturday at the convention center in Covington.

Presenting sponsors were St. Remigius Healthcare and Heritage River Bank. Table sponsors included Brinkmoeller Landscaping (Joe and Kristen Brinkmoeller), Sandfoss Hardware & Garden (Vince Sandfoss), Pfefferle Mechanical and Dressman Ruh & Kathman. Dr. Anjali Thirumalai and Cliff Hatmaker were among the 600 guests.

The fund has paid for 1,200 certificates in welding, nursing and logistics since 2015.""",
gold=[]),
]
