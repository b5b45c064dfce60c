"""The Tongass Tide (Ketchikan daily newspaper, invented): obituaries, plain text, Ketchikan-style datelines
and headline "Name, age" titles. Hand-labelled."""

FEED = "tide"
ITEMS = [
dict(guid="ktn_tide_obit_2026_0114", pub="2026-02-10T06:00:00-09:00", title="Agafia \"Goldie\" Kvasnikoff, 94",
body="""Longtime Ketchikan resident Agafia "Goldie" Kvasnikoff, 94, died Feb. 4, 2026, at the Ketchikan Pioneer Home, with her daughter holding her hand and the radio tuned, as always, to the marine forecast.

She was born Sept. 8, 1931, in Ouzinkie, on Spruce Island, to Nikolai and Xenia Kvasnikoff, and was baptized in the Russian Orthodox church there. She came to Ketchikan in 1950 to work the slime line at the old New England Fish Company cannery and, as she liked to say, "stayed for the rain." For 31 years she ran the lunch counter at a Stedman Street drugstore, where the coffee was bad and the conversation was excellent.

Goldie was a faithful member of St. Elias Orthodox mission, a Pioneers of Alaska Igloo No. 16 auxiliary member, and a fierce cribbage player who did not believe in letting grandchildren win.

She is survived by her daughter, Leona (Tor) Brekke of Ketchikan; her son, Michael Kvasnikoff of Kodiak; five grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Stepan, in 1998, and by her brothers, Ilarion and Paul.

A panikhida will be served at 6 p.m. Thursday at St. Elias, with burial Friday at Bayview Cemetery. In lieu of flowers, the family asks that donations be made to the Ketchikan Pioneer Home activities fund.""",
gold=[("KTN002", "survivor"), ("KTN001", "survivor")]),

dict(guid="ktn_tide_obit_2026_0131", pub="2026-02-24T06:00:00-09:00", title="Einar Hovdestad, 88",
body="""PETERSBURG - Einar Magnus Hovdestad, 88, a Petersburg halibut fisherman for more than sixty seasons, died Feb. 17, 2026, at Petersburg Medical Center.

Einar was born Oct. 2, 1937, in Petersburg, the youngest of six children of Norwegian immigrants Magnus and Ragna Hovdestad. He went longlining with his father at 12 and bought his first boat, the F/V Ragna H., in 1962. He never missed a Little Norway Festival and danced the hardingfele tunes with more enthusiasm than accuracy. He was a lifelong member of Petersburg Lutheran Church and the Sons of Norway.

He is survived by his sister, Ida Mae Jakobsen of Ketchikan; his nephew, Hal Strandvold and his wife Marit of Petersburg; his nieces, Solveig Arness of Mount Vernon, Wash., and Britt Hovdestad of Juneau; and a fleet of friends on the dock. He was preceded in death by his wife, Inger, in 2015, and by his brothers Knut, Sverre and Arne and sister Gudrun.

Funeral services will be held at 1 p.m. Saturday at Petersburg Lutheran Church, with the Rev. Karin Solheim officiating. Pallbearers are Nils Ottesen, Per Hammerstad, Jon Ekberg, Trygve Lind, Arvid Nore and Leif Sandvik. A lutefisk-free reception will follow at the Sons of Norway Hall, by his request.""",
gold=[("KTN004", "survivor"), ("KTN018", "survivor"), ("KTN019", "survivor")]),

dict(guid="ktn_tide_obit_2026_0188", pub="2026-04-09T06:00:00-08:00", title="Rudolph \"Rudy\" Castellan, 78",
body="""KLAWOCK - Rudolph Anthony "Rudy" Castellan, 78, of Klawock, died April 4, 2026, at PeaceHealth Ketchikan Medical Center after a short illness.

Rudy was born June 14, 1947, in Seattle and came north in 1968 to work at the Klawock cannery, "for one summer," he said, for the next 58 years. He was a scaler for the Forest Service on Prince of Wales Island, later ran a small sawmill on the Klawock-Hollis highway, and for two decades drove the school bus between Klawock and Craig, where two generations of kids knew him by his terrible jokes.

He is survived by his wife of 52 years, Glenna Castellan of Klawock; his sons, Anthony Castellan of Craig and Mark Castellan of Sitka; his daughter, Theresa Yeager of Anchorage; seven grandchildren; and his brother, Louis Castellan of Tacoma.

A Mass of Christian Burial will be celebrated at 11 a.m. Saturday at St. John by the Sea Catholic Church in Klawock, with a potluck to follow at the Klawock tribal hall. Burial will be at the Klawock cemetery.""",
gold=[("KTN013", "deceased_client"), ("KTN014", "spouse_of_deceased_client")]),

dict(guid="ktn_tide_obit_2026_0203", pub="2026-04-20T06:00:00-08:00", title="Perla Santos Cabanero, 80",
body="""Perla Santos Cabanero, 80, of Ketchikan, died April 14, 2026, at home, surrounded by family, a rosary in her hands and adobo on the stove.

Perla was born Jan. 6, 1946, in Badoc, Ilocos Norte, Philippines, and joined her husband, Rodolfo, in Ketchikan in 1971. She worked for 25 years in housekeeping at the Ketchikan General Hospital and for 20 more at the Salvation Army thrift store. She was a founding member of the Filipino Community of Ketchikan, a Eucharistic minister at Holy Name Catholic Church, and the undisputed queen of the lumpia table at every church fundraiser.

She is survived by her daughter, Marisol Hoyt of Ketchikan; her sons, Rodel Cabanero of Anchorage and Jun Cabanero of Daly City, Calif.; her sister, Luz Santos of Badoc; nine grandchildren and four great-grandchildren. She was preceded in death by her husband, Rodolfo, in 2009.

A novena will be prayed nightly at 7 p.m. at the family home. The Mass of Christian Burial will be at 10 a.m. Monday at Holy Name Catholic Church, with the Rev. Antonio Ybanez as celebrant. Burial will follow at Bayview Cemetery.""",
gold=[("KTN003", "survivor")]),

dict(guid="ktn_tide_obit_2026_0261", pub="2026-07-01T06:00:00-08:00", title="Sterling Oyloe, 91",
body="""Sterling Arvid Oyloe, 91, a Ketchikan hand logger, troller and storyteller, died June 26, 2026, at the Ketchikan Pioneer Home.

Sterling was born March 1, 1935, at Loring, where his father ran a fox farm, and grew up on the water between Loring and Ketchikan. He logged by hand in Carroll Inlet, trolled for kings off Cape Chacon in the F/V Solveig, and spent his last working years as a dock foreman at Ward Cove. He served in the U.S. Army in Korea.

He is survived by his daughter, Karen Oyloe Mattson of Ketchikan; his son, Dean Oyloe of Bellingham, Wash.; four grandchildren; and six great-grandchildren, including his great-grandson and namesake, Sterling Oyloe of Ketchikan, whom he taught to mend net. He was preceded in death by his wife of 58 years, Dagny, in 2013, and by his son, Roger.

A celebration of life will be held at 2 p.m. Saturday at the Ted Ferry Civic Center. The family asks that you come dressed in Xtratufs.""",
gold=[("KTN022", "survivor")]),

dict(guid="ktn_tide_obit_2026_0307", pub="2026-08-20T06:00:00-08:00", title="Arlo Pruitt, 77",
body="""CRAIG - Arlo Dean Pruitt, 77, of Craig, died Aug. 14, 2026, at his home overlooking Crab Bay.

Arlo was born Dec. 19, 1948, in Wrangell and moved to Prince of Wales Island in 1971 to set chokers for the Ketchikan Pulp Company's camps. He later ran the Craig harbor fuel dock for 24 years and served two terms on the Craig City Council. He was a founding member of the Craig volunteer fire department and could back a boat trailer down the ramp at low tide better than anyone on the island.

He is survived by his sister, Glenna Castellan of Craig; his nephews, Anthony and Mark Castellan; his niece, Theresa Yeager; and his companion of many years, Bonnie Haight of Craig. He was preceded in death by his parents, Dean and Velma Pruitt, and by his brother-in-law, Rudy Castellan, earlier this year.

A graveside service will be held at 1 p.m. Saturday at the Craig cemetery, with Pastor Daniel Kerns of Craig Community Church officiating. A potluck will follow at the fire hall.""",
gold=[("KTN014", "survivor")]),
]
