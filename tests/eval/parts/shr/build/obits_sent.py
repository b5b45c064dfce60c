"""The Sheridan Sentinel: newspaper death notices and short obituaries (dateline, age, town, arrangements),
plain text. Hand-labelled (gold=[...] beside each text)."""

FEED = "sent"
ITEMS = [
dict(guid="shr_sent_dn_2026_0302_standstwice", pub="2026-03-02T05:00:00-07:00", title="Lucille Stands Twice",
body="""LODGE GRASS, Mont. - Lucille Stands Twice, 80, of Lodge Grass, passed on to the other side camp on Wednesday, February 25, 2026, at the Crow/Northern Cheyenne Hospital in Crow Agency.

Lucille was born on August 30, 1945, at Lodge Grass. Her Apsaalooke name, given to her by her grandfather, means Brings Good Horses Home. She was a child of the Whistling Water clan and a member of the Big Lodge clan. She taught Crow language at Lodge Grass Elementary for 28 years, beaded moccasins for half of the Valley of the Chiefs, and camped at Crow Fair every August of her life.

She is survived by her daughter, Charlene Stands Twice of Sheridan; her sons, Lyman and Curtis Stands Twice of Lodge Grass; her sisters, Ada Goes Ahead and Verna Little Light, and many other sisters and brothers in the Crow way; and her clan uncles and aunties. She was preceded in death by her husband, Harold Stands Twice, and by her son, Dwight.

A wake will be held at the family home in Lodge Grass beginning Friday evening. Funeral services will be at 10 a.m. Monday at the Lodge Grass Baptist Church, with burial at the Lodge Grass Cemetery. Bighorn Valley Mortuary of Hardin is in charge of arrangements.""",
gold=[("SHR010", "survivor")]),

dict(guid="shr_sent_dn_2026_0312_wrobleski", pub="2026-03-12T05:00:00-06:00", title="Casimir Wrobleski",
body="""SHERIDAN - Casimir "Casey" Wrobleski, 88, of Sheridan died Saturday, March 7, 2026, at his home.

A vigil will be held at 7 p.m. Thursday at Tongue River Funeral Chapel and a Mass of Christian Burial at 10 a.m. Friday at Holy Name Catholic Church. Tongue River Funeral Chapel is in charge of arrangements.""",
gold=[]),  # second, later copy of the funeral home's obituary: labelled on shr_trfc_casimir-wrobleski-2026 only

dict(guid="shr_sent_dn_2026_0325_pfisterer", pub="2026-03-25T05:00:00-06:00", title="Clayton Dean Pfisterer",
body="""KEARNEY, Neb. - Clayton Dean Pfisterer, 67, of Kearney, Neb., died Friday, March 20, 2026, at CHI Health Good Samaritan in Kearney.

He was born in Holdrege, Neb., and farmed in Phelps County for forty years. He is survived by his wife of 44 years, Marlys; two sons, Brett and Kyle; and his cousin, Roy Pfisterer of Sheridan. Services were held March 24 at First Lutheran Church, Holdrege.""",
gold=[]),

dict(guid="shr_sent_dn_2026_0422_tegeler", pub="2026-04-22T05:00:00-06:00", title="Wilbur Tegeler",
body="""CLEARMONT - Wilbur Tegeler of Clearmont died Monday, April 20, 2026, at his home.

Services are pending with Tongue River Funeral Chapel.""",
gold=[("SHR016", "possible_deceased_client")]),

dict(guid="shr_sent_dn_2026_0514_kretschmer", pub="2026-05-14T05:00:00-06:00", title="Hilda Kretschmer",
body="""SHERIDAN - Hilda Kretschmer, 97, of Sheridan died Tuesday, May 12, 2026, at Sugarland Ridge Assisted Living.

She was born in 1928 in Torrington and was a member of Trinity Lutheran Church for more than fifty years. She is survived by her son, Duane Kretschmer of Sheridan; her daughter, Pauline Zwonitzer of Sheridan; five grandchildren and eleven great-grandchildren.

Services will be at 2 p.m. Saturday at Trinity Lutheran Church. Tongue River Funeral Chapel is in charge of arrangements.""",
gold=[]),  # Duane Kretschmer (SHR017) is do_not_contact

dict(guid="shr_sent_dn_2026_0527_marchbanks", pub="2026-05-27T05:00:00-06:00", title="Evelyn Marchbanks",
body="""BANNER - Evelyn Joyce Marchbanks, 79, of Banner died Sunday, May 24, 2026, at Sheridan Memorial Hospital.

Evelyn was born in Buffalo and taught at the one-room Banner school before it consolidated. She kept bees, showed quarter horses and ran the Shell Creek 4-H club for 30 years. She is survived by her son, Gid Marchbanks of Banner; her daughter, Rae Ann Tollefson of Gillette; and four grandchildren. She was preceded in death by her husband, Lloyd.

A memorial service will be held at 1 p.m. Friday at the Story Community Church. Tongue River Funeral Chapel is in charge of arrangements.""",
gold=[("SHR019", "survivor")]),

dict(guid="shr_sent_dn_2026_0701_wojtaszek", pub="2026-07-01T05:00:00-06:00", title="Stanley Wojtaszek",
body="""CASPER - Stanley Joseph Wojtaszek, 84, of Casper died Saturday, June 27, 2026, at Wyoming Medical Center.

Stan was born in Sheridan, grew up in the coal camp at Monarch and worked 35 years in the oil fields around Casper. He is survived by his wife, Bernadine; his daughters, Lisa and Carrie; his sister-in-law, Mary Beth Wojtaszek of Sheridan; and six grandchildren. He was preceded in death by his brother, Frank Wojtaszek of Sheridan.

A funeral Mass will be celebrated at 10 a.m. Thursday at St. Anthony's Catholic Church in Casper.""",
gold=[("SHR007", "survivor")]),

dict(guid="shr_sent_dn_2026_0812_fauchald", pub="2026-08-12T05:00:00-06:00", title="Paulette Fauchald",
body="""FERGUS FALLS, Minn. - Paulette Marie Fauchald, 71, of Fergus Falls, Minn., died Saturday, August 8, 2026, at Lake Region Healthcare.

She was a sister-in-law of the late Gerald Fauchald of Dayton. She is survived by her sons, Nils and Anders, and by her sister, Gretchen Haugen. A service will be held at Bethlehem Lutheran Church in Fergus Falls.""",
gold=[]),  # a 71-year-old namesake in Minnesota; the client Paulette Fauchald of Ranchester was born in 1963

dict(guid="shr_sent_dn_2026_0820_brockhoff", pub="2026-08-20T05:00:00-06:00", title="Otto Brockhoff",
body="""SHERIDAN - Otto Friedrich Brockhoff, 93, of Sheridan died Monday, August 17, 2026, at Sheridan Memorial Hospital.

Otto was born in Hamburg, Germany, came to Sheridan in 1956 and ran Brockhoff Saddlery on Main Street for forty years. He is survived by his son, Klaus Brockhoff of Bozeman, Mont.; his granddaughters, Annaliese "Annie" Brockhoff of Sheridan and Greta Brockhoff of Missoula; and a great-grandson. He was preceded in death by his wife, Ingrid.

Services will be at 11 a.m. Tuesday at Trinity Lutheran Church. Tongue River Funeral Chapel is in charge of arrangements.""",
gold=[("SHR018", "survivor")]),
]
