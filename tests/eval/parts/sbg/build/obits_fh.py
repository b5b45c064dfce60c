"""Wittenberg-Lakeside Funeral Home & Cremation Services (Sheboygan, Plymouth, Kohler chapels): funeral-home site,
HTML in content:encoded, one-sentence plain description, permalink guids. Hand-labelled."""

ITEMS = [
dict(guid="sbg_fh_laverne-a-dickmann", pub="2026-03-09T14:20:00-05:00", title="LaVerne A. Dickmann (1940 - 2026)",
body="""LaVerne A. Dickmann, 85, of Plymouth, passed away on Saturday, March 7, 2026, at St. Nicholas Hospital in Sheboygan.

LaVerne was born on May 14, 1940, in the Town of Plymouth, son of the late Alois and Hedwig (Rammer) Dickmann. On October 20, 1962, he married Delores Scheibl at St. John the Baptist Catholic Church in Plymouth. LaVerne farmed on Highway 57 and hauled cheese for the Sartori plant for many years.

He is survived by his wife of 63 years, Delores (nee Scheibl); his children, Mark (Theresa) Dickmann of Kiel and Julie (Brian) Flanagan of Sheboygan Falls; seven grandchildren; and his sister, Irene Lisowe of Elkhart Lake.

He was preceded in death by his brothers, Norbert and Alfred Dickmann.

A Mass of Christian Burial will be celebrated at 10:30 a.m. Thursday, March 12, at St. John the Baptist Catholic Church, Plymouth, with Fr. Tom Biersack presiding. Pallbearers: his grandsons and his neighbor Craig Boehlke.""",
gold=[("SBG010", "deceased_client"), ("SBG011", "spouse_of_deceased_client")]),

dict(guid="sbg_fh_duane-r-schlagenhaft-sr", pub="2026-01-27T10:05:00-06:00", title="Duane R. Schlagenhaft Sr. (1937 - 2026)",
body="""Duane R. Schlagenhaft Sr., 88, of Plymouth, died peacefully on Sunday, January 25, 2026, at Plymouth Care Center.

Duane was born on March 4, 1937, in Plymouth. He ran Schlagenhaft Implement on Eastern Avenue for 35 years and served on the Sheboygan County Board.

Survivors include his son, Duane Jr. (Bonnie) of Plymouth; his daughter, Karen (Lyle) Mueller of Kiel; six grandchildren; and his brother, Vernon Schlagenhaft of Sheboygan.

He was preceded in death by his wife, Evelyn (nee Trapp), in 2019.

Funeral services will be held at 11 a.m. Saturday at Grace United Church of Christ, Plymouth.""",
gold=[("SBG004", "survivor"), ("SBG005", "survivor")]),

dict(guid="sbg_fh_yer-vang", pub="2026-02-16T09:30:00-06:00", title="Yer Vang (1936 - 2026)",
body="""Yer Vang, 89, of Sheboygan, passed away on Wednesday, February 11, 2026, at home surrounded by her family.

Niam Yer was born in Xieng Khouang Province, Laos. After years in the Ban Vinai refugee camp in Thailand, she came to Sheboygan with her family in 1980, where she grew vegetables for the Sheboygan farmers market into her eighties.

She is survived by her sons, Chue (Pa Nhia) Vang of Sheboygan and Teng (Mai) Vang of Saint Paul, Minnesota; her daughter, Kia (Tou) Xiong of Manitowoc; 31 grandchildren and many great-grandchildren.

She was preceded in death by her husband, Nou Vang.

A traditional Hmong funeral will be held Friday through Monday at the Hmong Mutual Assistance Association hall, Sheboygan, with qeej and kwv txhiaj.""",
gold=[("SBG008", "survivor"), ("SBG007", "survivor")]),

dict(guid="sbg_fh_alvin-gartzke", pub="2026-04-14T11:00:00-05:00", title="Alvin H. Gartzke (1933 - 2026)",
body="""Alvin H. Gartzke, 92, of Kohler, passed away on April 12, 2026.

Al was born in Sheboygan and worked 44 years in the Kohler Co. pottery. He was a charter member of the Kohler Fire Department.

He is survived by his sister, Bernice "Bunny" Kuehlmann of Kohler; his nephew, Dean Kuehlmann of Sheboygan; and his special friend, Loretta Haag.

He was preceded in death by his wife, Eunice, and his brothers, Harold and Walter Gartzke.

Services will be held at 1 p.m. Friday at Kohler Public Library's community room, with a luncheon following.""",
gold=[("SBG009", "survivor")]),

dict(guid="sbg_fh_doris-e-timm", pub="2026-05-05T08:45:00-05:00", title="Doris E. Timm (1949 - 2026)",
body="""Doris E. Timm (nee Brotz), 76, of Sheboygan Falls, passed away Sunday, May 3, 2026.

Doris was born in Kohler to Edwin and Lydia (Schultz) Brotz. She married Arthur Timm in 1970 and worked for many years at the Sheboygan Falls Memorial Library.

She is survived by her husband, Arthur; her daughters, Lisa Timm and Angela (Mike) Stuckmann; her brother, Eldon (Carol) Brotz of Kohler; and her sister-in-law, Jean Timm.

Funeral services will be held Saturday at Trinity Lutheran Church, Sheboygan Falls, with Rev. Anne Gruenwald officiating.""",
gold=[("SBG020", "survivor")]),

dict(guid="sbg_fh_harvey-stoelb", pub="2026-06-16T15:10:00-05:00", title="Harvey J. Stoelb (1935 - 2026)",
body="""Harvey J. Stoelb, 90, of Waldo, passed away June 13, 2026, at Sheboygan Senior Community.

Harvey was born in Lyndon Station and moved to Waldo in 1961, where he operated Stoelb's Mill for 40 years.

He is survived by his daughter-in-law, Lorraine Stoelb of Waldo; his granddaughter, Emily (Chad) Jentsch of Cascade; and two great-grandchildren.

He was preceded in death by his wife, Lucille, and his son, Dennis Stoelb.

A funeral service will be held at 11 a.m. Friday at Waldo Methodist Church.""",
gold=[("SBG024", "survivor")]),
]
