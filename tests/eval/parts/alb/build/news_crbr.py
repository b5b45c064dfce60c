"""Capital Region Business Review (business weekly), plain text. Hand-labelled."""

FEED = "crbr"
ITEMS = [
dict(guid="alb_crbr_2026_0203", pub="2026-02-03T06:00:00-05:00", title="Roti shop that helped remake Crane Street opens second location",
body="""SCHENECTADY - Berbice Roti Shop, the Guyanese take-out counter that opened on Crane Street in 2011, will open a second, larger restaurant on State Street downtown in March, with 40 seats and a catering kitchen.

Owner Roop Baichan, who came to Schenectady from New Amsterdam, Guyana, in 2002, said the new site will employ 14 people. "When we opened, people on Crane Street asked me what a dhal puri was," Baichan said. "Now the lunch line is half GE engineers."

The expansion is financed in part by a $120,000 loan from the Metroplex Development Authority.""",
gold=[("ALB008", "subject")]),

dict(guid="alb_crbr_2026_0217", pub="2026-02-17T06:00:00-05:00", title="Pioneer Federal Credit Union promotes Rivera to senior vice president",
body="""COLONIE - Pioneer Federal Credit Union has promoted Marisol Rivera to senior vice president of member lending, the credit union said Monday.

Rivera, who joined Pioneer as a teller in 2001 while studying at Hudson Valley Community College, most recently ran its mortgage department. She will oversee a $900 million loan portfolio and a staff of 60 at the Wolf Road headquarters.

"Marisol has done every job in this building," said president and CEO Douglas Haverly.""",
gold=[("ALB018", "subject")]),

dict(guid="alb_crbr_2026_0310", pub="2026-03-10T06:00:00-04:00", title="Schermerhorn Land Surveying changes hands after 38 years",
body="""CLIFTON PARK - Peter Schermerhorn will retire at the end of March after 38 years at the head of Schermerhorn Land Surveying, the firm his grandfather founded on Route 146 in 1948. The business has been sold to two longtime employees, Kate Liddle and Omar Haddad.

Schermerhorn, 66, has surveyed an estimated 9,000 parcels across Saratoga County, including much of the farmland that became the subdivisions of Clifton Park and Halfmoon. "I surveyed some of these farms for the sale and then the same land again for the cul-de-sacs," he said.

"Pete's plats are the ones the county clerk's office trusts," said Joe Battaglia, a Niskayuna developer who has hired the firm for thirty years.""",
gold=[("ALB012", "subject")]),

dict(guid="alb_crbr_2026_0414", pub="2026-04-14T06:00:00-04:00", title="Gilligan's Pub marks 50 years on Fourth Street",
body="""TROY - A Troy institution turns 50 this month. Gilligan's Pub, opened in 1976 by Francis and Bridie Gilligan in a former collar-factory saloon, will celebrate with a week of music and a block party on April 25.

Their son Paddy Gilligan has run the bar since 1998. He has resisted every suggestion to add televisions. "People come here to talk," he said. "My father said a pub with a TV is just a waiting room with beer."

The pub has donated more than $200,000 to the Troy Boys & Girls Club through its annual Polar Plunge.""",
gold=[("ALB023", "subject")]),

dict(guid="alb_crbr_2026_0512", pub="2026-05-12T06:00:00-04:00", title="Providence insurer taps Ciccone as chief executive",
body="""PROVIDENCE, R.I. - Narragansett Mutual Insurance has named Anthony Ciccone, its chief financial officer, as chief executive. Ciccone, 49, a Rhode Island native, succeeds Carol Brightman, who retires in June. The insurer has a small claims office in Latham.""",
gold=[]),

dict(guid="alb_crbr_2026_0602", pub="2026-06-02T06:00:00-04:00", title="Harbor development approved for Cohoes waterfront",
body="""COHOES - The Cohoes Planning Board on Tuesday approved a 140-unit apartment complex on the former Harmony Mills tailrace lot. The developer, Spindle City Partners, said construction will begin in the fall. Residents at the hearing raised concerns about traffic on Mohawk Street.""",
gold=[]),
]
