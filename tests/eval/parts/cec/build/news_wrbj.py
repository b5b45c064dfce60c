"""Wild Rivers Business Journal (Del Norte and Curry counties): business paper, plain text. Hand-labelled."""

FEED = "wrbj"
ITEMS = [
dict(guid="cec_wrbj_2026_02_10_trask", pub="2026-02-10T07:00:00-08:00", title="Trask Bulb Farms marks 75 years in the Smith River bottoms",
body="""SMITH RIVER - Trask Bulb Farms, one of the handful of growers that together produce nearly all of the Easter lily bulbs sold in North America, is marking its 75th year on the same 300 acres of river-bottom ground north of Smith River.

Lee and Corinne Trask, who took over from Lee's father in 1998 and bought out his share in 2009, say this year's crop of three-year bulbs is the best since 2019. The farm ships about 1.4 million bulbs a year to greenhouse forcers in Michigan, Ohio and Ontario and employs 45 people at harvest.

"My dad always said the lily picked this valley, not us," Lee Trask said. "It's the fog and the river silt. You can't grow it like this anywhere else." The couple plans an open house at the packing shed on Fred Haight Drive in July.""",
gold=[("CEC005", "subject"), ("CEC006", "subject")]),

dict(guid="cec_wrbj_2026_03_24_harbor", pub="2026-03-24T07:00:00-07:00", title="Harbor District names Fenwick general manager",
body="""CRESCENT CITY - The Crescent City Harbor District board voted 5-0 on Monday to name Garrett Fenwick its general manager, ending a six-month search.

Fenwick, 53, of Fort Dick, has been the district's harbor master since 2017 and oversaw the rebuilding of the inner boat basin's docks and the new ice plant. He succeeds Ron Wendt, who retired in September. Fenwick takes over as the district seeks state money to dredge the entrance channel and to repair the breakwater damaged in the December storms.""",
gold=[("CEC012", "subject")]),

dict(guid="cec_wrbj_2026_04_21_panaderia", pub="2026-04-21T07:00:00-07:00", title="Panadería Madrigal opens second shop, in Brookings",
body="""BROOKINGS, Ore. - Panadería Madrigal, the Third Street bakery in Crescent City known for its conchas and its Friday tamales, opened a second location on Chetco Avenue in Brookings on Saturday.

Owner Rosa Elena Madrigal started the business in a rented kitchen in 2014 with her mother's recipes and a single oven. The Brookings shop adds eight jobs. "Half my Saturday customers were driving down from Oregon anyway," Madrigal said.

The building was remodeled by Barragán Construction of Crescent City. Owner Ignacio Barragán said the job took four months because of the old building's wiring.""",
gold=[("CEC007", "subject")]),

dict(guid="cec_wrbj_2026_05_12_awards", pub="2026-05-12T07:00:00-07:00", title="Klamath smokehouse wins Chamber's small-business award",
body="""CRESCENT CITY - Brantner's Smokehouse of Klamath, which smokes and jars salmon and steelhead caught by Yurok tribal fishermen, won the Del Norte Chamber of Commerce's Small Business of the Year award at the chamber's annual dinner Friday.

Owner Retta Brantner, 75, started the business in her garage in 1988 with her late husband, Gilbert, and now ships to customers in 30 states. She accepted the award with her grandnephew at her side.

The award judges were retired banker Harvey Blodgett, Dr. Priya Ramaswamy of Sutter Coast Hospital and College of the Redwoods business instructor Alan Petrakis. The Chamber also recognized Crescent City's Sea Breeze Laundry as its Newcomer of the Year.""",
gold=[("CEC008", "subject")]),
]
