"""The Caloosa Courier (Fort Myers daily): legacy-style titles, plain-text descriptions. Hand-labelled."""

ITEMS = [
dict(guid="ftm_ccr_obit_260112_0417", pub="2026-01-12T06:10:00-05:00",
title="Stanley J. Szymanski Obituary (1929 - 2026) - Toledo, OH - The Caloosa Courier",
body="""Stanley Joseph Szymanski, 96, of Toledo, Ohio, and for thirty winters a familiar face at the Cape Coral Yacht Club pier, died January 8, 2026, at Hospice of Northwest Ohio.

Stan was born in the Lagrinka neighborhood of Toledo, the son of Polish immigrants, and worked 41 years as a machinist at the Jeep plant. He and his late wife, Helen, drove to Florida every January 2 in the same Buick until he was 88.

He is survived by his daughter, Lorraine (Gerald) Brinkerhoff of Cape Coral; his son, Edward Szymanski of Sylvania, Ohio; six grandchildren and nine great-grandchildren. He was preceded in death by his wife of 64 years, Helen, and by his brother, Casimir.

A Mass of Christian Burial will be celebrated at St. Hedwig Church in Toledo. A memorial gathering will be held in Cape Coral in March.""",
gold=[("FTM002", "survivor"), ("FTM001", "survivor")]),

dict(guid="ftm_ccr_obit_260306_0522", pub="2026-03-06T06:05:00-05:00",
title="Everett Lindqvist Obituary (1940 - 2026) - Sanibel, FL - The Caloosa Courier",
body="""Everett Nils Lindqvist, 86, of Sanibel, died peacefully at home on March 3, 2026, within sight of the water he loved.

He was born February 9, 1940, in Duluth, Minnesota, and taught marine biology at the University of Minnesota Duluth for 33 years before he and his wife retired to Sanibel in 2003. He counted shorebirds on the Ding Darling refuge every Tuesday for twenty years and helped rebuild the island's bird blinds after Hurricane Ian.

Everett is survived by his wife of 61 years, Margit (Aho) Lindqvist; his sons, Peter of Minneapolis and Johan of Madison, Wisconsin; and four grandchildren. He was preceded in death by his sister, Ingrid.

A celebration of life will be held at Sanibel Community Church on March 21 at 11 a.m. Memorials may go to the Sanibel-Captiva Conservation Foundation.""",
gold=[("FTM015", "deceased_client"), ("FTM016", "spouse_of_deceased_client")]),

dict(guid="ftm_ccr_obit_260118_0433", pub="2026-01-18T06:00:00-05:00",
title="Essie Lee Gaskins Obituary (1937 - 2026) - Fort Myers, FL - The Caloosa Courier",
body="""Mother Essie Lee Gaskins, 88, of Fort Myers, was called home on Tuesday, January 13, 2026.

She was born in Quincy, Florida, to the late Amos and Viola Harrell, and came to the Dunbar community of Fort Myers in 1952. She taught first grade at Dunbar and Franklin Park schools for 36 years and was a mother of the church at Mount Olive AME for as long as anyone can remember.

She leaves to cherish her memory her sister, Ida Mae Pettway of Fort Myers; her niece, LaToya McCloud and her husband, Terrence, of Fort Myers; her nephew, Reginald Gaskins of Atlanta; her godchildren; and a host of former students. She was preceded in death by her husband, Deacon Willie Gaskins, and her brothers, Otis and Clarence.

Homegoing services will be held Saturday at 11 a.m. at Mount Olive AME Church, the Rev. Dr. Cornelius Haynes, eulogist. Pallbearers: Darnell McCloud, Marcus Gaskins, Terrell Pettway and Andre Simmons.""",
gold=[("FTM003", "survivor"), ("FTM013", "survivor"), ("FTM014", "survivor")]),

dict(guid="ftm_ccr_obit_260209_0468", pub="2026-02-09T06:15:00-05:00",
title="Kenneth James Osterhout Obituary (2001 - 2026) - Estero, FL - The Caloosa Courier",
body="""Kenneth James "K.J." Osterhout, 24, of Estero, died February 5, 2026, as the result of a motorcycle accident on Corkscrew Road.

K.J. graduated from Estero High School in 2019, where he played lacrosse, and was an apprentice electrician with Gulf Breeze Electric. He was happiest on a paddleboard at Lovers Key.

He is survived by his parents, Jim and Paula Osterhout of Estero; his sister, Brianna; his grandmother, Ruth Osterhout of Grand Rapids, Michigan; and his girlfriend, Kayla Morrow.

A celebration of his life will be held Saturday at 4 p.m. at Lovers Key State Park, Shelter 3.""",
gold=[]),

dict(guid="ftm_ccr_obit_260224_0490", pub="2026-02-24T06:00:00-05:00",
title="Lucille Hollenbeck Obituary (1934 - 2026) - North Fort Myers, FL - The Caloosa Courier",
body="""Lucille Marie Hollenbeck, 91, of North Fort Myers, died February 20, 2026, at HopeHospice in Cape Coral.

Born in Elkhart, Indiana, Lucille moved to North Fort Myers in 1968 with her husband, Roy, who opened the first Texaco on North Tamiami Trail. She kept the books there for 25 years and sang alto in the choir of North Fort Myers United Methodist.

She is survived by her sons, Dennis Hollenbeck of North Fort Myers and Gary Hollenbeck of Punta Gorda; five grandchildren; and three great-grandchildren. She was preceded in death by her husband, Roy, in 2009.

Visitation will be Friday from 5 to 7 p.m. at Harborview & Palms, North Fort Myers chapel.""",
gold=[("FTM018", "survivor")]),

dict(guid="ftm_ccr_obit_260410_0611", pub="2026-04-10T06:05:00-04:00",
title="Mary Elizabeth Trammell Obituary (1931 - 2026) - Cape Coral, FL - The Caloosa Courier",
body="""Mary Elizabeth "Mary Beth" Trammell, 94, of Cape Coral, went home to the Lord on April 6, 2026.

She was born in Dothan, Alabama, and moved to Cape Coral in 1964, when, as she liked to say, there were more canals than houses. She ran the lunchroom at Cape Coral Elementary and later sold real estate for 30 years.

She is survived by her son, Wade Trammell of Fort Myers; her granddaughter, Mary Beth Trammell of Cape Coral, who was named for her and who sat with her every Sunday; two other grandchildren; and five great-grandchildren. She was preceded in death by her husband, Leon, and her daughter, Patsy.

Services will be held Tuesday at 10 a.m. at First Baptist Church of Cape Coral.""",
gold=[("FTM022", "survivor")]),
]
