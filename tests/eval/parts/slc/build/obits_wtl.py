"""The Wasatch Tribune-Ledger (Salt Lake City daily): paid death notices, surname-first headings, plain text,
brief. Hand-labelled."""

FEED = "wtl"
ITEMS = [
dict(guid="slc_wtl-dn-2026-00412", pub="2026-02-03T06:00:00-07:00", title="HAVILI, Tevita Fifita",
body="""Tevita Fifita Havili, 79, of West Valley City, passed away Jan. 30, 2026. Born in Kolonga, Tonga; came to Salt Lake City in 1971; retired from Kennecott. Faithful member of the Tongan United Methodist Church. Survived by wife, Seini; children Mele (Sione) Taufa, West Valley City; Losaline "Lose" (Semisi) Vainikolo, West Valley City; Sitani Havili, Euless, Texas; 23 grandchildren; 9 great-grandchildren. Putu (funeral) 10 a.m. Saturday, Tongan United Methodist Church, 3240 S 3600 W. Family service Friday 6 p.m.""",
# Mele (Sione) Taufa = SLC009 (maiden Havili) and SLC008; Losaline "Lose" (Semisi) Vainikolo = SLC023 (maiden Havili).
gold=[("SLC009", "survivor"), ("SLC008", "survivor"), ("SLC023", "survivor")]),

dict(guid="slc_wtl-dn-2026-00467", pub="2026-02-17T06:00:00-07:00", title="SAKASHITA, Fumiko",
body="""Fumiko Sakashita, 97, Salt Lake City, died Feb. 12, 2026. Born in Sacramento, Calif.; interned with her family at Topaz, Utah, 1942-45, and stayed in Utah afterward. Longtime member of the Salt Lake Buddhist Temple and the Japanese Church of Christ Fujinkai. Survived by daughter Joyce (Steve) Tateoka, Murray; son Alan Sakashita, Torrance, Calif.; five grandchildren. Preceded in death by husband, George Tadashi Sakashita. Service 11 a.m. Sunday, Salt Lake Buddhist Temple, 211 W 100 S. In lieu of koden, donations to the Topaz Museum.""",
# Joyce (Steve) Tateoka, Murray = SLC018 (maiden Sakashita) and SLC017 Steven "Steve" Tateoka.
gold=[("SLC018", "survivor"), ("SLC017", "survivor")]),

dict(guid="slc_wtl-dn-2026-00503", pub="2026-03-03T06:00:00-07:00", title="CASTAÑEDA, Ernesto",
body="""Ernesto Castañeda Villa, 81, Ogden, died Feb. 26, 2026. Born in Jerez, Zacatecas; worked 30 years at the Defense Depot Ogden. Survived by wife, Amparo Ruiz de Castañeda; daughters Rosa Elena Castañeda, Ogden, and Martha Castañeda Lugo, Roy; son Ernesto Jr., Las Vegas, Nev.; 11 grandchildren. Rosary 7 p.m. Thursday, Funeral Mass 10 a.m. Friday, St. Joseph Catholic Church, Ogden.""",
# Rosa Elena Castañeda, Ogden = SLC013 (roster "Castaneda Ruiz"; mother Amparo Ruiz).
gold=[("SLC013", "survivor")]),

dict(guid="slc_wtl-dn-2026-00588", pub="2026-04-14T06:00:00-06:00", title="BECKSTEAD, Lynn Arthur",
body="""Lynn Arthur Beckstead, 86, South Jordan, died April 10, 2026. Retired Jordan School District bus mechanic. Survived by wife, Norma; sons Kevin and Rodney; 9 grandchildren. Funeral 11 a.m. Saturday, South Jordan 4th Ward, 10400 S 2700 W. Interment South Jordan City Cemetery.""",
gold=[]),

dict(guid="slc_wtl-dn-2026-00641", pub="2026-05-12T06:00:00-06:00", title="WHITESIDES, Lorraine Fay",
body="""Lorraine Fay Whitesides, 88, Logan, died May 8, 2026. Born April 9, 1938, in Hyde Park to Alvin and Ruth Hansen. Taught second grade in the Logan City School District for 31 years. Preceded in death by husband, Clifford, in 2009, and son, Mark. Survived by daughters Diane (Roger) Peterson, Smithfield, and Carolyn Whitesides, Boise, Idaho; 7 grandchildren. Funeral 11 a.m. Thursday, Logan Woodruff Ward. Arrangements Beehive Valley Mortuary, Logan.""",
# SLC024 Lorraine Whitesides, Logan, birth_date 1938-04-09 = "Born April 9, 1938"; widow, no roster spouse.
gold=[("SLC024", "deceased_client")]),

dict(guid="slc_wtl-dn-2026-00702", pub="2026-08-18T06:00:00-06:00", title="VILLALOBOS, Ramón",
body="""Ramón Villalobos, West Valley City, died Aug. 14, 2026. Arrangements pending with Larkin Sunset Gardens.""",
# Same name and town as SLC015 Ramon Villalobos; no age, no spouse, nothing to corroborate:
# possible_deceased_client for SLC015 only; his wife SLC016 gets nothing.
gold=[("SLC015", "possible_deceased_client")]),
]
