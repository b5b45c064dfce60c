"""The Missoula Courier (daily newspaper): full obituaries with newspaper-style titles, and brief paid death
notices (surname-first headings). Plain text in description. Hand-labelled."""

FEED = "mc"
ITEMS = [
dict(guid="mso_mc_obit_10412", pub="2026-01-29T05:00:00-07:00", title="Orville Dean Fenstermaker, 81, former Missoula smokejumper",
body="""Orville Dean Fenstermaker, 81, of Hamilton, Ohio, died January 24, 2026, at Fort Hamilton Hospital in Hamilton, Ohio.

Orville was born in Middletown, Ohio, and spent four summers in the 1960s as a smokejumper out of the Aerial Fire Depot in Missoula, where he made 41 jumps and, he liked to say, 40 good landings. He returned to Ohio to teach high school physics in Hamilton for 33 years, and he came back to Montana every August of his life to fish the Blackfoot.

He is survived by his wife of 57 years, Judith; his daughters, Amy Kessel of Cincinnati and Laura Fenstermaker of Columbus; and four grandchildren. Services were held in Hamilton, Ohio. Memorials may be sent to the National Smokejumper Association.""",
gold=[]),

dict(guid="mso_mc_obit_10433", pub="2026-04-21T05:00:00-06:00", title="JoAnn Vandersloot, 75, Polson",
body="""POLSON - JoAnn (Pfannenstiel) Vandersloot, 75, died Friday, April 17, 2026, at Providence St. Joseph Medical Center in Polson.

JoAnn was born October 4, 1950, in Hays, Kansas, the youngest of eleven children of Anton and Magdalena Pfannenstiel, and grew up speaking the Volga German of her grandparents at the supper table. She came to Montana in 1972 to teach home economics at Polson High School and married Pieter Vandersloot, a cherry grower on the east shore of Flathead Lake, in 1974. She taught for 30 years, judged pies at the Lake County Fair for 25 more, and never once, her family says, let a Flathead cherry go to waste.

She is survived by her son, Pieter Vandersloot Jr. (Carla) of Kalispell; her daughter, Anneke Boyle of Polson; five grandchildren; and her sisters, Rose Dinkel and Clara Weigel, both of Hays. She was preceded in death by her husband, Pieter, in 2016.

A Mass of Christian Burial will be celebrated at 11 a.m. Tuesday, April 28, at Immaculate Conception Catholic Church in Polson. Burial will follow at Lakeview Cemetery.""",
gold=[("MSO010", "deceased_client")]),

dict(guid="mso_mc_notice_10457", pub="2026-04-06T05:00:00-06:00", title="JORGENSTAD, Wilhelmina \"Billie\"",
body="""JORGENSTAD, Wilhelmina "Billie" - Missoula. Died April 3, 2026. Arrangements are pending with Clark Fork & Bitterroot Funeral Chapels, Missoula. A full obituary will follow.""",
gold=[("MSO012", "possible_deceased_client")]),

dict(guid="mso_mc_obit_10470", pub="2026-03-10T05:00:00-06:00", title="Lawrence \"Larry\" Pomrenke, 77, Great Falls",
body="""GREAT FALLS - Lawrence Edwin "Larry" Pomrenke, 77, died March 6, 2026, at Benefis Hospital in Great Falls.

Larry grew up in Seeley Lake, where his father ran the sawmill's planer, and he never stopped calling it home. He worked 38 years for the Great Northern and then the BNSF as a section foreman, served in the Navy aboard the USS Ranger, and spent every opening day of hunting season in the Swan Valley with the same three friends from Seeley-Swan High School.

He is survived by his wife, Darla, of Great Falls; his sons, Troy and Jason Pomrenke, both of Great Falls; his sister, Gerri Hoffstetter and her husband, Merle, of Seeley Lake; and six grandchildren. He was preceded in death by his parents, Ed and Verna Pomrenke.

Services will be held at 1 p.m. Saturday at the Community Church in Seeley Lake, with a reception following at the Seeley Lake Elks Lodge.""",
gold=[("MSO017", "survivor")]),

dict(guid="mso_mc_obit_10488", pub="2026-02-02T05:00:00-07:00", title="Signe Albertson, 91, Missoula",
body="""Signe Marie Albertson, 91, of Missoula, died January 30, 2026, at the Hillside Health Care Center.

Born in Plentywood to Norwegian homesteaders, Signe came to Missoula in 1953 as a bride and worked for 27 years as a librarian at the Missoula Public Library, where she ran the children's story hour with a sternness that every child in it remembers fondly. She was a member of the Sons of Norway, Bitterroot Lodge, and knitted more than 400 pairs of mittens for the Poverello Center.

Signe is survived by her nephew, Gordon Albertson of Billings; her niece, Colette Birkeland of Great Falls; and her great-nephews, Nils and Anton. Her husband, Clarence, died in 1998.

A memorial service will be held Thursday at 11 a.m. at Immanuel Lutheran Church. Her longtime friend and neighbor Rex Stuckenbruck will give the eulogy.""",
gold=[]),

dict(guid="mso_mc_notice_10502", pub="2026-02-16T05:00:00-07:00", title="QUISENBERRY, Everett L. \"Ev\"",
body="""QUISENBERRY, Everett L. "Ev," 79, Missoula, died Feb. 11, 2026. Memorial service 11 a.m. Saturday, Feb. 21, Immanuel Lutheran Church. Clark Fork & Bitterroot Funeral Chapels.""",
gold=[]),

dict(guid="mso_mc_obit_10519", pub="2026-03-31T05:00:00-06:00", title="Ruth Ostergaard Tangen, 97, Milltown",
body="""MILLTOWN - Ruth Ostergaard Tangen, 97, the last of the old Milltown families who remembered when the dam was still standing, died Thursday, March 26, 2026, at her home, with her daughter beside her.

Ruth was born in 1928 in the company house on Riverside Avenue, where her father kept the boilers running at the Bonner mill. She married Olaf Tangen in 1948, raised four children, and for 22 years ran the lunch counter at the Milltown Union Bar, where loggers and Montana Power linemen argued over her huckleberry pie.

She is survived by her daughters, Mrs. Wendell Hedegaard of Bonner and Mrs. Ron Pickering of Deer Lodge; her son, Olaf Tangen Jr. of Missoula; eleven grandchildren, including Clay Ruckelshaus of Lolo; and 19 great-grandchildren. She was preceded in death by her husband, Olaf, and her son, Arne.

Funeral services will be held Saturday at 11 a.m. at the Bonner Community Church, with interment at the Bonner Cemetery.""",
gold=[("MSO018", "survivor")]),

dict(guid="mso_mc_notice_10533", pub="2026-04-02T05:00:00-06:00", title="VOGELSANG, Herbert",
body="""VOGELSANG, Herbert J., 84, Missoula, died March 30, 2026. Survived by his wife, Dorothy; sons Kurt and Dieter. Graveside service Friday, 2 p.m., Missoula City Cemetery.""",
gold=[]),

dict(guid="mso_mc_obit_10561", pub="2026-05-05T05:00:00-06:00", title="Ofelia Villalobos de Carrasco, 79, Missoula",
body="""Ofelia Villalobos de Carrasco, 79, of Missoula, died Friday, May 1, 2026, at Providence St. Patrick Hospital, with her rosary in her hand and her granddaughters singing to her.

Ofelia was born in Jiménez, Chihuahua, Mexico, and came to Montana in 1968 with her husband, Ramón Carrasco, who worked the sugar-beet harvest near Missoula and later for 25 years at the Stone Container mill. She cleaned rooms at the Florence Hotel, then ran the kitchen at St. Anthony Parish's fiesta for three decades, and her tamales were the reason half the parish came at Christmas.

She is survived by her daughter, Lupe Carrasco of Missoula; her sons, Ramón Carrasco Villalobos of Denver and José Luis Carrasco of El Paso, Texas; nine grandchildren; and her sister, Amparo Villalobos of Ciudad Jiménez. She was preceded in death by her husband, Ramón, in 2012.

A Rosary will be prayed Thursday at 7 p.m., and a funeral Mass will be celebrated Friday at 10 a.m., both at St. Anthony Catholic Church, Missoula. Misa de cuerpo presente el viernes a las 10 de la mañana.""",
gold=[("MSO006", "survivor")]),
]
