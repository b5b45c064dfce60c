"""Columbia Valley Community Voice - "In Memoriam" page of a multi-community weekly (Nikkei, Vietnamese and Slavic
church pages, notices sent in by families), plain text in description. Hand-labelled (gold=[...])."""

FEED = "cv"
ITEMS = [
dict(guid="pdx_cv_mem_2026_007", pub="2026-01-28T07:30:00-08:00", title="Remembering Fumiko \"Fumi\" Shigemura, 99",
body="""Fumiko "Fumi" Shigemura, a Nisei who taught two generations of Portland children to fold cranes at the Obon festival, died January 22, 2026, in Portland. She was 99.

Fumi was born in Portland's Japantown in 1926, above the dry-goods store her parents ran on NW Fourth Avenue. In 1942 the family was sent to the Portland Assembly Center and then to Minidoka. After the war she came home, worked 30 years as a bookkeeper for a Japanese-American produce company and never missed an Obon.

She is survived by her nieces, Grace (Hal) Matsukawa of Gresham and Joanne Uyeda of Seattle; her grand-niece, Amy Shigemura of Lake Oswego, who cared for her in her last years; and many cousins in Oregon, California and Japan. She was preceded in death by her husband, Tom Shigemura, and her brother, Frank Kaneshiro.

A memorial service will be held February 7 at 1 p.m. at the Oregon Buddhist Temple.""",
gold=[("PDX010", "survivor"), ("PDX009", "survivor"), ("PDX011", "survivor")]),

dict(guid="pdx_cv_mem_2026_012", pub="2026-02-18T07:30:00-08:00", title="Cụ Bà Phạm Thị Sáu (1934 - 2026)",
body="""Cụ Bà Phạm Thị Sáu, Pháp danh Diệu Hạnh, passed away peacefully on February 14, 2026, in Portland, Oregon, at the age of 91, on the eve of Tết.

Born in Nam Định, she moved south in 1954 and ran a fabric stall at Bến Thành market in Saigon for twenty years. She came to Portland in 1981 with her youngest daughter, after two years in a camp in Malaysia, and for three decades she sewed áo dài for every wedding on SE 82nd Avenue.

She is survived by her daughters, Phạm Thị Hoa and her husband Nguyễn Văn Minh of Portland, and Phạm Thị Lan of San Jose; her son, Phạm Văn Đức of Houston; and her grandchildren, among them Trần Thanh Hương (Tina) of Aloha.

The funeral rites will be held at Chùa Huệ Quang, with cremation on Saturday, February 21.""",
gold=[("PDX007", "survivor"), ("PDX006", "survivor"), ("PDX008", "survivor")]),

dict(guid="pdx_cv_mem_2026_015", pub="2026-03-04T07:30:00-08:00", title="Agafya Kalugin, 96, of Woodburn",
body="""Agafya Ivanovna Kalugin, 96, of Woodburn, reposed in the Lord on February 27, 2026. Born in Xinjiang to an Old Believer family that had crossed into China in the 1920s, she came to Oregon with her husband, Ilya, in 1964 and raised eleven children on a farm outside Woodburn.

She is survived by her children: Ulyana Basargin (Feodosiy) of Gresham, Foma Kalugin of Woodburn, Paraskeva Martushev of Woodburn, Kiril Kalugin of Nikolaevsk, Alaska, and seven others; 63 grandchildren; and more great-grandchildren than she would let anyone count aloud. She was preceded in death by her husband, Ilya, and her son, Yakov. Her nephew, Gennadiy Reutov of Gresham, read the psalter through the night.

The funeral was held at the Woodburn chapel on March 1, with burial in Belle Passi Cemetery.""",
gold=[("PDX002", "survivor"), ("PDX001", "survivor")]),

dict(guid="pdx_cv_mem_2026_019", pub="2026-03-25T07:30:00-07:00", title="Mykola Kravchuk Sr. - went home to the Lord",
body="""Mykola Kravchuk Sr., 81, of Vancouver, went home to be with the Lord on March 19, 2026.

Mykola was born in a village near Rivne, Ukraine, and spent three years in a Soviet labor camp in the 1970s for teaching Sunday school. He came to Clark County with his family in 1991, among the first Ukrainian Pentecostal refugees to arrive, and helped raise the walls of the Word of Life church on Fourth Plain with his own hands.

He leaves his wife of 59 years, Halyna; his sons, Vasyl (Nadia) Kravchuk Jr. of Vancouver and Petro Kravchuk of Spokane; his daughters, Olha Bondar and Lyudmyla Hrytsenko, both of Vancouver; 22 grandchildren and nine great-grandchildren.

The homegoing service will be held at Word of Life Slavic Church on Saturday at 11 a.m., with Pastor Pavlo Savchuk preaching. Burial at Park Hill Cemetery.""",
gold=[("PDX003", "survivor"), ("PDX004", "survivor")]),

dict(guid="pdx_cv_mem_2026_024", pub="2026-04-29T07:30:00-07:00", title="Halyna Tkachenko, 84, of Battle Ground",
body="""Halyna Petrivna Tkachenko, 84, of Battle Ground, Washington, went to be with the Lord on April 24, 2026.

Halyna was a nurse in Zhytomyr for 35 years before the family came to Washington in 1999. In Battle Ground she sang in the church choir until she was 82 and kept a garden of beets, dill and sunflowers that stopped traffic on her street.

She is survived by her son, Viktor Tkachenko of Battle Ground; her daughter, Larysa Moroz of Vancouver; and her grandchildren, including Sasha (Iryna) Tkachenko of Vancouver, a captain with Clark-Cowlitz Fire Rescue. She was preceded in death by her husband, Oleksiy.

Funeral service at Battle Ground Slavic Baptist Church on Wednesday at 10 a.m.""",
gold=[("PDX005", "survivor")]),
]
