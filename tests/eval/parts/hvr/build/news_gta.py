"""Golden Triangle Ag & Business Weekly (invented regional business weekly for north-central Montana): plain
text in `description`. Hand-labelled."""

FEED = "gta"
ITEMS = [
dict(guid="hvr_gta_2026_0104", pub="2026-01-28T06:00:00-07:00", title="Joplin grower named Montana's Young Farmer of the Year",
body="""JOPLIN - Ansgar Tveitbakk has farmed the same 3,200 acres north of Joplin since he was 27, when his uncle handed him the keys to a 1979 Steiger and told him not to wreck it. Fifteen years later the Montana Grain Growers Association has named him its 2026 Young Farmer of the Year.

Tveitbakk, 42, was honored for converting the operation to no-till, adding pulse crops to a wheat-fallow rotation and cutting fuel use by a third. He also serves on the board of the Liberty County Conservation District.

"The soil out here was here before the Tveitbakks and it'll be here after," he said at the association's convention in Great Falls. "Our job is to hand it on a little better than we got it." """,
gold=[("HVR020", "subject")]),

dict(guid="hvr_gta_2026_0131", pub="2026-04-08T06:00:00-06:00", title="Chester elevator to close after harvest; growers face longer hauls",
body="""CHESTER - The Hi-Line Grain Cooperative will close its Chester elevator after the 2026 harvest, the co-op's board announced last week, consolidating deliveries at its shuttle loader in Shelby.

The Chester elevator, built in 1952, handles about 1.4 million bushels a year. The co-op said the wooden structure would need $3 million in repairs to meet current safety standards.

Growers south of Chester said the change will add 40 to 60 miles to each round trip. "That's another truck and another driver at harvest, and there aren't any drivers," said Wendell Stroeher, who farms south of town and has delivered to the Chester elevator for 50 years.

Co-op general manager Brad Simonsen said the co-op would keep the elevator's scale house open for seed and fertilizer sales.""",
gold=[]),

dict(guid="hvr_gta_2026_0158", pub="2026-06-17T06:00:00-06:00", title="Front Street bookstore marks 25 years in Fort Benton",
body="""FORT BENTON - When Roz McQuilkin opened Steamboat Landing Books on Front Street in 2001, friends gave it a year. On Saturday the store celebrates its 25th anniversary with a street party, a Lewis and Clark reenactor and a cake shaped like a keelboat.

McQuilkin, who owns the shop and runs it with two part-time clerks, said the store survived online retail by becoming the town's living room: a book club that has met monthly since 2003, a children's story hour and a shelf of Montana history that draws tourists off the Missouri River trail.

"We sell a lot of Ivan Doig," she said. "And we sell a lot of coffee." """,
gold=[("HVR021", "subject")]),

dict(guid="hvr_gta_2026_0186", pub="2026-08-26T06:00:00-06:00", title="Havre couple buys Hi-Line Ford from founding family",
body="""HAVRE - Bart and Shauna Quisenberry have bought Hi-Line Ford Lincoln, the Havre dealership the Hovland family has owned since 1948, the couple and the sellers announced Monday.

Bart Quisenberry has been the dealership's sales manager since 2009; Shauna Quisenberry, a CPA, has kept its books for a decade. The purchase closed Friday. Terms were not disclosed.

Seller Leland Hovland, 74, said he was glad the store would stay in local hands. "Bart has sold more pickups on the Hi-Line than anybody alive," Hovland said. The dealership employs 46 people and will keep its name.""",
gold=[("HVR016", "subject"), ("HVR017", "subject")]),
]
