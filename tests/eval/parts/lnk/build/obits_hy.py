"""Hollenbeck & Yost Funeral Chapels (Lincoln, Waverly and Crete chapels): funeral-home site, HTML in
content:encoded, one-sentence plain description, "Name (1938 - 2026)" titles. Hand-labelled (gold beside each)."""

FEED = "hy"
ITEMS = [
dict(guid="lnk_hy_2026_0114_lebsack", pub="2026-01-14T10:15:00-06:00", title="Emma Lebsack (1931 - 2026)",
body="""Emma Lebsack, 94, of Lincoln, passed away Sunday, January 11, 2026, at Tabitha Health Care Center.

Emma was born October 2, 1931, in Lincoln's South Bottoms to Conrad and Katharina (Reifschneider) Lebsack, whose parents came from the Volga colony of Norka. She grew up speaking German at home, worked 31 years at the Cushman plant and never missed a Sunday at Zion Congregational Church, where she made the kuchen for every funeral lunch for half a century.

She is survived by her daughter, Loretta (Del) Hergenrader of Lincoln; son, Raymond Lebsack of Kearney; nephew, Arlo Schaffert of Lincoln; six grandchildren and eleven great-grandchildren. She was preceded in death by her husband, Adam, in 1998, and by a son, Conrad, in infancy.

Funeral service: 10:30 a.m. Saturday, January 17, at Zion Congregational Church, 1400 South 10th Street. Interment at Wyuka Cemetery. Visitation 5-7 p.m. Friday at the Lincoln chapel. Memorials to the Germans from Russia heritage library.""",
gold=[("LNK002", "survivor"), ("LNK001", "survivor")]),   # LNK012 Arlo Schaffert: do_not_contact

dict(guid="lnk_hy_2026_0223_rathjen", pub="2026-02-23T11:40:00-06:00", title="Virgil Dean Rathjen (1938 - 2026)",
body="""Virgil Dean Rathjen, 87, of Hickman, passed away Friday, February 20, 2026, at Bryan East Campus in Lincoln.

Virgil was born May 4, 1938, on the family farm southeast of Hickman to Otto and Frieda (Meyer) Rathjen. He graduated from Norris High School in 1956 and served two years in the U.S. Army in Germany. On June 10, 1961, he married Bernice Ehlers at Trinity Lutheran Church in Hickman. Together they farmed the home place for more than fifty years, raising corn, soybeans, three children and a great many barn cats. He served on the Norris school board and drove the church van until he was 84.

Virgil is survived by his wife of 64 years, Bernice; sons, Dennis (Julie) Rathjen of Hickman and Kurt Rathjen of Omaha; daughter, Lynette (Mark) Oltman of Firth; nine grandchildren and four great-grandchildren. He was preceded in death by his parents and a brother, Harold.

Funeral service: 10:30 a.m. Thursday, February 26, at Trinity Lutheran Church, Hickman, with Pastor Marvin Grosshans officiating. Pallbearers are his grandsons and Kenny Brockhoff. Burial in the Hickman Cemetery. Visitation 5-7 p.m. Wednesday at the church.""",
gold=[("LNK008", "deceased_client"), ("LNK009", "spouse_of_deceased_client")]),  # born May 4 1938 = roster; widow Bernice = roster spouse. Grosshans officiant, Brockhoff pallbearer: nothing

dict(guid="lnk_hy_2026_0310_gule", pub="2026-03-10T09:30:00-05:00", title="Gulê Hassan (1946 - 2026)",
body="""Gulê Hassan, 79, of Lincoln, passed away Saturday, March 7, 2026, at CHI Health St. Elizabeth, surrounded by her children and grandchildren.

Gulê was born in the village of Kocho, south of Sinjar, in northern Iraq. She raised seven children there and baked bread every morning in a clay tanoor for the whole household. In August 2014 she survived the attack on Sinjar; her husband, Rasho Khalaf, and two of her sons did not. She came to Lincoln in 2016 to join her son and became a grandmother to the whole Yazidi community of the city, who called her Dayê.

She is survived by her sons, Dilshad Rasho (Layla) of Lincoln and Falah Rasho of Bielefeld, Germany; her daughters, Nazdar Rasho of Lincoln and Shireen Rasho of Duhok, Iraq; and 22 grandchildren. She was preceded in death by her husband, Rasho Khalaf, and her sons Khairi and Sabah.

Prayers and a gathering of the family will be held at 2 p.m. Wednesday at the Yazidi Cultural Center, 2300 South 13th Street. Burial will follow at Lincoln Memorial Park.""",
gold=[("LNK010", "survivor")]),

dict(guid="lnk_hy_2026_0402_sobotka", pub="2026-04-02T10:05:00-05:00", title="Ludvik \"Louie\" Sobotka (1941 - 2026)",
body="""Ludvik "Louie" Sobotka, 84, of Crete, died Monday, March 30, 2026, at Crete Area Medical Center.

Louie was born August 8, 1941, near Wilber to Frank and Rose (Kucera) Sobotka and grew up speaking Czech at the supper table. He worked 38 years at the Crete Mills and played the accordion in the Sobotka Brothers Band at every wedding dance and Wilber Czech Days between 1960 and 2015. He married Helen Pesek in 1965; she died in 2019.

He is survived by his daughter, Kristen (Trent) Wiebelhaus of Lincoln; son, Thomas Sobotka of Denver; sister, Mary Beth (Leonard) Zajicek of Crete; and five grandchildren, including Maddie Wiebelhaus.

Rosary: 7 p.m. Thursday, April 2; Mass of Christian Burial: 10:30 a.m. Friday, April 3, both at St. James Catholic Church, Crete. Burial at Wilber Catholic Cemetery. Memorials to the Wilber Czech Museum.""",
gold=[("LNK017", "survivor"), ("LNK016", "survivor"), ("LNK003", "survivor")]),

dict(guid="lnk_hy_2026_0505_stuhmer", pub="2026-05-05T14:20:00-05:00", title="Bradley James Stuhmer (2001 - 2026)",
body="""Bradley James Stuhmer, 24, of Lincoln, died unexpectedly Friday, May 1, 2026.

Brad was born June 3, 2001, in Lincoln to Gary and Deb Stuhmer. He graduated from Lincoln Northeast High School in 2019, where he pitched for the Rockets, and was an apprentice electrician with IBEW Local 265. He never met a dog he didn't like or a Husker game he would miss.

He is survived by his parents, Gary and Deb Stuhmer of Lincoln; sister, Kayla Stuhmer of Omaha; grandmother, Darlene Stuhmer of Lincoln; and his uncle and namesake, Brad (Renee) Stuhmer of Lincoln. He was preceded in death by his grandfather, James Stuhmer.

Celebration of life: 2 p.m. Saturday, May 9, at the Lincoln chapel. Memorials to the Lincoln Northeast baseball program.""",
gold=[("LNK019", "survivor")]),   # young namesake died; the client is the uncle "Brad (Renee) Stuhmer", a survivor, not the deceased

dict(guid="lnk_hy_2026_0609_truong", pub="2026-06-09T09:50:00-05:00", title="Phúc Văn Trương (1937 - 2026)",
body="""Trương Văn Phúc, 88, of Lincoln, entered eternal rest on Friday, June 5, 2026, at his home, surrounded by his family.

Ông Phúc was born in Bùi Chu, Nam Định, Vietnam, and moved south with his family in 1954. He served as a teacher in Biên Hòa and, after six years in re-education camp, came to Lincoln with his family in 1991 under the Humanitarian Operation program. For twenty years he worked at the Goodyear plant and taught Vietnamese on Saturdays to the children of the parish.

He is survived by his daughter, Trương Thị Kim Loan of Lincoln; his son, Trương Minh Đức (Hạnh) of Garden Grove, California; and eight grandchildren. He was preceded in death by his wife, Phạm Thị Lan, in 2012.

Rosary: 7 p.m. Tuesday at the Lincoln chapel. Funeral Mass: 10 a.m. Wednesday, June 10, at the Vietnamese Catholic Community of the Vietnamese Martyrs, Lincoln. Burial at Calvary Cemetery.""",
gold=[("LNK023", "survivor")]),   # Vietnamese order: family name Trương, given name Kim Loan

dict(guid="lnk_hy_2026_0714_arreola", pub="2026-07-14T12:00:00-05:00", title="Refugio Arreola Magaña (1944 - 2026)",
body="""Refugio Arreola Magaña, 81, of Lincoln, passed away Friday, July 10, 2026, at Bryan West Campus.

Don Cuco, as everyone at the packing plant called him, was born in Cherán, Michoacán, México. He came north to pick sugar beets in western Nebraska in 1968, worked 27 years at the Cushman plant and spent his retirement growing chiles in his backyard on North 27th Street and giving them away.

Le sobreviven su hija, Rosalinda Arreola de Tzintzun y su esposo Efraín Tzintzun, de Lincoln; su hijo, Jesús Arreola, de Cherán; y siete nietos. He is survived by his daughter, Rosalinda Arreola de Tzintzun and her husband Efraín Tzintzun of Lincoln; his son, Jesús Arreola of Cherán; and seven grandchildren. He was preceded in death by his wife, María Magdalena Ochoa.

Rosario: 7 p.m. jueves, 16 de julio. Misa de cuerpo presente: 10 a.m. viernes, 17 de julio, Our Lady of Guadalupe Catholic Church, Lincoln. Burial at Calvary Cemetery.""",
gold=[("LNK004", "survivor"), ("LNK005", "survivor")]),

dict(guid="lnk_hy_2026_0819_brockhoff", pub="2026-08-19T10:30:00-05:00", title="Kenneth L. Brockhoff Sr. (1946 - 2026)",
body="""Kenneth L. Brockhoff Sr., 80, of Waverly, passed away Sunday, August 16, 2026, at his home.

Ken was born January 12, 1946, in Lincoln. He drove a milk route for Roberts Dairy for 30 years and was a member of the Waverly Volunteer Fire Department for 41. He married Arlene Schmale on May 3, 1967; she preceded him in death in 2021.

Survivors include his son, Kenny Brockhoff Jr. (Trudy) of Waverly; daughter, Rhonda (Steve) Kucera of Ceresco; five grandchildren and two great-grandchildren.

Funeral service: 11 a.m. Friday, August 21, at St. Paul's Lutheran Church, Waverly. Firefighter honors at the Waverly Cemetery. Visitation 4-7 p.m. Thursday at the Waverly chapel.""",
gold=[("LNK006", "survivor")]),   # the deceased is Sr.; the client is the Jr.
]
