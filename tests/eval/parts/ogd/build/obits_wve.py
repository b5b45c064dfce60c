"""Weber Valley Examiner (Ogden daily): "Deaths" column, paid death notices, surname-first headings, plain text.
Hand-labelled."""

FEED = "wve"
ITEMS = [
dict(guid="ogd_wve_dn_260122_01", pub="2026-01-22T05:00:00-07:00", title="STAMOULIS, Demetrios \"Jimmy\"",
body="""STAMOULIS, Demetrios "Jimmy," 77, of Tarpon Springs, Florida, fell asleep in the Lord January 18, 2026. Born in Kalymnos, Greece, he came to Tarpon Springs as a boy and dove for sponges with his father before opening the Aegean Sponge Exchange on Dodecanese Boulevard. Survived by his wife of 52 years, Despina; sons Nikitas and Michael; five grandchildren; and cousins in Ogden and Price, Utah. Funeral at St. Nicholas Greek Orthodox Cathedral, Tarpon Springs. Memory eternal.""",
gold=[]),

dict(guid="ogd_wve_dn_260129_03", pub="2026-01-29T05:00:00-07:00", title="KJAR, Lynn Christian",
body="""KJAR, Lynn Christian, 86, of Kaysville, died January 26, 2026, at home. Born Nov. 4, 1939, in Ephraim, Utah, to Christian and Dagny Kjar. Retired Davis County surveyor; 40 years a member of the Kaysville Tabernacle Choir. Married Joan Sumsion (deceased 2020). Survived by daughters Bridget (Terry) O'Bannon, Layton, and Karen (Mike) Tippets, Fruit Heights; son Erik (Natalie) Kjar, Kaysville; 10 grandchildren. Services Saturday, 11 a.m., Kaysville 9th Ward, 125 S 300 E. Viewing one hour prior. Arrangements, Haight Creek Mortuary, Kaysville.""",
gold=[("OGD010", "survivor")]),

dict(guid="ogd_wve_dn_260226_02", pub="2026-02-26T05:00:00-07:00", title="FACKRELL, JoAnn",
body="""FACKRELL, JoAnn (Rigby), 87, of Rexburg, Idaho, passed away February 22, 2026, at Madison Memorial Hospital. Born March 8, 1938, in Sugar City, Idaho. Retired Madison School District lunch lady, quilter, and mother of eight. Preceded by husband, Grant. Survived by children Lynn, Wade, Marilyn, Shauna, Dale, Kathy, Bruce and Jeff; 31 grandchildren. Funeral Saturday, Rexburg Idaho Central Stake Center. Arrangements, Teton Valley Memorial, Rexburg.""",
gold=[]),

dict(guid="ogd_wve_dn_260304_04", pub="2026-03-04T05:00:00-07:00", title="HESLOP, Norma J.",
body="""HESLOP, Norma J., of Eden, died March 1, 2026. Arrangements pending with Ben Lomond Family Mortuary, Ogden. A full obituary will follow.""",
gold=[("OGD021", "possible_deceased_client")]),

dict(guid="ogd_wve_dn_260319_01", pub="2026-03-19T05:00:00-06:00", title="RINDLISBACHER, Werner",
body="""RINDLISBACHER, Werner, 83, of Providence, Cache County, died March 15, 2026. Born in Langnau, Switzerland; emigrated with his family to Logan in 1953. Cheesemaker at the Providence Swiss Creamery for 38 years and a founder of the Cache Valley Swiss Days. Survived by wife Rosmarie; daughters Heidi (Glen) Gessel and Anna Rindlisbacher; sister Ila (Arlo) Zundel, Perry; brother Fritz, Bern, Switzerland. Funeral Friday, 11 a.m., Providence 3rd Ward. Arrangements, Cache Valley Memorial Chapel, Logan.""",
gold=[("OGD014", "survivor"), ("OGD013", "survivor")]),

dict(guid="ogd_wve_dn_260514_02", pub="2026-05-14T05:00:00-06:00", title="BRIMHALL, LaVell Kent",
body="""BRIMHALL, LaVell Kent, 79, of Ogden, passed away May 10, 2026. Retired Ben Lomond High School chemistry teacher. Survived by his wife, Nedra, and three children. Services Saturday, 11 a.m., Ogden 27th Ward, 1840 E Gramercy Ave. See the full obituary at Ben Lomond Family Mortuary online.""",
gold=[]),

dict(guid="ogd_wve_dn_260709_01", pub="2026-07-09T05:00:00-06:00", title="QUAYLE, Lorin Edward",
body="""QUAYLE, Lorin Edward, 86, of North Ogden, died July 5, 2026. Born in Liberty, Utah; Army veteran (Korea); 30 years a Union Pacific brakeman out of the Ogden yard. Preceded by wife LaDawn. Survived by sons Troy and Scott Quayle of North Ogden; daughter Lisa (Kelly) Moss of Pleasant View; sister Norma Jean Heslop, Eden; 14 grandchildren. Services Monday, 11 a.m., North Ogden 7th Ward, 500 E 2600 N. Arrangements, Ben Lomond Family Mortuary.""",
gold=[("OGD021", "survivor")]),
]
