"""Siskiyou Hills Funeral Chapel (chapels in Medford, Ashland and Grants Pass): funeral-home site, HTML in
content:encoded, a one-sentence plain description, guids with the mfr_ prefix. Hand-labelled."""

FEED = "shf"
ITEMS = [
dict(guid="mfr_shf_wendell-amos-ruckdaschel", pub="2026-04-13T10:15:00-07:00",
title="Wendell Amos Ruckdaschel (1939 - 2026)",
body="""Wendell Amos Ruckdaschel, 87, of Jacksonville, passed away peacefully at home on Thursday, April 9, 2026, with his wife at his side and the pear trees he planted in bloom outside the window.

Wendell was born April 2, 1939, in Medford to Otto and Frieda Ruckdaschel, and grew up on the family orchard on Hanley Road. He graduated from Medford High School in 1957, served two years with the U.S. Army in Germany, and came home to run the orchard for forty-one years. He was a past president of the Rogue Valley Growers & Shippers Association, a 50-year member of the Jacksonville Lions Club and, for a quarter century, the man who hung the Britt Festival banners on California Street every June.

He married Arlette Pinnock at the Jacksonville Presbyterian Church on August 18, 1963. He is survived by his wife of 62 years, Arlette (Pinnock) Ruckdaschel of Jacksonville; his daughter, Karin Ruckdaschel-Lowe (Stephen) of Bend; his son, Peter Ruckdaschel of Portland; and four grandchildren. He was preceded in death by his parents and his brother, Harold.

A memorial service will be held at 11 a.m. Saturday, April 25, at the Jacksonville Presbyterian Church, the Rev. Anne Hollister officiating. Pallbearers will be Gideon Pflugrath, Tom Varney, Luis Ochoa, Bill Stroud, Kyle Lowe and Jacob Lowe. In lieu of flowers, the family suggests gifts to the Jacksonville Lions Club sight program.""",
gold=[("MFR010", "deceased_client"), ("MFR011", "spouse_of_deceased_client")]),

dict(guid="mfr_shf_lyman-dale-thackaberry-sr", pub="2026-02-03T09:40:00-08:00",
title="Lyman Dale Thackaberry Sr. (1937 - 2026)",
body="""Lyman Dale Thackaberry Sr., 88, of Eagle Point, died January 30, 2026, at Asante Rogue Regional Medical Center in Medford.

Lyman was born in Prospect, served two years in the U.S. Army at Fort Lewis, and spent his working life in the woods and the mills of the upper Rogue: setting chokers as a teenager, running a yarder for Medford Corporation and, for his last twenty years, working as a log scaler. He could tell you the board feet in a Douglas fir by walking around it once. He was a lifetime member of the Eagle Point Grange and never missed an Eagle Point Rodeo.

He is survived by his son, Lyman "Butch" Thackaberry Jr. and his wife, Dana, of Eagle Point; his daughter, Connie Fitch of Klamath Falls; his brother-in-law, Orrin Sattlemeier of Rogue River; five grandchildren; and three great-grandchildren. He was preceded in death by his wife of 58 years, Edna (Sattlemeier) Thackaberry, in 2019.

Graveside services with military honors will be held at 1 p.m. Friday, February 6, at Eagle Point National Cemetery.""",
gold=[("MFR005", "survivor"), ("MFR006", "survivor")]),

dict(guid="mfr_shf_saul-kornbluth", pub="2026-03-02T14:05:00-08:00",
title="Saul Kornbluth (1933 - 2026)",
body="""Saul Kornbluth, 92, of Ashland, died on Friday, February 27, 2026, at the Mountain Meadows community where he had lived since 2011.

Born in the Bronx, Saul taught high-school chemistry in Yonkers for thirty-four years before he and his late wife, Miriam, followed their son west. In Ashland he never missed an opening at the Oregon Shakespeare Festival, read the New York Times cover to cover every morning at the Ashland Food Co-op cafe, and argued with the crossword in ink.

He is survived by his son, Reuben (Anneliese) Kornbluth of Ashland; his daughter, Ruth Adler of Teaneck, New Jersey; and four grandchildren, including Noah and Talia Kornbluth of Ashland. He was preceded in death by Miriam, his wife of 61 years.

A graveside service was held Sunday at Mountain View Cemetery, Ashland, with Rabbi Deborah Stein officiating. The family will sit shiva at the home of Reuben and Anneliese through Wednesday evening.""",
gold=[("MFR017", "survivor")]),

dict(guid="mfr_shf_dalton-james-ruesink", pub="2026-05-20T11:30:00-07:00",
title="Dalton James Ruesink (2003 - 2026)",
body="""Dalton James Ruesink, 22, of Central Point, died Friday, May 15, 2026, in a motorcycle accident on Highway 140 near Lake of the Woods.

Dalton graduated from Crater High School in 2022, where he wrestled at 170 pounds and never once let his coach finish a sentence. He was an apprentice lineman with Pacific Power and was saving for a drift boat.

He is survived by his parents, Curtis and Renee Ruesink of Central Point; his sister, Brooke; his grandparents, Lyle and Jeanette Ruesink of Gold Hill; and his girlfriend, Kenzie Moorland.

A celebration of life will be held at 2 p.m. Saturday, May 30, at the Jackson County Expo, Central Point.""",
gold=[]),

dict(guid="mfr_shf_lucille-ferrand", pub="2026-06-08T09:00:00-07:00",
title="Lucille Marie Ferrand (1942 - 2026)",
body="""Lucille Marie Ferrand, 83, of Medford, went home to the Lord on June 4, 2026, at the Rogue Valley Manor.

Lucille was born in Yreka, California, the daughter of Emile and Rose Brisbois, and moved to Medford in 1961 to work in the packing house at Bear Creek Orchards, where she met her husband, Raymond. She later kept the books for Ferrand Plumbing for thirty years and taught Sunday school at Sacred Heart Catholic Church to two generations of Medford children.

She is survived by her sister, Henrietta "Hettie" Brisbois of Eagle Point; her sons, Michael Ferrand (Lisa) of Medford and Daniel Ferrand of Sacramento; and six grandchildren. She was preceded in death by her husband, Raymond, in 2015.

A Mass of Christian Burial will be celebrated at 10 a.m. Friday, June 12, at Sacred Heart Catholic Church, Medford. Rosary at 9:30 a.m.""",
gold=[("MFR021", "survivor")]),

dict(guid="mfr_shf_ilse-birkenfeld", pub="2026-01-20T13:20:00-08:00",
title="Ilse Birkenfeld (1929 - 2026)",
body="""Ilse Birkenfeld, 96, of Grants Pass, died peacefully on Saturday, January 17, 2026, at Asante Three Rivers Medical Center.

Ilse was born in Stuttgart and came to Oregon in 1953 with her husband, Karl, a cabinetmaker. Together they built Birkenfeld Fine Woodworking on G Street, where she did the finishing work and the arguing with customers. She sang alto in the choir of Grace Lutheran Church for 55 years and kept a garden on Lower River Road that fed half the neighborhood.

She is survived by her son, Thaddeus "Tad" Birkenfeld (Corinne) of Grants Pass; her daughter, Greta Houck of Eugene; five grandchildren; and two great-grandchildren. She was preceded in death by Karl in 2004.

A memorial service will be held at 2 p.m. Saturday, January 31, at Grace Lutheran Church, Grants Pass.""",
gold=[("MFR012", "survivor")]),

dict(guid="mfr_shf_arvid-tollefsrud", pub="2026-08-24T10:45:00-07:00",
title="Arvid Nels Tollefsrud (1945 - 2026)",
body="""Arvid Nels Tollefsrud, 80, of Klamath Falls, died August 19, 2026, at Sky Lakes Medical Center after a short illness.

Arvid was born in Crookston, Minnesota, and came west in 1966 to work for Weyerhaeuser in Klamath Falls, where he stayed for 38 years. He was a member of the Sons of Norway Lodge, an ice fisherman of legendary patience, and the maker of the lefse for every church bazaar in the Klamath Basin.

He is survived by his wife, Marit; his sister, Lorraine (Tollefsrud) Quisenberry and her husband, Ev, of Medford; his nephews, Brian and Scott Quisenberry; and many cousins in Minnesota and Norway. He was preceded in death by his parents, Nels and Ingrid Tollefsrud.

Services will be held at 11 a.m. Thursday, August 27, at the Medford chapel of Siskiyou Hills Funeral Chapel, with interment at Hillcrest Memorial Park, Medford.""",
gold=[("MFR002", "survivor"), ("MFR001", "survivor")]),
]
