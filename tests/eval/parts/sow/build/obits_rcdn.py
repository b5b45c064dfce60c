"""Rim Country Death Notices (paid notices, Navajo and Apache Counties): surname-first headings, plain text.
One item is a later second copy of the Courier's Kartchner obituary. Hand-labelled."""

ITEMS = [
dict(guid="sow_rcdn_20260403_kartchner", pub="2026-04-03T07:00:00-07:00", title="KARTCHNER, Orrin Leroy",
body="""Orrin Leroy Kartchner of Taylor returned to his Heavenly Father on March 27, 2026, at the age of 87.

Orrin was born May 6, 1938, in Shumway, the fourth of eight children of Leroy and Edith Kartchner. He married Voneta Gillespie in the Mesa Arizona Temple on June 2, 1961. He ran cattle on the Mogollon Rim for forty years, served as a bishop and as a Taylor town councilman, and never missed a Pioneer Days parade.

He is survived by his wife of 64 years, Voneta (Gillespie) Kartchner of Taylor; their six children; 27 grandchildren; and 31 great-grandchildren. He was preceded in death by his parents and by three brothers.

Funeral services will be held Saturday at 11 a.m. at the Taylor Stake Center. Interment in the Shumway Cemetery.""",
gold=[]),

dict(guid="sow_rcdn_20260423_brinkerhoff", pub="2026-04-23T07:00:00-07:00", title="BRINKERHOFF, Ila",
body="""Ila Brinkerhoff of Snowflake passed away April 20, 2026. Services are pending with Silver Creek Mortuary, Snowflake.""",
gold=[("SOW013", "possible_deceased_client")]),

dict(guid="sow_rcdn_20260429_oberholtzer", pub="2026-04-29T07:00:00-07:00", title="OBERHOLTZER, Kendrick Dale",
body="""Kendrick Dale Oberholtzer, 23, of Show Low, died April 25, 2026. He was a lineman apprentice and a roper. Survived by his parents, Kyle and Tami Oberholtzer of Show Low; his sister, Jacey; and his grandmother, Elaine Oberholtzer of Taylor. Services Thursday at the Show Low Stake Center.""",
gold=[]),

dict(guid="sow_rcdn_20260507_whiting", pub="2026-05-07T07:00:00-07:00", title="WHITING, Arlo J.",
body="""Arlo J. Whiting, 93, of Pinetop-Lakeside, died May 3, 2026. Retired forester, Apache-Sitgreaves National Forests. Survived by his wife, Elva; three daughters. Pallbearers: Ramon Lucero, Tyrell Nez, Shane Whiting, Cody Whiting. Services Saturday at St. Mary's, Pinetop, Father Gabriel Okafor celebrant.""",
gold=[]),

dict(guid="sow_rcdn_20260514_crandell", pub="2026-05-14T07:00:00-07:00", title="CRANDELL, Ferne Anderson",
body="""Ferne Anderson Crandell, 96, of Mesa, formerly of Lakeside, died May 11, 2026. Survived by her son, Everett Crandell (Joyce) of Lakeside; her daughter, Lila Fenn of Mesa; 18 grandchildren. Preceded in death by her husband, Wendell. Graveside service at the Lakeside Cemetery, Monday, 11 a.m.""",
gold=[("SOW018", "survivor")]),

dict(guid="sow_rcdn_20260604_heywood", pub="2026-06-04T07:00:00-07:00", title="HEYWOOD, Dale Merrill",
body="""Dale Merrill Heywood, 70, of St. George, Utah, died May 31, 2026. Born in Snowflake, Ariz. Survived by his wife, Karleen; his brother, LaVar Heywood of Snowflake, Ariz.; four children. Services in St. George.""",
gold=[("SOW001", "survivor")]),
]
