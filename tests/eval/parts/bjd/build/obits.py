"""Obituaries for part bjd, three house styles. Hand-labelled (`gold=` beside each text).

PIONEER: a regional daily's obituary page (plain text, "Name, 85, Bemidji" titles).
LAKELAND: a funeral home site (HTML in content:encoded, permalink guids).
NOTICES: brief paid death notices and a church bulletin's prayer list (plain text, surname-first).
"""

PIONEER = [
dict(guid="bjd_nsp_obit_260112_haugrud", pub="2026-01-12T06:00:00-06:00", title="Eldon James Haugrud, 31, Bemidji",
body="""Eldon James "EJ" Haugrud, 31, of Bemidji died Tuesday, Jan. 6, 2026, in a snowmobile accident on Lake Plantagenet.

EJ was born Aug. 19, 1994, in Bemidji to Craig and Linda (Sather) Haugrud. He graduated from Bemidji High School in 2012 and worked as a lineman for Beltrami Electric Cooperative. He was never happier than on the ice with a tip-up and a thermos of his grandma's coffee.

He is survived by his parents, Craig and Linda Haugrud of Bemidji; his sister, Kelsey (Tanner) Moe of Grand Rapids; his grandfather, Eldon Haugrud of Bemidji, for whom he was named; and many aunts, uncles and cousins.

He was preceded in death by his grandmother, Joyce Haugrud.

Funeral services will be held at 11 a.m. Saturday, Jan. 17, at Bethel Lutheran Church in Bemidji. Visitation one hour prior."""
, gold=[("BJD009", "survivor")]),

dict(guid="bjd_nsp_obit_260203_vagle", pub="2026-02-03T06:00:00-06:00", title="Ingeborg Vagle, 101, Blackduck",
body="""Ingeborg Sigrid Vagle, 101, of Blackduck died Friday, Jan. 30, 2026, at Northern Pines Senior Living in Blackduck.

She was born March 9, 1924, on the family farm near Funkley, the youngest of nine children of Nils and Marit Hovland. She married Arvid Vagle in 1946 at Our Savior's Lutheran Church in Blackduck; together they farmed east of town for 40 years. She taught Sunday school for half a century and could still recite the Norwegian table prayer at her 100th birthday party.

Survivors include her daughter, Marlys Brekkestad of Blackduck; her son, Leif (Donna) Vagle of Fargo; six grandchildren; 13 great-grandchildren; and three great-great-grandchildren.

She was preceded in death by her husband, Arvid; her son-in-law, Ronald Brekkestad; and all of her siblings.

Services will be at 1 p.m. Thursday at Our Savior's Lutheran Church in Blackduck, with the Rev. Mari Ostrem officiating. Interment in the spring at Blackduck Cemetery."""
, gold=[("BJD003", "survivor")]),

dict(guid="bjd_nsp_obit_260309_nygaard", pub="2026-03-09T06:00:00-05:00", title="Wendell 'Windy' Nygaard, 73, Sun City West, Ariz.",
body="""Wendell Carl "Windy" Nygaard, 73, of Sun City West, Ariz., formerly of Thief River Falls, died Feb. 28, 2026, in Arizona.

Windy was born Oct. 2, 1952, in Thief River Falls. He worked 35 years at the snowmobile plant there and spent his winters in Arizona after retiring.

He is survived by his wife of 48 years, Bonnie; his sons, Trent of Phoenix and Cody of Thief River Falls; and five grandchildren.

A memorial service will be held this summer at Zion Lutheran Church in Thief River Falls."""
, gold=[]),

dict(guid="bjd_nsp_obit_260324_pederson", pub="2026-03-24T06:00:00-05:00", title="Harold Pederson, 96, Kelliher",
body="""Harold Magnus Pederson, 96, of Kelliher died Thursday, March 19, 2026, at his home with family at his side.

Harold was born Dec. 4, 1929, in Kelliher to Magnus and Olga Pederson. He logged and ran a bait shop on Highway 72 for 40 years and never missed a fishing opener until he was 94.

He is survived by his daughter, Arlene (Windy) Nygaard of Blackduck; his son, Steven Pederson of Kelliher; his sister, Verna Mae Rustad of Kelliher; eight grandchildren; and 11 great-grandchildren.

He was preceded in death by his wife, Lillian, in 2019, and by his brother, Orville.

Funeral services will be held at 11 a.m. Saturday at Kelliher Community Church. Pallbearers will be his grandsons and Harlan Vik. Arrangements by Cease Funeral Home of Bemidji."""
, gold=[("BJD011", "survivor"), ("BJD010", "survivor"), ("BJD019", "survivor")]),

dict(guid="bjd_nsp_obit_260421_halvorsrud", pub="2026-04-21T06:00:00-05:00", title="Orrin A. Halvorsrud, 85, Bemidji",
body="""Orrin Ansel Halvorsrud, 85, of Bemidji died peacefully Friday, April 17, 2026, at Sanford Bemidji Medical Center.

Orrin was born Feb. 14, 1941, in Bemidji, the son of Ansel and Hilda Halvorsrud. After serving in the U.S. Army he taught industrial arts at Bemidji High School for 33 years. On June 10, 1964, he married Delphine Tollefsrud at Trinity Lutheran Church. He built three cabins on Turtle River Lake with his own hands and never once agreed that a level was necessary.

He is survived by his wife of 61 years, Delphine; his sons, Paul (Karen) Halvorsrud of Bemidji and Steven Halvorsrud of Moorhead; his sister, Mary Jo (Vern) Tverberg of Walker; seven grandchildren; and two great-grandchildren.

He was preceded in death by his parents and by his brother, Arnold.

A funeral service will be held at 11 a.m. Saturday, April 25, at Trinity Lutheran Church in Bemidji, with the Rev. Curt Dahlheimer officiating. Pallbearers are Duane Klinkhammer, Kris Amundrud, Eldon Haugrud and his grandsons. Memorials are preferred to the Bemidji High School industrial arts program."""
, gold=[("BJD001", "deceased_client"), ("BJD002", "spouse_of_deceased_client"),
        ("BJD006", "survivor"), ("BJD007", "survivor")]),

dict(guid="bjd_nsp_obit_260506_lommen", pub="2026-05-06T06:00:00-05:00", title="Agnes Lommen, 97, Tenstrike",
body="""Agnes Ruth Lommen, 97, of Tenstrike died May 2, 2026, at Neilson Place in Bemidji.

She was born in 1928 in Tenstrike and worked 30 years as the town's postmaster. She is survived by her nephews, Gordon Lommen of Tenstrike and Daryl Lommen of Brainerd. She was preceded in death by her husband, Walter.

Services will be held at 2 p.m. Friday at Tenstrike Community Church."""
, gold=[]),

dict(guid="bjd_nsp_obit_260602_ostlie", pub="2026-06-02T06:00:00-05:00", title="Jeanette Ostlie, 79, Bagley",
body="""Jeanette Marie Ostlie, 79, of Bagley died May 29, 2026, at her home.

She was born in 1946 in Shevlin to Rudolph and Ada Larson and married Dennis Ostlie in 1967. She cooked at the Bagley school for 28 years and was famous for her caramel rolls.

She is survived by her daughter, Jessamyn (Kris) Amundrud of Bemidji; her son, Cory Ostlie of Bagley; and her grandchildren, Anders and Solveig.

She was preceded in death by her husband, Dennis.

A funeral will be held at 10:30 a.m. Friday at Bagley Covenant Church. Pallbearers: Cory Ostlie, Toby Nordlund, Rod Hasskamp and Jeff Larson."""
, gold=[("BJD017", "survivor"), ("BJD016", "survivor")]),
]

LAKELAND = [
dict(guid="bjd_lpfh_2026_desjarlait-clarence", pub="2026-01-27T10:15:00-06:00", title="Clarence Desjarlait",
body="""Clarence Joseph Desjarlait, 88, of Red Lake began his journey to the spirit world on Jan. 23, 2026, surrounded by his family.

Clarence was born April 11, 1937, in Red Lake. He fished commercially on Lower Red Lake for more than 50 years and served on the tribal fisheries board. He was known for his laugh, his fry bread and his stories of the old logging camps.

He is survived by his daughter, Roz (Jerry) Kingbird of Red Lake; his sons, Dale Desjarlait of Ponemah and Marvin Desjarlait of Minneapolis; many grandchildren and great-grandchildren.

He was preceded in death by his wife, Geraldine; his brother-in-law, Gerald Kingbird Sr.; and a grandson, Joseph.

A wake will begin at 7 p.m. Monday at the Red Lake Humanities Center and continue through the night. Funeral services will be at 10 a.m. Tuesday, with spiritual leader Wilfred Stately officiating. Burial in Redby Cemetery."""
, gold=[("BJD005", "survivor"), ("BJD004", "survivor")]),

dict(guid="bjd_lpfh_2026_tverberg-luverne", pub="2026-02-17T09:40:00-06:00", title="Luverne 'Big Vern' Tverberg Sr.",
body="""Luverne Arnold "Big Vern" Tverberg Sr., 93, of Walker died Feb. 13, 2026, at Walker Care Center.

Big Vern was born Nov. 20, 1932, near Hackensack. He ran the Tverberg Standard station on Minnesota Avenue for four decades and plowed half the driveways in Walker for free.

He is survived by his son, Luverne "Vern" Jr. (Mary Jo) Tverberg of Walker; his daughter, Sandra Hoium of Park Rapids; and five grandchildren.

He was preceded in death by his wife of 58 years, Evelyn; and his brother, Orlin.

Memorial service 11 a.m. Saturday at Our Savior's Lutheran Church in Walker, with the Rev. Curtis Dahlheimer officiating."""
, gold=[("BJD007", "survivor"), ("BJD006", "survivor")]),

dict(guid="bjd_lpfh_2026_beaulieu-delores", pub="2026-03-02T11:00:00-06:00", title="Delores Beaulieu",
body="""Delores Ann Beaulieu, 80, of Cass Lake passed away Feb. 26, 2026, at Cass Lake Indian Health Service Hospital.

Delores was born in 1945 in Cass Lake. She worked for the Leech Lake Band's Head Start program for 31 years and beaded moccasins for nearly every baby born in her family.

She is survived by her daughter, Charlene (Mark) Strand of Cass Lake; her sons, Ricky Beaulieu and Dean Beaulieu, both of Cass Lake; 14 grandchildren; and 9 great-grandchildren.

Traditional services will begin with a wake at 7 p.m. Sunday at the Cass Lake Community Center, followed by a funeral at 10 a.m. Monday. Burial will be in Pike Bay Cemetery."""
, gold=[("BJD008", "survivor")]),

dict(guid="bjd_lpfh_2026_gurneau-phillip", pub="2026-04-06T09:30:00-05:00", title="Phillip Gurneau",
body="""Phillip Roy Gurneau, 77, of Redby passed away April 2, 2026, at his home.

Phil was a Vietnam veteran and drove a school bus in Redby and Red Lake for 25 years. He loved softball, cribbage and his grandchildren.

He is survived by his wife, Patricia; his children, Phillip Jr., Shawna and Leon; his sister-in-law, Lorraine Gurneau of Redby; and numerous grandchildren, nieces and nephews.

He was preceded in death by his parents and by his brother, Emmett.

Wake services will begin at 4 p.m. Sunday at the Redby Community Center. Funeral 10 a.m. Monday. Military honors by Red Lake Veterans."""
, gold=[("BJD014", "survivor")]),

dict(guid="bjd_lpfh_2026_sorvik-helga", pub="2026-05-19T10:00:00-05:00", title="Helga Sorvik",
body="""Helga Johanne Sorvik, 92, of Duluth died May 14, 2026.

She was born in Bergen, Norway, and came to Duluth in 1957. She is survived by her sons, Erik Sorvik of Duluth and Per Sorvik of Two Harbors; and her granddaughter, Dr. Annika Sorvik of Bemidji, a physician at Sanford Bemidji.

Funeral 11 a.m. Friday at First Lutheran Church in Duluth. Arrangements through Lakeland Pines' Duluth partner chapel."""
, gold=[("BJD012", "survivor")]),

dict(guid="bjd_lpfh_2026_hovde-arlo", pub="2026-06-09T09:00:00-05:00", title="Arlo Hovde",
body="""Arlo Kenneth Hovde, 68, of Bemidji died June 5, 2026. He taught biology at Bemidji State University for 30 years.

He is survived by his wife, Ruth; his daughters, Leah and Ingrid; and his brother, Tom Hovde of Bemidji.

Celebration of life at 2 p.m. Saturday at the Sanford Center. Music by the Headwaters Fiddlers; remarks by Dr. Annika Sorvik and Gwen Strandlie."""
, gold=[]),
]

NOTICES = [
dict(guid="bjd_ncdn_0114_rustad", pub="2026-01-14T07:00:00-06:00", title="ANDERSEN, Myrtle I.",
body="""Myrtle Irene Andersen, 94, Solway, died Jan. 10, 2026. Survived by nieces Marlys Brekkestad, Blackduck, and Verna Mae Rustad, Kelliher; nephew Eldon Haugrud, Hibbing. Preceded in death by husband, Clifford. Service 11 a.m. Friday, Solway Lutheran Church."""
, gold=[("BJD003", "survivor"), ("BJD019", "survivor")]),

dict(guid="bjd_ncdn_0311_klinkhammer", pub="2026-03-11T07:00:00-05:00", title="KLINKHAMMER, Bernice",
body="""Bernice Klinkhammer, 89, Bemidji, died March 8, 2026. Survived by son Duane Klinkhammer, Bemidji; daughter Karla (Jon) Sorvik, Duluth; granddaughter Dr. Annika Sorvik, Bemidji. Preceded in death by husband, Leo. Mass of Christian Burial 10 a.m. Saturday, St. Philip's Catholic Church."""
, gold=[("BJD012", "survivor")]),

dict(guid="bjd_ncdn_0416_hasskamp", pub="2026-04-16T07:00:00-05:00", title="HASSKAMP, Irene L.",
body="""Irene Lorraine Hasskamp, 86, Walker, died April 12, 2026. Co-founded Birch Point Resort on Leech Lake with her late husband, Harvey. Survived by son Rod (Cheryl) Hasskamp, Walker; daughter Diane Kuehn, Nisswa; seven grandchildren. Funeral 11 a.m. Monday, Walker Bible Church."""
, gold=[("BJD020", "survivor")]),

dict(guid="bjd_ncdn_0423_halvorsrud", pub="2026-04-23T07:00:00-05:00", title="HALVORSRUD, Orrin A.",
body="""Orrin Ansel Halvorsrud, 85, of Bemidji died peacefully Friday, April 17, 2026, at Sanford Bemidji Medical Center.

Orrin was born Feb. 14, 1941, in Bemidji, the son of Ansel and Hilda Halvorsrud. After serving in the U.S. Army he taught industrial arts at Bemidji High School for 33 years. On June 10, 1964, he married Delphine Tollefsrud at Trinity Lutheran Church. He built three cabins on Turtle River Lake with his own hands and never once agreed that a level was necessary.

He is survived by his wife of 61 years, Delphine; his sons, Paul (Karen) Halvorsrud of Bemidji and Steven Halvorsrud of Moorhead; his sister, Mary Jo (Vern) Tverberg of Walker; seven grandchildren; and two great-grandchildren.

He was preceded in death by his parents and by his brother, Arnold.

A funeral service will be held at 11 a.m. Saturday, April 25, at Trinity Lutheran Church in Bemidji, with the Rev. Curt Dahlheimer officiating. Pallbearers are Duane Klinkhammer, Kris Amundrud, Eldon Haugrud and his grandsons. Memorials are preferred to the Bemidji High School industrial arts program."""
, gold=[]),  # second, later copy of bjd_nsp_obit_260421_halvorsrud: labelled on the earlier copy only

dict(guid="bjd_ncdn_0505_strandlie", pub="2026-05-05T07:00:00-05:00", title="STRANDLIE, Gwendolyn",
body="""Gwendolyn Strandlie, Bemidji, died May 2, 2026. Arrangements pending with Lakeland Pines Funeral Home, Bemidji."""
, gold=[("BJD021", "possible_deceased_client")]),

dict(guid="bjd_ncdn_0520_bulletin_prayers", pub="2026-05-20T08:00:00-05:00", title="Our Savior's Lutheran, Walker - Prayers for the bereaved",
body="""Please keep in your prayers the family of Gloria Kuehn, 81, of Hackensack, who entered the Church Triumphant on May 15. Gloria is survived by her husband, Lowell; her sister, Cheryl (Rod) Hasskamp of Walker; and her nephews. Funeral 11 a.m. Thursday here at Our Savior's, Pastor Curt Dahlheimer presiding. The WELCA will serve lunch; bars may be dropped off Wednesday evening."""
, gold=[("BJD020", "survivor")]),

dict(guid="bjd_ncdn_0611_nordlund", pub="2026-06-11T07:00:00-05:00", title="NORDLUND, Tobias E.",
body="""Tobias Eugene Nordlund, 84, Grand Forks, N.D., formerly of Crookston, died June 7, 2026. Survived by daughters Ann (Gary) Bratlie and Sue Nordlund, Grand Forks. Preceded in death by wife, Phyllis. Service 10 a.m. Friday, Calvary Lutheran Church, Grand Forks."""
, gold=[]),
]
