"""Wolgadeutsche Nachrichten: newsletter of the North Platte Valley chapter of the Germans from Russia heritage
society (Scottsbluff / Torrington). Members' notices "In Memoriam" with the Volga colony of origin, plain text.
Hand-labelled."""

FEED = "gfr"
ITEMS = [
dict(guid="chy_gfr_2026-02-memoriam-weber", pub="2026-02-27T08:00:00-07:00", title="In Memoriam: Johannes \"John\" Weber, Torrington (Colony Norka)",
body="""Our chapter lost one of its founding members on February 21 when Johannes "John" Weber of Torrington died at the age of 88. John's grandparents came from the Volga colony of Norka in 1910 to thin and top beets for the Great Western Sugar Company at Lyman, and John, as he liked to say, "topped beets before he could spell them."

He farmed east of Torrington until 1998 and afterward drove the chapter's tour bus to the Lincoln convention every summer, singing "Wolgalied" the whole way whether anyone joined him or not. He served as chapter treasurer for nineteen years.

John leaves his wife, Elsie; his sons Larry and Dennis Weber; his sister, MaryJo Trautwein of Torrington, who many of you know from our kuchen sale; and many nieces and nephews. The funeral was held February 25 at Trinity Lutheran Church, Torrington. Gifts in his memory may go to the chapter's library fund.""",
gold=[("CHY008", "survivor")]),

dict(guid="chy_gfr_2026-05-memoriam-bauer", pub="2026-05-29T08:00:00-06:00", title="In Memoriam: Magdalena Bauer Kaiser, Pine Bluffs (Colony Kolb)",
body="""Magdalena "Lena" Bauer Kaiser of Pine Bluffs died May 19 at the age of 97, the last of our members born to parents who had themselves been born on the Volga, in the colony of Kolb.

Lena cooked for harvest crews on the family's wheat farm north of Pine Bluffs for sixty summers. Her bierocks were the first thing to sell out at every chapter picnic and she never, ever shared the recipe.

She is survived by her daughter, Ruth Kaiser Stoll of Kimball, Neb.; her nephew, Len Bauer of Pine Bluffs; six grandchildren and many great-grandchildren. She was preceded in death by her husband, Reinhold Kaiser, and by her brother, Adam Bauer. Services were held May 23 at St. Paul's Lutheran Church, Pine Bluffs.""",
gold=[]),

dict(guid="chy_gfr_2026-07-memoriam-dinges-kaiser", pub="2026-07-30T08:00:00-06:00", title="In Memoriam: Elisabeth Dinges Kaiser, Mitchell (Colony Frank)",
body="""Elisabeth "Lizzie" Dinges Kaiser of Mitchell, Neb., died July 22 at Regional West Garden County at the age of 89. She was the daughter of Georg and Anna Marie Dinges, who came to the valley from the colony of Frank, and she grew up in the beet-workers' colony on the south side of Scottsbluff, where German, Spanish and English were all spoken at the same supper table.

Lizzie taught first grade in Mitchell for 34 years and wrote the chapter's "Remember When" column for this newsletter until last winter.

She is survived by her brother, Alex Dinges and his wife, Irene, of Mitchell; her sister, Lydia Schaffert of Scottsbluff, who lost her own husband, Henry, in February; her son, Tom Kaiser of Gering; and four grandchildren. She was preceded in death by her husband, Edwin Kaiser. The funeral was held July 27 at Zion Evangelical Lutheran Church, Mitchell.""",
gold=[("CHY018", "survivor"), ("CHY004", "survivor")]),
]
