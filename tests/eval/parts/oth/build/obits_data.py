"""Obituaries for part oth, three house styles. Hand-labelled: gold=[(client_id, role), ...] beside each text."""

HAATAJA_BODY = """COOS BAY - Arvid Toivo "Arv" Haataja, 84, of Coos Bay, died March 9, 2026, at Bay Area Hospital with his family at his side.

Arv was born June 12, 1941, in Astoria to Toivo and Aili (Maki) Haataja, and came to the Bay Area in 1959 to set chokers for Weyerhaeuser. He later ran the green chain at the North Bend mill until it closed, then spent twenty years as a longshoreman on the Coos Bay waterfront. He sang bass in the Finnish choir, never missed a Marshfield Pirates home game and smoked his own salmon every fall in a smokehouse he built out of old dock planks.

He is survived by his wife of 60 years, Lorraine (Pedersen) Haataja; his sons, Toivo "Ty" Haataja of Coos Bay and Erik Haataja of Vancouver, Wash.; five grandchildren; and his sister, Helvi Lampi of Astoria. He was preceded in death by his brother, Waino.

A celebration of life will be held at 1 p.m. Saturday, March 21, at the Coos Bay Finnish Brotherhood Hall. Pallbearers will be Ty and Erik Haataja, Ev Kalmbach, Dale Lampi, Ron Seppa and Mike Tuomi. Arrangements are by Harborview Chapel, Coos Bay."""

# 1. Bay Area Sentinel: daily newspaper, plain text, dateline style
BS = [
dict(guid="oth_bs_obit_260114_0412", pub="2026-01-14T06:00:00-08:00", title="Gunnar Kronquist, 94, North Bend",
body="""NORTH BEND - Gunnar Edvin Kronquist, 94, a North Bend resident for seven decades, died Jan. 10, 2026, at his home on Pony Slough.

Gunnar was born in 1931 in Marshfield, as Coos Bay was then called, to Swedish parents, and fished the bar for salmon from the time he was fourteen. He owned the troller Freya for 41 years and could read the Coos Bay bar better than the Coast Guard, or so he told them.

Survivors include his daughter, Wanda (Del) Strahorn of North Bend; his son, Nils Kronquist of Newport; four grandchildren and seven great-grandchildren. He was preceded in death by his wife, Astrid, in 2011.

Services will be at 11 a.m. Monday, Jan. 19, at Bay Area Lutheran Church in North Bend, with Pastor Jonah Kettleson officiating. Pallbearers are Kurt Ostrander, Lars Kronquist, Ben Strahorn and Cody Strahorn.""",
gold=[("OTH004", "survivor"), ("OTH003", "survivor")]),

dict(guid="oth_bs_obit_260207_0533", pub="2026-02-07T06:00:00-08:00", title="Thaddeus L. Brunkhorst, 91, Roseburg",
body="""ROSEBURG - Thaddeus Lyle Brunkhorst, 91, a retired Douglas County road supervisor, died Feb. 3, 2026, in Roseburg.

He was born Aug. 19, 1934, in Myrtle Creek. He married Opal Winn in 1956; she died in 2019. Thad built the Umpqua's back roads for 33 years and spent his retirement building birdhouses that hang in half the yards of Roseburg.

He is survived by his son, Gary Brunkhorst of Roseburg; his grandson, Tad Brunkhorst of North Bend, who was named for him; his granddaughter, Kelsey Brunkhorst Hale of Sutherlin; and three great-grandchildren.

A graveside service will be held at Roseburg Memorial Gardens.""",
gold=[("OTH011", "survivor")]),

dict(guid="oth_bs_obit_260312_0729", pub="2026-03-12T06:00:00-07:00", title="Arvid \"Arv\" Haataja, 84, Coos Bay",
body=HAATAJA_BODY,
gold=[("OTH001", "deceased_client"), ("OTH002", "spouse_of_deceased_client")]),

dict(guid="oth_bs_obit_260520_1104", pub="2026-05-20T06:00:00-07:00", title="Harriet Laird Pomeroy, 86, Coquille",
body="""COQUILLE - Harriet Laird Pomeroy, 86, died May 16, 2026, at Coquille Valley Hospital.

Harriet was born Oct. 2, 1939, on the Laird dairy on the North Bank Road, the eldest of five children of Angus and Mae Laird. She taught third grade at Lincoln School for 31 years; Coquille is full of grown men and women who still cannot forget her spelling drills.

She is survived by her sister, Leota Hanscom of Coquille; her son, Dean Pomeroy of Medford; her nieces, Bev Nygaard of Bandon and Carla Laird of Portland; and three grandchildren. She was preceded in death by her husband, Clayton, and her brothers, Ross and Duncan Laird.

Services will be held at 2 p.m. Friday at the First Presbyterian Church of Coquille, the Rev. Jonah Kettleson of North Bend officiating.""",
gold=[("OTH022", "survivor")]),

dict(guid="oth_bs_obit_260918_1377", pub="2026-09-18T06:00:00-07:00", title="Orval Quillen, 89, Bandon",
body="""BANDON - Orval Dean Quillen, 89, lifelong Bandon resident and a cranberry grower on the Two Mile for most of it, died Sept. 14, 2026, at his home.

He was born in 1937 in the house where he died. He served with the Army in Korea after the war, came home to the bogs and never left. He was a longtime Bandon Volunteer Fire Department member and drove the cranberry float in the festival parade for 40 years.

Orval is survived by his wife, Betty; his sister, Mary Lou Ekblad of Bandon; his children, Steve Quillen of Bandon and Tami Fry of Coquille; and six grandchildren. He was preceded in death by his brother-in-law, Leonard Ekblad.

A service is planned at Bandon Christian Fellowship.""",
gold=[("OTH005", "survivor")]),

dict(guid="oth_bs_obit_260924_1402", pub="2026-09-24T06:00:00-07:00", title="Walter \"Trey\" Easley III, 17, Coquille",
body="""COQUILLE - Walter James "Trey" Easley III, 17, a junior at Coquille High School, died Sept. 20, 2026, in a vehicle accident on Highway 42.

Trey was born March 2, 2009, in Coos Bay. He was a two-way lineman for the Red Devils, a 4-H steer exhibitor at the Coos County Fair and the kid who showed up first whenever somebody's fence went down.

He is survived by his parents, Walt Jr. and Teresa Easley of Coquille; his sister, Kaylee; and his grandparents, Walter Easley Sr. of Myrtle Point and Gene and Donna Pratt of Coquille.

A celebration of his life will be held at 2 p.m. Saturday at the Coquille High School football field. His teammates will serve as honorary pallbearers.""",
gold=[("OTH008", "survivor")]),

dict(guid="oth_bs_obit_261112_1690", pub="2026-11-12T06:00:00-08:00", title="Leota Laird Hanscom, 81, Coquille",
body="""COQUILLE - Leota Mae Hanscom, 81, died Nov. 8, 2026, at her home in Coquille, a week short of her 82nd birthday.

Leota was born Nov. 19, 1944, in Coquille to Angus and Mae Laird, and graduated from Coquille High School in 1962. She married Virgil Hanscom in 1964, and together they ran Hanscom Feed & Seed on Central Boulevard for 38 years. She was a member of the Coquille Grange for more than six decades and served as its lecturer, its treasurer and, for most of the 1990s, its cook.

She is survived by her son, Mark Hanscom of Coquille; her daughter, Lisa Kemper of Salem; five grandchildren; and her niece, Bev Nygaard of Bandon. She was preceded in death by Virgil in 2015, by her sister, Harriet Pomeroy, in May, and by her brothers, Ross and Duncan Laird.

Services will be held at 11 a.m. Tuesday at the Coquille Grange Hall.""",
gold=[("OTH022", "deceased_client")]),
]

# 2. Harborview Chapel: funeral-home site, HTML in content:encoded, first sentence in description
HC = [
dict(guid="oth_hc_tribute_1187", pub="2026-02-16T10:30:00-08:00", title="Sigrid Pedersen Nilsen",
body="""Sigrid Pedersen Nilsen, 84, of Reedsport passed away peacefully on February 12, 2026, at Lower Umpqua Hospital.

Sigrid was born in Coos Bay on July 4, 1941, the daughter of Harald and Ruth Pedersen. She married Olav Nilsen in 1962 and moved up the coast to Reedsport, where she worked thirty years at the Reedsport branch of the Umpqua Bank and never once balanced her own checkbook.

She is survived by her son, Harald Nilsen of Winchester Bay; her sister, Lorraine Haataja and her husband, Arv, of Coos Bay; her brother, Leif Pedersen of Bellingham, Wash.; and four grandchildren. Olav preceded her in death in 2020.

A memorial service will be held at 1 p.m. Saturday, February 21, at Harborview Chapel, Coos Bay. In lieu of flowers, the family suggests gifts to the Umpqua Discovery Center.""",
gold=[("OTH002", "survivor"), ("OTH001", "survivor")]),

dict(guid="oth_hc_tribute_1203", pub="2026-04-09T11:00:00-07:00", title="Adrián Mendoza Ibarra",
body="""Adrián Mendoza Ibarra, 19, of Woodburn, went to be with the Lord on April 4, 2026.

Adrián was born in Salem on January 22, 2007, to Héctor Mendoza and Guadalupe Ibarra. He spent every summer of his childhood in Coos Bay with his aunt and uncle, fishing off the Empire docks, and he had just finished his first year at Chemeketa Community College, where he studied welding.

He is survived by his parents, Héctor and Lupe of Woodburn; his brothers, Daniel and Iván; his grandmother, Consuelo Mendoza of Michoacán; and his tía Chela (Graciela) Ruelas Mendoza and tío Ramón Ruelas of Coos Bay.

Le sobreviven sus padres, Héctor y Lupe; sus hermanos, Daniel e Iván; su abuelita Consuelo; y sus tíos Chela y Ramón Ruelas de Coos Bay.

A rosary will be prayed at 7 p.m. Thursday at Holy Redeemer Catholic Church in North Bend, and the Mass of Christian Burial will be celebrated there at 10 a.m. Friday. Burial will follow at Sunset Memorial Park, Coos Bay.""",
gold=[("OTH009", "survivor"), ("OTH010", "survivor")]),

dict(guid="oth_hc_tribute_1219", pub="2026-06-03T09:45:00-07:00", title="Duane Sproul",
body="""Duane Everett Sproul, 78, of Bandon died May 30, 2026, at his home overlooking the Coquille River, with his daughters beside him.

Duane was born in Coquille on January 8, 1948. After four years in the Navy he came home and bought forty acres of bog off Randolph Road, and he grew cranberries on them for 45 years. He was a past president of the Bandon Cranberry Festival, a Rotarian and an unrepentant teller of long stories at the Minute Cafe.

Duane is survived by his daughters, Dana (Kip) Lindeberg and Bev Nygaard, both of Bandon; five grandchildren; and his sister, Arlene Booth of Brookings. His wife, Patricia, preceded him in death in 2022.

A celebration of life will be held at 3 p.m. Saturday, June 13, at the Bandon Community Center. Pastor Jonah Kettleson will officiate.""",
gold=[("OTH007", "survivor"), ("OTH006", "survivor")]),

dict(guid="oth_hc_tribute_1236", pub="2026-07-22T10:15:00-07:00", title="Marjorie Stumbo",
body="""Marjorie Ann Stumbo, 88, of Gold Beach, passed away July 18, 2026, at Curry General Hospital.

Born in Agness in 1937, Marjorie ran the Rogue River mail boat's lunch counter for 25 summers and knew every jet-boat pilot on the river by his first name and most of them by their middle.

She is survived by her daughter, Gail Hollenbeck, and son-in-law, Marcus, of Gold Beach; her son, Roy Stumbo of Grants Pass; and four grandchildren, including Hannah Hollenbeck. She was preceded in death by her husband, Elmer.

A graveside service will be held at Gold Beach Cemetery. Harborview Chapel is assisting the family.""",
gold=[("OTH019", "survivor"), ("OTH018", "survivor")]),

dict(guid="oth_hc_tribute_1248", pub="2026-08-26T10:00:00-07:00", title="Evelyn Aho",
body="""Evelyn Hilja Aho, 97, of Lakeside, died peacefully on August 21, 2026, at the home of her daughter.

Evelyn was born in 1929 in Lakeside, on the shore of Tenmile Lake, where her Finnish parents ran a small resort. She taught piano to most of the children of Lakeside for sixty years, and she was still taking students at 93.

She is survived by her daughter, Norma Jean Wirtanen of Lakeside, with whom she made her home; her son, Paul Aho of Eugene; three grandchildren and five great-grandchildren. She was preceded in death by her husband, Reino, and her son-in-law, Eino Wirtanen.

Services will be held at 11 a.m. Saturday at Lakeside Community Church.""",
gold=[("OTH012", "survivor")]),

dict(guid="oth_hc_tribute_1262", pub="2026-10-07T09:30:00-07:00", title="Wilbur Gant",
body="""Wilbur Ross Gant, 92, of Myrtle Point, passed away on October 3, 2026.

Wilbur was born in Myrtle Point in 1934 and logged the East Fork of the Coquille for forty years before turning to raising Angus cattle on the family place on Sitkum Lane.

He is survived by his daughter, Phyllis Birdsell (Loren) of Myrtle Point; his son, Roger Gant of Camas Valley; seven grandchildren and eleven great-grandchildren. His wife, Inez, preceded him in death.

Services will be held at the Myrtle Point Church of Christ. Pallbearers are his grandsons.""",
gold=[("OTH014", "survivor"), ("OTH013", "survivor")]),
]

# 3. Paid death notices (terse, surname first), aggregated from south coast papers
DN = [
dict(guid="oth_dn_2026_0316_a", pub="2026-03-16T05:00:00-07:00", title="HAATAJA, Arvid T. \"Arv\"",
body=HAATAJA_BODY,
gold=[]),   # the second, later copy of the Bay Area Sentinel obituary: labelled on the earlier copy only

dict(guid="oth_dn_2026_0812_b", pub="2026-08-12T05:00:00-07:00", title="SOLVANG, Ingrid M.",
body="""SOLVANG, Ingrid Marie, 70, of Stoughton, Wis., died Aug. 6, 2026. Born in Westby, Wis. Retired Dane County librarian. Survived by husband Arne; sons Erik (Jill) and Peder. Services at Christ Lutheran Church, Stoughton.""",
gold=[]),   # far-away namesake of OTH020 (Port Orford, same age): nothing

dict(guid="oth_dn_2026_1016_c", pub="2026-10-16T05:00:00-07:00", title="BIRDSELL, Loren",
body="""BIRDSELL, Loren, of Myrtle Point, died Oct. 13, 2026. Arrangements are pending with Amling Chapel, Myrtle Point.""",
gold=[("OTH013", "possible_deceased_client")]),

dict(guid="oth_dn_2026_1030_d", pub="2026-10-30T05:00:00-07:00", title="OSTRANDER, Kurt A.",
body="""OSTRANDER, Kurt Allen, 52, of Grants Pass, died Oct. 26, 2026. Born in Klamath Falls. Truck driver for 30 years. Survived by his wife, Renee, and daughters Jessa and Kaylin, all of Grants Pass. Services at Hull & Hull Chapel.""",
gold=[]),   # far-away namesake of OTH016 (Coos Bay): nothing

dict(guid="oth_dn_2026_1204_e", pub="2026-12-04T05:00:00-08:00", title="KALMBACH, Joy Ann",
body="""KALMBACH, Joy Ann, 58, of Charleston, died Nov. 30, 2026, after a long illness. Born in North Bend. Owned the Crab Pot Cafe on Boat Basin Road for 20 years. Survived by her husband, Everett "Ev" Kalmbach of Charleston; son Cody of Newport. Services 1 p.m. Dec. 12 at Charleston Community Church.""",
gold=[("OTH021", "survivor")]),

dict(guid="oth_dn_2026_1218_f", pub="2026-12-18T05:00:00-08:00", title="RASMUSSEN, Helmer",
body="""RASMUSSEN, Helmer, 88, of Bandon, died Dec. 14, 2026. Retired Port of Bandon harbor master. Survived by daughter Karen Ostrowski of Bandon and son Nels of Coos Bay. Preceded in death by his wife, Ada (Quillen), and her brother, Orval Quillen. Services at Bandon Lutheran.""",
gold=[]),   # no client named; "Quillen" is Mary Lou Ekblad's maiden name but she is not named
]
