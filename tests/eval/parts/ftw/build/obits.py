"""Obituaries for part ftw, three house styles, hand-labelled (gold=[(client_id, role)]).

GCF: Greenbriar & Crestview Funeral Chapels (Fort Worth, Weatherford): funeral-home RSS, HTML in content:encoded.
TCT: Trinity Courier-Times paid death notices: surname-first headings, terse plain text.
LVT: La Voz de Tarrant, esquelas / obituaries: bilingual Catholic community weekly, plain text.
"""

GCF = [
dict(guid="ftw_gcf_leland-vanderslice", pub="2026-04-09T11:15:00-05:00", title="Leland Vanderslice (1948 - 2026)",
body="""Leland Vanderslice, 77, of Fort Worth, went home to be with the Lord on Monday, April 6, 2026, at Baylor Scott & White All Saints, with his family at his side.

Leland was born August 14, 1948, in Breckenridge, Texas, to the late Otis and Ila Mae Vanderslice. He served in the U.S. Army in Germany, then spent 38 years as a tool-and-die man at the General Dynamics plant, later Lockheed Martin, where they still tell the story of the jig he built out of a bedframe. He was a deacon at Ridglea Hills Baptist Church and never missed a Rangers home opener.

He is survived by his wife of 54 years, Corinne (Ruckert) Vanderslice; his sons, Dale Vanderslice (Trish) of Benbrook and Curtis Vanderslice of Abilene; five grandchildren; and his sister, Neva Pickens of Breckenridge. He was preceded in death by his brother, Wayne.

Funeral services will be held at 10 a.m. Saturday at Ridglea Hills Baptist Church, with the Rev. Cleon Ashworth officiating. Pallbearers will be Ricky Pickens, Tom Bledsoe, Gary Nance, Desmond O'Shaughnessy, and his grandsons, Tyler and Cody Vanderslice. Interment will follow at Greenwood Memorial Park.""",
gold=[("FTW009", "deceased_client"), ("FTW010", "spouse_of_deceased_client")]),

dict(guid="ftw_gcf_opal-gaskamp", pub="2026-02-03T09:40:00-06:00", title="Opal Irene Gaskamp (1931 - 2026)",
body="""Opal Irene Gaskamp, 94, of Weatherford, passed away peacefully Saturday, January 31, 2026, at Weatherford Health Care Center.

Opal was born on a cotton farm near Peaster and taught second grade at Curtis Elementary for 31 years. Generations of Weatherford children learned their cursive from her, and she kept every thank-you note they ever wrote.

Survivors include her daughter, Loretta (Tad) Pruett of Weatherford; her son, Kenneth Gaskamp of Millsap; four grandchildren and nine great-grandchildren. She was preceded in death by her husband of 61 years, the late Arvel Gaskamp.

Visitation will be 6 to 8 p.m. Tuesday at the Weatherford chapel. Services will be at 2 p.m. Wednesday at First Methodist Weatherford, with burial at City Greenwood Cemetery.""",
gold=[("FTW002", "survivor"), ("FTW001", "survivor")]),

dict(guid="ftw_gcf_ruby-cordray", pub="2026-03-12T14:05:00-05:00", title="Ruby Nell Cordray (1932 - 2026)",
body="""Ruby Nell Cordray, 93, of Granbury, passed from this life on Tuesday, March 10, 2026.

She was born in Stephenville and married Eldon Cordray in 1950; together they ran the Cordray Pecan Orchard on the Brazos for forty years. She made pralines every Christmas for the entire Lake Granbury volunteer fire department.

Ruby is survived by her son, Harlan Cordray and his wife, Mary Beth, of Fort Worth; her daughter, Darla Hensley of Granbury; six grandchildren and eleven great-grandchildren. She was preceded in death by her husband, Eldon, and her son, Roy Don.

A graveside service will be held at 11 a.m. Saturday at Granbury Cemetery.""",
gold=[("FTW003", "survivor")]),

dict(guid="ftw_gcf_elvira-kuykendall", pub="2026-05-06T10:30:00-05:00", title="Elvira Kuykendall (1930 - 2026)",
body="""Elvira "Vera" Kuykendall, 95, of Mineral Wells, died Sunday, May 3, 2026.

A lifelong member of First Christian Church, Vera worked at the Baker Hotel in its last years and later at the Palo Pinto County tax office. She never learned to drive and never needed to.

She is survived by her nieces, JoAnn Bratcher of Weatherford and Patsy Lusk of Santo, and by a host of great-nieces and nephews. She was preceded in death by her brothers, Floyd and Truman Kuykendall.

Services will be held at 10 a.m. Friday at the Weatherford chapel of Greenbriar & Crestview.""",
gold=[("FTW014", "survivor")]),

dict(guid="ftw_gcf_chester-tidwell", pub="2026-06-16T08:50:00-05:00", title="Chester Ray Tidwell (1935 - 2026)",
body="""Chester Ray Tidwell, 90, of Springtown, went to be with his Savior on Friday, June 12, 2026.

Chester was a Korean War veteran, a horseshoer for half a century and a founding member of the Springtown Cowboy Church. He could tell a horse's temper from the way it stood in a trailer.

Left to cherish his memory are his son, Beauford "Beau" Tidwell and wife Charlene of Weatherford; his daughter, Wanda Pyle (Dub) of Poolville; seven grandchildren, including Beau Tidwell of Lubbock; and twelve great-grandchildren. He was preceded in death by his wife, Imogene, in 2019.

Cowboy church service at 10 a.m. Tuesday at the Springtown Cowboy Church, Pastor Dusty Kirkpatrick officiating. Burial at Springtown Cemetery.""",
gold=[("FTW007", "survivor")]),

dict(guid="ftw_gcf_augusta-strickhausen", pub="2026-07-21T13:00:00-05:00", title="Augusta \"Gussie\" Strickhausen (1941 - 2026)",
body="""Augusta "Gussie" Strickhausen, 84, of Aledo, passed away on Saturday, July 18, 2026, at home on the place she and her late husband Otto built in 1968.

Born in Fredericksburg to German-speaking parents, Gussie brought her peach kolaches to every Aledo ISD bake sale for forty years and never once gave out the recipe.

She is survived by her son, Brandt (Liesl) Strickhausen of Aledo; her daughter, Margit Sauer of Fredericksburg; and five grandchildren, Mason, Ella, Jakob, Lena and Finn.

Funeral Mass will be celebrated at 10 a.m. Friday at St. Rita Catholic Church. Pallbearers: Beau Tidwell, Kurt Sauer, Dennis Lutz and Ray Oeste. Memorials may be made to the Parker County 4-H Foundation.""",
gold=[("FTW022", "survivor"), ("FTW021", "survivor")]),

dict(guid="ftw_gcf_ambrose-grosvenor", pub="2026-09-02T09:10:00-05:00", title="Col. Ambrose T. Grosvenor, USAF (Ret.) (1933 - 2026)",
body="""Col. Ambrose Theodore Grosvenor, USAF (Ret.), 92, of Fort Worth, slipped the surly bonds of earth on August 29, 2026.

He flew B-52s out of Carswell Air Force Base during the Cold War and later taught physics at Arlington Heights High School, where he made every student build a kite.

He is survived by his daughter, Lt. Col. Bettina Grosvenor, USAF (Ret.), of Fort Worth; his son, Martin Grosvenor of Colorado Springs; and four grandchildren. He was preceded in death by his wife, Helen.

Services with full military honors will be held at the Dallas-Fort Worth National Cemetery.""",
gold=[("FTW019", "survivor")]),
]

TCT = [
dict(guid="ftw_tct_20260214_deshazo", pub="2026-02-14T05:30:00-06:00", title="DeSHAZO, Wilhelmina \"Billie\" (Pemberton)",
body="""DeSHAZO, Wilhelmina "Billie" (Pemberton), 85, of Fort Worth, passed away Feb. 11, 2026. Born Feb. 9, 1941, in Cleburne. Retired from Fort Worth ISD after 33 years as a school librarian. Preceded in death by her husband, Lamar DeShazo. Survived by nephews Carl and Ronnie Pemberton. Service: 2 p.m. Tuesday, Arlington Heights United Methodist Church.""",
gold=[("FTW008", "deceased_client")]),

dict(guid="ftw_tct_20260306_tankersley", pub="2026-03-06T05:30:00-06:00", title="TANKERSLEY, Wendell",
body="""TANKERSLEY, Wendell, of Arlington, passed away March 3, 2026. Arrangements pending with Moore Funeral Home, Arlington.""",
gold=[("FTW020", "possible_deceased_client")]),

dict(guid="ftw_tct_20260318_cordray", pub="2026-03-18T05:30:00-05:00", title="CORDRAY, Mary Elizabeth",
body="""CORDRAY, Mary Elizabeth "Mary Beth," 91, of Tyler, died March 15, 2026. Longtime member of Green Acres Baptist Church. Survived by sons Dwight of Tyler and Alan of Longview. Service Friday in Tyler.""",
gold=[]),

dict(guid="ftw_tct_20260409_marchbanks", pub="2026-04-09T05:30:00-05:00", title="MARCHBANKS, Verna Lee",
body="""MARCHBANKS, Verna Lee, 97, Fort Worth, died April 7, 2026. Survived by son Gideon Marchbanks of Fort Worth; granddaughter Amy Fultz. Graveside 10 a.m. Monday, Rose Hill Burial Park.""",
gold=[]),

dict(guid="ftw_tct_20260511_ezeagu", pub="2026-05-11T05:30:00-05:00", title="EZEAGU, Chief Chukwuemeka Peter",
body="""EZEAGU, Chief Chukwuemeka Peter, 84, of Houston, formerly of Enugu, Nigeria, passed away May 6, 2026. Retired petroleum engineer. Survived by his wife, Ngozi; daughters Dr. Chidinma Ezeagu of Arlington and Adaeze Okafor of Sugar Land; son Obinna of Houston. Wake keeping and service Saturday in Houston.""",
gold=[("FTW006", "survivor")]),

dict(guid="ftw_tct_20260826_pruett", pub="2026-08-26T05:30:00-05:00", title="PRUETT, Thaddeus L. Sr.",
body="""PRUETT, Thaddeus L. Sr., 96, Weatherford, died Aug. 23, 2026. Parker County rancher and former county commissioner. Preceded in death by his wife, Dorothy. Survived by son Thaddeus "Tad" Pruett Jr. and wife Loretta of Weatherford; daughter Glenda Roach of Azle. Service 10 a.m. Saturday, First Baptist Weatherford.""",
gold=[("FTW001", "survivor"), ("FTW002", "survivor")]),

dict(guid="ftw_tct_20261007_oshaughnessy", pub="2026-10-07T05:30:00-05:00", title="O'SHAUGHNESSY, Kevin Michael",
body="""O'SHAUGHNESSY, Kevin Michael, 62, of Quincy, Mass., died Oct. 2, 2026. Boston firefighter, retired. Survived by his wife, Maureen; his brother, Desmond (Kit) O'Shaughnessy of Keller, Texas; his sister, Siobhan Kerrigan of Dorchester. Funeral Mass Saturday at St. Ann's, Quincy.""",
gold=[("FTW013", "survivor"), ("FTW012", "survivor")]),
]

LVT = [
dict(guid="ftw_lvt_herminia-quinonez-villarreal", pub="2026-01-20T07:00:00-06:00", title="Herminia Quiñónez viuda de Villarreal, 89",
body="""Herminia Quiñónez viuda de Villarreal, 89, de Arlington, falleció el 16 de enero de 2026, rodeada de su familia. / Herminia Quiñónez Villarreal, 89, of Arlington, died January 16, 2026, surrounded by her family.

Nacida en Sabinas Hidalgo, Nuevo León, llegó a Texas en 1961. Cosió vestidos de quinceañera para medio Arlington. / Born in Sabinas Hidalgo, Nuevo León, she came to Texas in 1961 and sewed quinceañera dresses for half of Arlington.

Le sobreviven su hijo Rogelio Villarreal Quiñónez y su esposa Yolanda, de Arlington; su hija Norma Villarreal de Garza, de Grand Prairie; ocho nietos y seis bisnietos. Le precedió en la muerte su esposo, Tomás Villarreal. / She is survived by her son, Roy Villarreal and his wife Yolanda of Arlington; her daughter Norma Garza of Grand Prairie; eight grandchildren and six great-grandchildren.

Rosario: jueves 7 p.m. Misa: viernes 10 a.m., St. Joseph Catholic Church, Arlington. Lectoras: Guadalupe Zamarripa y Elida De La Fuente.""",
gold=[("FTW004", "survivor"), ("FTW005", "survivor")]),

dict(guid="ftw_lvt_rosalinda-ybarra", pub="2026-02-24T07:00:00-06:00", title="Rosalinda Ybarra, 82",
body="""Rosalinda Ybarra, 82, of Arlington, entered eternal rest February 20, 2026. / Rosalinda Ybarra, 82, de Arlington, descansa en paz.

A longtime cafeteria manager at Sam Houston High School, she was a faithful member of the Guadalupanas of St. Matthew. She is survived by her sisters, Yolanda Ybarra de Villarreal of Arlington and Celia Ybarra of San Antonio, and by many nieces and nephews. Preceded in death by her parents, Anacleto and Juana Ybarra.

Misa de cuerpo presente: lunes 10 a.m., St. Matthew Catholic Church.""",
gold=[("FTW005", "survivor")]),

dict(guid="ftw_lvt_anselmo-de-la-fuente-garza", pub="2026-05-26T07:00:00-05:00", title="Anselmo De La Fuente Garza, 31",
body="""Anselmo "Chemo" De La Fuente Garza, 31, de Fort Worth, falleció en un accidente de trabajo el 22 de mayo de 2026. / Anselmo "Chemo" De La Fuente Garza, 31, of Fort Worth, died May 22, 2026, in a workplace accident.

Chemo was an electrician, a Northside soccer coach and the father of two little girls. He was named for his uncle and godfather.

Le sobreviven su esposa Marisol; sus hijas Sofía y Daniela; sus padres Ramiro y Elida De La Fuente; sus hermanos Ramiro Jr. y Abel; y su tío y padrino, Anselmo de la Fuente, de Fort Worth. / He is survived by his wife, Marisol; his daughters; his parents, Ramiro and Elida De La Fuente; his brothers; and his uncle and godfather, Anselmo de la Fuente of Fort Worth.

Misa: sábado 11 a.m., All Saints Catholic Church, Fort Worth.""",
gold=[("FTW011", "survivor")]),

dict(guid="ftw_lvt_ignacio-zamarripa", pub="2026-08-11T07:00:00-05:00", title="Ignacio \"Nacho\" Zamarripa, 56",
body="""Ignacio "Nacho" Zamarripa, 56, of Fort Worth, passed away August 7, 2026, after a courageous battle with cancer. / Ignacio "Nacho" Zamarripa, 56, de Fort Worth, falleció el 7 de agosto de 2026.

Nacho owned Zamarripa Upholstery on Azle Avenue for 25 years and sang tenor in the Spanish choir at All Saints.

He is survived by his wife of 30 years, Guadalupe "Lupe" (Arredondo) Zamarripa; his sons, Ignacio Jr. and Mateo; his mother, Consuelo Zamarripa; and his sisters. Preceded in death by his father, Rafael.

Rosario martes 7 p.m.; Misa miércoles 10 a.m., All Saints Catholic Church. Oficiante: Padre Tomás Ruelas. Pallbearers: Anselmo de la Fuente, Rogelio Villarreal, Ernesto Pena, Luis Arredondo, Juan Carlos Mata, Beto Salinas.""",
gold=[("FTW018", "survivor")]),

dict(guid="ftw_lvt_teodora-arredondo", pub="2026-11-03T07:00:00-06:00", title="Teodora Arredondo, 90",
body="""Teodora Arredondo, 90, of Laredo, died October 29, 2026. / Teodora Arredondo, 90, de Laredo, falleció el 29 de octubre.

Le sobreviven sus hijos Luis Arredondo de Laredo, Guadalupe Zamarripa de Fort Worth y Rosa Arredondo de San Antonio; 14 nietos. / Survived by her children, Luis Arredondo of Laredo, Lupe Zamarripa of Fort Worth and Rosa Arredondo of San Antonio.

Misa en Laredo, San Luis Rey Catholic Church.""",
gold=[("FTW018", "survivor")]),
]

ITEMS = GCF + TCT + LVT
