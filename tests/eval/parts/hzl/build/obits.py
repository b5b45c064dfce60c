"""Obituaries for the hzl part, four house styles. Hand-labelled (`gold`). All people invented."""

# --- A. The Standard-Herald (Hazleton daily): legacy-style titles, plain text ---
STANDARD = [
dict(guid="hzl_sh_obit_20260114_01", pub="2026-01-14T05:30:00-05:00",
title="Helen Yurkonis Obituary (1930 - 2026) - Shenandoah, PA - The Standard-Herald",
body="""SHENANDOAH - Helen A. Yurkonis, 95, of Shenandoah, passed away Sunday, January 11, 2026, at Broad Mountain Health and Rehabilitation Center, Frackville.

Born in Shenandoah on June 2, 1930, she was a daughter of the late Anthony and Ursula (Mockaitis) Yurkonis. She was a 1948 graduate of J.W. Cooper High School and worked for 31 years as a stitcher at the Shenandoah Shirt Factory. She was a lifelong member of St. Casimir's Church, now Divine Mercy Parish, and its Rosary Society, and her pierogi were a fixture at every church bazaar from 1955 on.

She was preceded in death by her husband, Vincent Yurkonis, in 1999; a son, Anthony "Tony" Yurkonis, in 2012; and a sister, Mildred Kleha.

Surviving are a daughter, Dolores "Dolly" (Stanley) Wasilewski, of Shenandoah; a son, Vincent Jr. and his wife, Joan, of Allentown; five grandchildren; eight great-grandchildren; and nieces and nephews.

A Mass of Christian Burial will be celebrated at 10 a.m. Friday at Divine Mercy Church, Shenandoah, with Deacon Vincent Kulpinski assisting. Pallbearers will be Leonard Bubnis, Mark Yurkonis, Jason Yurkonis and Eric Wasilewski. Interment, St. Casimir's Cemetery, Brandonville. Viewing 9 to 10 a.m. at the church. Yurkanin-Dusick Funeral Home, Shenandoah, is in charge of arrangements.""",
gold=[("HZL002", "survivor"), ("HZL001", "survivor")]),

dict(guid="hzl_sh_obit_20260303_02", pub="2026-03-03T05:30:00-05:00",
title="Michael \"Mickey\" Shemanski Obituary (1944 - 2026) - Frackville, PA - The Standard-Herald",
body="""FRACKVILLE - Michael "Mickey" Shemanski, 81, of Frackville, died Saturday, February 28, 2026, at Geisinger St. Luke's Hospital, Orwigsburg.

Mickey was born September 20, 1944, in Frackville, a son of the late Michael and Anna (Petrusky) Shemanski. He went into the Gilberton colliery at 17, served with the Army in Germany, and after the mines closed drove for Schuylkill Transportation System for 26 years. He was a member of the Frackville Fire Company for more than fifty years and never missed the Anthracite Firemen's parade.

He is survived by his wife of 58 years, the former Bernadette Dunleavy; two sons, Michael and his wife, Tracy, of Frackville, and Brian, of Harrisburg; four grandchildren; and a brother, Joseph, of Ashland. He was preceded in death by a sister, Helen Bartasavage.

A Divine Liturgy will be celebrated at 10 a.m. Thursday at St. Michael the Archangel Byzantine Catholic Church, Frackville, with the Rev. Gregory Hutsko officiating. Parastas will be held Wednesday at 7 p.m. Interment, parish cemetery. Zulick-Kerestes Funeral Home, Frackville.""",
gold=[("HZL006", "deceased_client"), ("HZL007", "spouse_of_deceased_client")]),

dict(guid="hzl_sh_obit_20260318_03", pub="2026-03-18T05:30:00-04:00",
title="Joseph M. Petrosky Obituary (2003 - 2026) - Hazleton, PA - The Standard-Herald",
body="""HAZLETON - Joseph Michael Petrosky, 22, of Hazleton, died unexpectedly Sunday, March 15, 2026.

Joey was a 2021 graduate of Hazleton Area High School, where he wrestled at 152 pounds, and was a second-year lineman apprentice with PPL. He loved deer camp in Sullivan County, his Jeep and his nephew, Liam.

He is survived by his parents, Mark and Linda (Sabatino) Petrosky of Hazleton; a sister, Alyssa, at home; his grandmother, Joan Sabatino of Sugarloaf; his uncle and godfather, Joseph "Joe" Petrosky Jr. and his wife, Rita, of Hazleton, for whom he was named; and many cousins.

A Funeral Mass will be held Saturday at 11 a.m. at Holy Rosary Church, Hazleton. Friends may call Friday from 5 to 8 p.m. at the Bonin-Fierro Funeral Home, 250 N. Laurel St.""",
gold=[("HZL003", "survivor"), ("HZL004", "survivor")]),

dict(guid="hzl_sh_obit_20260407_04", pub="2026-04-07T05:30:00-04:00",
title="Louis DeMarco Obituary (1935 - 2026) - West Hazleton, PA - The Standard-Herald",
body="""WEST HAZLETON - Louis P. DeMarco, 90, of West Hazleton, passed away Saturday at home, surrounded by his family.

Born in Hazleton's Italian Settlement, he was a son of the late Pasquale and Concetta DeMarco. He worked 40 years as a cutter at the Duplan silk mill and later at the Hazleton shoe plant, and he coached American Legion baseball for two decades. He was a member of Our Lady of Grace Church and the Sons of Italy.

Louis was preceded in death by his wife of 61 years, Philomena (Yanuzzi) DeMarco, in 2020, and by his brothers, Frank and Carmen.

He is survived by his daughter, Marianne Yanoshik and her husband, Gerry, of West Hazleton; a son, Louis Jr. of Drums; grandchildren, Gerald, Lauren and Nicholas; and a sister, Rose Carducci of Conyngham.

Funeral services will be Thursday at 9:30 a.m. from the Bonin-Fierro Funeral Home, with a Mass at 10 a.m. at Our Lady of Grace, the Rev. Thomas Yurish, celebrant.""",
gold=[("HZL011", "survivor"), ("HZL010", "survivor")]),

dict(guid="hzl_sh_obit_20260422_05", pub="2026-04-22T05:30:00-04:00",
title="James Dougherty Obituary (1948 - 2026) - Pottsville, PA - The Standard-Herald",
body="""POTTSVILLE - James F. "Jimmy" Dougherty, 77, of Pottsville, died Monday at Lehigh Valley Hospital-Schuylkill.

Born in Pottsville, a son of the late Francis and Mary (Mulhall) Dougherty, he graduated from Nativity B.V.M. High School in 1966 and served with the Marines in Vietnam. He tended bar at the Greenbriar on Centre Street for thirty years and knew the order of every regular in the county.

Surviving are his brother, John "Jack" Dougherty of Pottsville; a niece, Colleen Dougherty of Philadelphia; and his cousin, Theresa Mulhall-Brennan of Tamaqua, who looked after him these last years. He was preceded in death by a sister, Margaret.

Mass of Christian Burial, 10 a.m. Friday, St. Patrick Church, Pottsville. Interment, Calvary Cemetery, Cressona. Arrangements by Hummel-Brennan Funeral Home.""",
gold=[("HZL013", "survivor")]),

dict(guid="hzl_sh_obit_20260505_06", pub="2026-05-05T05:30:00-04:00",
title="Altagracia Paulino Obituary (1946 - 2026) - Hazleton, PA - The Standard-Herald",
body="""HAZLETON - Altagracia Paulino, 79, of Hazleton, formerly of Santiago de los Caballeros, Dominican Republic, went to be with the Lord on Friday, May 1, 2026.

Doña Tata, as the whole of Wyoming Street knew her, came to Hazleton in 2006 to help raise her grandchildren and stayed to feed half the neighborhood. She was a devoted member of the Spanish Mass community at Most Precious Blood Church.

She is survived by her daughter, Yesenia Paulino Reyes and her husband, Ramón Reyes, of Hazleton; a son, Julio Paulino of Santiago; grandchildren, Daniela, Adrián and Luis; and many relatives in the Dominican Republic and New York. Le sobreviven también sus hermanas Mercedes y Dulce.

A Mass will be celebrated Wednesday at 7 p.m. at Most Precious Blood Church. Her remains will be returned to Santiago for burial. Arrangements, Bonin-Fierro Funeral Home.""",
gold=[("HZL017", "survivor"), ("HZL018", "survivor")]),

dict(guid="hzl_sh_obit_20260602_07", pub="2026-06-02T05:30:00-04:00",
title="Dorothy Schaeffer Obituary (1933 - 2026) - Minersville, PA - The Standard-Herald",
body="""MINERSVILLE - Dorothy M. Schaeffer, 92, of Minersville, died Saturday, May 30, at Mountain View nursing home, Hazle Township.

She was born in Llewellyn, a daughter of the late Harvey and Ella (Reed) Fessler, and was a 1951 graduate of Minersville High School. She worked at the Minersville Safety Switch plant and was a member of Holy Trinity Lutheran Church, where she sang alto in the choir for 60 years.

Her husband, Ronald E. Schaeffer, died in 2008.

Surviving are a son, Ronald "Ron" Schaeffer and his wife, Debra, of Minersville; a daughter, Susan Hoch of Cressona; grandchildren, Ronald Schaeffer III of Tucson, Ariz., and Megan Hoch; and a great-granddaughter.

Services will be held Thursday at 11 a.m. at Holy Trinity Lutheran Church, with the Rev. Karen Dreibelbis officiating. Burial, Charles Baber Cemetery. Arrangements by Daniel J. Kerestes Funeral Home, Minersville.""",
gold=[("HZL020", "survivor")]),
]

# --- B. Yurkanin-Dusick Funeral Homes (Shenandoah, Mahanoy City, Freeland): HTML, permalink guids ---
FUNERAL_HOME = [
dict(guid="hzl_ydfh_anna-marie-kowalczyk", pub="2026-02-10T16:20:00-05:00",
title="Anna Marie Kowalczyk (May 5, 1939 - February 8, 2026)",
body="""Anna Marie Kowalczyk, 86, of Mahanoy City, fell asleep in the Lord on Sunday, February 8, 2026, at her home on East Pine Street, where she had lived for 64 years.

She was born May 5, 1939, in Mahanoy City, a daughter of the late Joseph and Stella (Zubris) Drasher. A 1957 graduate of Mahanoy Joint High School, Anna Marie worked as a sewing machine operator at the Mahanoy City garment mills and later as a cafeteria aide at Mahanoy Area Elementary.

She was preceded in death by her husband, Walter Kowalczyk, in 2015, and by a brother, Joseph Drasher Jr.

She is survived by her sister, Teofila "Tillie" Matukaitis, of Shenandoah; nieces and nephews; and her devoted neighbors on Pine Street.

A Mass of Christian Burial will be celebrated Friday at 10 a.m. at St. Teresa of Calcutta Church, Mahanoy City. Interment will be in St. Canicus Cemetery. The family will receive friends Friday from 9 to 10 a.m. at the church.""",
gold=[("HZL005", "deceased_client"), ("HZL009", "survivor")]),

dict(guid="hzl_ydfh_stanley-p-wasilewski", pub="2026-02-24T11:05:00-05:00",
title="Stanley P. Wasilewski (1932 - 2026)",
body="""Stanley P. Wasilewski, 93, of Chicago, Ill., formerly of Shenandoah, died Thursday, February 19, 2026, at his home in the Archer Heights neighborhood.

Born in Shenandoah's Lost Creek section in 1932, a son of the late Peter and Veronica Wasilewski, he left the coal region after the Korean War for a job with the Santa Fe railroad and never lost his Shenandoah accent. He returned every summer for the Heritage Day kielbasa.

He is survived by his wife of 67 years, Helen (Nowak) Wasilewski; three daughters in Illinois; nine grandchildren; and cousins in Schuylkill County.

A Panachida will be offered at St. Casimir Cemetery chapel, Brandonville, on Saturday at 1 p.m., when his ashes will be interred beside his parents.""",
gold=[]),

dict(guid="hzl_ydfh_casimir-bubnis", pub="2026-03-25T09:40:00-04:00",
title="Casimir \"Casey\" Bubnis (1941 - 2026)",
body="""Casimir "Casey" Bubnis, 84, of Freeland, passed away peacefully on Monday, March 23, 2026, at Hazleton General Hospital.

Casey was born in Freeland, a son of the late Casimir and Agnes (Shuleski) Bubnis. He worked at the Jeddo-Highland stripping pits, then for 28 years at the Freeland post office, and he called the polka Mass at St. Anthony's every Pulaski Day.

He was preceded in death by his wife, Theresa, in 2018.

He is survived by his son, Leonard "Len" Bubnis, of Freeland; a granddaughter, Kaitlyn Szczepanski and her husband, Justin, of Frackville; a great-grandchild due this spring; and a sister, Irene Shovlin of Upper Lehigh.

A Funeral Mass will be celebrated Saturday at 10 a.m. at St. Ann's Church, Freeland, by the Rev. Paul Sabol. Readers will be Bernard McGeehan and Joan Shovlin. Interment, St. Casimir's Cemetery, Freeland.""",
gold=[("HZL015", "survivor"), ("HZL023", "survivor")]),

dict(guid="hzl_ydfh_rose-tarantino", pub="2026-05-19T14:15:00-04:00",
title="Rose (Fiorella) Tarantino (1937 - 2026)",
body="""Rose Tarantino, 88, of Hazleton, née Fiorella, passed away Sunday, May 17, 2026, at Hazleton Health and Rehab.

Born in Hazleton, she was a daughter of the late Domenico and Assunta Fiorella. She and her husband, the late Carmine Tarantino, ran Tarantino's Market on Alter Street for 35 years.

She is survived by a brother, Dominic Fiorella of Bayonne, N.J.; a sister-in-law, Philomena; and many nieces and nephews. She was preceded in death by her brother, Anthony Fiorella, and by a sister, Carmella.

A Mass of Christian Burial will be celebrated Thursday at 10 a.m. at Our Lady of Grace Church, Hazleton. Entombment, Mount Calvary Mausoleum.""",
gold=[]),

dict(guid="hzl_ydfh_francis-x-mulhall", pub="2026-06-16T10:30:00-04:00",
title="Francis X. Mulhall (1942 - 2026)",
body="""Francis X. "Frank" Mulhall, 83, of Tamaqua, died Saturday, June 13, 2026, at St. Luke's Miners Campus, Coaldale.

He was born in Tamaqua, a son of the late Patrick and Nora (Ferry) Mulhall. He worked for the Lehigh Navigation Coal Co. and later for the Reading Railroad, and was a fixture of the Tamaqua Hibernians' St. Patrick's Day breakfast.

Frank is survived by his daughter, Terry Brennan (Kevin) of Tamaqua; a son, Patrick Mulhall of Lansford; and six grandchildren. He was preceded in death by his wife, Kathleen, and by his sister, Mary Dougherty.

Funeral Mass, 11 a.m. Tuesday, St. Jerome Church, Tamaqua. Interment, St. Jerome Cemetery.""",
gold=[("HZL013", "survivor")]),
]

# --- C. Divine Mercy / St. Michael parish cluster bulletin: plain text ---
BULLETIN = [
dict(guid="hzl_bulletin_2026_02_01_a", pub="2026-02-01T08:00:00-05:00",
title="Eternal Rest: John J. Tomko",
body="""Please remember in your prayers John J. Tomko, 74, of Hazleton, who entered eternal life on January 27. John served as an usher at the 9:30 Mass for twenty years. He was the brother of Mrs. Andrew (Patricia) Kerestes of our parish, and of Stephen Tomko of Wilkes-Barre. Parastas was sung on Thursday evening. Vichnaya Pamyat - Memory Eternal.""",
gold=[("HZL021", "survivor")]),

dict(guid="hzl_bulletin_2026_04_19_b", pub="2026-04-19T08:00:00-04:00",
title="Our Beloved Dead: Veronica Sabol",
body="""We commend to the Lord our parishioner Veronica "Ronnie" Sabol, 90, of Freeland, whose funeral Mass was offered Tuesday. Our thanks to Bernard McGeehan and Len Bubnis, who served as readers, and to the Altar and Rosary Society for the luncheon. Ronnie is survived by her nephews, the Rev. Paul Sabol and Michael Sabol of Weatherly.""",
gold=[]),

dict(guid="hzl_bulletin_2026_07_12_c", pub="2026-07-12T08:00:00-04:00",
title="Eternal Memory: Peter Hrinko",
body="""Please pray for the repose of the soul of Peter Hrinko, 86, of Frackville, who fell asleep in the Lord on July 6. Parastas and Divine Liturgy were celebrated at St. Michael the Archangel. Peter leaves his wife, Olga; his son, Paul; and his goddaughter, Katie (Bubnis) Szczepanski, of Frackville, who cared for him in his last months. May his memory be eternal!""",
gold=[("HZL023", "survivor")]),
]

# --- D. Republican-Herald paid death notices (Pottsville): terse, surname first ---
NOTICES = [
dict(guid="hzl_rhdn_20260305_01", pub="2026-03-05T06:00:00-05:00",
title="SHEMANSKI, Michael \"Mickey\"",
body=STANDARD[1]["body"],
gold=[]),   # later second copy of hzl_sh_obit_20260303_02: labelled on the earlier copy only

dict(guid="hzl_rhdn_20260312_02", pub="2026-03-12T06:00:00-04:00",
title="ZUKAUSKAS, Francis",
body="""ZUKAUSKAS, Francis, of Pottsville, died Tuesday, March 10, at Lehigh Valley Hospital-Schuylkill. Arrangements are pending with the Frank J. Bolton Funeral Home, Pottsville.""",
gold=[("HZL008", "possible_deceased_client")]),

dict(guid="hzl_rhdn_20260330_03", pub="2026-03-30T06:00:00-04:00",
title="HOPPES, Raymond E.",
body="""HOPPES, Raymond E., 74, of Tamaqua, died Friday, March 27, at home. Husband of Carol Ann (Reinert) Hoppes. Retired from Alcoa Lebanon works. Also survived by two sons, Todd of Lehighton and Craig of Tamaqua. Services Thursday, 11 a.m., Zion Lutheran Church, Tamaqua. Arrangements by Lauchnor-Hoppes Funeral Home.""",
gold=[("HZL012", "survivor")]),

dict(guid="hzl_rhdn_20260414_04", pub="2026-04-14T06:00:00-04:00",
title="MATUKAITIS, Teofila \"Tillie\"",
body="""MATUKAITIS, Teofila "Tillie," 97, of Girardville, died Sunday at Schuylkill Medical Center. Widow of Joseph Matukaitis. Survived by a daughter, Ann Marie Yatsko of Girardville, and grandchildren. Funeral Mass Saturday, 10 a.m., St. Joseph Church, Girardville. Arrangements, Gallagher-Kovach Funeral Home.""",
gold=[]),
]
