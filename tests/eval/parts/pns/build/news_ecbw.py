"""Emerald Coast Business Weekly: business news for Escambia, Santa Rosa and Okaloosa counties, plain text.
Hand-labelled."""

FEED = "ecbw"
ITEMS = [
dict(guid="pns_ecbw_2026_0120_taverna", pub="2026-01-20T07:00:00-06:00",
title="Destin restaurateur opens second Greek taverna on Okaloosa Island",
body="""DESTIN - Dino Kalogeropoulos, 34, who opened Kalymnos Taverna on Harbor Boulevard in 2021, will open a second restaurant this spring on Okaloosa Island.

Kalogeropoulos, a Destin native and a graduate of the culinary program at Northwest Florida State College, said the new 140-seat restaurant will focus on whole grilled fish from the Destin fleet. "My yiayia would say the fish should still remember the water," he said.""",
gold=[]),  # a namesake of PNS001 in Destin, half his age

dict(guid="pns_ecbw_2026_0317_wrenfield", pub="2026-03-17T07:00:00-05:00",
title="Milton marine canvas shop expands to Pensacola's Bayou Chico",
body="""MILTON - Wrenfield Marine Canvas, the Milton shop that makes boat covers, biminis and upholstery for half the center consoles on the Blackwater River, is opening a second location on Bayou Chico in Pensacola.

Owner Toby Wrenfield started the business in his garage in 2004 with one sewing machine. It now employs eleven people. The new 6,000-square-foot shop on Barrancas Avenue will add eight jobs and a dock where boats can be measured in the water. "Half my customers were driving across the bay anyway," Wrenfield said.""",
gold=[("PNS007", "subject")]),

dict(guid="pns_ecbw_2026_0421_panaderia", pub="2026-04-21T07:00:00-05:00",
title="Panadería brings conchas and tres leches to North Ninth Avenue",
body="""PENSACOLA - A bakery that began as a Saturday table at the Palafox Market has its own storefront.

Ximena Villaseñor opened Panadería La Güera on North Ninth Avenue last week, after three years of selling out at the market by 10 a.m. Villaseñor, who trained as a pastry cook in Puebla, Mexico, bakes conchas, orejas and a tres leches cake that has its own waiting list. She financed the build-out with a Small Business Administration microloan through Pensacola State College's small business center.

"I drive over from downtown on Saturday just for the pan de muerto," said customer Mena Duchesneau.""",
gold=[("PNS012", "subject")]),

dict(guid="pns_ecbw_2026_0624_gallery", pub="2026-06-24T07:00:00-05:00",
title="Palafox gallery owner named Escambia Small Business Person of the Year",
body="""PENSACOLA - Philomena "Mena" Duchesneau, owner of Duchesneau Fine Art on South Palafox Street, was named the 2026 Small Business Person of the Year by the Greater Pensacola Chamber on Thursday.

Duchesneau opened the gallery in 2006 in a former shoe store and has since shown more than 300 Gulf Coast artists. The chamber cited her role in starting Gallery Night, the monthly street festival that now draws 10,000 people downtown.""",
gold=[("PNS015", "subject")]),

dict(guid="pns_ecbw_2026_0811_cfo", pub="2026-08-11T07:00:00-05:00",
title="Gulf Coast Community Bank names new chief financial officer",
body="""PENSACOLA - Gulf Coast Community Bank has named Athena Kalogeropoulos its chief financial officer, effective September 1.

Kalogeropoulos, 41, has been the bank's controller since 2019 and previously worked in audit at a Big Four firm in Atlanta. A Pensacola native and the daughter of Dino and Eleni Kalogeropoulos of Pensacola, she holds an MBA from the University of West Florida. She succeeds Harold Beck, who is retiring after 22 years.""",
gold=[("PNS001", "parent_of_subject"), ("PNS002", "parent_of_subject")]),

dict(guid="pns_ecbw_2026_0929_gala", pub="2026-09-29T07:00:00-05:00",
title="Pensacola Museum of Art gala raises record $610,000",
body="""PENSACOLA - The Pensacola Museum of Art's Bayfront Gala raised $610,000 on Saturday, a record for the event, to endow the museum's free school-tour program.

Presenting sponsors were Gulf Coast Community Bank and Navy Federal Credit Union. Patron-level donors included Thornton and Celestine Ladoucette, Rear Adm. (Ret.) Hollis and Marianne Vandergriff, the Stamatelos family and Dr. Cordelia Blackshear. The evening's auction was led by Mena Duchesneau.""",
gold=[]),

dict(guid="pns_ecbw_2026_1027_port", pub="2026-10-27T07:00:00-05:00",
title="Port of Pensacola signs 20-year lease for offshore wind staging yard",
body="""PENSACOLA - The Port of Pensacola has signed a 20-year lease with a Houston-based marine construction company that will use 18 acres of the port as a staging yard for offshore energy projects in the Gulf.

The company expects to employ about 120 people at the port by 2028. Port director Amy Hollander said the lease is the largest in the port's history.""",
gold=[]),
]
