"""The Arkansas Valley Ledger (weekly: Rocky Ford, La Junta, Fowler, Las Animas): plain text. Hand-labelled."""

FEED = "avl"
ITEMS = [
dict(guid="pue_avl-2026-03-18-bee", pub="2026-03-18T06:00:00-06:00", title="Rocky Ford fifth-grader spells her way to the state bee",
body="""ROCKY FORD - Mika Hirakata needed just one word to win the Arkansas Valley Regional Spelling Bee on Saturday: "chrysanthemum."

Mika, 11, a fifth-grader at Washington Elementary and the daughter of Nadine and Scott Hirakata of Rocky Ford, outlasted thirty-two spellers from six counties over fourteen rounds at Otero College. She will compete in the Colorado state bee in Denver next month.

She dedicated the win to her great-grandfather, who died in February. "He always said to sound it out slowly," she said.""",
gold=[("PUE018", "parent_of_subject"), ("PUE019", "parent_of_subject")]),

dict(guid="pue_avl-2026-06-24-retire", pub="2026-06-24T06:00:00-06:00", title="La Junta fire captain hangs up his helmet after 31 years",
body="""LA JUNTA - When Capt. Ray Gallegos joined the La Junta Fire Department in 1995, the city's newest engine was older than he was.

Gallegos, 65, retired Friday after thirty-one years, the last twelve as captain of B shift. Firefighters from La Junta, Rocky Ford and Las Animas lined Third Street for his last ride home on Engine 1, and his wife, Linda, rang the station bell.

"I fought my first fire on Raton Avenue and I'm retiring two blocks from it," Gallegos said. He plans to fish the Arkansas and spoil his grandchildren.""",
gold=[("PUE017", "subject")]),

dict(guid="pue_avl-2026-08-05-fair", pub="2026-08-05T06:00:00-06:00", title="Junior livestock sale tops $400,000 at Otero County Fair",
body="""ROCKY FORD - Buyers at the Otero County Fair's junior livestock sale spent a record $412,600 on Saturday, and the grand champion steer, raised by Fowler 4-H member Cody Wertz, brought $18,000.

Buyers this year included Arkansas Valley Co-op, Tashiro Farms, La Junta State Bank, Rocky Ford Growers Association, Josie Medina, Valley Implement, and the families of the Fowler and Manzanola 4-H clubs. The fair board thanked every buyer and the auctioneer, Dale Wardell of Las Animas.""",
gold=[]),

dict(guid="pue_avl-2026-08-12-tashiro", pub="2026-08-12T06:00:00-06:00", title="A century of melons: Tashiro Farms marks 100 years south of Rocky Ford",
body="""ROCKY FORD - In 1926, Kenji Tashiro's grandfather, Hisashi, leased forty acres of sandy bottom land south of town and planted his first crop of Rocky Ford cantaloupe. This summer, Tashiro Farms is celebrating its hundredth harvest.

Kenji Tashiro, 71, the third generation on the land, and his son Kyle now farm 320 acres of melons, sweet corn and onions. The family marked the anniversary Saturday with an open house and a melon feed for four hundred neighbors at the farm on County Road 21.

"My grandfather came here with nothing, and my late wife, Ellen, kept this place going when I wanted to quit," Tashiro said. "A hundred years is hers as much as anybody's." """,
gold=[("PUE008", "subject")]),
]
