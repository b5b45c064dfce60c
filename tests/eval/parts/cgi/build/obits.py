"""Obituaries for the cgi part, four house styles (feed key): cc = The Cape Courier (newspaper, legacy-style
titles, plain text); bh = Brennecke-Hoehne Funeral Homes (HTML in content:encoded); stb = St. Boniface & St. Rose
parish bulletin (plain text); bdn = Bootheel Daily News paid death notices (terse). Hand-labelled (gold=)."""

ITEMS = [
# ---------------- The Cape Courier ----------------
dict(feed="cc", guid="cgi_cc_obit_20260218_oberle", pub="2026-02-18T05:30:00-06:00",
title="Irene Marie Oberle Obituary (1930 - 2026) - Cape Girardeau, MO - The Cape Courier",
body="""Irene Marie Oberle, 95, of Cape Girardeau, died Sunday, Feb. 15, 2026, at Chateau Girardeau.

She was born Oct. 2, 1930, in Oran, daughter of Fritz and Bertha Diebold Hinkebein. She married Bernard Oberle on May 5, 1951, at Guardian Angel Catholic Church in Oran; he preceded her in death in 2009.

Irene was a member of St. Mary Cathedral, the Ladies Sodality and a card club that met every other Tuesday for 52 years. She canned enough tomatoes each August to supply the whole family, and her German potato salad was required at every Oberle reunion.

Survivors include a daughter, Patsy (Gene) Kasselbrock of Cape Girardeau; a son, Dennis Oberle of Kansas City; a sister-in-law, Wanda Hinkebein of Oak Ridge; five grandchildren and nine great-grandchildren.

She was preceded in death by her husband, her parents and a brother, Lawrence Hinkebein.

Visitation will be from 9 to 10:30 a.m. Saturday at St. Mary Cathedral, with Mass of Christian Burial at 10:30, the Rev. Anthony Brune officiating. Burial will be in Cape County Memorial Park.""",
gold=[("CGI006", "survivor"), ("CGI005", "survivor"), ("CGI007", "survivor")]),

dict(feed="cc", guid="cgi_cc_obit_20260310_seabaugh", pub="2026-03-10T05:30:00-05:00",
title="Alvin Lee Seabaugh Obituary (2001 - 2026) - Poplar Bluff, MO - The Cape Courier",
body="""Alvin Lee Seabaugh, 24, of Poplar Bluff, died Friday, March 6, 2026, as the result of an automobile accident on U.S. 67.

He was born Aug. 19, 2001, in Cape Girardeau, son of Rodney and Tina Seabaugh, and was named for his grandfather. He graduated from Poplar Bluff High School in 2020 and worked as a lineman apprentice for the rural electric cooperative. He loved bass fishing on Lake Wappapello and never missed a Redhawks basketball game.

Survivors include his parents, Rodney and Tina Seabaugh of Poplar Bluff; a sister, Kaylee Seabaugh of Springfield; his grandparents, Alvin and Carolyn Seabaugh of Jackson; and his girlfriend, Macy Dunn.

Funeral will be at 2 p.m. Thursday at First Baptist Church of Poplar Bluff.""",
gold=[("CGI019", "survivor")]),

dict(feed="cc", guid="cgi_cc_obit_20260422_tillery", pub="2026-04-22T05:30:00-05:00",
title="Roscoe L. Tillery Obituary (1949 - 2026) - Paris, TN - The Cape Courier",
body="""Roscoe L. Tillery, 76, of Paris, Tennessee, died Saturday, April 18, 2026, at Henry County Medical Center. The Courier publishes this notice at the request of his Scott City cousins, with whom he spent boyhood summers.

Born June 30, 1949, in Paris, he retired from the Tennessee Valley Authority after 34 years. He was a deacon of Oak Grove Baptist Church.

He is survived by his wife of 51 years, Frances (Weatherly) Tillery of Paris; two sons, Roscoe Jr. and Dale, both of Paris; and six grandchildren.

Services were held Tuesday in Paris, Tennessee.""",
gold=[]),

dict(feed="cc", guid="cgi_cc_obit_20260604_moranville", pub="2026-06-04T05:30:00-05:00",
title="Walter J. Moranville Obituary (1934 - 2026) - Perryville, MO - The Cape Courier",
body="""Walter Joseph Moranville, 91, of Perryville, died Monday, June 1, 2026, at Perry County Memorial Hospital.

He was born March 19, 1934, near Lithium, son of Isidore and Clara Moranville. He farmed the family ground in the Barrens for 60 years, served on the Perry County Farm Bureau board and never missed a Sunday at St. Vincent de Paul.

Survivors include three sons, Joseph (Linda) Moranville of Perryville, Gerald Moranville of Festus and Paul (Sandy) Moranville of Ste. Genevieve; eleven grandchildren, among them Walt Moranville of Perryville, who was named for him; and 19 great-grandchildren.

He was preceded in death by his wife, Rosalie, in 2015, and by a grandson, Kevin.

Mass of Christian Burial will be at 10 a.m. Friday at St. Vincent de Paul Catholic Church, Perryville. Burial in Mount Hope Cemetery.""",
gold=[("CGI021", "survivor")]),

dict(feed="cc", guid="cgi_cc_obit_20260703_essner", pub="2026-07-03T05:30:00-05:00",
title="Eldon Ray Essner Obituary (1937 - 2026) - Morehouse, MO - The Cape Courier",
body="""Eldon Ray Essner, 88, of Morehouse, died Tuesday, June 30, 2026, at Missouri Delta Medical Center in Sikeston.

He was born in New Madrid County to Otis and Velma Essner. He farmed cotton and later soybeans in the Bootheel for most of his life and was a member of Morehouse First Baptist Church.

He is survived by a sister, LaDonna Pruett of Sikeston; a brother, Carl Essner of Memphis; and several nieces and nephews.

Pallbearers will be Roscoe Tillery, Jimmy Dean Hux, Ronnie Essner, Lyle Pruett, Bo Kirkman and Travis Essner.

Funeral services will be at 11 a.m. Monday at Morehouse First Baptist Church, the Rev. Danny Gaines officiating.""",
gold=[("CGI009", "survivor")]),

dict(feed="cc", guid="cgi_cc_obit_20260731_hoog", pub="2026-07-31T05:30:00-05:00",
title="Norma Layton Hoog Obituary (1940 - 2026) - Perryville, MO - The Cape Courier",
body="""Norma Layton Hoog, 86, of Perryville, died Wednesday, July 29, 2026, at her home.

She was born in Perryville to Herbert and Ida (Buchheit) Layton and taught second grade at St. Vincent Elementary for 31 years.

She is survived by a sister, Bettye Jo Sutterer of Perryville; two daughters, Carla Hoog of Jefferson City and Diane Weiss of Perryville; and four grandchildren. She was preceded in death by her husband, Vernon Hoog.

The family thanks her dear friend and caregiver Agnes Rauh and the staff of Perry County Hospice for their kindness.

Mass of Christian Burial will be at 10 a.m. Monday at St. Vincent de Paul Catholic Church.""",
gold=[("CGI016", "survivor")]),

dict(feed="cc", guid="cgi_cc_obit_20260819_brockmeier", pub="2026-08-19T05:30:00-05:00",
title="Harold Dean \"Hal\" Brockmeier Obituary (1941 - 2026) - Jackson, MO - The Cape Courier",
body="""Harold Dean "Hal" Brockmeier, 85, of Jackson, died Sunday, Aug. 16, 2026, at Saint Francis Medical Center in Cape Girardeau.

He was born Feb. 11, 1941, in Gordonville, son of August and Martha (Kamp) Brockmeier. He married Lorene Vollink on June 8, 1963, at St. Paul Lutheran Church in Jackson.

Hal owned Brockmeier Feed & Seed on Highway 61 for 38 years and was a charter member of the Jackson Optimist Club. He never once missed the Jackson Homecomers parade and could tell you the yield of every field between Gordonville and Fruitland.

Survivors include his wife of 63 years, Lorene (Vollink) Brockmeier of Jackson; a son, Craig (Deanna) Brockmeier of O'Fallon; a daughter, Mary Beth (Glenn) Unverferth of Perryville; six grandchildren; and a brother, Leon Brockmeier of Gordonville.

Pallbearers will be his grandsons and Alvin Seabaugh.

Funeral will be at 10 a.m. Saturday at St. Paul Lutheran Church, Jackson, the Rev. Mark Vollmer officiating. Burial in Russell Heights Cemetery.""",
gold=[("CGI001", "deceased_client"), ("CGI002", "spouse_of_deceased_client"), ("CGI003", "survivor"), ("CGI004", "survivor")]),

# ---------------- Brennecke-Hoehne Funeral Homes ----------------
dict(feed="bh", guid="cgi_bh_2026_0114_fritsche", pub="2026-01-14T10:00:00-06:00",
title="Orville W. Fritsche",
body="""Orville W. Fritsche, 76, of Altenburg, went home to be with his Lord on Sunday, January 11, 2026, at Saint Francis Medical Center.

Orville was born in Altenburg to Wilhelm and Emma (Bock) Fritsche and was confirmed at Trinity Lutheran Church, where he later served as an elder and sang bass in the choir for 50 years. He worked at the Wittenberg grain elevator and farmed on the side. On October 14, 1972, he married Nadine Saxton.

He is survived by his wife, Nadine Fritsche of Altenburg; a son, Jared (Amy) Fritsche of Frohna; a daughter, Lisa Fritsche of St. Louis; and three grandchildren.

Visitation will be Wednesday from 4 to 8 p.m. at the Brennecke-Hoehne Funeral Home in Perryville. Funeral services will be at 10 a.m. Thursday at Trinity Lutheran Church, Altenburg, with the Rev. Kurt Mueller officiating. Burial in Trinity Lutheran Cemetery.""",
gold=[("CGI014", "survivor")]),

dict(feed="bh", guid="cgi_bh_2026_0325_buchheit", pub="2026-03-25T10:00:00-05:00",
title="Bernadette \"Bernie\" Buchheit",
body="""Bernadette Ann "Bernie" Buchheit, 79, of Perryville, passed away Monday, March 23, 2026, at Perry County Memorial Hospital.

Bernie was born in Perryville to Alphonse and Dorothy (Unterreiner) Buchheit. She worked 40 years at the shoe factory and never married, but she was a second mother to every niece and nephew she had. She was a member of St. Vincent de Paul Parish and its Altar Society.

She is survived by her sister, Agnes (Clem) Rauh of Perryville; a brother, Louis Buchheit of Frohna; and many nieces and nephews.

Pallbearers: Glenn Unverferth, Mark Rauh, Tony Buchheit, Luke Rauh, Daniel Layton and Sam Buchheit.

Mass of Christian Burial will be held at 10 a.m. Friday at St. Vincent de Paul Catholic Church. Arrangements by Brennecke-Hoehne Funeral Home, Perryville.""",
gold=[("CGI011", "survivor"), ("CGI010", "survivor")]),

dict(feed="bh", guid="cgi_bh_2026_0512_bostic", pub="2026-05-12T10:00:00-05:00",
title="Rev. Elijah T. Bostic",
body="""The Rev. Elijah Thomas Bostic, 81, of Charleston, Missouri, entered into eternal rest on Friday, May 8, 2026.

Rev. Bostic pastored Greater New Hope Missionary Baptist Church in Charleston for 37 years and was a founding member of the Mississippi County Ministerial Alliance. Before the ministry he worked at the shoe factory in Charleston and drove a school bus for 20 years.

He leaves to cherish his memory his wife of 58 years, Mother Lucille Bostic; two daughters, Keisha (Marcus) Whitlock of Sikeston and Denise Bostic of St. Louis; a son, Elijah Bostic Jr. of Memphis; eight grandchildren; and a host of nieces, nephews, church family and friends.

Homegoing services will be held at 11 a.m. Saturday at Greater New Hope Missionary Baptist Church, Charleston. Services entrusted to the Brennecke-Hoehne Funeral Home, Sikeston chapel.""",
gold=[("CGI018", "survivor"), ("CGI017", "survivor")]),

dict(feed="bh", guid="cgi_bh_2026_0609_kasselbrock", pub="2026-06-09T10:00:00-05:00",
title="Eugene \"Gene\" Kasselbrock Sr.",
body="""Eugene Francis "Gene" Kasselbrock Sr., 90, of Cape Girardeau, died Saturday, June 6, 2026, at the Missouri Veterans Home.

Gene was born in Cape Girardeau and served in the U.S. Army in Korea. He worked 35 years at the shoe factory and later ran the concession stand at Capaha Park for the Jaycees. He was preceded in death by his wife, Dolores, in 2018.

Survivors include his son, Gene Kasselbrock Jr. and his wife Patsy of Cape Girardeau; a daughter, Theresa Ruesler of Scott City; five grandchildren; and three great-grandchildren.

A funeral Mass will be celebrated at 10 a.m. Thursday at St. Mary Cathedral. Military honors at the graveside, Cape County Memorial Park.""",
gold=[("CGI005", "survivor"), ("CGI006", "survivor")]),

dict(feed="bh", guid="cgi_bh_2026_0723_duckworth", pub="2026-07-23T10:00:00-05:00",
title="Dale Wayne Duckworth",
body="""Dale Wayne Duckworth, 63, of Chaffee, died Tuesday, July 21, 2026, at his home after a long illness.

Dale was a welder at the Scott City barge terminal for 30 years and a volunteer with the Chaffee Fire Department. He loved coon hunting and the Chaffee Red Devils.

He is survived by his daughter, Cheyenne Duckworth of Chaffee; his mother, Opal Duckworth of Benton; and two brothers, Rick and Jerry Duckworth.

Funeral services will be at 1 p.m. Saturday at the Brennecke-Hoehne Funeral Home chapel, with burial in Lusk Cemetery.""",
gold=[("CGI022", "survivor")]),

dict(feed="bh", guid="cgi_bh_2026_0915_kranawetter", pub="2026-09-15T10:00:00-05:00",
title="Lucille Vollink Kranawetter",
body="""Lucille Vollink Kranawetter, 94, of Jackson, died Saturday, Sept. 12, 2026, at Jackson Manor.

Lucille was the last of the eleven children of Heinrich and Anna Vollink of Pocahontas. She kept the books for Kranawetter Hardware for forty years and played the organ at St. Paul Lutheran Church.

She is survived by her nieces and nephews, including Lorene Brockmeier of Jackson, who was her faithful Sunday visitor. She was preceded in death by her husband, Arnold Kranawetter, and by her ten brothers and sisters.

The family thanks Dr. Anil Ramaswamy and the nurses of Jackson Manor.

Graveside services will be at 11 a.m. Wednesday at Russell Heights Cemetery.""",
gold=[("CGI002", "survivor")]),

# ---------------- St. Boniface & St. Rose parish bulletin ----------------
dict(feed="stb", guid="cgi_stb_bulletin_20260201_unverferth", pub="2026-02-01T07:00:00-06:00",
title="Please remember in your prayers: Mathilda Unverferth",
body="""Please remember in your prayers Mathilda "Tillie" Unverferth, 97, who died January 27 at Perry Park Center. Tillie was a lifelong member of St. Boniface and sewed the altar linens for sixty years. She is survived by her son Glenn and his wife Mary Beth, of Perryville, and by her grandchildren. Her Mass of Christian Burial was celebrated January 30. Eternal rest grant unto her, O Lord.""",
gold=[("CGI004", "survivor"), ("CGI003", "survivor")]),

dict(feed="stb", guid="cgi_stb_bulletin_20260412_rauh", pub="2026-04-12T07:00:00-05:00",
title="Please remember in your prayers: Agnes M. Rauh",
body="""Please remember in your prayers Agnes M. Rauh, 101, of Ste. Genevieve, who died April 6. Agnes was a member of our parish until 1960 and was married here to the late Alois Rauh. Her nephew, Clement Rauh, and his wife Agnes, of Perryville, ask your prayers for her and for all her family. May she rest in peace.""",
gold=[("CGI010", "survivor"), ("CGI011", "survivor")]),

dict(feed="stb", guid="cgi_stb_bulletin_20260906_sutterer", pub="2026-09-06T07:00:00-05:00",
title="Please remember in your prayers: Kenneth Sutterer",
body="""Please remember in your prayers Kenneth Sutterer, 60, of St. Louis, formerly of Perryville, who died suddenly August 30. Ken was baptized and confirmed at St. Rose. He is the son of Bettye Jo Sutterer of our parish and the late Delbert Sutterer. Mass will be offered for Ken on Saturday at 4:30 p.m. Please keep Bettye Jo and the Sutterer family in your prayers.""",
gold=[("CGI016", "survivor")]),

# ---------------- Bootheel Daily News paid death notices ----------------
dict(feed="bdn", guid="cgi_bdn_notice_0611_tillery", pub="2026-06-11T04:00:00-05:00",
title="TILLERY, Bernice Ann (Gaines)",
body="""TILLERY, Bernice Ann (Gaines), 74, of Sikeston, died June 9, 2026. Survived by her husband of 52 years, Roscoe Tillery of Sikeston; a daughter, Angela Tillery Scott of Dexter. Services 2 p.m. Saturday, Sikeston First Baptist Church.""",
gold=[("CGI008", "survivor")]),

dict(feed="bdn", guid="cgi_bdn_notice_0714_pruett", pub="2026-07-14T04:00:00-05:00",
title="PRUETT, Lonnie Ray",
body="""PRUETT, Lonnie Ray, 33, of Dexter, died July 11, 2026. Survived by his wife, Brandi; two children; his mother, Sheila Pruett of Dexter; and his grandmother, LaDonna Pruett of Sikeston. Services pending.""",
gold=[("CGI009", "survivor")]),

dict(feed="bdn", guid="cgi_bdn_notice_0821_brockmeier", pub="2026-08-21T04:00:00-05:00",
title="BROCKMEIER, Harold Dean \"Hal\"",
body="""BROCKMEIER, Harold Dean "Hal", 85, of Jackson, died Aug. 16, 2026. Husband of 63 years of Lorene (Vollink) Brockmeier. Also survived by a son, Craig Brockmeier, and a daughter, Mary Beth Unverferth. Funeral 10 a.m. Saturday, St. Paul Lutheran Church, Jackson.""",
gold=[]),   # later copy of cgi_cc_obit_20260819_brockmeier: labelled on the earlier copy only

dict(feed="bdn", guid="cgi_bdn_notice_1006_kiefner", pub="2026-10-06T04:00:00-05:00",
title="KIEFNER, Rosalind",
body="""KIEFNER, Rosalind, of Cape Girardeau, died Oct. 3, 2026. Arrangements pending.""",
gold=[("CGI020", "possible_deceased_client")]),
]
