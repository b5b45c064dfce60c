"""Obituaries for part gck, three house styles. Hand-labelled: gold=[(client_id, role)] beside each text."""

# 1. The High Plains Telegram (Garden City daily): newspaper obituaries, plain text.
TEL = [
dict(guid="gck_tel_obit_260122_friesen", pub="2026-01-22T06:00:00-06:00", title="Marlin Friesen",
body="""MEADE - Marlin Edward Friesen, 88, died Monday, Jan. 19, 2026, at Meade District Hospital.

He was born Oct. 2, 1937, on the home place north of Meade to Jacob and Helena (Janzen) Friesen. He farmed wheat and milo for 55 years and was a lifelong member of Emmanuel Mennonite Church, where he sang bass in the men's chorus.

Survivors include his wife of 63 years, Edna, of the home; two sons, Gary (Sheryl) Friesen of Meade and Kevin Friesen of Hesston; a sister, Arlene (Del) Wiens of Garden City; seven grandchildren and four great-grandchildren.

He was preceded in death by his parents and a brother, Menno.

Funeral will be at 10:30 a.m. Saturday at Emmanuel Mennonite Church, Meade, with Pastor Lyle Schrag officiating. Memorials to Mennonite Central Committee in care of Fidler-Orme-Bachman Funeral Home.""",
gold=[("GCK002", "survivor"), ("GCK001", "survivor")]),

dict(guid="gck_tel_obit_260305_unruh", pub="2026-03-05T06:00:00-06:00", title="Edna Unruh",
body="""LIBERAL - Edna Marie Unruh, 97, died Sunday, March 1, 2026, at Liberal Good Samaritan Center.

Edna was born July 9, 1928, in Montezuma to Peter and Sara (Dyck) Koehn. She married Herbert Unruh in 1947; he died in 1999. She taught country school, then kept books for the Seward County Co-op for 30 years.

Survivors include a daughter, Betty Jo Koehn of Liberal; a son, Dale Unruh of Lubbock, Texas; nine grandchildren; and 14 great-grandchildren.

She was preceded in death by her husband; a son-in-law, Wendell Koehn; and a grandson, Caleb.

Services will be at 2 p.m. Friday at First Mennonite Brethren Church, Liberal. Ramona Zerr will play the organ. Burial in Liberal Cemetery.""",
gold=[("GCK010", "survivor")]),

dict(guid="gck_tel_obit_260611_penner", pub="2026-06-11T06:00:00-05:00", title="Orville D. Penner",
body="""ULYSSES - Orville Dean Penner, 82, died Monday, June 8, 2026, at Bob Wilson Memorial Hospital in Ulysses.

Orville was born Feb. 9, 1944, in Ulysses, the son of Abe and Tina Penner. He graduated from Grant County High School in 1962 and farmed irrigated corn south of town until 2010. He served on the Grant County Rural Water board and never missed a Lions Club pancake feed.

On Aug. 14, 1965, he married Darlene Stegman at Ulysses. She survives, of the home.

Other survivors include two daughters, Lori (Brent) Yoder of Hutchinson and Jana Penner of Denver; a brother, Vernon Penner of Johnson City; and five grandchildren.

Funeral will be at 10 a.m. Saturday at Ulysses Mennonite Brethren Church, with the Rev. Carl Dueck officiating. Pallbearers will be Trent Luebbers, Cody Yoder, Nathan Penner, Jace Yoder, Harlan Schmidtberger Jr. and Tyler Stegman. Garnand Funeral Home of Ulysses is in charge of arrangements.""",
gold=[("GCK014", "deceased_client"), ("GCK015", "spouse_of_deceased_client")]),

dict(guid="gck_tel_obit_260716_ochsner", pub="2026-07-16T06:00:00-05:00", title="Curtis Ochsner",
body="""NEWTON - Curtis Eugene Ochsner, 90, of Newton, died Saturday, July 11, 2026, at Kidron Bethel Village in North Newton.

He was born April 4, 1936, in Halstead and worked 38 years for the Santa Fe railroad shops in Newton.

He is survived by his wife, Ruth; a daughter, Sharon Ochsner of Wichita; and his nephew and namesake, Curt (Tami) Ochsner of Liberal.

He was preceded in death by his brothers, Wayne and Elmer.

Services will be at 11 a.m. Thursday at Bethel College Mennonite Church, North Newton.""",
gold=[("GCK011", "survivor"), ("GCK012", "survivor")]),

dict(guid="gck_tel_obit_260820_deges", pub="2026-08-20T06:00:00-05:00", title="Marvella 'Vella' Deges",
body="""HOLCOMB - Marvella "Vella" Deges, 90, of Holcomb, died Tuesday, Aug. 18, 2026, at St. Catherine Hospital in Garden City.

She was born March 2, 1936, on a farm near Holcomb, the daughter of Anton and Rose (Dreiling) Schwab. She married Leonard Deges in 1955; he died in 2011. Vella cooked in the Holcomb school cafeteria for 28 years and knew every student's name.

Survivors include two sons, Mark (Janelle) Deges of Holcomb and Gregory Deges of Scott City; a daughter, Theresa Lampe of Hays; 11 grandchildren and 16 great-grandchildren.

She was preceded in death by her husband, a grandson, and her sisters, Irene and Bernadine.

Rosary will be at 7 p.m. Sunday and Mass of Christian Burial at 10 a.m. Monday at St. Dominic Catholic Church, Garden City.""",
gold=[("GCK021", "deceased_client")]),

dict(guid="gck_tel_obit_260903_saucedo", pub="2026-09-03T06:00:00-05:00", title="Maria Elena Saucedo",
body="""EL PASO, Texas - Maria Elena Saucedo, 72, of El Paso, died Aug. 29, 2026.

Born in Ciudad Juarez, she worked 30 years as a seamstress and raised six children. She visited Garden City each summer to see her son.

Survivors include her husband, Raul; sons Raul Jr. of El Paso and Adrian Saucedo of Garden City; daughters Yolanda, Patricia, Lorena and Leticia, all of El Paso; and 17 grandchildren.

A funeral Mass was held at St. Pius X Church, El Paso.""",
gold=[]),

dict(guid="gck_tel_obit_261008_brungardt", pub="2026-10-08T06:00:00-05:00", title="Dwayne A. Brungardt",
body="""VICTORIA - Dwayne Allen Brungardt, 24, of Victoria, died Saturday, Oct. 3, 2026, in a farm accident northeast of Victoria.

Dwayne was born Feb. 19, 2002, in Hays to Gary and Lisa (Pfeifer) Brungardt. He graduated from Victoria High School in 2020 and worked for his family's custom harvesting business.

Survivors include his parents, of Victoria; his sisters, Kelsey and Morgan; and his grandparents, Alvin and Agnes Brungardt of Victoria.

Funeral Mass will be at 10 a.m. Friday at the Basilica of St. Fidelis, Victoria.""",
gold=[]),
]

# 2. Prairie Rest Funeral Chapels (Garden City, Dodge City, Liberal): funeral-home site, HTML in content:encoded.
PRC = [
dict(guid="gck_prc_obit_consuelo-barrientos", pub="2026-02-12T11:00:00-06:00", title="Consuelo Barrientos (1934 - 2026)",
body="""Consuelo Barrientos, 91, of Dodge City, went home to the Lord on February 9, 2026, surrounded by her family.

Consuelo was born in Valle de Allende, Chihuahua, and came to Dodge City in 1958 with her husband, Isidro, who worked at the packing plant. She was the heart of Our Lady of Guadalupe parish, where she made tamales for every jamaica for fifty years.

She is survived by her daughter, Rosalinda "Rosie" Olivas (Ernesto) of Dodge City; her sons, Isidro Barrientos Jr. of Garden City and Manuel Barrientos of Denver; 12 grandchildren and 20 great-grandchildren. Le sobreviven su hija Rosie y su yerno Neto, sus hijos, nietos y bisnietos.

She was preceded in death by her husband, Isidro, in 2004.

Rosary will be prayed at 7 p.m. Thursday and the Funeral Mass celebrated at 10 a.m. Friday at the Cathedral of Our Lady of Guadalupe, Dodge City. Pallbearers: her grandsons.""",
gold=[("GCK003", "survivor"), ("GCK004", "survivor")]),

dict(guid="gck_prc_obit_leona-stegman", pub="2026-02-26T11:00:00-06:00", title="Leona Stegman (1926 - 2026)",
body="""Leona Stegman, 99, of Ulysses, passed away on February 23, 2026, at Western Prairie Care Home, three months short of her 100th birthday.

Leona homesteaded with her husband, Ernest, in the dust-bowl years' long shadow and never wasted a thing. She quilted more than 200 quilts for Mennonite Central Committee relief sales.

Survivors include her daughter, Darlene (Orville) Penner of Ulysses; her son, Ray Stegman of Ulysses; eight grandchildren including Tyler Stegman; and 19 great-grandchildren.

She was preceded in death by her husband, Ernest, and her son, Harold.

Services 2 p.m. Saturday, Ulysses Mennonite Brethren Church.""",
gold=[("GCK015", "survivor"), ("GCK014", "survivor")]),

dict(guid="gck_prc_obit_tran-thi-mai", pub="2026-04-09T11:00:00-05:00", title="Tran Thi Mai (1947 - 2026)",
body="""Mrs. Tran Thi Mai, 79, of Garden City, passed away peacefully on April 6, 2026, at St. Catherine Hospital.

Born in Bien Hoa, Vietnam, she came to Garden City in 1982 with her family and worked at the beef plant in Holcomb for twenty years. She loved her garden and her grandchildren.

She is survived by her daughter, Lien Pham, and her husband, Thanh "Tommy" Pham, of Garden City; her son, Tran Van Duc of Wichita; and six grandchildren.

She was preceded in death by her husband, Tran Van Long.

Visitation 5 to 8 p.m. Friday at the chapel, with Buddhist prayers led by the monks of the Garden City temple. Funeral 9 a.m. Saturday.""",
gold=[("GCK008", "survivor"), ("GCK007", "survivor")]),

dict(guid="gck_prc_obit_norbert-huelskamp", pub="2026-05-07T11:00:00-05:00", title="Norbert Huelskamp (1937 - 2026)",
body="""Norbert J. Huelskamp, 89, of Spearville, passed away May 4, 2026, at Western Plains Medical Complex in Dodge City.

Norbert farmed southwest of Spearville all his life and was a Fourth Degree member of the Knights of Columbus.

He is survived by his daughters, Jolene (Dwayne) Brungardt of Dodge City and Anita Huelskamp of Wichita; his son, Leon Huelskamp of Spearville; and nine grandchildren.

He was preceded in death by his wife, Rita, in 2019.

Mass of Christian Burial 10:30 a.m. Tuesday at St. John the Baptist Catholic Church, Spearville. Kendra Rietcheck will sing.""",
gold=[("GCK018", "survivor"), ("GCK017", "survivor")]),

dict(guid="gck_prc_obit_abdullahi-farah", pub="2026-06-25T11:00:00-05:00", title="Abdullahi Farah Warsame (1958 - 2026)",
body="""Abdullahi Farah Warsame, 68, of Garden City, passed away on June 23, 2026. Inna lillahi wa inna ilayhi raji'un.

Abdullahi came to Garden City from Kenya's Dadaab camp in 2007 and worked nights at the beef plant until his retirement. He taught Qur'an to the children of the community every weekend.

He is survived by his wife, Faadumo; his daughter, Hodan Farah of Garden City; his sons, Mohamed and Abdirahman of Minneapolis; and eleven grandchildren.

Janazah prayer was held after Dhuhr on June 24 at the Garden City Islamic Center, with burial at Valley View Cemetery.""",
gold=[("GCK009", "survivor")]),

dict(guid="gck_prc_obit_gerald-rietcheck", pub="2026-07-30T11:00:00-05:00", title="Gerald Rietcheck (1946 - 2026)",
body="""Gerald "Jerry" Rietcheck, 80, of Dodge City, passed away July 27, 2026.

Jerry drove a feed truck for 40 years and coached Little League for twenty of them.

He is survived by his wife, Phyllis; his daughter, Kendra Rietcheck of Dodge City; his son, Brian (Tara) Rietcheck of Garden City; and five grandchildren.

Funeral Mass 10 a.m. Monday at Sacred Heart Cathedral, Dodge City. Pallbearers: Dwayne Brungardt, Ernesto Olivas, Brian Rietcheck Jr., Kyle Rietcheck.""",
gold=[]),
]

# 3. Southwest Kansas Death Notices & Parish Prayer List: terse paid notices and parish-bulletin items, plain text.
SWN = [
dict(guid="gck_swn_0126_schmidtberger", pub="2026-01-26T07:00:00-06:00", title="SCHMIDTBERGER, Harlan Sr.",
body="""SCHMIDTBERGER, Harlan Sr., 84, Ulysses, died Jan. 23, 2026. Retired Grant County road supervisor. Survived by wife, Rosella; son, Harlan Schmidtberger Jr. (Connie), Ulysses; daughter, Lisa Gerber, Garden City; six grandchildren. Mass 10 a.m. Thursday, St. Paul Catholic Church, Ulysses. Garnand Funeral Home.""",
gold=[("GCK005", "survivor")]),

dict(guid="gck_swn_0129_friesen", pub="2026-01-29T07:00:00-06:00", title="FRIESEN, Marlin E.",
body="""FRIESEN, Marlin Edward, 88, Meade, died Jan. 19, 2026. Survived by wife Edna; sons Gary (Sheryl) and Kevin; sister Arlene (Del) Wiens, Garden City; seven grandchildren. Funeral 10:30 a.m. Saturday, Emmanuel Mennonite Church, Meade. (Reprinted from the Jan. 22 obituary.)""",
gold=[]),

dict(guid="gck_swn_0402_koehn", pub="2026-04-02T07:00:00-05:00", title="KOEHN, Betty",
body="""KOEHN, Betty, 88, Inman, died March 30, 2026. Survived by husband, Arnold; sons Dennis and Roger; eight grandchildren. Funeral 2 p.m. Saturday, Zoar Mennonite Brethren Church, Inman.""",
gold=[]),

dict(guid="gck_swn_0521_carrasco", pub="2026-05-21T07:00:00-05:00", title="Please pray for: Alfonso Carrasco",
body="""Please keep in your prayers the family of Alfonso Carrasco, 88, of Liberal, father of our parishioner Jesus "Chuy" Carrasco, who died May 17 after a long illness. Funeral Mass was celebrated Tuesday at St. Anthony of Padua. Que descanse en paz. The Guadalupanas thank all who brought food to the family.""",
gold=[("GCK013", "survivor")]),

dict(guid="gck_swn_0910_kuhlman", pub="2026-09-10T07:00:00-05:00", title="KUHLMAN, LaVonne",
body="""KUHLMAN, LaVonne, Dodge City, died Sept. 7, 2026. Arrangements pending with Swaim Funeral Chapel.""",
gold=[("GCK006", "possible_deceased_client")]),

dict(guid="gck_swn_1015_luebbers", pub="2026-10-15T07:00:00-05:00", title="Please pray for: Trent Luebbers",
body="""Please pray for the Dreiling and Schmitt families of Hays, whose grandson Trent Luebbers, 37, of Omaha, Neb., died Oct. 11 in a highway crash. Also remember in prayer our homebound parishioners and Ramona Zerr, recovering from surgery.""",
gold=[]),
]
