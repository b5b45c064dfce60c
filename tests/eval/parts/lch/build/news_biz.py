"""Southwest Louisiana Business Report (weekly business paper), plain text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="lch_swlabr_2026_0112_hardey-retires", pub="2026-01-12T07:00:00-06:00",
     title="Moss Bluff operator retires after 38 years at Westlake complex",
body="""After 38 years, four hurricanes and what he estimates were 9,000 shift changes, Thaddeus "Tad" Hardey has hung up his hard hat.

Hardey, 67, of Moss Bluff, retired Jan. 9 as senior board operator at the Westlake chemical complex, where he started as a laborer in 1987. Co-workers threw him a crawfish boil in the plant's parking lot, a tradition usually reserved for the spring.

"I'm going to fish until my wife makes me come home," Hardey said. He and his wife, Connie, plan to spend more time at their camp on Big Lake.""",
gold=[("LCH009", "subject")]),

dict(guid="lch_swlabr_2026_0209_cocina-de-fina", pub="2026-02-09T07:00:00-06:00",
     title="Cocina de Fina brings Monterrey-style breakfast to Common Street",
body="""Maria Josefina Zamarripa spent twelve years cooking in other people's kitchens in Lake Charles. On Monday she unlocked her own.

Cocina de Fina, at 3900 Common Street, serves machacado con huevo, barbacoa on Sundays and flour tortillas made the way her father made them in Monterrey. Zamarripa, who goes by Fina, financed the 40-seat restaurant with an SBA microloan and her savings.

Regulars from her years at a Ryan Street diner followed her on opening day. "I would drive to Houston for these tortillas," said Hollis Deshotel, who waited 25 minutes for a table and called it worth it.""",
gold=[("LCH006", "subject")]),  # Hollis Deshotel (LCH022) is a quoted customer: nothing

dict(guid="lch_swlabr_2026_0316_meaux-bakery", pub="2026-03-16T07:00:00-05:00",
     title="Meaux Better Bakery doubles its space in Moss Bluff",
body="""Meaux Better Bakery, the Moss Bluff shop known for its king cakes and its line out the door every Carnival season, is moving into the former hardware store next door and doubling in size.

Owner Brandi Meaux opened the bakery in a 900-square-foot storefront on Highway 171 in 2021. She now employs 14 people and shipped more than 11,000 king cakes this season, she said, about a third of them out of state.

The expansion, expected to be finished in August, adds a wholesale kitchen and a coffee bar.""",
gold=[("LCH018", "subject")]),

dict(guid="lch_swlabr_2026_0420_quach-partner", pub="2026-04-20T07:00:00-05:00",
     title="Gaspard & Lyons names Lan Quach its first new partner in a decade",
body="""Lake Charles accounting firm Gaspard & Lyons has named Lan Quach, CPA, a partner, the first new partner at the 40-person firm since 2016.

Quach, who joined the firm in 2004 after graduating from McNeese State University, leads its tax practice for commercial fishing, marine and small-business clients. She is a past president of the Southwest Louisiana chapter of the Society of Louisiana CPAs.

Managing partner Daniel Lyons said Quach's client list "is half the Gulf Coast shrimp fleet, and they all answer her calls." """,
gold=[("LCH011", "subject")]),

dict(guid="lch_swlabr_2026_0518_guillotte-houma", pub="2026-05-18T07:00:00-05:00",
     title="Terrebonne seafood dock changes hands",
body="""A Houma seafood dock that has bought shrimp from Terrebonne Parish boats since 1974 has been sold to a Lafourche Parish processor.

Octave Guillotte, who ran the dock on Bayou Little Caillou with his brothers for 40 years, said the family had no one left who wanted to run it. The buyer, Gulf Pearl Seafood, plans to keep the dock's eight employees.

"It was time," said Guillotte, 72, of Houma.""",
gold=[]),  # namesake in Houma (300 km); LCH021 Octave "Tave" Guillotte lives in Cameron

dict(guid="lch_swlabr_2026_0824_sittig-seed", pub="2026-08-24T07:00:00-05:00",
     title="Calcasieu Marine Bank honors small-business mentors",
body="""Calcasieu Marine Bank honored five small-business mentors at its annual Main Street luncheon at the L'Auberge ballroom on Thursday.

The honorees were retired banker Jo Ann Sittig of DeQuincy, who has helped 60 rural businesses write their first loan applications; restaurateur Alton Gaspard; CPA Theresa Lyons; contractor Brett Landry; and Minh Quach, owner of a marine supply store on Broad Street.

Sponsors of the luncheon included the Southwest Louisiana Economic Development Alliance and Bayou Oaks Funeral Home.""",
gold=[("LCH013", "subject"), ("LCH012", "subject")]),
]
