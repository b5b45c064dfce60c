"""Duluth Harbor Tribune death notices and obituaries: daily newspaper, headline "Name, age, Town", plain text,
dateline in capitals. Hand-labelled (gold = what a careful assistant would propose)."""

FEED = "dht"
ITEMS = [
dict(guid="dlh_dht_obit_260114", pub="2026-01-21T05:15:00-06:00", title='Concetta "Connie" Brusegard, 84, Duluth',
body="""DULUTH - Concetta "Connie" Brusegard, 84, of Duluth, died Saturday, Jan. 17, 2026, at St. Ann's Residence, surrounded by the rosary beads she never left home without.

Connie was born Concetta Sabatino on Aug. 2, 1941, in West Duluth, the fourth of six children of Nicola and Rosaria (Pitoscia) Sabatino, who had come from Abruzzo to work at the Morgan Park steel plant. She graduated from Denfeld High School in 1959 and married Orrin Brusegard in 1962 at St. James Catholic Church. For 31 years she ran the lunch counter at Ziegler's Five and Dime on Central Avenue, where she knew every customer's order and most of their business.

She is survived by her sons, Nick (Laurie) Brusegard of Hermantown and Paul Brusegard of Eagan; her sister, Philomena "Mena" Giuliacci of Duluth; five grandchildren; and many nieces and nephews. She was preceded in death by her husband, Orrin, in 2011; her brothers, Carmine, Tony and Dominic Sabatino; and her sister, Lucia Gentile.

Mass of Christian Burial will be 11 a.m. Monday at St. James Catholic Church, 715 N. 57th Ave. W., with visitation one hour before. Honorary pallbearers are Gerry Tomasetti, Tad Mrozinski and the Tuesday bocce league. Burial at Calvary Cemetery. Arrangements by Sjoberg-Kallio Funeral Chapels, West Duluth.""",
gold=[("DLH016", "survivor")]),

dict(guid="dlh_dht_obit_260131", pub="2026-02-04T05:15:00-06:00", title='Gerald "Jerry" Tomasetti, 46, Hibbing',
body="""HIBBING - Gerald Michael "Jerry" Tomasetti, 46, of Hibbing, died unexpectedly Friday, Jan. 30, 2026, while ice fishing on Side Lake.

Jerry was born May 5, 1979, in Hibbing to Richard and Donna (Perpich) Tomasetti. He graduated from Hibbing High School in 1997 and worked as a heavy-equipment operator at the Hibbing Taconite mine for 24 years. He coached Hibbing youth hockey, never missed a Bluejackets game, and made the best porketta on the Range, a claim nobody in his family disputes.

Jerry is survived by his wife, Kristin; his children, Ava and Luke; his parents, Richard and Donna Tomasetti of Hibbing; and his brother, Mark (Angela) Tomasetti of Chisholm.

Visitation will be 4 to 7 p.m. Thursday at Dougherty-Lenci Funeral Home, Hibbing. Funeral Mass 11 a.m. Friday at Blessed Sacrament Church.""",
gold=[]),

dict(guid="dlh_dht_obit_260219", pub="2026-03-10T05:15:00-06:00", title="Delbert Wojciechowski Sr., 91, Proctor",
body="""PROCTOR - Delbert Stanley Wojciechowski Sr., 91, a Duluth, Missabe and Iron Range Railway engineer for 38 years and a lifelong resident of Proctor, died Sunday, March 8, 2026, at Proctor Senior Living.

Del was born Oct. 14, 1934, in Proctor, the son of Stanley and Helena Wojciechowski. He hired on at the Proctor yard at 18 and retired as an engineer on the ore line to Two Harbors in 1994. He served on the Proctor City Council for 12 years, called bingo at the Polish Club until he was 89 and never once, his family says, let anyone forget that Proctor once had the largest railroad yard in the world.

He is survived by his son, Delbert "Del" Wojciechowski Jr. (Gwen) of Proctor; his daughter, Carol Anne Zbikowski of Rice Lake, Wis.; six grandchildren, including Tanner, the Proctor Rails hockey captain; and three great-grandchildren. He was preceded in death by his wife of 58 years, Bernice, in 2015.

Funeral service 11 a.m. Saturday at Our Lady of Mercy Catholic Church, Proctor, with visitation from 9:30. Burial at Calvary Cemetery in the spring. Memorials to the Lake Superior Railroad Museum.""",
gold=[("DLH006", "survivor"), ("DLH007", "survivor")]),

dict(guid="dlh_dht_obit_260225", pub="2026-03-06T05:15:00-06:00", title="Lorraine Bjerkeseth",
body="""BJERKESETH, Lorraine, of Duluth, died Tuesday, March 3, 2026. Arrangements are pending with Sjoberg-Kallio Funeral Chapels, East Duluth. A complete obituary will follow.""",
gold=[("DLH014", "possible_deceased_client")]),

dict(guid="dlh_dht_obit_260301", pub="2026-04-08T05:15:00-05:00", title='Adeline Eidsness, 95, Moorhead, formerly of Duluth',
body="""MOORHEAD - Adeline Margit Eidsness, 95, formerly of Duluth, died Saturday, April 4, 2026, at Eventide on Eighth in Moorhead.

Adeline was born on a farm near Hawley in 1930 and came to Duluth in 1952 as a bookkeeper for the Clyde Iron Works, where she met her husband, Magnus. They raised their family on Piedmont Heights before moving to Moorhead in 1998 to be near their daughter.

She is survived by her daughter, Karen (Dale) Vold of Moorhead; her grandsons, Corwin Eidsness of Bismarck, N.D., and Erik Vold of Fargo; and four great-grandchildren. She was preceded in death by Magnus in 2009 and by her son, Leif.

Funeral 2 p.m. Thursday at Trinity Lutheran Church, Moorhead. Burial will be at Forest Hill Cemetery in Duluth at a later date.""",
gold=[]),

dict(guid="dlh_dht_obit_260318", pub="2026-05-13T05:15:00-05:00", title='Harold "Hal" Nygaard, 79, Duluth',
body="""DULUTH - Harold Olaf "Hal" Nygaard, 79, of Duluth's Lakeside neighborhood, died Monday, May 11, 2026, at home, with his wife at his side and the Twins losing on the radio.

Hal was born in Duluth on Sept. 3, 1946, and graduated from East High School and the University of Minnesota Duluth. He taught industrial arts at Ordean Junior High for 33 years, and there are birdhouses he built hanging from half the trees in Lakeside. He was a member of Lakeside Lutheran Church and the Sons of Norway Nordkap Lodge.

He is survived by his wife of 54 years, Beverly; his daughters, Sonja (Corwin) Eidsness of Hermantown and Kari Nygaard of St. Paul; and four grandchildren. He was preceded in death by his sister, Ruth Fjelstad.

Memorial service 1 p.m. Saturday at Lakeside Lutheran Church, with visitation an hour before. Brother-in-law Harlan Fjelstad will give the eulogy. Arrangements by Sjoberg-Kallio Funeral Chapels, East Duluth.""",
gold=[("DLH019", "survivor")]),
]
