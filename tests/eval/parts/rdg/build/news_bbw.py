"""Berks Business Weekly: business news, plain text. Hand-labelled (`gold`)."""

BASE = "rdg_bbw_"
ITEMS = [
dict(guid=BASE + "2026-011", pub="2026-01-20T07:00:00-05:00", title="Kalogridis to retire, sell West Reading diner after 34 years",
body="""WEST READING - The Penn Avenue Diner will get new owners this spring, but the rice pudding recipe stays.

Evangelos "Angelo" Kalogridis, who bought the diner in 1992 and has worked its grill six mornings a week ever since, said he will retire April 1 and sell the business to his longtime night cook, Marco Ruiz. "My knees told me before my wife did," said Kalogridis, 68.

The diner, a 1950s Silk City car, is one of the last of its kind in Berks County.""",
gold=[("RDG015", "subject")]),

dict(guid=BASE + "2026-027", pub="2026-03-03T07:00:00-05:00", title="Penn-Schuylkill Medical Center names new chief nursing officer",
body="""WEST READING - Penn-Schuylkill Medical Center has named Yesenia Almánzar, DNP, RN, its chief nursing officer, effective March 16.

Almánzar, who grew up in Reading and graduated from Reading High School and Alvernia University, joined the hospital as a staff nurse on the 6 East medical unit in 2007 and has been director of critical care nursing since 2021. She will oversee 1,900 nurses.""",
gold=[("RDG022", "subject")]),

dict(guid=BASE + "2026-040", pub="2026-04-28T07:00:00-04:00", title="Cedar & Olive brings Lebanese bakery to Wyomissing",
body="""WYOMISSING - A Lebanese bakery and cafe, Cedar & Olive, opened Saturday in the Village Square shopping center on State Hill Road.

Owners Nadim and Rima Ghantous of Wyomissing bake manakish, spinach pies and ma'amoul in a stone-deck oven imported from Beirut. Rima Ghantous said the menu draws on her late father's Penn Street market. "Half our customers remember Saliba's," she said. "The other half are about to find out." The cafe employs eleven people.""",
gold=[("RDG008", "subject"), ("RDG009", "subject")]),

dict(guid=BASE + "2026-052", pub="2026-05-26T07:00:00-04:00", title="500 block of Penn Street lands $14 million apartment project",
body="""READING - A Philadelphia developer will convert the former Pomeroy's annex at Fifth and Penn streets into 96 apartments with shops on the ground floor, the Reading Redevelopment Authority said Tuesday.

"Twenty years I've been waiting for somebody to turn the lights on in that building," said Vince D'Ippolito, who has repaired shoes across the street for 41 years. Construction is to start in the fall.""",
gold=[]),

dict(guid=BASE + "2026-066", pub="2026-07-14T07:00:00-04:00", title="Mechanicsburg logistics firm names new CFO",
body="""MECHANICSBURG - Keystone Freightways, a trucking and warehousing company based in Cumberland County, has named Brent Yocum chief financial officer.

Yocum, of Mechanicsburg, was previously controller of a Harrisburg food distributor. He is a graduate of Shippensburg University.""",
gold=[]),

dict(guid=BASE + "2026-078", pub="2026-09-08T07:00:00-04:00", title="Brumbach Hardware passes to a third generation",
body="""POTTSTOWN - Denny Brumbach has sold his last bag of rock salt. The owner of Brumbach Hardware on High Street retired Friday after 44 years behind the counter, handing the store his grandfather opened in 1948 to his son, Tyler.

Dennis Brumbach, 66, said he plans to fish the Manatawny and "come in on Saturdays to annoy Tyler." His late mother, Shirley, kept the store's books for forty years.""",
gold=[("RDG023", "subject")]),
]
