"""The Pine Belt Courier (daily newspaper, Hattiesburg): obituaries and paid death notices, legacy-style titles
("Name Obituary (1947 - 2026) - Town, MS - Pine Belt Courier"), plain-text descriptions. Hand-labelled."""

FEED = "pbc"
ITEMS = [
dict(guid="pib_pbc_obit_2026_40211", pub="2026-02-12T05:30:00-06:00",
title="Cornelius Wade Quattlebaum Obituary (1939 - 2026) - Hattiesburg, MS - Pine Belt Courier",
body="""Cornelius Wade "Neal" Quattlebaum, 86, of Hattiesburg, died Monday, February 9, 2026, at Forrest General Hospital.

A retired Lamar County agriculture teacher and longtime Sunday school teacher at Main Street Baptist Church, he is survived by his wife of 61 years, Ardith Tullos Quattlebaum; a son, Dr. Wade Quattlebaum of Oxford; a daughter, Lisa Quattlebaum Rayner of Brandon; and five grandchildren.

Visitation is 5 until 7 p.m. Thursday at Longleaf Pines Funeral Home, Oak Grove chapel. The funeral is 11 a.m. Friday at Main Street Baptist Church. Full obituary at longleafpinesfh.example.""",
# a later, shorter copy of the funeral home's obituary (pib_llf_quattlebaum_cornelius): labelled there only
gold=[]),

dict(guid="pib_pbc_obit_2026_40518", pub="2026-04-08T05:30:00-05:00",
title="Harlis Dwight Shoemake Obituary (1947 - 2026) - Ellisville, MS - Pine Belt Courier",
body="""Harlis Dwight Shoemake, 78, of Ellisville, passed away Saturday, April 4, 2026, at South Central Regional Medical Center in Laurel after a short illness.

Harlis was born October 22, 1947, in the Shady Grove community of Jones County to the late Dewitt and Ora Lee Shoemake. He graduated from Jones County Junior College, worked 31 years as a lineman for Dixie Electric Power Association and never once, his family says, passed a stranded motorist on Highway 11. He was a member of Ellisville First Baptist Church, a deer hunter of local renown and the keeper of a fig tree that fed half of Hill Street.

He is survived by his wife of 52 years, Norma Jean Shoemake of Ellisville; his son, Travis Shoemake (Amy) of Laurel; his daughter, Kayla Shoemake Pitts of Hattiesburg; his sister, Lavonne (Obie) Dearman of Petal; his brother, Delton Shoemake of Waynesboro; and six grandchildren.

He was preceded in death by his parents and by a brother, Curtis Shoemake.

Services will be held at 2 p.m. Wednesday at Ellisville First Baptist Church with Bro. Ricky Sumrall officiating. Burial will follow in Shady Grove Cemetery. Pallbearers will be Jerrell Bustin, Cody Pitts, Landon Shoemake, Tate Shoemake, Rusty Welborn and Dale Mauldin.

Memorials may be made to the Jones County Junior College Foundation.""",
gold=[("PIB002", "survivor"), ("PIB001", "survivor")]),

dict(guid="pib_pbc_obit_2026_40702", pub="2026-05-16T05:30:00-05:00",
title="Eustace Ray Mozingo Obituary (1954 - 2026) - Picayune, MS - Pine Belt Courier",
body="""Eustace Ray Mozingo, 71, of Picayune, passed away Wednesday, May 13, 2026, at Highland Community Hospital.

Mr. Mozingo was born August 3, 1954, in Poplarville. He retired from the NASA Stennis Space Center after 34 years as a machinist and spent his retirement building wooden boats in his carport for anyone who asked.

He is survived by his wife, Bonnie Mozingo of Picayune; his daughters, Tonya Mozingo Lee of Slidell, La., and Misty Mozingo of Picayune; a brother, Harold Mozingo of Carriere; and four grandchildren.

A memorial service will be held at 10 a.m. Saturday at McDonald Funeral Home, Picayune.""",
# namesake far from Sumrall (about 90 km), born 1954 (roster PIB010 is 1962): not the client
gold=[]),

dict(guid="pib_pbc_obit_2026_40955", pub="2026-06-23T05:30:00-05:00",
title="Lonnie Earl Tisdale Obituary (1945 - 2026) - Laurel, MS - Pine Belt Courier",
body="""Lonnie Earl Tisdale, 81, of Laurel, died Friday, June 19, 2026, at his home.

Mr. Tisdale was born in Laurel and graduated from Oak Park High School in 1963. He worked 38 years at Masonite and was a trustee of St. Paul United Methodist Church.

Survivors include his wife, Dorothy Tisdale of Laurel; two sons, Kelvin Tisdale of Jackson and Marcus Tisdale of Laurel; a sister-in-law, Rosalind Tisdale of Petal; and a host of nieces, nephews and friends. He was preceded in death by his brother, Arthur Lee Tisdale.

Services are 11 a.m. Saturday at St. Paul United Methodist Church, Laurel.""",
# Rosalind Tisdale (PIB005, widow, roster Hattiesburg 39401): Petal is the next town across the Leaf River,
# and she carries the family name; the preceding brother Arthur Lee is her late husband
gold=[("PIB005", "survivor")]),

dict(guid="pib_pbc_obit_2026_41230", pub="2026-08-11T05:30:00-05:00",
title="Velma Ainsworth Obituary (1932 - 2026) - Moselle, MS - Pine Belt Courier",
body="""Velma Idell Ainsworth, 94, of Moselle, went home to be with the Lord on Sunday, August 9, 2026.

She was born March 27, 1932, in the Sandersville community and was a member of Moselle Methodist Church for seventy years, where she taught the four-year-olds and ran the pound-cake table at every homecoming.

She is survived by her daughters, Cordelia "Delia" Bounds (Wendell) of Ellisville and Rubye Nell Ainsworth Kittrell of Hattiesburg; her grandchildren, Jerrell Bustin of Moselle, Shawn Kittrell and Amanda Kittrell Ross; and eight great-grandchildren.

She was preceded in death by her husband of 58 years, Claude Ainsworth; her daughter, Patricia Ainsworth Bustin; and her parents.

Graveside services will be held at 10 a.m. Wednesday at Moselle Cemetery, with Rev. Allen Pickett officiating.""",
gold=[("PIB018", "survivor"), ("PIB022", "survivor")]),

dict(guid="pib_pbc_notice_2026_41688", pub="2026-10-06T05:30:00-05:00",
title="GUIDROZ, Philomena L.",
body="""GUIDROZ, Philomena L., of Hattiesburg, passed away Saturday, October 3, 2026. Arrangements are pending with Longleaf Pines Funeral Home and will be announced.""",
# same rare name and town as PIB012, but no age, birth date or relatives: possible, not confirmed
gold=[("PIB012", "possible_deceased_client")]),
]
