"""Obituaries of the wlm part, three house styles, hand-labelled (`gold=` beside each text).

LAT: Lakes Area Tribune (Willmar daily), plain text. HP: Hoglund-Peterson Funeral Chapels (Willmar, Benson,
Litchfield), HTML in content:encoded. DN: Prairie Pioneer paid death notices (Swift, Chippewa, Meeker), terse."""

HARLAN = """Harlan Arnold Lindahl, 84, of Willmar, died Monday, March 2, 2026, at Lakeview Care Center in Willmar.

A funeral service will be held at 11 a.m. Saturday, March 7, at Vinje Lutheran Church in Willmar, with the Rev. Kristin Aamodt officiating. Visitation will be from 4 to 7 p.m. Friday at Hoglund-Peterson Funeral Chapel in Willmar and one hour before the service at the church. Burial will be in Fairview Cemetery in the spring.

Harlan was born May 12, 1941, in Benson to Alvin and Ingeborg (Moe) Lindahl. He was baptized and confirmed at Our Savior's Lutheran Church in Benson and graduated from Benson High School in 1959. He served in the U.S. Army in Germany. On June 18, 1966, he married Marlys Tollefson at Vinje Lutheran Church. Harlan sold seed corn and later insurance across Kandiyohi and Swift counties for 41 years and never met a coffee counter he did not like. He was a member of the Sons of Norway and ushered at Vinje for decades.

He is survived by his wife of 59 years, Marlys (Tollefson) Lindahl of Willmar; his children, Brian (Lisa) Lindahl of Eden Prairie and Kari (Tom) Brekke of Spicer; five grandchildren; his sister, Carol (Orrin) Skaalerud of Benson; and many nieces and nephews.

He was preceded in death by his parents; his brother, Duane Lindahl; and his in-laws, Clarence and Ruth Tollefson."""

LAT = [
dict(guid="wlm_lat_obit_260109_tollefson", pub="2026-01-09T05:00:00-06:00", title="Ruth E. Tollefson",
body="""Ruth Evangeline Tollefson, 96, of Willmar, died Tuesday, January 6, 2026, at Lakeview Care Center in Willmar.

Her funeral will be at 1 p.m. Monday, January 12, at Vinje Lutheran Church in Willmar, with the Rev. Kristin Aamodt officiating. Visitation will be one hour before the service at the church. Interment will be in Fairview Cemetery. Arrangements are with Hoglund-Peterson Funeral Chapel of Willmar.

Ruth Evangeline Haugland was born April 22, 1929, in Pennock to Nils and Olga (Strand) Haugland. She married Clarence Tollefson in 1948 and they farmed north of Willmar until 1987. Ruth was a Sunday school teacher, a member of Vinje Lutheran Women, and her lefse was spoken of in three townships.

She is survived by her daughter, Marlys (Harlan) Lindahl of Willmar; her son, Paul (Deanna) Tollefson of Fargo, N.D.; seven grandchildren; and 12 great-grandchildren.

She was preceded in death by her husband, Clarence, in 2009; her parents; and her brothers, Arne and Sigurd Haugland.""",
gold=[("WLM002", "survivor"), ("WLM001", "survivor")]),

dict(guid="wlm_lat_obit_260123_mathiowetz", pub="2026-01-23T05:00:00-06:00", title="Lavern M. Mathiowetz",
body="""Lavern Michael "Mikey" Mathiowetz, 34, of Raymond, died Monday, January 19, 2026, in a farm accident near his home.

A Mass of Christian Burial will be held at 10:30 a.m. Tuesday at St. Clara's Catholic Church in Clara City, with the Rev. Thomas Kleinschmidt as celebrant. Visitation will be 4 to 7 p.m. Monday at the church, with a prayer service at 6:30 p.m.

Mikey was born June 2, 1991, in Willmar, to Gary and Deb (Kvam) Mathiowetz. He graduated from MACCRAY High School in 2009 and farmed with his dad and his grandfather, whose name he carried. He coached T-ball in Raymond, and he never missed a Twins home opener.

Survivors include his wife, Kayla; his children, Brooklyn and Carter; his parents, Gary and Deb Mathiowetz of Raymond; his grandfather, Lavern "Vern" Mathiowetz of Raymond; his sisters, Jenna (Cole) Hanson of Clara City and Abby Mathiowetz of St. Cloud; and his grandmother, Arlene Kvam of Maynard.

He was preceded in death by his grandmother, Dorothy Mathiowetz.""",
gold=[("WLM012", "survivor")]),

dict(guid="wlm_lat_obit_260211_skaalerud", pub="2026-02-11T05:00:00-06:00", title="Lloyd O. Skaalerud",
body="""Lloyd Olaf Skaalerud, 79, of Benson, died Saturday, February 7, 2026, at his home surrounded by family.

Funeral services will be at 11 a.m. Friday at Our Savior's Lutheran Church in Benson. Pallbearers will be his nephews, Mark, Jeff and Kyle Skaalerud, Aaron Lindahl, Tanner Moen and Erik Quam. Burial will be in Benson City Cemetery.

Lloyd was born August 9, 1946, on the family farm in Six Mile Grove Township, Swift County, to Olaf and Hilda (Bergstad) Skaalerud. He drove milk truck for the Benson creamery, then ran Skaalerud Implement until 2008. He played the Hardanger fiddle at every Syttende Mai celebration he could reach.

Lloyd is survived by his wife, Phyllis; his daughters, Karen (Jeff) Moen of Benson and Ann Quam of Morris; five grandchildren; his brother, Orrin "Ole" (Carol) Skaalerud of Benson; and his sister-in-law, Myrna Skaalerud of Appleton.

He was preceded in death by his parents and his brother, Gordon.""",
gold=[("WLM003", "survivor"), ("WLM004", "survivor")]),

dict(guid="wlm_lat_obit_260305_lindahl", pub="2026-03-05T05:00:00-06:00", title="Harlan A. Lindahl", body=HARLAN,
gold=[("WLM001", "deceased_client"), ("WLM002", "spouse_of_deceased_client"), ("WLM004", "survivor"), ("WLM003", "survivor")]),

dict(guid="wlm_lat_obit_260414_tessmer", pub="2026-04-14T05:00:00-05:00", title="Bonnie J. Tessmer",
body="""Bonnie Jean Tessmer, 69, of Brainerd, died Thursday, April 9, 2026, at Essentia St. Joseph's in Brainerd.

Services will be at 2 p.m. Saturday at First Lutheran Church in Brainerd. Arrangements are with a Brainerd funeral home.

Bonnie was born March 3, 1957, in Little Falls. She worked 30 years as a school secretary in Brainerd and loved the Whitefish chain.

She is survived by her husband of 47 years, Roger Tessmer of Brainerd; her sons, Travis and Cody; and four grandchildren. She was preceded in death by her parents, Ralph and Irene Kowalczyk.""",
gold=[]),

dict(guid="wlm_lat_obit_260512_kuiper", pub="2026-05-12T05:00:00-05:00", title="Evelyn Kuiper",
body="""Evelyn (Van Dyke) Kuiper, 92, of Prinsburg, went to be with her Lord on Friday, May 8, 2026, at the Christian Retirement Home in Prinsburg.

Her funeral will be at 10 a.m. Wednesday at Prinsburg Christian Reformed Church, with Pastor Mark Vander Ploeg officiating. Burial will be in Prinsburg Cemetery.

Evelyn was born February 6, 1934, to Gerrit and Johanna Van Dyke. She married Henry Kuiper in 1955 and they farmed near Prinsburg, where she raised six children and taught catechism for 40 years.

She is survived by her children, Jim (Linda) Kuiper, Gary Kuiper, Sharon (Dale) Vos, Ruth (Paul) Wiersma, Joan Kuiper and Dan (Tammy) Kuiper; 21 grandchildren; 30 great-grandchildren; and her sister-in-law, Delores "Dee" Vanderwerf of Prinsburg.

She was preceded in death by her husband, Henry; her brothers, Cornelius and Peter Van Dyke; and her brother-in-law, Arie Vanderwerf.""",
gold=[("WLM005", "survivor")]),

dict(guid="wlm_lat_obit_260616_rollefson", pub="2026-06-16T05:00:00-05:00", title="Arvid Rollefson Sr.",
body="""Arvid Bernhard Rollefson Sr., 88, of Litchfield, died Friday, June 12, 2026, at Meeker Memorial Hospital in Litchfield.

A memorial service will be at 11 a.m. Saturday at First Lutheran Church in Litchfield, with the Rev. Anders Fjelstad officiating. Military honors by Litchfield American Legion Post 104.

Arvid was born Sept. 1, 1937, in Darwin. He served in the Navy aboard the USS Bennington, then ran Rollefson Hardware on Sibley Avenue for 35 years. He was a volunteer firefighter and a Lake Ripley fisherman of some reputation.

He is survived by his son, Arvid Jr. (Janelle) Rollefson of Litchfield; his daughter, Linda (Craig) Ness of Hutchinson; six grandchildren, including Emma Rollefson; and two great-grandchildren.

He was preceded in death by his wife, Doris, in 2020, and his sisters, Mae and Evelyn.""",
gold=[("WLM006", "survivor"), ("WLM007", "survivor")]),
]

HP = [
dict(guid="wlm_hp_obit_thorsgaard_leif", pub="2026-02-20T14:00:00-06:00", title="Leif Thorsgaard (1934 - 2026)",
body="""Leif Martin Thorsgaard, 91, of Grove City, passed away peacefully on February 17, 2026, at Meeker Memorial Hospital in Litchfield.

A funeral service will be held at 11 a.m. Tuesday, February 24, at Grove City Lutheran Church. Visitation will be Monday from 5 to 7 p.m. at Hoglund-Peterson Funeral Chapel in Litchfield. Pallbearers are Arvid Rollefson Jr., Dale Nordgren, Kevin Esbjornson, Paul Wicklund, Nathan Thorsgaard and Jacob Thorsgaard.

Leif was born October 11, 1934, in Acton Township. He farmed and milked cows near Grove City until he was 80 and served 24 years on the Acton Township board.

Leif is survived by his son, Roger (Sharon) Thorsgaard of Grove City; his daughter, Ingrid Thorsgaard of Duluth; his grandchildren, including his namesake Leif Thorsgaard of Litchfield; and six great-grandchildren.

He was preceded in death by his wife, Gladys, in 2017.""",
gold=[("WLM022", "survivor")]),

dict(guid="wlm_hp_obit_lindahl_harlan", pub="2026-03-06T09:00:00-06:00", title="Harlan Lindahl (1941 - 2026)", body=HARLAN,
gold=[]),   # a later copy of the Lakes Area Tribune obituary: labelled on the earlier copy only

dict(guid="wlm_hp_obit_reyes_joseluis", pub="2026-03-24T11:00:00-05:00", title="José Luis Reyes Sánchez (1954 - 2026)",
body="""José Luis Reyes Sánchez, 71, of Willmar, died Friday, March 20, 2026, at his home, surrounded by his family.

A Mass of Christian Burial will be celebrated at 11 a.m. Friday at the Church of St. Mary in Willmar, in Spanish and English, with Father Aaron Nett as celebrant. A rosary will be prayed at 6 p.m. Thursday at the church.

José Luis was born June 8, 1954, in Yurécuaro, Michoacán, Mexico. He came to Willmar in 1989 to work at the turkey plant, where he stayed 27 years, and he coached youth soccer at Robbins Island for almost as long.

He is survived by his wife of 48 years, Esperanza Ochoa de Reyes; his children, María Guadalupe "Lupe" Reyes Ochoa of Willmar, José Luis Reyes Ochoa Jr. of Worthington and Araceli (Miguel) Torres of Willmar; nine grandchildren; and his brothers and sisters in Michoacán.

Le sobreviven su esposa Esperanza, sus hijos Lupe, José Luis y Araceli, y sus nietos. Descanse en paz.""",
gold=[("WLM018", "survivor")]),

dict(guid="wlm_hp_obit_warsame_faadumo", pub="2026-04-07T16:00:00-05:00", title="Faadumo Ali Warsame (1947 - 2026)",
body="""Faadumo Ali Warsame, 78, of Willmar, passed away on Sunday, April 5, 2026, at Rice Memorial Hospital in Willmar. Inna lillahi wa inna ilayhi raji'un.

Janazah prayer was held Monday after Dhuhr at the Willmar mosque, and she was laid to rest the same day at the Muslim section of Fairview Cemetery, as her faith asks.

Faadumo was born in Beledweyne, Somalia. She came to Minnesota in 2002 and to Willmar in 2005, where she cooked for every wedding and every Eid on Fifth Street for twenty years.

She is survived by her sons, Abdirahman Farah Hassan of Willmar and Mohamed Farah Hassan of Minneapolis; her daughters, Hodan Farah Hassan of Willmar and Sahra Farah Hassan of Columbus, Ohio; and 17 grandchildren. She was preceded in death by her husband, Farah Hassan Abdi, in 1994.""",
gold=[("WLM017", "survivor")]),

dict(guid="wlm_hp_obit_tessmer_alma", pub="2026-05-19T10:00:00-05:00", title="Alma Tessmer (1929 - 2026)",
body="""Alma Louise (Krueger) Tessmer, 97, of New London, died Saturday, May 16, 2026, at Glen Oaks in New London.

Funeral services will be held at 10:30 a.m. Thursday at Peace Lutheran Church in New London, with Pastor Jon Grotte officiating. Visitation Wednesday 5 to 7 p.m. at Hoglund-Peterson Funeral Chapel, Willmar.

Alma was born January 28, 1929, in Paynesville. She married Herbert Tessmer in 1949, and she ran the New London Cafe's pie case for thirty summers.

She is survived by her son, Gerald "Jerry" (Bonnie) Tessmer of New London; her daughter, Judy Berg of Sauk Centre; her nephew, Curt Wangsness of Willmar; eight grandchildren; and eleven great-grandchildren.

She was preceded in death by her husband, Herbert, and her sisters, Lena and Margaret.""",
gold=[("WLM009", "survivor"), ("WLM010", "survivor")]),

dict(guid="wlm_hp_obit_ostby_clarence", pub="2026-06-03T13:00:00-05:00", title="Clarence Ostby (1938 - 2026)",
body="""Clarence Harold Ostby, 88, of Spicer, passed away on Sunday, May 31, 2026, at his lake home on Green Lake.

A celebration of life will be held at 11 a.m. Saturday at Calvary Lutheran Church in Willmar. Solveig Bakke-Rustad will sing "Den store hvide flok," and the Rev. Kristin Aamodt will officiate.

Clarence was born May 4, 1938, in New London. He taught shop at Willmar Senior High School for 33 years and built more fishing boats than anyone could count.

He is survived by his daughter, Mary Jo (Dennis) Hegdahl of Spicer; his son, Steven Ostby of Alexandria; four grandchildren; and his companion, Lois Engen.

He was preceded in death by his wife, Beverly, and his brother, Harold.""",
gold=[("WLM008", "survivor")]),

dict(guid="wlm_hp_obit_hoffmann_bernard", pub="2026-07-08T12:00:00-05:00", title="Bernard Hoffmann (1941 - 2026)",
body="""Bernard J. "Bernie" Hoffmann, 85, of Atwater, died Sunday, July 5, 2026, at CentraCare-Willmar.

Mass of Christian Burial will be at 10:30 a.m. Friday at the Church of St. Anne in Atwater. Pallbearers will be his grandsons.

Bernie was born June 1, 1941, near Atwater, to Joseph and Rose (Schaefer) Hoffmann. He farmed in Gennessee Township all his life and served on the Atwater co-op board.

He is survived by his wife, Marian; his children, Tom (Julie) Hoffmann, Mary (Greg) Dolezal and Pete Hoffmann; eleven grandchildren; and his sister, Lorraine Pflipsen of Atwater.

He was preceded in death by his parents; his brother, Raymond; and his brother-in-law, Leo Pflipsen.""",
gold=[("WLM015", "survivor")]),
]

DN = [
dict(guid="wlm_dn_20260331_kallevig", pub="2026-03-31T07:00:00-05:00", title="KALLEVIG, Duane",
body="""KALLEVIG, Duane, of Kerkhoven, died Sunday, March 29, 2026. Arrangements are pending with Hoglund-Peterson Funeral Chapel, Benson.""",
gold=[("WLM013", "possible_deceased_client")]),

dict(guid="wlm_dn_20260420_strommen", pub="2026-04-20T07:00:00-05:00", title="STROMMEN, Bradley K.",
body="""STROMMEN, Bradley Keith, 22, of Fargo, N.D., formerly of Dawson, died April 16, 2026. Survived by his parents, Keith and Linda Strommen of Dawson; brother, Tyler. Service 2 p.m. Saturday, Grace Lutheran Church, Dawson.""",
gold=[]),

dict(guid="wlm_dn_20260508_wangsness", pub="2026-05-08T07:00:00-05:00", title="WANGSNESS, Eileen M.",
body="""WANGSNESS, Eileen Marie, 90, of Willmar, died May 5, 2026. Survived by her son, Curtis "Curt" Wangsness of Willmar; daughter, Janet Bergquist of Kimball. Preceded by husband, Orville. Service 11 a.m. Tuesday, Bethel Lutheran, Willmar.""",
gold=[]),   # Curtis is do_not_contact

dict(guid="wlm_dn_20260623_ahlquist", pub="2026-06-23T07:00:00-05:00", title="AHLQUIST, Wendell R.",
body="""AHLQUIST, Wendell R., 77, of Dassel, died June 20, 2026, at home. Born Sept. 20, 1948, in Cokato. Survived by his wife of 54 years, Joyce (Nelson) Ahlquist; children, Scott (Amy) of Buffalo and Kristi (Ben) Lahti of Dassel; 5 grandchildren. Service 11 a.m. Friday, Dassel Evangelical Covenant Church.""",
gold=[("WLM020", "deceased_client"), ("WLM021", "spouse_of_deceased_client")]),

dict(guid="wlm_dn_20260728_nelson", pub="2026-07-28T07:00:00-05:00", title="NELSON, Arlene V.",
body="""NELSON, Arlene Violet, 88, of Dassel, died July 25, 2026. Survived by sister, Joyce Ahlquist of Dassel; nieces and nephews. Preceded by brothers, Warren and Leroy, and brother-in-law, Wendell Ahlquist. Service 1 p.m. Thursday, Dassel Evangelical Covenant Church.""",
gold=[("WLM021", "survivor")]),
]
