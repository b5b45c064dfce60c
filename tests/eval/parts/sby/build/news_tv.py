"""WDMV 47 Delmarva (local TV station site), HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="sby_tv_2026_1103", pub="2026-02-17T18:20:00-05:00", title="Tide floods Crisfield streets for the third time this month",
body="""CRISFIELD - Water covered parts of Main Street, Seventh Street and the Somers Cove marina parking lot Tuesday morning as a strong northwest wind piled the tide into Tangier Sound.

Crews closed Route 413 at the city line for about three hours. No injuries were reported.

"We put the car up on the hill at my sister's last night and we'll sit it out," said Jeanette Tyler, who has lived on Cove Street for 35 years. "This is the price of living on the water."

The city says its new tide gates on Somers Cove should be finished by fall.""",
gold=[]),

dict(guid="sby_tv_2026_1140", pub="2026-03-09T07:45:00-04:00", title="Family displaced after fire at Fruitland home",
body="""FRUITLAND - A family of four is safe but out of their home after a fire Sunday night on Allen Road.

The Fruitland Volunteer Fire Company was called at 9:40 p.m. and found heavy smoke coming from the garage of the home of Travis and Kayla Webster. Firefighters from Fruitland, Salisbury and Allen had the fire under control in about thirty minutes. The State Fire Marshal said it started at an electrical panel in the garage; damage is estimated at $180,000.

Travis Webster said the family's two dogs were also rescued. The American Red Cross is helping the family, and a fundraiser is planned at the fire hall on March 21.""",
gold=[("SBY016", "subject")]),

dict(guid="sby_tv_2026_1188", pub="2026-04-30T17:10:00-04:00", title="UMES senior from Princess Anne wins national Truman Scholarship",
body="""PRINCESS ANNE - Aaliyah Waters, a junior political science major at the University of Maryland Eastern Shore, has been named a 2026 Harry S. Truman Scholar, one of 55 in the nation.

Waters, the daughter of Reginald and Denise Waters of Princess Anne, is a graduate of Washington High School and has interned with the Somerset County public defender. The scholarship provides $30,000 toward graduate school in public service.

"I want to come back to Somerset County and practice law here," she said.""",
gold=[("SBY006", "parent_of_subject"), ("SBY007", "parent_of_subject")]),

dict(guid="sby_tv_2026_1215", pub="2026-05-19T22:05:00-04:00", title="Delaware State names Webster women's basketball coach of the year",
body="""DOVER, Del. - Delaware State's Travis Webster was named MEAC women's basketball coach of the year on Tuesday after leading the Hornets to a 22-9 season.

Webster, 41, a Dover native, is in his fourth season with the program.""",
gold=[]),

dict(guid="sby_tv_2026_1266", pub="2026-06-22T18:30:00-04:00", title="Somerset County honors Mary Beth Pusey as Woman of the Year",
body="""PRINCESS ANNE - The Somerset County Commission for Women on Sunday named Mary Beth Pusey its 2026 Woman of the Year.

Pusey, 74, taught reading at Princess Anne Elementary for 35 years and since her retirement has run the adult literacy program at the Somerset County Library, where she has taught more than 400 adults to read.

She was presented the award at the Teackle Mansion by commission chair Wanda Stewart.""",
gold=[("SBY005", "subject")]),
]
