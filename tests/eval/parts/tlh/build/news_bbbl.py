"""Big Bend Business Ledger (weekly business paper, Tallahassee): plain text. Hand-labelled."""

FEED = "bbbl"
ITEMS = [
dict(guid="tlh_bbbl_2026_0212", pub="2026-02-12T06:00:00-05:00", title="Cauthen Outfitters opens flagship store on Market Street",
body="""TALLAHASSEE - Graham and Mary Beth Cauthen started Cauthen Outfitters in 2014 with a folding table of fly-fishing gear at the downtown farmers market. On Saturday they opened a 6,000-square-foot flagship store in Market District, with a casting pond out back and a wall of kayaks.

The couple, both Leon High graduates, employ 22 people across the new store and their original shop on South Monroe Street. "We sell people reasons to go outside," Mary Beth Cauthen said. "The Big Bend gives us plenty."

The expansion was financed in part by a loan from the Red Hills Community Credit Union.""",
gold=[("TLH010", "subject"), ("TLH009", "subject")]),

dict(guid="tlh_bbbl_2026_0305", pub="2026-03-05T06:00:00-05:00", title="Red Hills Community Credit Union names new chief financial officer",
body="""TALLAHASSEE - Red Hills Community Credit Union has promoted Kendrick Tharpe to chief financial officer, the credit union announced Tuesday.

Tharpe, 46, a FAMU School of Business and Industry graduate and certified public accountant, joined the credit union as a staff accountant in 2008 and has been its controller since 2019. He succeeds Arlene Whitcomb, who retires at the end of March after 27 years.

The credit union has 61,000 members and eight branches in Leon, Gadsden and Wakulla counties.""",
gold=[("TLH020", "subject")]),

dict(guid="tlh_bbbl_2026_0326", pub="2026-03-26T06:00:00-04:00", title="Pridgeon retires after 38 years at Jefferson Farmers Cooperative",
body="""MONTICELLO - When Curt Pridgeon started at the Jefferson Farmers Cooperative in 1988, the feed store still took handwritten IOUs from cattlemen. On Friday he retires as its general manager, with 640 member farms and a new grain elevator on U.S. 19.

Pridgeon, 65, grew up on a cattle farm near Lamont and says he plans to spend his retirement "on a tractor that belongs to me for a change." The cooperative's board named assistant manager Tracy Whiddon to succeed him.""",
gold=[("TLH018", "subject")]),

dict(guid="tlh_bbbl_2026_0430", pub="2026-04-30T06:00:00-04:00", title="Savannah logistics firm buys Tallahassee trucking company",
body="""TALLAHASSEE - Coastal Empire Logistics of Savannah, Ga., has bought Capital Circle Freight, a 40-truck Tallahassee carrier, for an undisclosed price.

"Tallahassee puts us a day closer to the Gulf," said Desmond O'Quinn, Coastal Empire's chief executive, who signed the deal in Savannah on Monday. O'Quinn said all 55 Capital Circle Freight employees will keep their jobs. Founder Ray Albritton will stay on as a consultant.""",
gold=[]),  # a namesake in Savannah, Ga. (TLH008 Desmond OQuinn lives in Monticello): nothing

dict(guid="tlh_bbbl_2026_0521", pub="2026-05-21T06:00:00-04:00", title="Vickery Tire & Auto opens second shop on Capital Circle Northeast",
body="""TALLAHASSEE - Bart Vickery opened his first tire shop in a rented bay on Mahan Drive in 2009. This week he opened his second, an eight-bay shop with a customer lounge on Capital Circle Northeast.

Vickery, who grew up in Bradfordville, says the new Vickery Tire & Auto will add 12 jobs. "We still do free flat repairs for anybody who asks nicely," he said.

"I've bought every tire I own from Bart since he had one bay and a radio," said Lucius Quarterman, a retired state auditor who drove across town for the ribbon-cutting.""",
gold=[("TLH016", "subject")]),  # TLH001 is a quoted customer: nothing

dict(guid="tlh_bbbl_2026_0611", pub="2026-06-11T06:00:00-04:00", title="Cuban bakery owner named Big Bend Small Business Person of the Year",
body="""TALLAHASSEE - The Big Bend chapter of the Small Business Development Center has named Armando Echevarría, owner of Lugones Cuban Bakery, its 2026 Small Business Person of the Year.

Echevarría, who came to Tallahassee from Miami in 1998, named the bakery after his mother's family. It now ships guava pastelitos to 14 states and supplies three grocery chains. He accepted the award at a luncheon at the Capital City Country Club on Tuesday.

"My grandmother baked in Camagüey with a wood oven and no recipe," Echevarría said. "I have the recipe. I still do not have her hands." """,
gold=[("TLH006", "subject")]),
]
