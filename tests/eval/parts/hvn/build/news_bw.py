"""Elm City Business Weekly: openings, promotions, retirements, deals. Plain text. Hand-labelled."""

FEED = "bw"
ITEMS = [
dict(guid="hvn_bw_2026_0311", pub="2026-02-02T06:00:00-05:00", title="Orange diner owner opens second Olympia Grill on the Milford Post Road",
body="""ORANGE - Anastasios "Tasos" Karagiannidis spent 22 years making his Olympia Grill on the Boston Post Road in Orange the kind of place where the waitresses know your order before you sit down. Now he is betting that Milford wants the same thing.

Karagiannidis, who came to Connecticut from Thessaloniki in 1983 and washed dishes at his uncle's diner in West Haven, opened a second Olympia Grill last week in the former Friendly's building on Bridgeport Avenue in Milford. The 140-seat restaurant cost about $1.2 million to renovate and employs 38 people. His wife, Eleni, runs the bakery case, which turns out galaktoboureko and spanakopita daily.""",
gold=[("HVN022", "subject")]),

dict(guid="hvn_bw_2026_0327", pub="2026-03-16T06:00:00-04:00", title="Guilford oyster farmer wins state lease to expand Sachem Head beds",
body="""GUILFORD - The state Department of Agriculture's Bureau of Aquaculture has approved a 40-acre shellfish lease off Sachem Head for Nate Coggeshall, whose Sachem Head Oyster Co. sells to restaurants from New Haven to Boston.

Coggeshall, a former Yale Peabody Museum technician, started the farm in 2019 with two acres and a borrowed skiff. The new lease quadruples his grounds; he expects to hire four more crew this summer. "Long Island Sound is cleaner than it has been in a century," he said. "The oysters know it before we do." """,
gold=[("HVN020", "subject")]),

dict(guid="hvn_bw_2026_0342", pub="2026-04-13T06:00:00-04:00", title="Science Park biotech names Zilberstein chief operating officer",
body="""NEW HAVEN - Arvinas spin-out Tesserae Therapeutics has promoted Hadassah Zilberstein to chief operating officer, the Science Park company said Monday.

Zilberstein, 40, joined Tesserae in 2021 as head of clinical operations and led the company's first two trials of its kidney-disease drug. She previously worked at Alexion in New Haven. She succeeds Mark Brandel, who is retiring.""",
gold=[("HVN011", "subject")]),

dict(guid="hvn_bw_2026_0358", pub="2026-04-27T06:00:00-04:00", title="West Haven's harbor master retires after 38 years on the water",
body="""WEST HAVEN - When Dermot Houlihan started at the West Haven harbor office in 1988, the city's moorings were logged in a spiral notebook. When he retires on Friday as harbor master, he leaves a digital mooring map, a rebuilt Bradley Point launch and, by his count, 211 boaters towed off the sandbars of Oyster River.

Houlihan, 70, said he plans to spend more time with his wife, Brigid, and less time answering the harbor radio at 2 a.m. The City Council will honor him at its May 4 meeting.""",
gold=[("HVN004", "subject")]),

dict(guid="hvn_bw_2026_0366", pub="2026-05-11T06:00:00-04:00", title="Atlanta health system taps Threadgill as finance chief",
body="""ATLANTA - Piedmont Crescent Health has named Reginald Threadgill its chief financial officer, effective June 1. Threadgill, 51, has been treasurer of the Atlanta-based system since 2019 and previously worked for Emory Healthcare. He is a graduate of Morehouse College and Georgia State University.""",
gold=[]),  # namesake of HVN008 (Hamden) in Atlanta -> nothing

dict(guid="hvn_bw_2026_0379", pub="2026-06-01T06:00:00-04:00", title="Sfogliatelle and a line out the door: Wooster Square gets a new pastry shop",
body="""NEW HAVEN - Nunzia Ferrante did not expect a line on opening day. By 8 a.m. Saturday the line at Pasticceria Ferrante on Wooster Street ran past the firehouse.

Ferrante, 34, trained in Naples and at a bakery in Arthur Avenue in the Bronx before signing a lease for the old Libby's storefront. She makes sfogliatelle, pasticiotti and a rum baba that neighbors are already arguing about. "My mother made better, but don't tell her I said that," said longtime customer Sal Abbruzzese, who lives around the corner and was first in line.""",
gold=[]),  # HVN001 is a quoted customer -> nothing
]
