"""The Lake City Ledger (invented daily newspaper, Coeur d'Alene): obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="ccr_lcl_obit_260114", pub="2026-01-14T05:30:00-08:00", title="Vernice Ostrander Haugland, 91",
body="""Vernice Irene Haugland, 91, a longtime resident of Coeur d'Alene, passed away January 9, 2026, at Lacrosse Health and Rehabilitation with family at her side.

Vernice was born July 2, 1934, in Harrison, Idaho, to Walter and Edna Ostrander. She graduated from Coeur d'Alene High School in 1952 and married Arvid Haugland at the old St. Thomas Church in 1955. For 28 years she kept the books for the Lake City Creamery and could still recite the price of a quart of milk in every year of that career.

She was preceded in death by her husband, Arvid, in 2014, and her brother, Carl Ostrander.

She is survived by her son, Paul Haugland of Sandpoint; her niece, Priscilla "Cilla" Ostrander of Coeur d'Alene, who looked in on her every morning with a kolache; her grandson, Desmond Achterberg of Grand Rapids, Mich.; and many cousins.

A graveside service will be held at Forest Cemetery at a later date. Yates Funeral Home of Coeur d'Alene is caring for the family.""",
gold=[("CCR013", "survivor")]),

dict(guid="ccr_lcl_obit_260205", pub="2026-02-05T05:30:00-08:00", title="Kenneth A. Roediger, 84",
body="""Kenneth Alvin Roediger, 84, of Hayden, died Saturday, January 31, 2026, at Kootenai Health.

Ken was born in Wallace in 1941 and worked 30 years for the Washington Water Power Company, climbing poles from Plummer to Priest River. He built the family cabin on Hayden Lake with his own hands and refused to let anyone else run the boat.

Survivors include his son and daughter-in-law, Cole and Tamsin Roediger of Hayden; his daughter, Lisa Brennan of Missoula, Mont.; and five grandchildren. He was preceded in death by his wife, Dorothy, in 2020.

Funeral services will be held at 11 a.m. Friday at Hayden Lake Community Church, the Rev. Hollis Brandvold officiating. Pallbearers will be Marvin Eikum, Greg Salo, Ryan Brennan and Tyler Roediger. Burial will follow at Fairmount Memorial Park.""",
gold=[("CCR012", "survivor"), ("CCR011", "survivor")]),

dict(guid="ccr_lcl_obit_260219", pub="2026-02-19T05:30:00-08:00", title="Dale Anthony Vukelich, 19",
body="""Dale Anthony Vukelich, 19, of Kellogg, died February 14, 2026, in a snowmobile accident near Lookout Pass.

Born October 3, 2006, in Kellogg, "D.J." graduated from Kellogg High School in 2025, where he wrestled at 170 pounds and was the loudest voice in the Wildcat student section. He was working underground at the mine and saving for a lifted truck.

D.J. is survived by his parents, Mark and Tina Vukelich of Kellogg; his sister, Kaylee; his grandparents, Dale and Marlene Vukelich of Kellogg, whose name he carried; and his grandmother, Rosemary Pruett of Pinehurst.

A celebration of his life will be held Saturday at the Kellogg High School gym. Memorials may be made to the Silver Valley Wrestling Club.""",
gold=[("CCR001", "survivor"), ("CCR002", "survivor")]),

dict(guid="ccr_lcl_obit_260312", pub="2026-03-12T05:30:00-07:00", title="Thaddeus R. Oberholtzer Sr., 88",
body="""Thaddeus Roland Oberholtzer Sr., 88, of Post Falls, went home to be with the Lord on March 7, 2026.

Thad was born in 1937 on the family wheat farm outside Rathdrum and farmed the Rathdrum Prairie until the subdivisions came. He served on the Post Falls Highway District board for 16 years and never lost his opinions about gravel.

He was preceded in death by his wife of 59 years, Arlene, and his daughter, Connie.

Survivors include his son, Tad Oberholtzer Jr. and his wife, Kristin, of Post Falls; his granddaughters, Elise and Hannah; and his sister, Verna Koenig of Colfax, Wash.

Services will be held at 2 p.m. Tuesday at Post Falls First Lutheran Church. English Funeral Chapel of Post Falls is in charge of arrangements.""",
gold=[("CCR006", "survivor"), ("CCR007", "survivor")]),

dict(guid="ccr_lcl_obit_260403", pub="2026-04-03T05:30:00-07:00", title="Nora Jean Halvorsen, 87",
body="""Nora Jean Halvorsen, 87, of Bismarck, N.D., died March 29, 2026, at Sanford Medical Center in Bismarck. She was the mother of Coeur d'Alene resident Karl Halvorsen.

Nora Jean was born in 1938 in Minot, N.D., and taught second grade in the Bismarck Public Schools for 34 years. She is survived by her husband of 66 years, Arnold Halvorsen of Bismarck; her son, Karl (Stacy) Halvorsen of Coeur d'Alene; her daughter, Joyce Lund of Fargo; and seven grandchildren.

Services were held April 2 at Trinity Lutheran Church in Bismarck.""",
gold=[]),

dict(guid="ccr_lcl_obit_260428", pub="2026-04-28T05:30:00-07:00", title="Gerald \"Jerry\" Trudeau, 79",
body="""Gerald Francis "Jerry" Trudeau, 79, of Rathdrum, passed away peacefully at home on April 24, 2026.

Jerry was born in Kellogg and followed his father into the Bunker Hill smelter, then drove truck for 30 years. He could fix anything with baling wire and a pair of vise-grips, and did.

He is survived by his wife, Judy; his sisters, Bonnie Eikum (Marvin) of Smelterville and Colette Skogstad (Wendell) of Rathdrum; and numerous nieces and nephews. He was preceded in death by his parents, Lucien and Irene Trudeau, and his brother, Leroy Trudeau.

A rosary will be recited at 6 p.m. Thursday at St. Stanislaus Catholic Church in Rathdrum, with the funeral Mass at 10 a.m. Friday.""",
gold=[("CCR019", "survivor"), ("CCR018", "survivor")]),
]
