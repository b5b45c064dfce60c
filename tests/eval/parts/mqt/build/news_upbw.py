"""Upper Peninsula Business Weekly: business journal, plain text. Hand-labelled."""

FEED = "upbw"
ITEMS = [
dict(guid="mqt_upbw_2026_0112", pub="2026-01-12T06:00:00-05:00", title="Santori's Italian Market to open second store in downtown Marquette",
body="""MARQUETTE - The Gwinn grocer that has sold homemade Italian sausage to three generations of Forsyth Township families is coming to the city.

Santori's Italian Market will open a second store this spring in the former hardware building on West Washington Street, owner Dom Santori said. The 4,000-square-foot store will carry the market's sausage, cudighi and imported cheeses and add a hot deli counter with pasties and porchetta sandwiches.

Santori, whose grandparents opened the original store in 1962, said the Marquette location will add twelve jobs. "People drive forty minutes from Marquette for our cudighi," he said. "We figured we'd save them the gas." """,
gold=[("MQT019", "subject")]),

dict(guid="mqt_upbw_2026_0209", pub="2026-02-09T06:00:00-05:00", title="Iron Range Community Credit Union names new chief financial officer",
body="""ISHPEMING - Iron Range Community Credit Union has promoted Jennifer Pascoe to chief financial officer, the credit union announced Monday.

Pascoe, a certified public accountant, joined the credit union in 2004 as a staff accountant and has served as its controller since 2015. She succeeds Gary Lindberg, who retires in March after twenty-two years. Pascoe is a graduate of Northern Michigan University and serves as treasurer of the Ishpeming Ski Club.""",
gold=[("MQT004", "subject")]),

dict(guid="mqt_upbw_2026_0316", pub="2026-03-16T06:00:00-04:00", title="Tech spinoff to turn mine tailings into battery materials",
body="""HOUGHTON - A Michigan Technological University chemist has launched a company to pull battery-grade manganese out of the copper-mine tailings that line the Keweenaw shoreline.

Dr. María Elena Gutiérrez, a professor of chemical engineering, founded Stamp Sand Materials LLC with two of her former graduate students. The company has a $1.2 million state grant and will start a pilot plant at the MTEC SmartZone in Houghton this summer.

"The Keweenaw has been looking at these sands for a hundred years as a problem," Gutiérrez said. "We look at them as an ore body." """,
gold=[("MQT014", "subject")]),

dict(guid="mqt_upbw_2026_0504", pub="2026-05-04T06:00:00-04:00", title="Charter captains expect strong salmon season at Marquette's Lower Harbor",
body="""MARQUETTE - Charter fishing operators at the Lower Harbor say bookings for the summer are running ahead of last year, helped by a mild spring and a strong run of coho last fall.

Captain Leah Morin of Superior Lines Charters said her weekends are booked through August. The city has added twelve transient slips and a new fish-cleaning station.

"I go out three or four times a season, and last year was the best I can remember," said Paul St. Onge of Marquette, a regular customer who was loading a cooler on Saturday. "We limited out by ten in the morning." """,
gold=[]),

dict(guid="mqt_upbw_2026_0608", pub="2026-06-08T06:00:00-04:00", title="Escanaba mill manager retires after 41 years",
body="""ESCANABA - When Karl Erik Bergquist started at the Escanaba paper mill in 1985, he was a summer hire shoveling pulp. On Friday he walked out of the building as its general manager, retiring after forty-one years.

Bergquist, 67, led the mill through two ownership changes and the conversion of its No. 5 paper machine. The company credited him with keeping all 900 jobs through the 2020 downturn. He and his wife, Diane, plan to spend more time at their camp near Garden and with their grandchildren.

His successor is Angela Moreau, the mill's operations director.""",
gold=[("MQT012", "subject")]),
]
