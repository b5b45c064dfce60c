"""Obituaries for the hys part, four house styles. Every person is invented. Hand labels in `gold=`.

A = High Plains Ledger (Hays daily, plain-text description, Hays Daily style "Name, age, town, died ...")
B = Prairie Rose Funeral Chapel (Hays, Victoria, WaKeeney; HTML in content:encoded)
C = Holy Cross - St. Boniface parish cluster bulletin (plain text, "Please pray for the repose of the soul of ...")
D = Western Kansas Death Notices (brief paid notices, surname-first headings)
"""

ITEMS = [
dict(feed="B", guid="hys_prfc_helen-pfannenstiel-2026", pub="2026-01-12T10:15:00-06:00",
title="Helen T. Pfannenstiel (1928 - 2026)",
body="""Helen Theresa Pfannenstiel, 97, of Hays, passed away peacefully Friday, January 9, 2026, at Via Christi Village, surrounded by her family.

Helen was born December 2, 1928, on the family farm south of Munjor, the daughter of Jacob and Magdalena (Schmidt) Rohr. She married Edwin Pfannenstiel on June 5, 1948, at St. Francis of Assisi Church in Munjor. She was a homemaker, a 4-H leader for 30 years and a member of the Altar Society, and no church dinner in Ellis County went without her bierocks and her kraut runza.

Survivors include a daughter, Leona (Ollie) Dreiling of Victoria; two sons, Norbert Pfannenstiel and his wife Carol of Hays and Raymond Pfannenstiel of Wichita; 11 grandchildren; and 24 great-grandchildren. She was preceded in death by her husband Edwin, a son, Ervin, and eight brothers and sisters.

Mass of Christian Burial will be at 10 a.m. Thursday at St. Francis of Assisi Catholic Church, Munjor, with Father Damian Kohl officiating. Burial will be in the church cemetery. A vigil service with rosary will be at 7 p.m. Wednesday at Prairie Rose Funeral Chapel, Hays. Memorials are suggested to the church.""",
gold=[("HYS002", "survivor"), ("HYS001", "survivor")]),

dict(feed="B", guid="hys_prfc_tristan-james-kuhn-2026", pub="2026-01-20T14:40:00-06:00",
title="Tristan James Kuhn (2006 - 2026)",
body="""Tristan James Kuhn, 19, of Hays, died Friday, January 16, 2026, from injuries sustained in a vehicle accident on Interstate 70 east of Hays.

Tristan was born July 11, 2006, in Hays, the son of Dale and Monica (Leiker) Kuhn. He graduated from Thomas More Prep-Marian in 2024, where he wrestled at 165 pounds, and was studying agronomy at Fort Hays State University. He spent every summer running a combine for his grandpa and could fix anything with baling wire.

Survivors include his parents, Dale and Monica Kuhn of Hays; a sister, Kenzie, at home; and his grandparents, Vernon and Janice Kuhn of Catharine. He was preceded in death by his grandparents, Albert and Hilda Leiker.

Funeral Mass will be at 10:30 a.m. Tuesday at St. Joseph Catholic Church, Hays. Memorials to the TMP-M wrestling program in care of the funeral chapel.""",
gold=[]),

dict(feed="A", guid="hys_hpl_obit_260203_agnes-gottschalk", pub="2026-02-03T05:30:00-06:00",
title="Agnes M. Gottschalk",
body="""Agnes M. Gottschalk, 79, Schoenchen, died Saturday, Jan. 31, 2026, at Hays Medical Center.

She was born Feb. 14, 1946, in Ellis to Anton and Rosina (Brungardt) Walter. She married Roman Gottschalk on Oct. 21, 1967, in Ellis. She was a cook at the Schoenchen school for 22 years and a lifelong member of St. Anthony of Padua Catholic Church, where she sang in the choir and led the quilting circle.

Survivors include her husband of 58 years, Roman Gottschalk Sr. of the home; a son, Roman "Ronnie" Gottschalk Jr. and his wife Pam of Wichita; a daughter, Jolene Staab of Liebenthal; a sister, Rose Ann Leiker of Ellis; seven grandchildren; and three great-grandchildren.

She was preceded in death by her parents; two brothers, Leo and Ambrose Walter; and a granddaughter, Emma.

Mass of Christian Burial will be at 10 a.m. Friday at St. Anthony of Padua Catholic Church, Schoenchen. Burial in the church cemetery. Vigil service with rosary at 6:30 p.m. Thursday at the church. Prairie Rose Funeral Chapel, Hays, is in charge of arrangements.""",
gold=[("HYS022", "survivor"), ("HYS005", "survivor")]),

dict(feed="D", guid="hys_wkdn_2026-0209-gottschalk", pub="2026-02-09T07:05:00-06:00",
title="GOTTSCHALK, Agnes M.",
body="""Agnes M. Gottschalk, 79, Schoenchen, died Saturday, Jan. 31, 2026, at Hays Medical Center.

She was born Feb. 14, 1946, in Ellis to Anton and Rosina (Brungardt) Walter. She married Roman Gottschalk on Oct. 21, 1967, in Ellis. She was a cook at the Schoenchen school for 22 years and a lifelong member of St. Anthony of Padua Catholic Church, where she sang in the choir and led the quilting circle.

Survivors include her husband of 58 years, Roman Gottschalk Sr. of the home; a son, Roman "Ronnie" Gottschalk Jr. and his wife Pam of Wichita; a daughter, Jolene Staab of Liebenthal; a sister, Rose Ann Leiker of Ellis; seven grandchildren; and three great-grandchildren.

She was preceded in death by her parents; two brothers, Leo and Ambrose Walter; and a granddaughter, Emma.

Mass of Christian Burial will be at 10 a.m. Friday at St. Anthony of Padua Catholic Church, Schoenchen. Burial in the church cemetery. Vigil service with rosary at 6:30 p.m. Thursday at the church. Prairie Rose Funeral Chapel, Hays, is in charge of arrangements.""",
gold=[]),  # later duplicate copy of hys_hpl_obit_260203_agnes-gottschalk: labelled on the earlier copy only

dict(feed="A", guid="hys_hpl_obit_260216_eugene-windholz", pub="2026-02-16T05:30:00-06:00",
title="Eugene J. Windholz",
body="""Eugene Joseph Windholz, 96, Great Bend, died Thursday, Feb. 12, 2026, at Cherry Village Assisted Living, Great Bend.

He was born March 19, 1929, in Victoria to Frank and Catherine (Dinkel) Windholz. He served in the U.S. Army in Korea and farmed near Pawnee Rock until retiring to Great Bend in 1994. He was a member of the Knights of Columbus and Prince of Peace Parish.

Survivors include a daughter-in-law, Sharon Windholz of Great Bend; a nephew, Gene Windholz (Mary Lou) of Victoria, his namesake and godson, who farmed with him for many summers; four grandchildren; and several great-grandchildren.

He was preceded in death by his wife, Cecilia; a son, Thomas; and ten brothers and sisters.

Funeral Mass will be at 10:30 a.m. Saturday at Prince of Peace Parish, Great Bend. Burial will be in St. Fidelis Cemetery, Victoria.""",
gold=[("HYS011", "survivor"), ("HYS012", "survivor")]),

dict(feed="C", guid="hys_hcsb_bulletin_2026-03-01_befort", pub="2026-03-02T08:00:00-06:00",
title="Irene Befort - WaKeeney",
body="""Please pray for the repose of the soul of Irene Befort, 88, of WaKeeney, who was called home on Wednesday, February 25, 2026, at Trego County-Lemke Memorial Hospital.

Irene taught generations of our children their catechism and never missed the 7 a.m. Mass at St. Joseph's. She is survived by her brother, Leonard Befort of WaKeeney; her sister, Joyce (Wendelin) Karlin of WaKeeney; and many nieces and nephews. She was preceded in death by her parents, Peter and Mary Befort, and her brothers, Alphonse and Ignatius.

The Mass of Christian Burial was celebrated Saturday at St. Joseph Church, WaKeeney. Eternal rest grant unto her, O Lord.""",
gold=[("HYS020", "survivor"), ("HYS008", "survivor"), ("HYS007", "survivor")]),

dict(feed="C", guid="hys_hcsb_bulletin_2026-03-08_schippers", pub="2026-03-09T08:00:00-05:00",
title="Dolores \"Dodie\" Schippers - WaKeeney",
body="""Please pray for the repose of the soul of Dolores M. "Dodie" Schippers, 91, of WaKeeney, who died Tuesday, March 3, 2026, on her 91st birthday, at the Trego Manor.

Dodie was born March 3, 1935, in Ellis, the daughter of John and Eva (Wasinger) Kreutzer. She was widowed in 1998, when her husband Alvin Schippers died, and ran the Trego County Extension office for many years. She is survived by her son, Gary Schippers of Colby; her daughter, Paula Roth of Salina; six grandchildren; and nine great-grandchildren.

Her funeral Mass was celebrated Friday at St. Joseph Church, WaKeeney, with Father Damian Kohl as celebrant. May her soul and the souls of all the faithful departed rest in peace.""",
gold=[("HYS013", "deceased_client")]),  # name, town, nickname and birth date (= roster) agree

dict(feed="A", guid="hys_hpl_obit_260324_aloysius-dreiling", pub="2026-03-24T05:30:00-05:00",
title="Aloysius J. \"Ollie\" Dreiling",
body="""Aloysius J. "Ollie" Dreiling, 85, Victoria, died Saturday, March 21, 2026, at his home.

He was born Feb. 14, 1941, in Victoria to Jacob and Barbara (Schmidtberger) Dreiling. He married Leona Pfannenstiel on May 2, 1964, at St. Francis of Assisi Church in Munjor. Ollie farmed and raised cattle north of Victoria for more than 50 years, served on the Victoria school board and was an usher at St. Fidelis Church, the Cathedral of the Plains, for four decades.

Survivors include his wife of 61 years, Leona Dreiling of the home; two sons, Gerald Dreiling and his wife Tina of Denver and Kevin Dreiling of Victoria; a daughter, Lisa Hertel and her husband Brad of Hays; nine grandchildren; and four great-grandchildren.

He was preceded in death by his parents, a brother, Bernard, and a sister, Clara Stecklein.

Mass of Christian Burial will be at 10 a.m. Thursday at St. Fidelis Catholic Church, Victoria, with Father Damian Kohl officiating. Burial in St. Fidelis Cemetery. Pallbearers will be Tristan Kuhn, Kyle Hertel, Nathan Dreiling, Jacob Dreiling, Austin Dreiling and Cole Dreiling. Vigil service with rosary will be at 7 p.m. Wednesday at the church. Memorials to St. Fidelis Church or Hospice of Hays in care of Prairie Rose Funeral Chapel, Victoria.""",
gold=[("HYS001", "deceased_client"), ("HYS002", "spouse_of_deceased_client")]),  # birth date, nickname, wife, maiden all = roster

dict(feed="A", guid="hys_hpl_obit_260407_stanley-staab", pub="2026-04-07T05:30:00-05:00",
title="Stanley P. Staab",
body="""Stanley Peter Staab, 83, Hays, died Friday, April 3, 2026, at Hays Medical Center.

He was born Aug. 30, 1942, in Catharine to Peter and Frances (Pfeifer) Staab. He worked for 38 years as a lineman for Midwest Energy and was a member of the Hays Elks Lodge and Immaculate Heart of Mary Church.

Survivors include a daughter, Bernadette "Bernie" Staab of Hays; a son, Michael Staab of Lenexa; a niece, Tess (Dale) Pfeifer of Russell, whom he raised as his own after her parents died; and five grandchildren.

He was preceded in death by his wife, Rita, in 2019, and a brother, Lawrence.

Funeral will be at 10 a.m. Thursday at Immaculate Heart of Mary Catholic Church, Hays. Inurnment in Mount Allen Cemetery.""",
gold=[("HYS019", "survivor")]),  # HYS006 Bernie Staab is do_not_contact: nothing

dict(feed="D", guid="hys_wkdn_2026-0416-rupp", pub="2026-04-16T07:05:00-05:00",
title="RUPP, Clement",
body="""Clement Rupp, Ellis, died Tuesday, April 14, 2026, at Hays Medical Center. Arrangements are pending with Prairie Rose Funeral Chapel, Ellis.""",
gold=[("HYS014", "possible_deceased_client")]),  # name and town only, no age, no birth date, no survivors

dict(feed="B", guid="hys_prfc_arnold-kraus-2026", pub="2026-04-28T11:20:00-05:00",
title="Arnold F. Kraus (1944 - 2026)",
body="""Arnold F. Kraus, 81, of Hays, passed away Saturday, April 25, 2026, at St. John's Rest Home in Victoria.

Arnold was born September 4, 1944, in Hays to Frank and Elizabeth (Brungardt) Kraus. He owned and operated Kraus Welding on Vine Street for 41 years and built half the cattle guards in Ellis County.

He is survived by his wife of 55 years, Marlene Kraus of Hays; two sons, Todd Kraus and wife Anne of Hays and Travis Kraus of Manhattan; and four grandchildren.

Funeral services will be held at 10 a.m. Friday at Holy Family Catholic Church, Hays, with Father Leo Wasinger officiating. Pallbearers will be Jerome Basgall, Luke Sander, Dennis Kraus, Mike Kraus, Shane Kraus and Brett Kraus. Honorary pallbearers are the members of the Hays Noon Optimist Club.""",
gold=[]),  # clients only as pallbearers

dict(feed="B", guid="hys_prfc_ludmilla-engel-2026", pub="2026-05-05T09:45:00-05:00",
title="Ludmilla R. Engel (1941 - 2026)",
body="""Ludmilla Rose "Millie" Engel, 84, of Plainville, passed away Sunday, May 3, 2026, at Rooks County Health Center.

Millie was born June 8, 1941, in Zurich, Kansas, the daughter of Jacob and Anna (Dinkel) Kuhn. She married Donald Engel in 1961; they farmed southwest of Plainville, where she kept a garden the size of a football field and the best-stocked cookie jar in Rooks County.

She is survived by her daughter, Brianna (Lucas) Sander of Plainville; her son, Craig Engel of Stockton; and four grandchildren. She was preceded in death by her husband, Donald, and a son, Dwight.

Funeral Mass will be 10 a.m. Friday at Sacred Heart Catholic Church, Plainville. Burial in Plainville Cemetery.""",
gold=[("HYS018", "survivor"), ("HYS017", "survivor")]),

dict(feed="A", guid="hys_hpl_obit_260519_viola-wasinger", pub="2026-05-19T05:30:00-05:00",
title="Viola C. Wasinger",
body="""Viola Catherine Wasinger, 92, Hays, died Saturday, May 16, 2026, at Good Samaritan Society in Hays.

She was born Nov. 1, 1933, in Ellis to John and Eva (Wasinger) Kreutzer. She married Alois Wasinger on Sept. 10, 1952, in Ellis. She worked at the Hays Post Office for 25 years.

Survivors include a daughter, Darlene and husband Butch Schmidtberger of Hays; a son, Duane Wasinger of Ellis; six grandchildren; and eleven great-grandchildren.

She was preceded in death by her husband, Alois, in 2010; a son, Dennis; and a sister, Dolores Schippers.

Mass of Christian Burial will be at 10 a.m. Friday at St. Nicholas of Myra Catholic Church, Hays. Burial in St. Joseph Cemetery. Memorials to Hospice of Hays.""",
gold=[("HYS004", "survivor"), ("HYS003", "survivor")]),  # Dolores Schippers (HYS013, died March) preceded: nothing

dict(feed="C", guid="hys_hcsb_bulletin_2026-05-24_gottschalk", pub="2026-05-25T08:00:00-05:00",
title="Kenneth Gottschalk - Hays",
body="""Please pray for the repose of the soul of Kenneth Gottschalk, 68, of Hays, who died suddenly on Tuesday, May 19, 2026.

Ken was an usher at our 8 a.m. Mass and never once let the collection basket pass a child without a wink. He is survived by his wife, Sandra; his son, Derek (Marisa) Gottschalk of Hays; his granddaughter, Ava; and his brother, Roman Gottschalk Sr. of Schoenchen.

The funeral Mass was celebrated Friday at St. Joseph Church, Hays. We extend our sympathy to the Gottschalk family.""",
gold=[("HYS010", "survivor"), ("HYS022", "survivor")]),  # Marisa = roster Marisa Werth-Gottschalk, spouse Derek

dict(feed="B", guid="hys_prfc_walburga-dinkel-2026", pub="2026-06-02T13:05:00-05:00",
title="Walburga \"Wally\" Dinkel (1924 - 2026)",
body="""Walburga "Wally" Dinkel, 101, of Victoria, went home to the Lord on Friday, May 29, 2026, at St. John's Rest Home.

Wally was born April 27, 1924, in Victoria, the last of thirteen children of Joseph and Anna (Karlin) Dinkel. She never married and kept house for the priests of St. Fidelis for 31 years. She remembered the building of the Cathedral's towers from her grandmother's stories and told them to every visitor.

She is survived by many nieces and nephews, including Bernice Dinkel of Victoria and Stanley Dinkel of Hutchinson.

Mass of Christian Burial will be 10 a.m. Monday at St. Fidelis Catholic Church, Victoria. Readers will be Cheyenne Werth and Kevin Dinkel. The family thanks Dr. Anneliese Hammerschmidt and the staff of St. John's Rest Home for their loving care.""",
gold=[]),  # client as reader and doctor thanked: nothing

dict(feed="D", guid="hys_wkdn_2026-0609-basgall", pub="2026-06-09T07:05:00-05:00",
title="BASGALL, Jerome",
body="""Jerome Basgall, 71, Fort Collins, Colo., formerly of Loveland, died June 5, 2026. He was a retired engineer with Hewlett-Packard. Survivors: wife Patricia; sons Eric of Denver and Kurt of Fort Collins. Services Friday at St. Elizabeth Ann Seton, Fort Collins.""",
gold=[]),  # namesake far away, different wife (roster HYS015 is of Hays, wife Karen)

dict(feed="D", guid="hys_wkdn_2026-0616-karlin", pub="2026-06-16T07:05:00-05:00",
title="KARLIN, Wendel J.",
body="""Wendel J. Karlin, 54, Garden City, died June 12, 2026, in Garden City. Survivors: wife Tammy; daughter Brooke; mother Irma of Dodge City. Funeral 10 a.m. Saturday, St. Dominic Catholic Church, Garden City.""",
gold=[]),  # not Wendelin "Windy" Karlin of WaKeeney (b. 1948)

dict(feed="C", guid="hys_hcsb_bulletin_2026-06-21_leiker", pub="2026-06-22T08:00:00-05:00",
title="Brother Anselm Leiker, OFM Cap. - Victoria",
body="""Please pray for the repose of the soul of Brother Anselm (Lawrence) Leiker, OFM Cap., 88, who died June 17, 2026, at the Capuchin friary in Denver. Brother Anselm was born in Ellis and served at St. Fidelis Friary in Victoria for 22 years.

He is survived by his sister-in-law, Rose Ann Leiker of Ellis, widow of his brother Vincent; nieces and nephews; and his Capuchin brothers. His funeral was celebrated in Denver; a memorial Mass will be offered at St. Fidelis on Sunday, July 5.""",
gold=[("HYS005", "survivor")]),

dict(feed="B", guid="hys_prfc_marvin-schmidtberger-sr-2026", pub="2026-07-07T10:30:00-05:00",
title="Marvin A. Schmidtberger Sr. (1929 - 2026)",
body="""Marvin A. Schmidtberger Sr., 97, of Hays, passed away Saturday, July 4, 2026, at Hays Medical Center, listening to the fireworks through the window.

Marvin was born January 3, 1929, in Hays. He ran Schmidtberger Sinclair on Main Street for 40 years and pumped gas in a bow tie until the day it closed.

He is survived by his son, Marvin "Butch" Schmidtberger Jr. and his wife Darlene of Hays; a daughter, Judy Befort of Ness City; five grandchildren; and eight great-grandchildren. He was preceded in death by his wife, Theresa, in 2015.

Mass of Christian Burial will be 10 a.m. Friday at St. Nicholas of Myra Catholic Church, Hays.""",
gold=[("HYS003", "survivor"), ("HYS004", "survivor")]),
]
