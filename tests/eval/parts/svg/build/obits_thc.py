"""Tidewater Homegoing Chapel (a family-owned Black funeral home with chapels on Savannah's east side and in
Bluffton, S.C.): Gullah Geechee homegoing obituaries, HTML in content:encoded, one-sentence plain description.
Hand-labelled: `gold` lists (client_id, role) beside each text."""

FEED = "thc"
ITEMS = [
dict(guid="svg_thc_2026_0109_grovner", pub="2026-01-09T10:15:00-05:00",
title="Mother Rosa Lee Grovner (1931 - 2026)",
body="""Mother Rosa Lee Grovner, 94, of Pin Point, answered her Master's call on Tuesday, January 6, 2026, at her home on the marsh, surrounded by the children and grandchildren she raised on Moon River.

Mother Grovner was born in Pin Point to the late Cuffee and Sallie Bond. She shucked and picked crab at the Varn oyster factory for thirty-one years, sang alto in the Sweet Field of Eden Baptist Church choir for sixty, and kept a kitchen where no visitor, invited or not, went home without a plate of red rice and deviled crab. She spoke the Geechee of her grandmother and never let her grandchildren forget where they came from.

She leaves to cherish her memory her devoted daughter, Ernestine "Tina" Mungin (Alphonso) of Savannah; her son, Rufus Grovner of Richmond Hill; eleven grandchildren; twenty-three great-grandchildren; her sister-in-law, Beulah Bond of Midway; and a host of nieces, nephews, cousins, church family and friends. She was preceded in death by her husband of fifty-two years, Deacon Isaiah Grovner, and her son, Thomas Grovner.

Homegoing celebration: 11 a.m. Saturday at Sweet Field of Eden Baptist Church, Pin Point, the Rev. Otis Bynes, eulogist. Interment in Pin Point Cemetery. The family will receive friends Friday evening at the east side chapel.""",
gold=[("SVG001", "survivor"), ("SVG002", "survivor"), ("SVG004", "survivor")]),

dict(guid="svg_thc_2026_0306_polite", pub="2026-03-06T09:40:00-05:00",
title="Mother Queen Esther Polite (1941 - 2026)",
body="""Mother Queen Esther Polite was born March 9, 1941, in the Spanish Wells community of Hilton Head Island, the seventh of eleven children of the late Moses and Hagar Chisolm. She departed this life on Monday, March 2, 2026, at Hilton Head Hospital, one week short of her eighty-fifth birthday.

She crossed to the mainland by bateau to attend school until the bridge came in 1956, and she never stopped telling her grandchildren about it. For twenty-six years she cooked at the Sea Pines Plantation clubhouse, and for forty she was a mother of the church at St. James Baptist Church, where she taught the children's Sunday school class and the old ring shouts. She was a founding member of the Native Island Gullah heritage society.

Mother Polite leaves to cherish her memory her son, Jamal Polite (Keisha) of Bluffton; her daughter, Lorraine Polite Frazier of Atlanta; seven grandchildren, including Imani and Jamal Jr.; two great-grandchildren; her sisters, Viola Chisolm and Bertha Mae Green; and a host of nieces, nephews, cousins and friends. She was preceded in death by her husband, Nathaniel Polite, and by four brothers.

Homegoing service: noon Saturday at St. James Baptist Church, Hilton Head Island. Repast to follow in the fellowship hall. Arrangements by the Bluffton chapel of Tidewater Homegoing Chapel.""",
gold=[("SVG003", "deceased_client"), ("SVG020", "survivor")]),

dict(guid="svg_thc_2026_0416_bacote", pub="2026-04-16T11:05:00-04:00",
title="Deacon Cyrus Bacote (1948 - 2026)",
body="""Deacon Cyrus Bacote, 77, of Savannah's Hudson Hill community, transitioned from labor to reward on Saturday, April 11, 2026, at Memorial Health University Medical Center.

A native of Harris Neck in McIntosh County, Deacon Bacote came to Savannah in 1966 and worked thirty-four years as a longshoreman on the Garden City terminal, where he was known as "Preacher" for the sermons he gave at lunch. He served as a deacon of First Bryan Baptist Church and as the church's cast-net instructor every summer.

He leaves to cherish his memory his wife of fifty years, Mildred Bacote; his daughters, Sharon Bacote and Denise Bacote Jenkins of Savannah; his son, Cyrus Bacote Jr. of Jacksonville, Fla.; nine grandchildren; and a host of relatives and friends.

Homegoing celebration: 1 p.m. Friday at First Bryan Baptist Church, the Rev. Otis Bynes, eulogist. Active pallbearers: the deacons of First Bryan - Alphonso Mungin, Leroy Stephens, Harold Gadsden, Marvin Bryant, Cleveland Roberts and Earl Pray. Interment in Laurel Grove South Cemetery.""",
gold=[]),
dict(guid="svg_thc_2026_0521_williams", pub="2026-05-21T10:30:00-04:00",
title="Mother Geneva Manigo Williams (1936 - 2026)",
body="""Mother Geneva Manigo Williams, 89, of Port Wentworth, closed her eyes in peace on Sunday, May 17, 2026, at the home of her granddaughter.

Born on Ossabaw Island to the late Prince and Rebecca Manigo, she came to the mainland as a girl when the family left the island. She worked for the Union Camp bag plant for twenty-nine years, raised four children and more than a few of her neighbors' children, and made the best benne wafers on the Augusta Road.

She leaves to cherish her memory her daughters, Loretta Williams Hall and Cynthia Williams of Port Wentworth; her sons, Prince Williams of Atlanta and Roland Williams of Pooler; her brother, Hezekiah "Hez" Manigo of Garden City; fourteen grandchildren; twenty great-grandchildren; and a host of other relatives and friends. She was preceded in death by her husband, Roosevelt Williams, and her sisters, Daisy and Eliza.

Homegoing service: 11 a.m. Tuesday at Greater Gaines Chapel AME Church, Port Wentworth. Interment in Pine Grove Memorial Gardens.""",
gold=[("SVG021", "survivor")]),

dict(guid="svg_thc_2026_0730_wigfall", pub="2026-07-30T09:50:00-04:00",
title="Sister Hattie Wigfall (1937 - 2026)",
body="""Sister Hattie Wigfall, 88, of Bluffton, South Carolina, went home to be with the Lord on Sunday, July 26, 2026.

Sister Wigfall was born at Buckingham Landing and lived her whole life within sight of the May River. She picked and packed oysters at the old Bluffton Oyster Company, sold sweetgrass baskets by the roadside on Saturdays, and could tell you which creek any oyster came from by looking at the shell. She was a faithful member of Campbell Chapel AME Church and its Missionary Society.

She leaves to cherish her memory her son, Lucius Wigfall of Bluffton; her grandson, Darnell Wigfall of Bluffton, who carries on her oyster trade; her granddaughters, Tamika Wigfall Brown of Ridgeland and Shanice Wigfall of Charlotte, N.C.; five great-grandchildren; and a host of nieces, nephews, cousins and church family. She was preceded in death by her husband, Samuel Wigfall, and her daughter, Ernestine.

Homegoing service: 11 a.m. Saturday at Campbell Chapel AME Church, Bluffton. The Rev. Dr. Carla Greene, eulogist. Interment in the church cemetery. Arrangements by the Bluffton chapel.""",
gold=[("SVG023", "survivor")]),
]
