"""Gulf Coast Business Weekly (Houston business journal), plain text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="hou_gcbw-2026-0121", pub="2026-01-21T06:00:00-06:00", title="Sugar Land pharmacist opens third Fort Bend location",
body="""SUGAR LAND - Adeyemi Family Pharmacy, the independent drugstore that started in a strip center off Dairy Ashford in 2009, will open its third location in Richmond next month.

Owner Folake Adeyemi, a pharmacist trained in Ibadan and at the University of Houston, said the new store will include a compounding lab and a clinic room for vaccinations. "Our customers drive past three chains to come to us," Adeyemi said. "I want to shorten the drive."

The company employs 31 people and expects to hire 12 more this year.""",
gold=[("HOU002", "subject")]),

dict(guid="hou_gcbw-2026-0204", pub="2026-02-04T06:00:00-06:00", title="Bayport Logistics names new chief financial officer",
body="""PASADENA - Bayport Logistics Group, the container-drayage firm serving the Barbours Cut and Bayport terminals, has promoted Imran Qureshi to chief financial officer, effective March 1.

Qureshi, who joined the company as controller in 2014, led its refinancing last year. He is a certified public accountant and a graduate of the Lahore University of Management Sciences and Rice University's Jones School.

"Imran knows every truck and every dollar," said board chair Tariq Mahmood.""",
gold=[("HOU012", "subject")]),

dict(guid="hou_gcbw-2026-0311", pub="2026-03-11T06:00:00-05:00", title="Alief pho institution marks 25 years on Bellaire Boulevard",
body="""HOUSTON - When Minh and Lan Nguyen opened Phở Sài Gòn Star in a former doughnut shop on Bellaire Boulevard in 2001, they had eleven tables and one borrowed stockpot. This month the restaurant celebrates its 25th anniversary with 140 seats, a second location in Pearland and a line out the door on Sunday mornings.

The Nguyens still arrive at 4 a.m. to start the broth. "My mother taught me the broth," Lan Nguyen said. "The rest is just working."

The couple plan a free bowl of pho for every customer who brings a receipt from 2001.""",
gold=[("HOU003", "subject"), ("HOU004", "subject")]),

dict(guid="hou_gcbw-2026-0422", pub="2026-04-22T06:00:00-05:00", title="Boston investor buys Houston valve distributor",
body="""HOUSTON - Harborline Capital, a Boston private equity firm, has acquired Gulfway Valve & Supply, a 60-year-old distributor with warehouses in Houston and Baton Rouge, for an undisclosed price.

"Gulfway has the best customer list on the Gulf Coast," said Patrick O'Connell, Harborline's managing partner, who will join Gulfway's board. Gulfway's management team will stay in place.""",
gold=[]),

dict(guid="hou_gcbw-2026-0527", pub="2026-05-27T06:00:00-05:00", title="Port-area manufacturers report strong first quarter",
body="""HOUSTON - Manufacturers along the Houston Ship Channel reported a strong first quarter, with orders up 6 percent over last year, according to the East Harris County Manufacturers Association survey released Tuesday.

Chemicals and plastics led the gains, while fabricated-metal shops reported softer demand. The survey covered 212 companies from Pasadena to Baytown.""",
gold=[]),
]
