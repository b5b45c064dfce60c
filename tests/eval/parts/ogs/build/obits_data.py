"""Hand-written obituaries for the ogs part, with the hand labels (gold) beside each text.

feed: courier (daily newspaper, plain text), chapels (funeral-home site, HTML content:encoded), bulletin (parish
bulletin, plain text), notices (paid death notices, terse, surname first)."""

ITEMS = [
dict(feed="courier", guid="ogs_courier_obit_20260212_wtyo", pub="2026-02-12T05:30:00-05:00",
title="Wendell A. Tyo, 86, longtime Canton milk hauler",
body="""CANTON - Wendell A. Tyo, 86, of Judson Street, passed away Monday, Feb. 9, 2026, at Canton-Potsdam Hospital, with his family at his side.

Calling hours will be Friday from 4 to 7 p.m. at St. Lawrence Valley Memorial Chapels, Canton. A Mass of Christian Burial will be celebrated at 11 a.m. Saturday at St. Mary's Church with the Rev. Timothy Boulerice officiating. Burial will be in the spring in Fairview Cemetery.

Wendell was born June 2, 1939, in Pierrepont, a son of the late Alcide and Rose (Bigarel) Tyo. He graduated from Canton Central School in 1957 and served in the U.S. Army at Fort Drum and in Germany. On Oct. 13, 1963, he married Beverly Fenlong at St. Mary's Church.

For 38 years Wendell hauled milk for the Canton and Rensselaer Falls co-ops, and there was hardly a farm lane between Hermon and Madrid he had not backed a tanker down in February. He was a member of the Canton Fire Department for 30 years and of the Knights of Columbus, and he never missed a Saints hockey game.

Surviving are his wife of 62 years, Beverly (Fenlong) Tyo of Canton; two sons, Mark (Julie) Tyo of Colton and Daniel Tyo of Syracuse; a daughter, Renee (Scott) Bigwarfe of Rensselaer Falls; a brother-in-law, Clifford Fenlong of Norwood; six grandchildren and four great-grandchildren.

He was predeceased by a brother, Armand Tyo, and a sister, Jeannette Gilson.

Donations in his memory may be made to the Canton Volunteer Fire Department.""",
gold=[("OGS006", "deceased_client"), ("OGS007", "spouse_of_deceased_client"), ("OGS016", "survivor")]),

dict(feed="notices", guid="ogs_notice_20260214_tyo", pub="2026-02-14T06:00:00-05:00",
title="TYO, Wendell A.",
body="""TYO, Wendell A., 86, of Canton, died Feb. 9, 2026. Born June 2, 1939. Husband of Beverly (Fenlong) Tyo. Calling hours Friday 4-7 p.m., St. Lawrence Valley Memorial Chapels, Canton; Mass Saturday 11 a.m., St. Mary's Church.""",
gold=[]),  # duplicate copy of the Courier obituary: labelled on the earlier copy only

dict(feed="courier", guid="ogs_courier_obit_20260303_labrake", pub="2026-03-03T05:30:00-05:00",
title="Rita M. LaBrake, 97, Ogdensburg",
body="""OGDENSBURG - Rita M. (Rushlaw) LaBrake, 97, a resident of the St. Joseph's Home and formerly of Proctor Avenue, died peacefully Saturday, Feb. 28, 2026.

Rita was born Oct. 4, 1928, in Lisbon, the daughter of Napoleon and Albertine (Charlebois) Rushlaw. She married Gerald LaBrake in 1949 at Notre Dame Church; he died in 1998. She worked in the kitchen at the Ogdensburg Psychiatric Center for 25 years and was known for her salt pork and beans and her tourtière at Christmas.

She is survived by her daughter and son-in-law, Claudette and Ray Boprey of Ogdensburg; a son, Richard LaBrake of Clearwater, Fla.; eight grandchildren and many great-grandchildren.

Besides her husband she was predeceased by a son, Roger, in 1971, and by her brothers, Ovila and Leo Rushlaw.

Bearers will be Jerry Dishaw, Thomas Boprey, Kyle Boprey and Nathan LaBrake. Calling hours Thursday 2-4 p.m. at St. Lawrence Valley Memorial Chapels, Ogdensburg; Mass Friday at 10 a.m. at Notre Dame Church.""",
gold=[("OGS002", "survivor"), ("OGS001", "survivor")]),

dict(feed="chapels", guid="ogs_chapels_robert-thibault", pub="2026-03-18T10:15:00-04:00",
title="Robert \"Bob\" Thibault",
body="""Robert "Bob" Thibault, 71, of Massena, passed away on Sunday, March 15, 2026, at Massena Hospital after a short illness.

Bob was born in Massena on August 2, 1954, to the late Lucien and Irene (Lalonde) Thibault. He worked 36 years in the potlines at Alcoa and was proud of every one of them. In retirement he fished the St. Lawrence from the Robert Moses Power Dam to Waddington and could tell you where the walleye were on any given Tuesday.

He is survived by his sisters, Lorraine Dishaw and her husband Jerry of Massena, and Francine Phippen of Ogden, Utah; and by several nieces and nephews, including his godson, Marc Dishaw.

He was predeceased by his brother, Normand Thibault.

Friends may call Friday from 4 to 7 p.m. at our Massena chapel. A funeral Mass will be Saturday at 10 a.m. at Sacred Heart Church, with Deacon Paul Gendebien officiating.""",
gold=[("OGS004", "survivor"), ("OGS003", "survivor")]),

dict(feed="chapels", guid="ogs_chapels_aline-gokey", pub="2026-01-09T11:00:00-05:00",
title="Aline T. Gokey",
body="""Aline T. Gokey, 90, of Ogdensburg, died January 6, 2026, at Claxton-Hepburn Medical Center.

Born in Morristown on May 1, 1935, to Hector and Marie (Thivierge) Sharlow, she married Louis Gokey on June 14, 1955; he predeceased her in 2011.

Aline was a cook at the Ogdensburg Free Academy for many years and a member of the Notre Dame Altar and Rosary Society.

She is survived by her daughter, Bernie Gokey of Ogdensburg; her son, Michel Gokey of Lisbon; her sister-in-law, Terry Premo of Potsdam; and four grandchildren.

Calling hours will be held Monday from 10 a.m. until the 11 a.m. funeral service at our Ogdensburg chapel, with Rev. Joseph Morgan officiating. Interment will be in Notre Dame Cemetery in the spring.""",
gold=[("OGS015", "survivor"), ("OGS005", "survivor")]),

dict(feed="bulletin", guid="ogs_bulletin_20260125_lashomb", pub="2026-01-25T07:00:00-05:00",
title="Maurice Lashomb - Heuvelton",
body="""Please remember in your prayers Maurice "Moe" Lashomb, 80, of Heuvelton, who died January 20. Moe served as an usher at St. Raphael's for 40 years. He leaves his wife of 57 years, Yvette; his sister, Yvonne St. Onge of Ogdensburg; his brother-in-law, Butch LaPierre of Heuvelton; and his children Denis, Luc and Annette. His Mass of Christian Burial was celebrated Saturday; bearers were Reg Sharlow, Gary Jock, Luc Lashomb and Ryan Lashomb. Eternal rest grant unto him, O Lord.""",
gold=[("OGS022", "survivor")]),  # OGS009 Butch LaPierre is do_not_contact; OGS019 Reg Sharlow is a bearer

dict(feed="courier", guid="ogs_courier_obit_20260409_barkley", pub="2026-04-09T05:30:00-04:00",
title="Geraldine J. Barkley, 82, Lisbon",
body="""LISBON - Geraldine J. (Jock) Barkley, 82, of the Flackville Road, died Tuesday, April 7, 2026, at her home.

She was born July 18, 1943, in Waddington, a daughter of Leo and Bertha (Premo) Jock, and married Harold Barkley, who survives.

Geraldine drove school bus for Lisbon Central School for 31 years and was a 4-H leader.

Besides her husband, she is survived by a sister, Darlene Mayette of Waddington; a brother, Gary Jock of Lisbon; two daughters, Susan (Michael) Perretta of Gouverneur and Lisa Barkley of Watertown; and five grandchildren. She was predeceased by a brother, Edward Jock, and by her sister's husband, Leonard Mayette.

Calling hours Saturday 1-3 p.m. at the Lisbon Town Hall; burial in Lisbon Center Cemetery.""",
gold=[("OGS010", "survivor")]),

dict(feed="chapels", guid="ogs_chapels_lucien-premo", pub="2026-04-22T09:40:00-04:00",
title="Lucien J. Premo",
body="""Lucien J. Premo, 86, of Potsdam, died Sunday, April 19, 2026, at the Highland Nursing Home in Massena.

Lucien was born in Potsdam on Nov. 11, 1939, to Joseph and Delima (Gagnon) Premo. He worked on the grounds crew at Clarkson University for 33 years and was a lifelong member of St. Mary's Church, Potsdam.

He is survived by his wife, Lucille (Arquiett) Premo; his sister-in-law, Marie-Thérèse Premo of Potsdam; and nieces and nephews. He was predeceased by his brother, Raymond Premo, in 2019.

A Mass of Christian Burial will be celebrated Friday at 11 a.m. at St. Mary's Church. Arrangements are with our Potsdam chapel.""",
gold=[("OGS005", "survivor")]),

dict(feed="chapels", guid="ogs_chapels_nicole-bouchard", pub="2026-05-06T10:00:00-04:00",
title="Nicole (Paquette) Bouchard",
body="""Nicole (Paquette) Bouchard, 63, of Massena, passed away unexpectedly on Sunday, May 3, 2026, at her home.

Nicole was born in Cornwall, Ontario, on Feb. 20, 1963, and came to Massena in 1985 when she married Armand Bouchard at Sacred Heart Church. She was a teller at the Massena branch of Seaway Valley Savings for 29 years.

She is survived by her husband of 41 years, Armand Bouchard of Massena; their son, Éric Bouchard of Plattsburgh; her mother, Gisèle Paquette of Cornwall; and her sisters, Sylvie and Johanne.

A funeral Mass will be celebrated Saturday at 11 a.m. at Sacred Heart Church. Memorial contributions may be made to the Massena Hospital Foundation.""",
gold=[("OGS011", "survivor")]),

dict(feed="courier", guid="ogs_courier_obit_20260521_mccormick", pub="2026-05-21T05:30:00-04:00",
title="Eugene P. McCormick, 90, Potsdam",
body="""POTSDAM - Eugene P. McCormick, 90, of Potsdam, and formerly of Parishville, died Tuesday, May 19, 2026, at Canton-Potsdam Hospital.

Gene was born March 8, 1936, in Parishville, the son of Patrick and Nora (Flanagan) McCormick. He taught industrial arts at Potsdam Central for 34 years.

Surviving are his son, Dennis (Mary Ellen) McCormick of Potsdam; a daughter, Kathleen McCormick of Albany; and three grandchildren, including Siobhan McCormick of Potsdam. He was predeceased by his wife, Anne (Dolan) McCormick, in 2020.

Calling hours will be Friday, 4-7 p.m., at St. Lawrence Valley Memorial Chapels, Potsdam. Rev. Bryan Stitt will officiate at the funeral Mass Saturday at St. Mary's Church.""",
gold=[("OGS013", "survivor"), ("OGS012", "survivor")]),

dict(feed="bulletin", guid="ogs_bulletin_20260607_cook", pub="2026-06-07T07:00:00-04:00",
title="Delia Cook - Akwesasne",
body="""We pray for the repose of the soul of Delia Cook, 94, of Akwesasne, who died May 31. Delia was a basket maker and a faithful member of St. Regis Mission for more than 70 years. She leaves her daughter, Margaret Cook; her granddaughter, Kayla (Shawn) Thompson of Malone; and many great-grandchildren. Her funeral was held at the St. Regis Mission Church on June 4.""",
gold=[("OGS018", "survivor"), ("OGS017", "survivor")]),

dict(feed="courier", guid="ogs_courier_obit_20260615_bellinger", pub="2026-06-15T05:30:00-04:00",
title="Harold W. Bellinger, 88, Gouverneur",
body="""GOUVERNEUR - Harold W. Bellinger, 88, of Gouverneur, died Saturday, June 13, 2026, at Gouverneur Hospital.

He was born Sept. 9, 1937, in Fowler, a son of Walter and Edna (Kinney) Bellinger. He worked at the talc mines in Balmat for 30 years and farmed on the side until he was 80.

He is survived by his sister-in-law, Henrietta "Etta" Bellinger of Gouverneur, and by many nieces and nephews. He was predeceased by his wife, Clara, and by his brothers, Walter Bellinger Jr. and Lyle Bellinger.

Bearers will be Tad Woodcock, Dale Kinney, Justin Kinney and Ray Boprey. Services Wednesday at 11 a.m. at the Gouverneur United Methodist Church.""",
gold=[("OGS020", "survivor")]),  # bearers OGS021 Tad Woodcock and OGS001 Ray Boprey: nothing

dict(feed="chapels", guid="ogs_chapels_louis-tarbell", pub="2026-06-24T09:10:00-04:00",
title="Louis \"Louie\" Tarbell",
body="""Louis "Louie" Tarbell, 74, of Massena, went home to the Creator on Monday, June 22, 2026, at Massena Hospital.

Louie was born at Akwesasne on January 30, 1952, and was an ironworker with Local 440 for 35 years, walking steel on bridges from Montreal to New York City.

He is survived by his daughter, Kateri Tarbell-Oakes (Ron) of Massena; his son, Louis Tarbell Jr. of Hogansburg; his companion, Rita Lazore; and nine grandchildren. He was predeceased by his wife, Agnes (Herne) Tarbell.

A traditional service will be held at the family home on Saturday, followed by burial at the Tarbell family plot.""",
gold=[("OGS008", "survivor")]),

dict(feed="courier", guid="ogs_courier_obit_20260702_ashley", pub="2026-07-02T05:30:00-04:00",
title="Leon J. Ashley, 24, Canton",
body="""CANTON - Leon J. Ashley, 24, of Canton, died Sunday, June 28, 2026, in a motorcycle accident on State Highway 68.

Leon was born Feb. 3, 2002, in Potsdam, the son of Kevin and Tammy (Smithers) Ashley. He graduated from Canton Central School in 2020 and from SUNY Canton in 2022, and worked as a lineman for National Grid.

He is survived by his parents, Kevin and Tammy Ashley of Canton; his sister, Brianna Ashley; and his grandparents, Leon and Joyce Ashley of Canton, for whom he was named.

Calling hours Thursday 4-8 p.m. at St. Lawrence Valley Memorial Chapels, Canton.""",
gold=[("OGS014", "survivor")]),  # the deceased is the client's 24-year-old grandson and namesake

dict(feed="notices", guid="ogs_notice_20260508_fenlong", pub="2026-05-08T06:00:00-04:00",
title="FENLONG, Clifford",
body="""FENLONG, Clifford, of Norwood, died May 5, 2026. Arrangements are with St. Lawrence Valley Memorial Chapels, Potsdam. Private services at the convenience of the family.""",
gold=[("OGS016", "possible_deceased_client")]),  # same name and town, no age, spouse or family to corroborate

dict(feed="notices", guid="ogs_notice_20260716_thompson", pub="2026-07-16T06:00:00-04:00",
title="THOMPSON, Shawn R.",
body="""THOMPSON, Shawn R., 67, of Malone, died July 13, 2026. Husband of Bonnie (Lamica) Thompson; father of Travis and Kelly. Retired correction officer, Franklin Correctional Facility. Services Monday, Bruso-Desnoyers Chapel, Malone.""",
gold=[]),  # namesake: OGS017 is 40 (b. 1985) and married to Kayla

dict(feed="notices", guid="ogs_notice_20260320_bouchard", pub="2026-03-20T06:00:00-04:00",
title="BOUCHARD, Armand J.",
body="""BOUCHARD, Armand J., 91, of Cornwall, Ont., formerly of Alexandria, died March 17, 2026. Husband of the late Thérèse (Lalonde) Bouchard. Funeral Mass at Nativity Co-Cathedral, Cornwall.""",
gold=[]),  # old namesake across the river: OGS011 is 65 and his wife Nicole is living in March

dict(feed="notices", guid="ogs_notice_20260805_mayette", pub="2026-08-05T06:00:00-04:00",
title="MAYETTE, Darlene M.",
body="""MAYETTE, Darlene M., 79, of Plattsburgh, formerly of Mooers, died Aug. 2, 2026. Wife of Ronald Mayette; mother of Tina and Scott. Mass at St. Joseph's Church, Coopersville.""",
gold=[]),  # namesake far away, married (OGS010 is a widow in Waddington)

dict(feed="bulletin", guid="ogs_bulletin_20260823_woodcock", pub="2026-08-23T07:00:00-04:00",
title="Ethel Woodcock - Madrid",
body="""Please pray for Ethel Woodcock, 96, of Madrid, who died August 18 after a long life on the family farm on County Route 14. Ethel leaves her son, Thaddeus "Tad" Woodcock of Madrid, and her grandchildren Colin and Maeve. Her funeral was celebrated Thursday at St. John's; Deacon Paul Gendebien presided. Her husband, Elwin, died in 2004.""",
gold=[("OGS021", "survivor")]),

dict(feed="chapels", guid="ogs_chapels_bernard-boprey", pub="2026-09-10T10:30:00-04:00",
title="Bernard \"Bernie\" Boprey",
body="""Bernard "Bernie" Boprey, 83, of Rensselaer Falls, died September 7, 2026, at the Canton-Potsdam Hospital.

He was born in DeKalb on April 2, 1943, the son of Henri and Yvonne (Gagnier) Boprey. He farmed in Rensselaer Falls all his life.

He is survived by his wife, Pauline; his sons, Thomas and Kyle Boprey; his brother, Raymond Boprey and his wife Claudette of Ogdensburg; and his cousin, Francis "Butch" LaPierre of Heuvelton. He was predeceased by his sister, Cecile Tyo.

Calling hours at our Canton chapel Friday; Mass Saturday at St. Mary's Church, Canton.""",
gold=[("OGS001", "survivor"), ("OGS002", "survivor")]),  # OGS009 Butch LaPierre: do_not_contact
]
