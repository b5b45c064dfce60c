"""Live Oak & Pecan Funeral Chapels (Georgetown, Round Rock, Kyle, East Austin): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled (gold=[...] beside each text)."""

FEED = "lop"
ITEMS = [
dict(guid="aus_lop_friedrich-engelking", pub="2026-02-09T10:15:00-06:00", title="Friedrich \"Fritz\" Engelking (1941 - 2026)",
body="""Friedrich "Fritz" Engelking, 84, of Georgetown, passed from this life on Friday, February 6, 2026, at St. David's Georgetown Hospital, with his family at his side.

Fritz was born June 2, 1941, on the family farm near Walburg to the late Wilhelm and Anna (Rauschenberg) Engelking. He was confirmed at Zion Lutheran Church, served two years in the U.S. Army in Germany, where he liked to say he finally learned proper German, and came home to run the Engelking feed store on the Georgetown square for forty-one years. He sang bass in the Walburg Männerchor and never missed a Sängerfest.

He is survived by his wife of 60 years, Hilda (Pieper) Engelking; his sons, Karl Engelking (Susan) of Temple and Walter Engelking of Jarrell; his sister, Gretchen Vogel of Pflugerville; six grandchildren and two great-grandchildren. He was preceded in death by his brother, Otto Engelking.

Visitation will be held Tuesday from 5 to 7 p.m. at the Georgetown chapel. The funeral service will be at 10 a.m. Wednesday at Zion Lutheran Church, Walburg, with Pastor Mark Behrens officiating. Memorials may be made to the Walburg Männerchor.""",
gold=[("AUS003", "deceased_client"), ("AUS004", "survivor")]),

dict(guid="aus_lop_agnes-machacek", pub="2026-03-03T09:40:00-06:00", title="Agnes Marie Machacek (1934 - 2026)",
body="""Agnes Marie Machacek, 91, of Taylor, went home to the Lord on Saturday, February 28, 2026, at Johns Community Hospital.

Agnes was born in Granger to Czech parents, Frank and Rosalie (Sulak) Janek, and spoke Czech at home until she started school. She married Edwin Machacek in 1955 at Sts. Cyril and Methodius Church, and together they farmed cotton and milo east of Taylor for forty years. Her kolaches (poppyseed, prune and cottage cheese, never cherry) were a fixture at every parish picnic and SPJST lodge supper in Williamson County.

Survivors include her daughter, Dorothy (Joe) Kocurek of Round Rock; her son, Edwin Machacek Jr. and his wife Carol of Thrall; seven grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Edwin, and by her sister, Ludmila Hobza.

The Rosary will be prayed at 6 p.m. Tuesday at the Round Rock chapel. Funeral Mass will be Wednesday at 10 a.m. at Sts. Cyril and Methodius Catholic Church, Granger, followed by burial in the parish cemetery.""",
gold=[("AUS002", "survivor"), ("AUS001", "survivor")]),

dict(guid="aus_lop_ella-mae-harrell", pub="2026-03-20T12:05:00-05:00", title="Mother Ella Mae Harrell (1937 - 2026)",
body="""Homegoing Celebration for Mother Ella Mae Harrell

Mother Ella Mae Harrell, 88, of East Austin, answered the Master's call on Monday, March 16, 2026, at her home on Rosewood Avenue.

Born in Bastrop County to the late Rev. Jesse and Pearlie Harrell, she came to Austin as a girl and graduated from L.C. Anderson High School in 1955, before integration. She worked for thirty years in the Austin State Hospital laundry and was a Mother of the Church at Greater Mount Zion Baptist Church, where she ran the kitchen ministry and kept the children in line with one look.

She leaves to cherish her memory her daughter, Bernice (Clarence) Mayfield of Austin; her son, Curtis Harrell of Houston; her granddaughters, Keisha Batts of Austin and Monique Harrell of Dallas; four great-grandchildren; and a host of nieces, nephews, church family and friends. She was preceded in death by her husband, Deacon Lonnie Harrell, and a son, Marvin.

The Homegoing Celebration will be held Saturday at 11 a.m. at Greater Mount Zion Baptist Church. The Rev. Odell Franklin will deliver the eulogy. Interment at Evergreen Cemetery.""",
gold=[("AUS010", "survivor"), ("AUS009", "survivor"), ("AUS012", "survivor")]),

dict(guid="aus_lop_joseph-anthony-kocurek", pub="2026-04-14T15:30:00-05:00", title="Joseph Anthony Kocurek (2003 - 2026)",
body="""Joseph Anthony "Joey" Kocurek, 22, of Round Rock, died Friday, April 10, 2026, as the result of a motorcycle accident near Hutto.

Joey graduated from Stony Point High School in 2021 and was an apprentice electrician with a Pflugerville contractor. He loved dirt bikes, Texas Country music and his dog, Brisket.

He is survived by his parents, Tony and Renee Kocurek of Round Rock; his brother, Matthew; his grandparents, Anton and Marie Kocurek of Hutto; and many aunts, uncles and cousins.

Visitation will be Thursday from 5 to 8 p.m. at the Round Rock chapel. A Funeral Mass will be celebrated Friday at 10 a.m. at St. William Catholic Church.""",
gold=[]),  # young namesake in the same town; AUS001 Joseph Kocurek Jr. is b. 1955 and married to Dorothy

dict(guid="aus_lop_herbert-stolle", pub="2026-05-26T10:00:00-05:00", title="Herbert Louis Stolle (1938 - 2026)",
body="""Herbert Louis Stolle, 87, of Kyle, passed away Saturday, May 23, 2026.

Herb was born in New Braunfels and moved to Kyle in 1962, where he taught vocational agriculture at Hays High School for thirty years. Three generations of Hays County FFA members learned to judge a steer from him.

He is survived by his brother, Harold Stolle of Kyle; his nieces, Ann Lehmann of Buda and Ruth Ebert of Lockhart; and his longtime friend and neighbor, Jim Pruitt. He was preceded in death by his wife, Alma, in 2019.

Funeral services will be at 2 p.m. Friday at the Kyle chapel, with burial in the Kyle Cemetery.""",
gold=[]),  # Harold Stolle AUS022 is do_not_contact
]
