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
dict(guid="sfx_rpfc_obit_260416_fjelstad", pub="2026-04-16T10:15:00-05:00", title="Harold \"Hal\" Fjelstad (1951 - 2026)",
body="""Harold Kristian "Hal" Fjelstad, 74, of Sioux Falls, passed away unexpectedly on Sunday, April 12, 2026, at his home.

Hal was born November 3, 1951, in Canton to Kristian and Borghild (Lee) Fjelstad. He was baptized and confirmed at Our Savior's Lutheran Church in Canton, graduated from Canton High School in 1970 and from Augustana College in 1974. For 33 years he taught physics and coached cross country at Washington High School, where generations of Warriors learned Newton's laws by dropping eggs off the bleachers.

Hal ran the Sioux Falls Marathon eleven times, sang bass in the Augustana alumni choir and never met a lutefisk supper he could pass by.

He is survived by his daughter, Kris Fjelstad of Tea; his son, Anders (Katie) Fjelstad of Minneapolis; two granddaughters; and his former wife and good friend, Carol Fjelstad of Sioux Falls. He was preceded in death by his parents and his sister, Solveig.""",
services="Memorial service 2 p.m. Saturday, April 18, at Our Savior's Lutheran Church, Sioux Falls, with a time of fellowship to follow. Memorials to the Washington High School cross country program.",
gold=[("SFX006", "survivor")]),

dict(guid="sfx_rpfc_obit_260527_hoogendoorn", pub="2026-05-27T08:50:00-05:00", title="Gezina \"Zina\" Hoogendoorn (1933 - 2026)",
body="""Gezina "Zina" Hoogendoorn, 92, of Sioux Falls, formerly of Tea, was called home to her Savior on Monday, May 25, 2026, at Dow Rummel Village.

Zina was born August 8, 1933, in Orange City, Iowa, to Gerrit and Hendrika (Mouw) Vermeer. She married Bernard Hoogendoorn at Orange City First Reformed Church on May 19, 1953, and the couple farmed near Tea for 44 years. Zina was a charter member of Tea Reformed Church, where she led the Ladies Aid and the Wednesday night catechism meal, and she canned more sweet corn than anyone could count.

Zina is survived by her sons, Calvin (Mary Beth) Hoogendoorn of Tea and Wayne (Sheryl) Hoogendoorn of Rock Valley, Iowa; nine grandchildren; 21 great-grandchildren; and her sister, Alida De Jong of Orange City. She was preceded in death by her husband, Bernard, in 2012; a grandson, Jacob; and her brothers, Henry and John Vermeer.""",
services="Visitation 5-7 p.m. Friday at Riverside Prairie Funeral Chapel, Tea. Funeral 10 a.m. Saturday, May 30, at Tea Reformed Church. Burial at Tea Cemetery.",
gold=[("SFX008", "survivor"), ("SFX007", "survivor")]),

dict(guid="sfx_rpfc_obit_260708_rasmussen", pub="2026-07-08T13:30:00-05:00", title="Thelma Rasmussen (1925 - 2026)",
body="""Thelma Marie Rasmussen, 101, of Tea, died Saturday, July 4, 2026, at Sanford USD Medical Center, while the neighborhood fireworks she always loved were going off outside.

Thelma was born February 6, 1925, in Viborg to Jens and Dagmar (Nielsen) Christiansen and was confirmed at Danish Lutheran Church in Viborg. She married Aksel Rasmussen on June 1, 1946, and they ran the Tea Cafe on Main Street for 27 years. Her caramel rolls sold out by 7 a.m. on Saturdays, and the coffee was always free for farmers during harvest.

Thelma is survived by her daughter, Karen Lundquist of Sioux Falls; her granddaughters, Jessa (Nate) Hofer of Tea and Amanda (Chris) Eide of Fargo, N.D.; and six great-grandchildren. She was preceded in death by her husband, Aksel; her son, Roger; and all of her eight brothers and sisters.""",
services="Funeral 11 a.m. Thursday, July 9, at Tea Lutheran Church, with visitation one hour before. Interment at Tea Cemetery. Riverside Prairie Funeral Chapel, Tea.",
gold=[("SFX017", "survivor")]),

dict(guid="sfx_rpfc_obit_260916_brende", pub="2026-09-16T16:05:00-05:00", title="Orrin M. Brende (1937 - 2026)",
body="""Orrin Martin Brende, 89, of Sioux Falls, died Sunday, September 13, 2026, at Avera McKennan Hospital, surrounded by his family.

Orrin was born May 20, 1937, on a farm near Baltic to Martin and Olga (Haugen) Brende. He was baptized and confirmed at East Nidaros Lutheran Church and graduated from Baltic High School in 1955. He married Lorraine Hegg on June 18, 1960, at Our Savior's Lutheran Church in Canton. Orrin worked 31 years for the Chicago, Milwaukee, St. Paul and Pacific Railroad and then the Burlington Northern, retiring as a yardmaster in 1997.

He was a 60-year member of First Lutheran Church in Sioux Falls, where he ushered at the 8 a.m. service, and a lifetime member of the Sons of Norway Nordland Fest committee. He loved walleye fishing at Lake Madison, Twins baseball on the radio and every one of his grandchildren's ball games.

Orrin is survived by his wife of 66 years, Lorraine; his sons, Paul (Denise) Brende of Brandon and Steven Brende of Denver; his daughter, Ann (Rick) Solberg of Sioux Falls; eight grandchildren; four great-grandchildren; and his brother-in-law, Ken (Darlene) Hegg of Canton. He was preceded in death by his parents, his brother Arlo, and his sisters Gladys and Inez.""",
services="Visitation 5-7 p.m. Friday, with a prayer service at 7 p.m., at Riverside Prairie Funeral Chapel, Sioux Falls. Funeral 10:30 a.m. Saturday, September 19, at First Lutheran Church. Burial at Woodlawn Cemetery.",
gold=[("SFX012", "deceased_client"), ("SFX013", "spouse_of_deceased_client"), ("SFX021", "survivor")]),
dict(guid="sfx_rpfc_obit_261028_aamot", pub="2026-10-28T10:25:00-05:00", title="LeRoy Aamot Sr. (1930 - 2026)",
body="""LeRoy Olaf Aamot Sr., 96, of Lennox, died Sunday, October 25, 2026, at the Good Samaritan Society in Lennox, where he had lived since spring.

LeRoy was born January 9, 1930, in his parents' farmhouse east of Lennox, the son of Olaf and Marit (Bjornstad) Aamot. He was baptized and confirmed at Nordland Lutheran Church, married Ardis Tollefson in 1951, served in the Army in Korea. LeRoy farmed the home place for 45 years, served on the Lennox school board and the Nordland church council, and was the last man in Lincoln County to thresh oats with a steam engine at the Lennox threshing bee.

LeRoy is survived by his son, LeRoy Aamot Jr. (Phyllis) of Lennox; his daughter, Karen (Dennis) Fick of Sioux Falls; five grandchildren, including Thomas and Kyle Aamot; and nine great-grandchildren. He was preceded in death by his wife, Ardis, in 2015, and by his brothers, Harold and Melvin.""",
services="Funeral 11 a.m. Monday, November 2, at Nordland Lutheran Church, rural Lennox, with visitation one hour prior and military honors by the Lennox American Legion. Riverside Prairie Funeral Chapel, Lennox.",
gold=[("SFX009", "survivor"), ("SFX010", "survivor")]),
]
