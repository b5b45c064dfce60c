"""The Neches Courier (Beaumont daily): newspaper obituaries, legacy-style titles, plain text. Hand-labelled."""

FEED = "nc"
ITEMS = [
dict(guid="bmt_nc_obit_2026_0109", pub="2026-01-09T05:30:00-06:00", title="Eula Mae Guidry Obituary (1929 - 2026) - Port Arthur, TX - The Neches Courier",
body="""PORT ARTHUR - Eula Mae Guidry, 96, of Port Arthur, passed away peacefully on Tuesday, January 6, 2026, at her home on Procter Street, surrounded by her family and a rosary in each hand.

Eula Mae was born October 2, 1929, in Abbeville, Louisiana, to Ovide and Azema (Broussard) Hebert, and came to Port Arthur in 1948 when her husband went to work at the Gulf refinery. She was a lifelong member of St. Joseph Catholic Church, a member of the Catholic Daughters, and the undisputed queen of the church bazaar's sauce piquante booth. She spoke French to her grandchildren whether they understood or not.

She is survived by her daughter, Marie Rose Thibodeaux and husband Alcide "Tee-Al" of Port Neches; her son, Clifton Guidry and wife Renee of Nederland; seven grandchildren; and twelve great-grandchildren. She was preceded in death by her husband of 61 years, Noah Guidry, and by her brothers, Nolan and Lee Hebert.

A Mass of Christian Burial will be celebrated at 10 a.m. Saturday at St. Joseph Catholic Church, Port Arthur, with Father Sinclair Okeke officiating. Rosary will be recited Friday at 6 p.m. at Gaspard & Sons Funeral Home, Port Arthur. Interment will follow at Greenlawn Memorial Park.""",
gold=[("BMT002", "survivor"), ("BMT001", "survivor")]),

dict(guid="bmt_nc_obit_2026_0203", pub="2026-02-03T05:30:00-06:00", title="Lucius \"Buddy\" Batiste Obituary (1944 - 2026) - Beaumont, TX - The Neches Courier",
body="""BEAUMONT - Lucius Earl "Buddy" Batiste, 81, of Beaumont, entered into eternal rest on Saturday, January 31, 2026, at Christus St. Elizabeth Hospital.

Buddy was born February 17, 1944, in Beaumont, to the late Ernest and Viola Batiste, and grew up in the Charlton-Pollard neighborhood. He graduated from Hebert High School in 1962, served two years in the U.S. Army, and worked 34 years as a longshoreman at the Port of Beaumont with ILA Local 1224. He played zydeco rubboard on Saturday nights at the Pine Street Lounge well into his seventies and never met a stranger.

He leaves to cherish his memory his devoted wife of 58 years, Odessa Fontenette Batiste; his daughters, Carla Batiste-Moore (Vernon) of Houston and Denise Batiste of Beaumont; his son, Lucius Batiste II of Dallas; eleven grandchildren; and a host of nieces, nephews, cousins and friends. He was preceded in death by his parents and his brothers, Ernest Jr. and Clifford.

The family extends special thanks to Dr. Priya Venkataraman and the nurses of the fourth-floor cardiac unit for their kindness.

Homegoing services will be held at 11 a.m. Saturday, February 7, at Greater Mount Olive Baptist Church, 2880 Pine Street, with the Rev. Elijah Granger officiating. Interment will follow at Magnolia Cemetery. Pallbearers will be Darnell Chenier, Kendrick Moore, Andre Batiste, Lionel Fontenette, Calvin Sias and Terrence Batiste.""",
gold=[("BMT003", "deceased_client"), ("BMT004", "spouse_of_deceased_client")]),

dict(guid="bmt_nc_obit_2026_0220", pub="2026-02-20T05:30:00-06:00", title="Ozema Chenier Obituary (1935 - 2026) - Beaumont, TX - The Neches Courier",
body="""BEAUMONT - Mother Ozema Chenier, 90, of Beaumont, went home to be with the Lord on February 16, 2026.

Mother Chenier was born in Opelousas, Louisiana, and moved to Beaumont's North End in 1954. She cooked at the Lamar University cafeteria for 27 years and served as mother of the church at Our Mother of Mercy Catholic Church, where her gumbo fed every funeral repast for forty years.

She is survived by her daughter, Rosetta Chenier Wiltz of Beaumont; her grandson, Darnell Chenier (Keisha) of Beaumont; her granddaughter, Tamika Chenier of Atlanta; six great-grandchildren; and her sister, Philomene Lewis of Lake Charles. She was preceded in death by her husband, Darnell Chenier Sr., and her son, Lee Chenier.

A Mass of Christian Burial will be held at 10 a.m. Tuesday at Our Mother of Mercy Catholic Church. Burial will follow at Magnolia Cemetery.""",
gold=[("BMT009", "survivor")]),

dict(guid="bmt_nc_obit_2026_0314", pub="2026-03-14T05:30:00-05:00", title="Hollis Wade Brimberry Obituary (2006 - 2026) - Lumberton, TX - The Neches Courier",
body="""LUMBERTON - Hollis Wade Brimberry, 19, of Lumberton, was called home far too soon on Tuesday, March 10, 2026, as the result of a hunting accident in the Big Thicket.

Hollis graduated from Lumberton High School in 2025, where he played offensive line for the Raiders, and was working toward his journeyman's card as an electrician's apprentice. He loved his deer lease, his Dodge and his little brother, in that order, his mother says, though not always.

He is survived by his parents, Troy and Amanda Brimberry of Lumberton; his brother, Colt; his grandparents, Wade and Lorene Brimberry of Silsbee; and a host of aunts, uncles and cousins.

Services will be held at 2 p.m. Monday at First Baptist Church of Lumberton. Burial will follow at Forest Lawn.""",
gold=[]),

dict(guid="bmt_nc_obit_2026_0411", pub="2026-04-11T05:30:00-05:00", title="Ulysses Boudreaux Obituary (1946 - 2026) - Opelousas, LA - The Neches Courier",
body="""OPELOUSAS, La. - Ulysses Paul Boudreaux, 79, of Opelousas, passed away April 7, 2026, at Opelousas General Hospital.

Mr. Boudreaux was a sugarcane farmer in St. Landry Parish for fifty years and a proud member of the Knights of Columbus. He worked several summers in the 1960s at the Port Arthur refineries, where he met lifelong friends.

He is survived by his wife of 55 years, Gertie Richard Boudreaux; his sons, Paul and Dwayne Boudreaux, both of Opelousas; and nine grandchildren.

A Mass of Christian Burial will be celebrated at St. Landry Catholic Church, Opelousas.""",
gold=[]),

dict(guid="bmt_nc_obit_2026_0506", pub="2026-05-06T05:30:00-05:00", title="Tucker Lee Primeaux Obituary (1938 - 2026) - Nederland, TX - The Neches Courier",
body="""NEDERLAND - Tucker Lee Primeaux, 87, of Nederland, passed away Sunday, May 3, 2026, at his home.

Born in Port Arthur on August 9, 1938, Tucker retired from Texaco after 38 years as a pipefitter. He served on the Nederland Heritage Festival board, raised tomatoes the size of softballs and could fix any outboard motor ever built.

He is survived by his daughter, Sherry Primeaux Lowe of Port Neches; his son, Wade Primeaux of Nederland; four grandchildren, including his grandson and namesake, Tucker Primeaux of Nederland; and two great-grandchildren. He was preceded in death by his wife, Geraldine, in 2019.

Funeral services will be held at 10 a.m. Friday at Wesley United Methodist Church, Nederland. Pallbearers will be Hollis Brimberry, Ronnie Lowe, Cody Primeaux, Scott Landry, Kevin Broussard and Jace Lowe.""",
gold=[("BMT022", "survivor")]),
]
