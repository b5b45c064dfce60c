"""Color Country Business Weekly (invented; St. George, Cedar City, Mesquite): business weekly, plain text.
Hand-labelled: gold=[(client_id, role)]."""

FEED = "ccbw"
ITEMS = [
dict(guid="sgu_ccbw_2026_w03_01", pub="2026-01-15T07:00:00-07:00", title="Panadería Arreola opens second shop in Washington",
body="""WASHINGTON - The conchas sell out by 9 a.m. at the original Panadería Arreola on Riverside Drive, so its owners decided a second oven was overdue.

Ana Cristina Arreola and her husband, Rogelio Zamudio, opened their second bakery Saturday in the Washington Parkway plaza, with a ribbon cutting, a mariachi trio and a line that reached the parking lot. The couple started the business in 2014 selling pan dulce from a folding table at the Saturday farmers market in Vernon Worthen Park.

The new shop employs eleven people and adds cakes for quinceañeras and weddings. "My mother-in-law still tells me my bolillos need more salt," Arreola said.""",
gold=[("SGU008", "subject"), ("SGU007", "subject")]),

dict(guid="sgu_ccbw_2026_w06_02", pub="2026-02-05T07:00:00-07:00", title="Former racer opens e-bike shop near Hurricane trailheads",
body="""HURRICANE - A St. George man who spent six seasons on the professional enduro circuit has opened Esplin Trail Outfitters, an electric-bike rental and repair shop at the foot of the Hurricane Cliffs trail system.

Owner Dallin Esplin, 37, said rentals to visiting riders bound for Gooseberry Mesa already cover the lease. He employs four mechanics and plans guided rides into Little Creek next fall.

"The trail tourism numbers have doubled in five years," said Lorin Okelberry, who chairs the Washington County trails committee. "This is the kind of business that follows." """,
gold=[("SGU022", "subject")]),

dict(guid="sgu_ccbw_2026_w11_03", pub="2026-03-12T07:00:00-06:00", title="Ivins city engineer retires after 31 years",
body="""IVINS - When Garth Van Wagoner started as the city's engineer in 1995, Ivins had one stoplight-free main road, 3,000 residents and a water system he describes as "three wells and a prayer."

Van Wagoner retired Friday after 31 years. Over that time he designed the Kayenta water tank, the Tuacahn Drive widening and most of the city's storm drains, and he was, by his own count, at every city council meeting but four.

Mayor Ranae Holt said the city will name the new Snow Canyon Parkway pedestrian bridge for him. Van Wagoner said he plans to spend retirement "watching other people's concrete cure." """,
gold=[("SGU009", "subject")]),

dict(guid="sgu_ccbw_2026_w14_04", pub="2026-04-02T07:00:00-06:00", title="Mesa native named finance chief of Phoenix solar developer",
body="""PHOENIX - Desert Sun Renewables, the Phoenix-based solar developer with projects in Arizona, Nevada and southern Utah, has named Dallin Esplin its chief financial officer.

Esplin, a Mesa native and Arizona State graduate, was previously treasurer of a Tempe utility. He will be based at the company's Phoenix headquarters. The company is building a 120-megawatt array near Beryl Junction in Iron County.""",
gold=[]),

dict(guid="sgu_ccbw_2026_w21_05", pub="2026-05-21T07:00:00-06:00", title="Red Mesa Credit Union names Tollestrup president and CEO",
body="""ST. GEORGE - Red Mesa Credit Union, with 48,000 members in Washington and Iron counties, has named Kristalyn Tollestrup its president and chief executive officer, effective June 1.

Tollestrup, 57, has been the credit union's chief operating officer since 2019 and started there as a teller in 1991 while a student at Dixie College. She succeeds Harold Bunker, who is retiring.

"Kris knows every branch and most of the members by name," said board chair Reed Prisbrey. Tollestrup is the first woman to lead the credit union in its 71-year history.""",
gold=[("SGU013", "subject")]),
]
