"""Wojcik-Lindell Family Funeral Homes (South Bend and Mishawaka chapels): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled (gold= beside each text)."""

ITEMS = [
dict(guid="sbn_wlfh_2026_0331", pub="2026-03-31T10:15:00-04:00",
title="Marguerite \"Margo\" De Vleeschouwer",
body="""Marguerite "Margo" De Vleeschouwer, 82, of Mishawaka, passed away peacefully on Saturday, March 28, 2026, at Saint Joseph Health System Mishawaka Medical Center, surrounded by her family.

Margo was born on March 22, 1944, in Mishawaka, the daughter of the late Achiel and Maria (Goethals) Van Damme. She grew up on the city's Belgian west end, graduated from Mishawaka High School in 1962 and married Remi De Vleeschouwer at St. Bavo Catholic Church on June 13, 1964. For 31 years she kept the books at the family's greenhouse on Lincolnway, and she never missed a Saturday night of rolle bolle at the Belgian club.

She is survived by her husband of 61 years, Remi; their children, Annick (Paul) Wyns of Mishawaka and Luc De Vleeschouwer of Carmel; five grandchildren; and her sister, Godelieve Coppens of Ghent, Belgium.

Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Bavo Catholic Church, with Rev. Stanislaus Obiora officiating. Pallbearers will be Gus Lemmens, Pieter Wyns, Noah Wyns, Dries Coppens, Jerome Bultinck and Kevin De Smet. Burial will follow at St. Joseph Cemetery. Memorial contributions may be made to the Belgian-American Club of Mishawaka.""",
gold=[("SBN003", "deceased_client")]),   # born 3/22/1944 = roster; husband Remi = roster spouse (not a client). Gus Lemmens pallbearer: nothing

dict(guid="sbn_wlfh_2026_0817", pub="2026-08-17T09:40:00-04:00",
title="Thaddeus J. \"T.J.\" Przybylinski III",
body="""Thaddeus Joseph "T.J." Przybylinski III, 47, of Mishawaka, died unexpectedly on Wednesday, August 12, 2026, at his home.

T.J. was born on March 3, 1979, in South Bend, to Thaddeus Jr. and Dolores (Kaczmarek) Przybylinski. He was a 1997 graduate of Saint Joseph High School and worked for 22 years as a machinist at Dixon Tooling in Elkhart. He coached Little League at Merrifield Park and could fix anything with an engine.

He is survived by his parents, Ted Jr. and Dolly Przybylinski of South Bend; his daughter, Kaylee Przybylinski of Mishawaka; his brother, Maj. Adam Przybylinski, U.S. Air Force, stationed at Ramstein Air Base, Germany; and his grandmother's sister, Wanda Kaczmarek Lis of Niles, Mich. He was preceded in death by his grandparents, Thaddeus Przybylinski Sr. and Irene Przybylinski.

Visitation will be from 4 to 8 p.m. Thursday at our Mishawaka chapel, with a rosary at 7 p.m. The Funeral Mass will be at 10 a.m. Friday at St. Hedwig Catholic Church, Rev. Casimir Nowak celebrant.""",
gold=[("SBN001", "survivor"), ("SBN002", "survivor")]),   # the deceased is their son (III, 47): parents are survivors

dict(guid="sbn_wlfh_2026_0506", pub="2026-05-06T11:00:00-04:00",
title="Elfriede H. Kleinschmidt",
body="""Elfriede Hannelore Kleinschmidt, 90, of South Bend, died Sunday, May 3, 2026, at Hospice House on Bonds Avenue.

Born in Stuttgart, Germany, on January 9, 1936, she came to South Bend in 1957 as the bride of Otto Kleinschmidt, a tool-and-die maker at Bendix. She sang alto in the choir of Zion United Church of Christ for fifty years and baked stollen for half the parish every Christmas.

Elfriede is survived by her son, Toby (Jeanne) Kleinschmidt of Buchanan, Mich.; her daughter, Heidi Marsh of Lakeville; and four grandchildren. She was preceded in death by the late Otto in 2009.

The family thanks Dr. Imogen Sadowsky and the nurses of the Center for Hospice Care for their tender care. A memorial service will be held at 11 a.m. Saturday at Zion United Church of Christ, Rev. Dana Ruppert officiating.""",
gold=[("SBN021", "survivor")]),   # roster Tobias "Toby", Niles MI; Buchanan is ~11 km away, family name. Dr. Sadowsky thanked: nothing

dict(guid="sbn_wlfh_2026_0612", pub="2026-06-12T08:30:00-04:00",
title="Francis X. \"Frank\" Dunleavy",
body="""Francis Xavier "Frank" Dunleavy, 84, a lifelong resident of South Bend, passed away on June 9, 2026.

Frank was born July 2, 1941, to the late Martin and Nora Dunleavy. He served in the U.S. Navy aboard the USS Intrepid and then spent 35 years as a letter carrier in the Sunnymede and Harter Heights neighborhoods, where he knew every dog by name. He was a season-ticket holder at Notre Dame Stadium since 1968.

Survivors include his sister, Mrs. Wendell (Rosalind) Haverstock of Granger; his nephews, Brian and Kevin Haverstock; and his cousin, Genny Rzepecki of South Bend. He was preceded in death by his wife, Kathleen, in 2019, and by his brother, Martin Jr.

Funeral services will be held at 10:30 a.m. Tuesday at Little Flower Catholic Church. Military honors by the South Bend American Legion Post 50. In lieu of flowers, donations may be made to the Food Bank of Northern Indiana.""",
gold=[("SBN020", "survivor"), ("SBN015", "survivor")]),   # "Mrs. Wendell (Rosalind) Haverstock" = roster Rosalind, spouse Wendell, maiden Dunleavy

dict(guid="sbn_wlfh_2026_0702", pub="2026-07-02T13:20:00-04:00",
title="Beatrice Ann Munchel",
body="""Beatrice Ann Munchel, 71, of Osceola, passed away on Monday, June 29, 2026, at Memorial Hospital of South Bend.

Bea was born in Mishawaka on April 30, 1955, to Floyd and Edna (Sauer) Blankenbaker. She retired from Penn-Harris-Madison Schools after 28 years as a cafeteria manager at Bittersweet Elementary.

She is survived by her husband of 49 years, Gary Munchel; her sons, Travis (Amber) Munchel of Osceola and Derek Munchel of Bremen; her brother, Horace Blankenbaker of Osceola; and six grandchildren.

Services will be at 2 p.m. Monday at our South Bend chapel.""",
gold=[]),   # Horace Blankenbaker is the do_not_contact client SBN016: nothing

dict(guid="sbn_wlfh_2026_0905", pub="2026-09-05T10:00:00-04:00",
title="Homegoing Celebration for Mother Ernestine Gatewood Sims",
body="""Mother Ernestine Gatewood Sims, 93, of South Bend, was called home on Monday, August 31, 2026.

Born in Greenwood, Mississippi, on February 2, 1933, she came north to South Bend in 1951 and worked at the Studebaker plant until it closed. For more than sixty years she served as a church mother at Greater Mount Carmel Missionary Baptist Church.

She leaves to cherish her memory her daughters, Loretta Sims Boyd of South Bend and Gwendolyn Sims of Detroit; her son, Deacon Harold Sims of Gary; eleven grandchildren; and a host of nieces, nephews and church family.

The Homegoing Service will be held at 11 a.m. Saturday at Greater Mount Carmel Missionary Baptist Church. Rev. Odell Pettaway, pastor, will deliver the eulogy. Interment at Southlawn Cemetery.""",
gold=[]),   # Rev. Odell Pettaway (SBN008) officiates: nothing

dict(guid="sbn_wlfh_2026_1020", pub="2026-10-20T09:05:00-04:00",
title="Dorothy Jean Hrynkiewicz",
body="""Dorothy Jean Hrynkiewicz, 88, of South Bend, went home to the Lord on October 17, 2026.

Dorothy was born in LaPorte on May 14, 1938. She worked as a seamstress at Robertson's department store downtown and later ran a small alterations shop from her home on Ford Street.

She is survived by her daughters, Carol Hrynkiewicz of South Bend and Janet (Robert) Fenske of Walkerton, and by three grandchildren. She was preceded in death by her husband, Stanley, and her brother, Eugene Domagalski.

A funeral Mass will be celebrated at 10 a.m. Thursday at St. Adalbert Catholic Church.""",
gold=[]),   # surname near the client Hrynkiws (Hrynkiw): different family, nothing
]
