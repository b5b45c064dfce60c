"""Riverside Prairie Funeral Chapels (invented; chapels in Sioux Falls, Brandon, Tea and Lennox, S.D.): a funeral
home site serving mostly Lutheran and Dutch Reformed families. One-sentence teaser in description, HTML in
content:encoded, a separate service paragraph. Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "rpfc"
ITEMS = [
dict(guid="sfx_rpfc_obit_260114_bruinsma", pub="2026-01-14T11:05:00-06:00", title="Hendrik \"Henry\" Bruinsma (1939 - 2026)",
body="""Hendrik "Henry" Bruinsma, 86, of Sioux Falls, entered his eternal rest on Saturday, January 10, 2026, at Dougherty Hospice House.

Henry was born on March 2, 1939, in Sioux Center, Iowa, the eldest child of Klaas and Jantje (Vos) Bruinsma, who had come over from Friesland two years earlier. He grew up milking cows before school, was baptized and made profession of faith at First Reformed Church of Sioux Center, and graduated from Western Christian High School. After serving in the Army, he moved to Sioux Falls and worked 38 years as a machinist at the Morrell plant, never missing a shift in a blizzard.

Henry was a faithful member of the church, where he served as deacon and elder and taught catechism to three generations of seventh graders. He loved the Psalter Hymnal, a well-tuned John Deere 4020 and a good game of Rook.

He is survived by his sister, Trudy (Arnie) Te Slaa of Sioux Falls; his brother, Gerrit Bruinsma of Sioux Falls; his sister-in-law, Wilma Bruinsma of Hull, Iowa; and many nieces and nephews. He was preceded in death by his parents and his brother, Pieter.""",
services="Visitation will be 5-7 p.m. Thursday, with a family prayer service at 7 p.m., at Riverside Prairie Funeral Chapel, Sioux Falls. Funeral service 10:30 a.m. Friday, January 16, at First Reformed Church, Brandon, with Rev. Dale Vander Wal officiating. Burial at Hills of Rest Memorial Park.",
gold=[("SFX002", "survivor"), ("SFX001", "survivor")]),

dict(guid="sfx_rpfc_obit_260211_wipf", pub="2026-02-11T09:40:00-06:00", title="Jacob Wipf (1937 - 2026)",
body="""Jacob Wipf, 88, of Sioux Falls, went home to be with his Lord on Sunday, February 8, 2026, at Avera McKennan Hospital.

Jake was born September 30, 1937, on the Wolf Creek Colony near Freeman, the son of Paul and Susanna (Hofer) Wipf. He left the colony at nineteen with one suitcase, found work as a hired man near Marion and married Evangeline "Vangie" Waldner at Salem Mennonite Brethren Church on June 9, 1961. They farmed northwest of Freeman for 35 years before moving to Sioux Falls in 1996, where Jake drove school bus for the Sioux Falls School District until he was 80.

He could fix anything with baling wire and patience, spoke German to his grandchildren when he did not want them to understand, and never let a visitor leave without a jar of chokecherry jelly.

Jake is survived by his wife of 64 years, Vangie Wipf, Sioux Falls; his daughter, Rhonda (Duane) Tschetter, Sioux Falls; his son, Mark (Lori) Wipf, Mitchell; six grandchildren; and nine great-grandchildren. He was preceded in death by his parents, eight brothers and sisters, and an infant son, Daniel.""",
services="Visitation 4-7 p.m. Friday at Riverside Prairie Funeral Chapel, Sioux Falls. Funeral 10 a.m. Saturday, February 14, at Sioux Falls Mennonite Brethren Church. Burial at Salem Mennonite Cemetery, rural Freeman.",
gold=[("SFX022", "survivor"), ("SFX005", "survivor"), ("SFX004", "survivor")]),

dict(guid="sfx_rpfc_obit_260305_ostrem", pub="2026-03-05T14:20:00-06:00", title="Ingrid Ostrem (1928 - 2026)",
body="""Ingrid Sofie Ostrem, 97, of Lennox, died peacefully on Monday, March 2, 2026, at the Good Samaritan Society in Lennox, with her daughter holding her hand.

Ingrid was born April 27, 1928, on the family farm near Worthing to Lars and Berthe (Skogen) Nesheim. She was baptized and confirmed at Nordland Lutheran Church and married Sigurd Ostrem there on October 14, 1950. Together they farmed east of Lennox for 41 years. Ingrid taught Sunday school for 50 years, made lefse for the Sons of Norway every December, and kept the church's quilting circle going long after her eyes told her to stop.

Ingrid is survived by her daughter, Phyllis Aamot and her husband, LeRoy, of Lennox; her daughter-in-law, Joanne Ostrem of Beresford; seven grandchildren; and fourteen great-grandchildren. She was preceded in death by her husband, Sigurd, in 2004; her son, Alvin, in 2019; and her brothers, Nels and Oscar Nesheim.""",
services="Funeral service 11 a.m. Saturday, March 7, at Nordland Lutheran Church, rural Lennox, with visitation one hour prior. Pallbearers: Erik Ostrem, Thomas Aamot, Kyle Aamot, Nate Hofer, Brent Nesheim and Scott Ostrem. Burial in the church cemetery. Riverside Prairie Funeral Chapel, Lennox.",
gold=[("SFX010", "survivor"), ("SFX009", "survivor")]),
]
