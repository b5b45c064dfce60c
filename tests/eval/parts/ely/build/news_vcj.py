"""Vermilion Country Journal (a community weekly for Ely, Tower-Soudan, Embarrass, Babbitt and Cook): teaser in
description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="ely_vcj_2026_0204_anniv", pub="2026-02-04T09:00:00-06:00", title="Kobals to celebrate 50th anniversary",
body="""ELY - Louie and Frannie Kobal of Ely will celebrate their 50th wedding anniversary with an open house on Saturday, February 14, from 1 to 4 p.m. at the Holy Trinity-St. Cyril parish hall.

Ludvik Kobal and Frances Perushek were married on February 14, 1976, at the old St. Anthony's Church. Louie worked 34 years for the Minnesota Department of Transportation; Frannie was the school secretary at Washington Elementary. Their children request no gifts; cards and stories are welcome.""",
gold=[("ELY001", "subject"), ("ELY002", "subject")]),

dict(guid="ely_vcj_2026_0225_festival", pub="2026-02-25T09:00:00-06:00", title="Snow sculptors brave the cold at Ely Winter Festival",
body="""ELY - Fourteen teams carved ten-foot blocks of snow in Whiteside Park last week, and a wolf pack by a team from Thunder Bay took the top prize.

Second place went to a loon family by a team of Vermilion Community College art students. The people's choice award went to a sculpture of a voyageur canoe by three Ely High School seniors. Judges this year were sculptor Lars Heikkila, Ely arts council director Nora Belluci and retired art teacher Bernadette Zgonc.""",
gold=[]),

dict(guid="ely_vcj_2026_0401_hockey", pub="2026-04-01T09:00:00-05:00", title="Ely's Cole Vranesich commits to UMD hockey",
body="""ELY - Ely Timberwolves defenseman Cole Vranesich has committed to play college hockey at the University of Minnesota Duluth.

Vranesich, a senior and two-time all-conference pick, is the son of Matt and Dawn Vranesich of Ely. He will play a season of junior hockey in the USHL before joining the Bulldogs in the fall of 2027.

"My grandpa took me skating on Shagawa Lake before I could walk," Vranesich said. "He would have loved this." His grandfather, Mike Vranesich, died in February.""",
gold=[("ELY003", "parent_of_subject")]),

dict(guid="ely_vcj_2026_0603_tower", pub="2026-06-03T09:00:00-05:00", title="Soudan naturalist retires after 30 years underground",
body="""SOUDAN - For thirty years, visitors who rode the cage 2,341 feet down into the Soudan Underground Mine heard the same voice at the bottom: Marit Strand's.

Strand, the park's lead naturalist, retired May 29. She grew up in Soudan, the daughter of a miner, and started as a seasonal tour guide in 1996. She estimates she has led more than 4,000 tours. "I have told the same joke about the miners' candles eleven thousand times," she said. "It's still funny."

She plans to stay in Soudan, she said, and to spend the winters knitting and "finally going to the surface on purpose." Her mother, Ilse Pekkala, died in February.""",
gold=[("ELY006", "subject")]),

dict(guid="ely_vcj_2026_0617_rugs", pub="2026-06-17T09:00:00-05:00", title="Embarrass weaver honored for fifty years of rag rugs",
body="""EMBARRASS - The Embarrass Finnish heritage society on Saturday honored Sirkka Rautiola for fifty years of weaving rag rugs on a loom that came from Finland with her grandmother in 1903.

Rautiola, 82, has taught weaving to more than 200 students at the Embarrass heritage site. She accepted the society's Sisu Award at the annual Juhannus (Midsummer) celebration, two months after the death of her husband, Arvid, who built the loom room onto their farmhouse in 1979.

"He always said I was weaving the farm into rugs," she said. "Now I'm weaving him into them." """,
gold=[("ELY005", "subject")]),
]
