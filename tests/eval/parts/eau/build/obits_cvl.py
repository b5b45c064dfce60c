"""Chippewa Valley Ledger (invented daily newspaper, Eau Claire): obituaries, plain-text descriptions,
legacy-style titles. Hand-labelled: gold = [(client_id, role)]."""

ITEMS = [
dict(guid="eau_cvl_obit_20260107_halvorson", pub="2026-01-07T05:30:00-06:00",
title="Gerald \"Jerry\" O. Halvorson Obituary (1941 - 2026) - Eau Claire, WI - Chippewa Valley Ledger",
body="""Gerald "Jerry" Orrin Halvorson, 84, of Eau Claire, passed away peacefully on Sunday, January 4, 2026, at Mayo Clinic Health System in Eau Claire, with his family at his side.

Jerry was born April 12, 1941, in the Town of Otter Creek to Orrin and Signe (Tollefson) Halvorson. He graduated from Augusta High School in 1959 and served two years in the U.S. Army at Fort Leonard Wood. On June 20, 1964, he married Arlene Brekke at Our Saviour's Lutheran Church in Eau Claire. Jerry worked 38 years at the Uniroyal plant and later at National Presto, and he never missed an opening weekend at deer camp near Hayward.

He is survived by his wife of 61 years, Arlene (Brekke) Halvorson; sons, Todd (Lisa) Halvorson of Lake Hallie and Brian Halvorson of Woodbury, Minn.; a daughter, Kari (Dean) Amundson of Osseo; seven grandchildren; two great-grandchildren; and a brother-in-law, Arvid Brekke of Eau Claire.

He was preceded in death by his parents and a sister, Marlys Nyhus.

Funeral services will be at 11 a.m. Saturday, January 10, at Our Saviour's Lutheran Church, with the Rev. Harlan Moseng officiating. Burial will be in Lakeview Cemetery in the spring. Pallbearers are his grandsons, Tyler, Evan and Cole Halvorson, Jacob Amundson, and family friends Curt Hagness and Dale Rude.

Lystad-Kranz Funeral Chapel, Eau Claire, is assisting the family.""",
gold=[("EAU001", "deceased_client"), ("EAU002", "spouse_of_deceased_client")]),

dict(guid="eau_cvl_obit_20260121_kvammen", pub="2026-01-21T05:30:00-06:00",
title="Evelyn R. Kvammen Obituary (1933 - 2026) - Colfax, WI - Chippewa Valley Ledger",
body="""Evelyn Ruth Kvammen, 92, of Colfax, died Saturday, January 17, 2026, at Colfax Health and Rehabilitation.

Evelyn was born August 8, 1933, on the family farm in the Town of Tainter to Nels and Hilda Kvammen, the oldest of five. She never married. She taught country school in Dunn County for 11 years and then the third grade in Colfax for 29 more, and generations of Colfax children learned their times tables from her flash cards. She was a lifelong member of Colfax Lutheran Church, where she sang in the choir and baked krumkake for every Syttende Mai.

Survivors include her sister, Lorraine Thorsgaard of Menomonie; a brother, Harold Kvammen of Elk Mound; nieces and nephews, including a niece, Mrs. Curt (Renee) Hagness of Menomonie; and many former students.

She was preceded in death by her parents; a brother, Orville; and a sister, Agnes Lindquist.

A funeral service will be held at 1 p.m. Friday at Colfax Lutheran Church. Olson Funeral Home of Colfax is serving the family.""",
gold=[("EAU005", "survivor"), ("EAU016", "survivor"), ("EAU015", "survivor")]),

dict(guid="eau_cvl_obit_20260204_skogstad", pub="2026-02-04T05:30:00-06:00",
title="Duane A. Skogstad Obituary (1994 - 2026) - Bloomer, WI - Chippewa Valley Ledger",
body="""Duane Allen Skogstad, 31, of Bloomer, died unexpectedly on Saturday, January 31, 2026, as the result of a snowmobile accident near Lake Como.

Duane was born May 3, 1994, in Chippewa Falls to Roger and Deb (Marten) Skogstad. He graduated from Bloomer High School in 2012, where he wrestled for the Blackhawks, and went on to become a journeyman lineman with Chippewa Valley Electric Cooperative. He loved ice fishing, his Ski-Doo and his black Lab, Remi.

He is survived by his parents, Roger and Deb Skogstad of Bloomer; his sister, Kayla (Brett) Sarauer of Chetek; his grandmother, Lucille Skogstad of Bloomer; and his girlfriend, Alyssa Pecha.

A celebration of Duane's life will be held Saturday at the Bloomer Rod and Gun Club. Pederson-Volker Funeral Chapel is serving the family.""",
gold=[]),

dict(guid="eau_cvl_obit_20260305_heinzen", pub="2026-03-05T05:30:00-06:00",
title="Gloria J. Heinzen Obituary (1934 - 2026) - Sun City West, AZ - Chippewa Valley Ledger",
body="""Gloria Jean Heinzen, 91, formerly of Durand, died Feb. 26, 2026, at her home in Sun City West, Ariz.

Gloria was born Oct. 2, 1934, in Durand to Joseph and Clara Heinzen. She was a nurse at the old Luther Hospital for many years before she and her late husband, Frank Heinzen, retired to Arizona in 1992, where she played golf until she was 88.

She is survived by her son, Michael Heinzen of Peoria, Ariz.; a daughter, Susan Kraft of Tempe, Ariz.; and four grandchildren.

A memorial Mass will be held this summer at Holy Rosary Catholic Church in Durand, with inurnment in the parish cemetery.""",
gold=[]),

dict(guid="eau_cvl_obit_20260319_schmiedlin", pub="2026-03-19T05:30:00-05:00",
title="Bernard \"Bud\" Schmiedlin Sr. Obituary (1935 - 2026) - Augusta, WI - Chippewa Valley Ledger",
body="""Bernard "Bud" Schmiedlin Sr., 90, of Augusta, died Monday, March 16, 2026, at Augusta Area Health Center.

Bud was born Jan. 9, 1936, in the Town of Bridge Creek and farmed the home place with his wife, Rosella, for more than 50 years. He was a member of St. Mary's Catholic Church in Augusta, the Knights of Columbus and the Augusta Fire Department, and he could still out-shuck anyone at the Bridge Creek corn roast at 80.

Survivors include his son, Bernie (Gail) Schmiedlin Jr. of Augusta; daughters, Rose Ann (Tom) Kolstad of Fall Creek and Diane Schmiedlin of Minneapolis; nine grandchildren and 11 great-grandchildren.

He was preceded in death by his wife, Rosella, in 2019, and a brother, Leo.

Mass of Christian Burial will be at 10:30 a.m. Saturday at St. Mary's Catholic Church, Augusta, with Father Thomas Krenz presiding. Visitation one hour before Mass.""",
gold=[("EAU010", "survivor")]),

dict(guid="eau_cvl_obit_20260402_moua", pub="2026-04-02T05:30:00-05:00",
title="Youa Moua Obituary (1939 - 2026) - Eau Claire, WI - Chippewa Valley Ledger",
body="""Youa Moua, 86, of Eau Claire, passed away March 28, 2026, at her daughter's home in Eau Claire, surrounded by her children and grandchildren.

Youa was born in 1939 in Xieng Khouang province, Laos. She married Nhia Pao Moua in 1955. The family fled Laos in 1975, lived in Ban Vinai refugee camp in Thailand, and came to Eau Claire in 1980, sponsored by Grace Lutheran Church. She was a gifted paj ntaub needleworker whose story cloths hang in homes across the Chippewa Valley.

She is survived by her sons, Kou Moua of St. Paul and Tong Moua of Eau Claire; her daughters, Mai Nou Thao and her husband, Chue Thao, of Eau Claire, and Pa Moua of Sheboygan; 34 grandchildren; and many great-grandchildren.

She was preceded in death by her husband, Nhia Pao Moua, in 2011.

Traditional Hmong funeral services will begin at 10 a.m. Friday and continue through Sunday at the Hmong Mutual Assistance hall in Eau Claire, with burial Monday at Forest Hill Cemetery.""",
gold=[("EAU009", "survivor"), ("EAU008", "survivor")]),

dict(guid="eau_cvl_obit_20260506_braaten", pub="2026-05-06T05:30:00-05:00",
title="Oscar T. Braaten Obituary (1932 - 2026) - Eau Claire, WI - Chippewa Valley Ledger",
body="""Oscar Theodore Braaten, 93, of Eau Claire, died May 2, 2026, at Oakwood Hills.

Oscar was born Dec. 11, 1932, in Strum. He taught industrial arts at Eau Claire Memorial High School for 31 years, and the picnic tables he built still stand in Carson Park. He married Joan Severson in 1957; she preceded him in death in 2020.

He is survived by his daughter, Kristin Braaten-Sokol (Mark) of Eau Claire; a son, Erik Braaten of Madison; and five grandchildren.

Memorial service 11 a.m. Saturday at First Lutheran Church, Eau Claire. Memorials are suggested to the Eau Claire Area Humane Association.""",
gold=[("EAU011", "survivor")]),
]
