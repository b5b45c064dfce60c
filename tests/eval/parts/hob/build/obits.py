"""Obituaries for the hob part, four house styles. Every person is invented. Hand labels in `gold=[...]`."""

# A. Lea County Sun-Ledger (daily newspaper, plain text, "Name, age, of Town" headings)
SUNLEDGER = [
dict(guid="hob_sl_obit_2026_0107", pub="2026-01-09T05:30:00-07:00", title="Refugio Villalobos de Carrasco, 88, Lovington",
body="""Refugio Villalobos de Carrasco, 88, of Lovington, passed from this life on Tuesday, January 6, 2026, at her home, surrounded by her family.

Cuquita, as everyone called her, was born March 2, 1937, in Villa Ahumada, Chihuahua, to Nicolás and Petra Villalobos. She married Ángel Carrasco Ruiz in 1958, and the couple came to Lea County in 1969, when he found work on a drilling rig. She cooked for the Lovington Wildcats booster club for thirty years and never once let a player go home hungry.

Le sobreviven sus hijos: José Ángel "Cheo" Carrasco y su esposa María Elena, de Lovington; Lorenzo Carrasco, de Odessa, Texas; y su hija Petra Carrasco Sáenz, de Ciudad Juárez. She is also survived by 14 grandchildren and 9 great-grandchildren.

She was preceded in death by her husband, Ángel, in 2011, and by her son, Nicolás.

Rosary will be recited at 7 p.m. Monday at St. Thérèse Catholic Church in Lovington, with a Mass of Christian Burial at 10 a.m. Tuesday, Father Tomás Enríquez celebrant. Burial will follow in Lovington Cemetery.""",
gold=[("HOB003", "survivor"), ("HOB004", "survivor")]),

dict(guid="hob_sl_obit_2026_0114", pub="2026-01-14T05:30:00-07:00", title="W.R. \"Dub\" Pruitt Sr., 96, Seminole, Texas",
body="""Wendell Ray "W.R." Pruitt Sr., 96, of Seminole, Texas, died Friday, January 9, 2026, at Memorial Hospital in Seminole.

He was born June 30, 1929, in Hamlin, Texas, and went to work in the Wasson field at fifteen. He spent 41 years as a pumper and then a production foreman for Amerada and its successors, and he knew the lease roads of Gaines and Lea counties the way other men know their own kitchens.

He is survived by his son, Wendell "Dub" Pruitt Jr. and wife Norma of Hobbs; his daughter, Patsy Ruth Gaskins of Lubbock; five grandchildren; and eleven great-grandchildren. He was preceded in death by his wife of 68 years, Ina Mae, and by a brother, Clovis Pruitt.

Graveside services will be held at 2 p.m. Wednesday at Seminole Cemetery, with Bro. Larry Dee Cantrell officiating. Pallbearers will be his grandsons and Harlan Gentry. Arrangements by Caprock Memorial Chapel.""",
gold=[]),  # second copy of the Caprock Memorial Chapel obituary (hob_cmc_pruitt_wendell_sr), labelled there

dict(guid="hob_sl_obit_2026_0203", pub="2026-02-03T05:30:00-07:00", title="Clifford Earl Teague, 81, Andrews, Texas",
body="""Clifford Earl Teague, 81, of Andrews, Texas, went home to be with the Lord on Saturday, January 31, 2026.

Cliff was born in Eunice, New Mexico, on August 4, 1944, the youngest of four children of Earl and Lottie Teague. He roughnecked, drove a vacuum truck and finally ran his own roustabout crew out of Andrews for 25 years. He coached Little League for two decades and was a member of First Baptist Church of Andrews.

Survivors include his wife, Darla Teague of Andrews; his sons, Curtis Teague of Midland and Randy Teague of Andrews; his sister, Bobbie Jo Whitlock of Eunice; and seven grandchildren. He was preceded in death by his parents; his brothers, Royce and Doyle Teague; and his brother-in-law, Lonnie Whitlock.

Services will be at 10 a.m. Thursday at First Baptist Church of Andrews.""",
gold=[("HOB005", "survivor")]),

dict(guid="hob_sl_obit_2026_0219", pub="2026-02-19T05:30:00-07:00", title="Travis Wade McAnally, 20, Hobbs",
body="""Travis Wade McAnally, 20, of Hobbs, died Sunday, February 15, 2026, in a single-vehicle accident on N.M. 18 north of Hobbs.

Travis was born August 3, 2005, in Hobbs and graduated from Hobbs High School in 2023, where he wrestled at 170 pounds. He was working as a floorhand and saving for a pickup he had already named.

He is survived by his parents, Wade and Christy McAnally of Hobbs; his sister, Brylee McAnally; his grandparents, Ronnie and Gail McAnally of Lovington; and his girlfriend, Aubree Torres.

Visitation will be Thursday evening at Caprock Memorial Chapel, with services at 10 a.m. Friday at Taylor Memorial Baptist Church.""",
gold=[]),  # young namesake: HOB015 Travis Dean McAnally is 46 and married; not a survivor here

dict(guid="hob_sl_obit_2026_0311", pub="2026-03-11T05:30:00-06:00", title="Lorene Estes, 93, Lovington",
body="""Lorene Estes, 93, of Lovington, passed away peacefully Sunday, March 8, 2026, at Lovington Healthcare.

Lorene was born on the family place east of Knowles in 1932 and taught first grade at Ben Alexander Elementary for 33 years. Generations of Lovington children learned to read from her flash cards, which she kept in a shoebox until the end.

Survivors include her sister, Marvella "Mickey" Harkey of Lovington; her niece, Glenda Rutter of Lovington; her nephew, Troy Estes of Roswell; and many cousins. She was preceded in death by her parents, Homer and Alta Estes, and by her brothers, Loyd and Vernon Estes.

Services will be held at 2 p.m. Saturday at First United Methodist Church of Lovington with the Rev. Jan Kittredge officiating.""",
gold=[("HOB022", "survivor")]),  # Mickey Harkey (HOB012) is do_not_contact

dict(guid="hob_sl_obit_2026_0402", pub="2026-04-02T05:30:00-06:00", title="Ezequiel \"Cheque\" Marquez, 74, Hobbs",
body="""Ezequiel "Cheque" Marquez, 74, of Hobbs, died Sunday, March 29, 2026, at Llano Regional Medical Center.

Cheque was born in Pecos, Texas, and came to Hobbs in 1971. He was a welder for 38 years and built half the cattle guards on the county roads between Hobbs and Monument. He was a faithful member of Our Lady of Guadalupe parish and of the Knights of Columbus.

He is survived by his wife of 51 years, Eva Marquez; his daughters, Yolanda Marquez Ríos of Hobbs and Anita Marquez of Albuquerque; his son, Ezequiel Jr. of Hobbs; and eight grandchildren.

A Mass of Christian Burial will be celebrated at 10 a.m. Monday at Our Lady of Guadalupe Catholic Church. Pallbearers will be Ruben Ontiveros, Abel Ríos, Ezequiel Marquez III, Javier Chávez, Danny Lucero and Gilbert Rascón.""",
gold=[]),  # HOB011 Ruben Ontiveros is only a pallbearer

dict(guid="hob_sl_obit_2026_0508", pub="2026-05-08T05:30:00-06:00", title="José Luis Carrasco, 64, El Paso, Texas",
body="""José Luis Carrasco, 64, of El Paso, Texas, formerly of Lovington, died Monday, May 4, 2026, in El Paso.

He was born in Lovington in 1961 and moved to El Paso after high school, where he worked 35 years for the city water utility. He loved the Dallas Cowboys, menudo on Sundays and his grandchildren, in no particular order.

He is survived by his wife, Irma Carrasco; his daughters, Vanessa and Marisol; and three grandchildren. He was preceded in death by his parents, Luis and Amparo Carrasco.

Services will be held in El Paso.""",
gold=[]),  # namesake of HOB003 in El Paso; no client among survivors
]

# B. Caprock Memorial Chapel (funeral home site; HTML content:encoded, permalink guids)
CMC_BASE = "https://www.caprockmemorial.example/obituaries/"
CAPROCK = [
dict(guid="hob_cmc_pruitt_wendell_sr", pub="2026-01-12T16:10:00-07:00", title="Wendell Ray \"W.R.\" Pruitt Sr.",
body="""Wendell Ray "W.R." Pruitt Sr., 96, of Seminole, Texas, died Friday, January 9, 2026, at Memorial Hospital in Seminole.

He was born June 30, 1929, in Hamlin, Texas, and went to work in the Wasson field at fifteen. He spent 41 years as a pumper and then a production foreman for Amerada and its successors, and he knew the lease roads of Gaines and Lea counties the way other men know their own kitchens.

He is survived by his son, Wendell "Dub" Pruitt Jr. and wife Norma of Hobbs; his daughter, Patsy Ruth Gaskins of Lubbock; five grandchildren; and eleven great-grandchildren. He was preceded in death by his wife of 68 years, Ina Mae, and by a brother, Clovis Pruitt.

Graveside services will be held at 2 p.m. Wednesday at Seminole Cemetery, with Bro. Larry Dee Cantrell officiating. Pallbearers will be his grandsons and Harlan Gentry.""",
gold=[("HOB001", "survivor"), ("HOB002", "survivor")]),

dict(guid="hob_cmc_coldiron_leland", pub="2026-02-24T11:00:00-07:00", title="Leland Wayne \"Buster\" Coldiron",
body="""Leland Wayne "Buster" Coldiron, 86, of Tatum, rode on ahead Saturday, February 21, 2026, at Llano Regional Medical Center in Hobbs.

Buster was born February 9, 1940, in a dugout east of Tatum to Virgil and Oma Coldiron. He ranched the same sections north of Tatum his whole life, ran cattle for sixty years and served on the Tatum school board and the Lea County Fair board. He married Opal Frye on June 1, 1962, at the Tatum Church of Christ.

He is survived by his wife of 63 years, Opal Coldiron of Tatum; his sons, Wade Coldiron (Tammy) of Tatum and Dusty Coldiron of Clovis; his daughter, Rhonda Kimbrough (Jack) of Lubbock; nine grandchildren; and fourteen great-grandchildren.

Services will be held at 10 a.m. Friday at the Tatum Church of Christ, with Rev. Calvin Birdwell of Hobbs officiating. Burial will follow in Tatum Cemetery.""",
gold=[("HOB006", "deceased_client"), ("HOB007", "spouse_of_deceased_client")]),

dict(guid="hob_cmc_gallegos_eliseo", pub="2026-03-04T09:45:00-07:00", title="Eliseo Gallegos",
body="""Eliseo Gallegos, 91, of Carlsbad, passed away on March 1, 2026, at his home on the Pecos.

Born in Loving, New Mexico, in 1934, Eliseo worked at the potash mines east of Carlsbad for 36 years and farmed chile and alfalfa on the side. He was a lector at San José Catholic Church and played the violin at every wedding in Loving for fifty years.

He is survived by his sons, Ramón Gallegos of Carlsbad and Felipe Gallegos of Artesia; his daughter, Josie Gallegos Trujillo of Albuquerque; his grandson, Eliseo Gallegos of Hobbs, who was named for him; eleven other grandchildren; and many great-grandchildren. He was preceded in death by his wife, Celestina, in 2019.

A rosary will be prayed Thursday at 7 p.m. at San José Catholic Church, Carlsbad, with the funeral Mass Friday at 10 a.m.""",
gold=[("HOB016", "survivor")]),

dict(guid="hob_cmc_scarbrough_velma", pub="2026-04-20T14:30:00-06:00", title="Velma Irene Scarbrough",
body="""Velma Irene Scarbrough, 97, of Hobbs, went to her heavenly home on Friday, April 17, 2026.

Velma was born in Eastland County, Texas, in 1928 and came to Hobbs in 1947 as a bride. She kept the books for Scarbrough Well Service for 40 years, taught the Dorcas Sunday school class at First Baptist Church of Hobbs and made peanut patties every Christmas for the whole block.

She is survived by her daughter, Jolene Gentry and husband Harlan of Hobbs; her son, Dwayne Scarbrough of Midland; six grandchildren; and thirteen great-grandchildren. She was preceded in death by her husband, Buford Scarbrough, and her son, Kenneth.

Services will be held at 10 a.m. Thursday at First Baptist Church of Hobbs, with Rev. Calvin Birdwell officiating. Interment in Prairie Haven Memorial Park.""",
gold=[("HOB020", "survivor"), ("HOB019", "survivor")]),

dict(guid="hob_cmc_pettigrew_gladys", pub="2026-05-19T10:15:00-06:00", title="Gladys Pettigrew",
body="""Gladys Marie Pettigrew, 88, of Hobbs, passed away on May 16, 2026, at home under hospice care.

Gladys worked 27 years as a nurse at the old Lea General Hospital and later at the Hobbs schools. She never met a stray cat she did not feed.

She is survived by her son, Randall Pettigrew of Hobbs; her granddaughter, Kenzie Pettigrew of Las Cruces; and her beloved cats. She was preceded in death by her husband, Bill Pettigrew.

The family wishes to thank Dr. Marisa Quintero and the hospice nurses of Llano Regional for their tender care. A memorial service will be held at 11 a.m. Saturday at the Caprock Memorial Chapel.""",
gold=[]),  # HOB018 Dr. Marisa Quintero is only thanked

dict(guid="hob_cmc_ledbetter_harold", pub="2026-06-09T09:00:00-06:00", title="Harold Gene Ledbetter",
body="""Harold Gene Ledbetter, 78, of Hobbs, passed away Saturday, June 6, 2026, at Llano Regional Medical Center.

Harold was born in Lovington in 1947, the son of Gene and Willa Ledbetter. He served in the U.S. Army in Vietnam and then ran Ledbetter Hot Shot Service out of Hobbs for thirty years, hauling parts to rigs across the Permian at all hours.

He is survived by his wife, Faye Ledbetter; his daughter, Cassie Ledbetter Hamm of Hobbs; his sister, Norma Pruitt (Dub) of Hobbs; and four grandchildren.

Services will be at 2 p.m. Thursday at the Caprock Memorial Chapel, with military honors at Prairie Haven Memorial Park.""",
gold=[("HOB002", "survivor"), ("HOB001", "survivor")]),
]

# C. Our Lady of Guadalupe / San José parish bulletin (Hobbs, Eunice and Jal missions), plain text
BULLETIN = [
dict(guid="hob_olg_bulletin_2026_03_01", pub="2026-03-01T07:00:00-07:00", title="Pray for the Faithful Departed: Amado Baeza",
body="""Please keep in your prayers the soul of Amado Baeza, 73, of Pecos, Texas, who died February 24. He is the brother of our parishioner Ignacio "Nacho" Baeza (Rosalinda) of Jal, who serves as sacristan at the San José mission. The funeral Mass will be celebrated in Pecos. Que en paz descanse.""",
gold=[("HOB013", "survivor"), ("HOB014", "survivor")]),

dict(guid="hob_olg_bulletin_2026_03_22", pub="2026-03-22T07:00:00-06:00", title="Pray for the Faithful Departed: Trinidad Saiz",
body="""Our Eunice mission community mourns Trinidad "Trini" Saiz, 84, who died March 17. Trini taught catechism at Santa Rosa de Lima for forty years. She is survived by her sons Teddy Saiz of Eunice and Abrán Saiz of Kermit, Texas, and many grandchildren. The rosary and funeral Mass will be at Santa Rosa de Lima, Eunice, on Thursday. Dale, Señor, el descanso eterno.""",
gold=[("HOB021", "survivor")]),

dict(guid="hob_olg_bulletin_2026_05_10", pub="2026-05-10T07:00:00-06:00", title="Pray for the Faithful Departed: Guadalupe Ontiveros",
body="""Please pray for Guadalupe "Lupe" Ontiveros, 79, of Odessa, Texas, aunt of Ruben Ontiveros of our parish, who raised him after his mother died. Lupe went home to the Lord on May 5. Ruben asks for your prayers for his family; the funeral Mass was celebrated in Odessa.""",
gold=[("HOB011", "survivor")]),
]

# D. Lea County Sun-Ledger paid death notices (brief, surname-first headings)
NOTICES = [
dict(guid="hob_sl_dn_2026_0305", pub="2026-03-05T05:30:00-07:00", title="DOMINGUEZ, Ofelia",
body="""DOMINGUEZ, Ofelia, of Hobbs, passed away March 3, 2026. Rosary 7 p.m. Sunday at Our Lady of Guadalupe Catholic Church, Hobbs. Arrangements pending with Caprock Memorial Chapel.""",
gold=[("HOB008", "possible_deceased_client")]),

dict(guid="hob_sl_dn_2026_0416", pub="2026-04-16T05:30:00-06:00", title="MOFFETT, Darlene Kaye",
body="""MOFFETT, Darlene Kaye, 71, of Broken Arrow, Okla., died April 12, 2026. Retired bank officer. Survived by husband Glen; son Brad of Tulsa; two grandchildren. Services Saturday, First Presbyterian Church of Broken Arrow.""",
gold=[]),  # namesake of HOB017 (Hobbs, 71) in Oklahoma, with a husband the roster does not have

dict(guid="hob_sl_dn_2026_0612", pub="2026-06-12T05:30:00-06:00", title="HARKEY, Dale Lynn",
body="""HARKEY, Dale Lynn, 66, of Artesia, died June 9, 2026. Oilfield pumper. Survived by wife Rhonda; daughters Lacey and Kim; aunt Mickey Harkey of Lovington. Graveside services Monday, Woodbine Cemetery, Artesia.""",
gold=[]),  # survivor HOB012 Mickey Harkey is do_not_contact; "Lacey" (no surname given) is not HOB010

dict(guid="hob_sl_dn_2026_0701", pub="2026-07-01T05:30:00-06:00", title="BIVINS, Wyatt Earl",
body="""BIVINS, Wyatt Earl, 88, of Stephenville, Texas, died June 27, 2026. Dairyman and Church of Christ elder. Survived by wife Louise; sons Cole and Wyatt Jr.; nine grandchildren. Services in Stephenville.""",
gold=[]),  # old namesake far away of HOB023 Wyatt Bivins (Carlsbad, b. 1971)
]
