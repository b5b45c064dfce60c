"""The Southern Illinois Register-Gazette (daily newspaper, Carbondale/Marion): legacy-style titles, plain-text
descriptions. Hand-labelled."""

FEED = "sirg"
ITEMS = [
dict(guid="mvn_sirg_obit_26011", pub="2026-01-22T05:30:00-06:00",
title="Lyle Eugene Karraker Obituary (1946 - 2026) - Dongola, IL - Southern Illinois Register-Gazette",
body="""DONGOLA - Lyle Eugene Karraker, 79, of Dongola, passed away at 4:10 a.m. Monday, January 19, 2026, at Union County Hospital in Anna.

He was born November 8, 1946, on the home place south of Dongola, the son of Herschel and Velma (Hileman) Karraker. He farmed peaches and apples on the ridge for fifty years, sold at the Anna farmers market every Saturday from June to October, and was a member of Dongola Lutheran Church.

Survivors include two sisters, Wanda (Gene) Threlkeld of Mount Vernon and Geraldine "Gerri" Stonecipher of Anna; several nieces and nephews; and his faithful dog, Rowdy.

He was preceded in death by his parents; his wife, Darlene, in 2014; and his brother-in-law, Merle Stonecipher.

Funeral services will be at 11 a.m. Saturday at Dongola Lutheran Church with Pastor Kurt Lingle officiating. Burial will follow in Dongola Cemetery. Rendleman & Hileman Funeral Home in Anna is in charge of arrangements.""",
gold=[("MVN002", "survivor"), ("MVN001", "survivor"), ("MVN018", "survivor")]),

dict(guid="mvn_sirg_obit_26024", pub="2026-02-06T05:30:00-06:00",
title="Travis Lane Bledsoe Obituary (2006 - 2026) - Herrin, IL - Southern Illinois Register-Gazette",
body="""HERRIN - Travis Lane Bledsoe, 19, of Herrin, died Tuesday, February 3, 2026, as the result of a single-vehicle accident on Illinois 148 north of Herrin.

Travis was born August 14, 2006, in Carbondale. He graduated from Herrin High School in 2024, where he wrestled at 152 pounds, and was an apprentice lineman with the electric cooperative. He could fix anything with an engine and would tell you so.

He is survived by his parents, Rick and Donna Bledsoe of Herrin; a sister, Kaylee Bledsoe of Johnston City; his grandmother, Betty Bledsoe of Energy; and his girlfriend, Madison Hux.

He was preceded in death by his grandfather, Wade Bledsoe.

Visitation will be from 4 to 8 p.m. Friday at Crab Orchard Chapel in Herrin. The funeral will be at 10 a.m. Saturday, with burial in Herrin City Cemetery.""",
gold=[]),

dict(guid="mvn_sirg_obit_26031", pub="2026-02-14T05:30:00-06:00",
title="Estel 'Bud' Gholson Obituary (1939 - 2026) - Harrisburg, IL - Southern Illinois Register-Gazette",
body="""HARRISBURG - Estel "Bud" Gholson, 86, of Harrisburg, passed away Wednesday, February 11, 2026, at Harrisburg Medical Center.

Bud was born March 2, 1939, in Saline County, the son of Otis and Nell (Rister) Gholson. He worked thirty-one years underground at the Sahara mines and, after the mines closed, drove a school bus for the Harrisburg district for another fifteen. He never missed a Bulldogs home game.

He is survived by his sister, Bobbie Sue Eubanks of Harrisburg; his stepson, Ricky Dale Barnett of Carrier Mills; and four grandchildren.

He was preceded in death by his wife, Lavonne; his brothers, Otis Jr. and Cleatus Gholson; and his brother-in-law, Bill Eubanks.

Funeral services will be Monday at 1 p.m. at the Harrisburg Chapel of Big Muddy & Crab Orchard Funeral Chapels, with Brother Jimmy Dale Rister officiating. Pallbearers will be Hap Ozment, Ricky Dale Barnett, Ronnie Lambert, Doyle Sutton, Mike Rister and Shane Gholson. Burial will be in Sunset Lawn Cemetery.""",
gold=[("MVN005", "survivor")]),

dict(guid="mvn_sirg_obit_26047", pub="2026-03-05T05:30:00-06:00",
title="Virgil Eldon Lipe Obituary (1935 - 2026) - Bakersfield, CA - Southern Illinois Register-Gazette",
body="""BAKERSFIELD, Calif. - Virgil Eldon Lipe, 90, of Bakersfield, formerly of Zeigler, died February 26, 2026, at his home in Bakersfield.

He was born June 1, 1935, in Zeigler, the son of Roy and Ethel Lipe, and moved to California in 1958, where he worked in the oil fields of Kern County until his retirement.

He is survived by his wife of 66 years, Marjorie Lipe; two sons, Gary Lipe of Fresno and Tim Lipe of Bakersfield; and a brother, Clyde Lipe of Zeigler.

Graveside services were held in Bakersfield. A memorial will be placed in Zeigler City Cemetery next to his parents.""",
gold=[]),

dict(guid="mvn_sirg_obit_26062", pub="2026-03-27T05:30:00-05:00",
title="Rogelio Ortega Obituary (1953 - 2026) - Carbondale, IL - Southern Illinois Register-Gazette",
body="""CARBONDALE - Rogelio Ortega, 72, of Carbondale, died Tuesday, March 24, 2026, at Memorial Hospital of Carbondale, surrounded by his family.

Rogelio was born in Zamora, Michoacán, Mexico, and came to Union County in 1978 to pick peaches. He stayed, ran a produce stand on Route 51 for twenty years and later cooked at the SIU student center, where a generation of students knew him only as "Roger."

He is survived by his wife of 45 years, Guadalupe; his daughter, Marisol Ortega-Bledsoe (Travis) of Herrin; his son, Javier Ortega of Chicago; and four grandchildren, including Ava and Mateo Bledsoe.

A Mass of Christian Burial will be celebrated at 10 a.m. Monday at St. Francis Xavier Catholic Church in Carbondale. Burial will be in Oakland Cemetery.""",
gold=[("MVN010", "survivor"), ("MVN011", "survivor")]),

dict(guid="mvn_sirg_obit_26071", pub="2026-04-09T05:30:00-05:00",
title="Lorraine Mabry Obituary (1948 - 2026) - East St. Louis, IL - Southern Illinois Register-Gazette",
body="""EAST ST. LOUIS - Mother Lorraine Mabry, 77, of East St. Louis, entered eternal rest on Saturday, April 4, 2026.

She was a retired licensed practical nurse and a mother of the church at Mount Zion Missionary Baptist Church, where she sang in the senior choir for forty years.

She leaves to cherish her memory two daughters, Angela Mabry and Sharon (Keith) Ward, both of East St. Louis; her son, Marcus Mabry of Atlanta; six grandchildren, among them Deshawn Mabry of Carbondale; and a host of nieces, nephews, church family and friends.

Homegoing services will be held at noon Saturday at Mount Zion Missionary Baptist Church.""",
gold=[("MVN008", "survivor")]),

dict(guid="mvn_sirg_obit_26088", pub="2026-05-02T05:30:00-05:00",
title="Clarence Etherton Obituary (1932 - 2026) - Murphysboro, IL - Southern Illinois Register-Gazette",
body="""MURPHYSBORO - Clarence Ray Etherton, 93, of Murphysboro, died Wednesday, April 29, 2026, at the Jackson County Nursing Home.

He was born in Vergennes and served in Korea with the Army. He was a barber on Walnut Street for 48 years and gave the first haircut to half of Murphysboro.

Survivors include his daughter, Janice (Ron) Cawvey of Murphysboro, three grandchildren and five great-grandchildren.

He was preceded in death by his wife, Edna (Ozment) Etherton; his brother-in-law and hunting partner, Harold Ozment; and a grandson, Corey.

The funeral will be at 2 p.m. Tuesday at Crain Funeral Home in Murphysboro with the Rev. Dale Hileman officiating. Burial will be in Tower Grove Cemetery.""",
gold=[]),
]
