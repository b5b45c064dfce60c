"""Hand-labelled obituaries for part twf (all invented). Three house styles:
MVT = Magic Valley Times-Register (newspaper, plain text), RIM = Rim View Funeral Chapels (funeral home, HTML in
content:encoded), SIDN = Southern Idaho Death Notices (brief paid notices, surname-first headings)."""

MVT = [
dict(guid="twf_mvt_obit_0112", pub="2026-01-14T06:00:00-07:00", title="Ardella Tolman",
body="""FILER - Ardella Jensen Tolman, 97, of Filer, passed away peacefully Saturday, January 10, 2026, at Bridgeview Estates in Twin Falls, surrounded by her family.

Ardella was born October 2, 1928, in Castleford to Niels and Hilda Jensen. She married Grant Tolman in the Logan Utah Temple in 1948, and together they farmed northwest of Filer for more than 50 years. She served in the Relief Society and Primary of the Filer 2nd Ward, and her rolls were famous at every ward dinner.

She is survived by her daughters, LaRae (LaVar) Pettingill of Twin Falls and Janeal (Bruce) Hatch of Rupert; her son, Kent (Marilyn) Tolman of Meridian; 14 grandchildren and 31 great-grandchildren. She was preceded in death by her husband, Grant, and a grandson, Tyson.

Funeral services will be held at 11 a.m. Friday at the Filer Stake Center, with Bishop Rulon Pitcher conducting. Pallbearers will be her grandsons. Interment will follow at the Filer Cemetery, where the grave will be dedicated by her son, Kent.""",
gold=[("TWF002", "survivor"), ("TWF001", "survivor")]),

dict(guid="twf_mvt_obit_0207", pub="2026-02-09T06:00:00-07:00", title="Dallin James Bingham",
body="""TWIN FALLS - Dallin James Bingham, 19, of Twin Falls, died Thursday, February 5, 2026, in a single-vehicle rollover on U.S. 93 north of the Perrine Bridge.

Dallin was born June 11, 2006, in Twin Falls. He graduated from Canyon Ridge High School in 2024, where he wrestled at 165 pounds, and was working at the Amalgamated Sugar factory while saving for a mission.

He is survived by his parents, Travis and Shauna Bingham; his sisters, Addy and Brynlee; and his grandparents, Keith and Joyce Bingham of Burley. Services will be held at 1 p.m. Tuesday at the Twin Falls Canyon Rim Stake Center.""",
gold=[]),

dict(guid="twf_mvt_obit_0305", pub="2026-03-06T06:00:00-07:00", title="Eustolia Rangel de Zamudio",
body="""JEROME - Eustolia Rangel de Zamudio, 81, of Jerome, went to be with the Lord on Monday, March 2, 2026, at St. Luke's Jerome.

Eustolia was born in Tangancicuaro, Michoacan, and came to Jerome in 1979 with her husband, Jesus, who worked for dairies north of town for 30 years. She sewed quinceanera dresses for half of the Magic Valley and never missed the 7 a.m. Mass.

She is survived by her children, Maria Elena "Malena" Zamudio of Jerome, Javier (Rocio) Zamudio of Pasco, Wash., and Lorena Zamudio of Guadalajara; 11 grandchildren and 4 great-grandchildren. She was preceded in death by her husband, Jesus, and her son, Ramiro.

A rosary will be prayed at 7 p.m. Thursday at St. Jerome Catholic Church, with the funeral Mass at 10 a.m. Friday. Burial at Jerome Cemetery.""",
gold=[("TWF005", "survivor")]),

dict(guid="twf_mvt_obit_0318", pub="2026-03-19T06:00:00-07:00", title="Marjean Ostermiller Hutchings",
body="""WENDELL - Marjean Ostermiller Hutchings, 79, of Wendell, passed away March 15, 2026, at her home with her sisters at her side.

Marjean grew up on the family farm between Gooding and Wendell and taught second grade in Wendell for 33 years. She is survived by her sisters, JoAnn Gisler of Wendell and Beulah Kunkel of Gooding; her nephew Cole Ostermiller of Boise; and many former students. She was preceded in death by her husband, Dee Hutchings, her parents, Otto and Velma Ostermiller, and her brother, Lyle.

Services will be at 2 p.m. Saturday at the Wendell Church of the Nazarene. The family thanks Dr. Tobias Rainford and Hospice Visions for their tender care.""",
gold=[("TWF013", "survivor"), ("TWF022", "survivor")]),

dict(guid="twf_mvt_obit_0420", pub="2026-04-21T06:00:00-07:00", title="Lowell Schenk",
body="""FILER - Lowell Gene Schenk, 84, of Filer, died April 17, 2026, at St. Luke's Magic Valley. Lowell raised beans and hay on the Schenk place west of Filer and showed Hampshire sheep at the Twin Falls County Fair for six decades.

He is survived by his wife, Lorna; his brother, Orval Schenk of Filer; his children, Mitch (Tara) Schenk and Lisa Ramos, both of Filer; and seven grandchildren. Services will be held at 10 a.m. Thursday at the Filer United Methodist Church.""",
gold=[]),

dict(guid="twf_mvt_obit_0611", pub="2026-06-12T06:00:00-07:00", title="Gerrit Bosma",
body="""Gerrit Jan Bosma, 86, of Lynden, Wash., formerly of Buhl, passed into glory June 8, 2026. Born in Drachten, Friesland, he milked cows in Buhl for 20 years before moving his herd to Whatcom County in 1985.

He is survived by his wife of 61 years, Jantina; his sister, Trudy Vander Stelt of Buhl, Idaho; his sons, Pieter and Douwe, both of Lynden; and 12 grandchildren. A memorial service will be held at Second Christian Reformed Church in Lynden, with a graveside service later at the Buhl West End Cemetery.""",
gold=[("TWF004", "survivor")]),

dict(guid="twf_mvt_obit_0809", pub="2026-08-10T06:00:00-07:00", title="Verla Mae Kloepfer",
body="""KIMBERLY - Verla Mae Kloepfer, 88, of Kimberly, passed away Thursday, August 6, 2026, at her home, just as she wanted.

Verla was born February 17, 1938, in Murtaugh to Henry and Alma Wiedenbeck. She married Elden Kloepfer in 1957, and they raised four children and sugar beets on the bench south of Kimberly. She was grand marshal of the Kimberly Good Neighbor Days parade this summer and waved the whole way down Main Street.

She is survived by her children, Gary (Pam) Kloepfer of Kimberly, Linda Weeks of Hansen, Bruce Kloepfer of Nampa and Connie (Steve) Amos of Twin Falls; 13 grandchildren and 22 great-grandchildren. She was preceded in death by her husband, Elden, in 2014.

Services will be held at 11 a.m. Wednesday at the Kimberly Nazarene Church. Burial at Sunset Memorial Park.""",
gold=[("TWF006", "deceased_client")]),
]

RIM = [
dict(guid="twf_rim_4471", pub="2026-01-20T15:00:00-07:00", title="Hyrum Jaussi (1926 - 2026)",
body="""Hyrum Alvin Jaussi, 99, of Hagerman, returned to his Heavenly Father on January 17, 2026, just shy of his 100th birthday.

Hyrum homesteaded on the rim above the Thousand Springs and grew alfalfa and grandchildren in equal measure. He is survived by his daughter, Darlene (Wil) Tingey of Hagerman; his son, Lynn (Shirley) Jaussi of Gooding; 19 grandchildren, 47 great-grandchildren and 6 great-great-grandchildren. He was preceded in death by his wife, Oleta, and his son, Boyd.

Funeral services will be held at 11 a.m. Saturday at the Hagerman Ward, 191 South State Street. Viewing Friday evening at Rim View Funeral Chapel, Gooding.""",
gold=[("TWF018", "survivor"), ("TWF017", "survivor")]),

dict(guid="twf_rim_4503", pub="2026-02-17T15:00:00-07:00", title="Hendrik Vander Stelt Sr. (1934 - 2026)",
body="""Hendrik "Henk" Vander Stelt Sr., 91, of Buhl, went home to be with his Lord on February 14, 2026.

Henk was born in Oosterwolde, Friesland, and came to Idaho in 1957 with two suitcases and a letter from the Reformed church in Buhl. He started with twelve cows on a rented place on Clear Lakes Grade and built Vander Stelt Dairy, which his son still runs.

He is survived by his wife of 66 years, Aaltje; his son, Henk (Trudy) Vander Stelt Jr. of Buhl; his daughters, Wilma (Roelof) De Jong of Jerome and Annie Vander Stelt of Grand Rapids, Mich.; 15 grandchildren and 9 great-grandchildren.

A service of witness to the resurrection will be held at 10:30 a.m. Saturday at Buhl Christian Reformed Church, Rev. Marten Kuipers officiating. Pallbearers: his grandsons. Arrangements by Rim View Funeral Chapel, Buhl.""",
gold=[("TWF003", "survivor"), ("TWF004", "survivor")]),

dict(guid="twf_rim_4530", pub="2026-03-27T15:00:00-07:00", title="Kemal Hodzic (1968 - 2026)",
body="""Kemal Hodzic, 58, of Twin Falls, passed away March 24, 2026, at St. Luke's Magic Valley after a short illness.

Kemal was born in Prijedor, Bosnia and Herzegovina, and came to Twin Falls through the College of Southern Idaho Refugee Center in 1998. He drove a Western Dairymen truck for 25 years.

He is survived by his wife, Sabina; his daughters, Lejla and Ajla; and his sister, Amra (Emir) Delalić of Twin Falls. Dženaza (funeral prayer) will be held at 1:30 p.m. Friday at the Islamic Center of Twin Falls, followed by burial at Sunset Memorial Park.""",
gold=[("TWF008", "survivor"), ("TWF007", "survivor")]),

dict(guid="twf_rim_4562", pub="2026-05-04T15:00:00-07:00", title="Socorro Barrientos Vda. de Huerta (1942 - 2026)",
body="""Socorro Barrientos Vda. de Huerta, 84, of Buhl, fell asleep in the Lord on May 1, 2026.

Socorro came to Buhl from Jalisco in 1968 and packed trout at the Clear Springs plant for 27 years. Le sobreviven sus hijos Armando, Raquel y Beatriz Huerta, todos de Buhl; su hermano, Refugio "Cuco" Barrientos de Buhl; 9 nietos y 5 bisnietos. Le precedieron en la muerte su esposo, Ezequiel Huerta, y su hermana, Paz.

Rosario: 7 p.m. Thursday at Immaculate Conception Catholic Church, Buhl. Misa: 10 a.m. Friday.""",
gold=[("TWF021", "survivor")]),

dict(guid="twf_rim_4580", pub="2026-06-02T15:00:00-07:00", title="Brigham Lorenzo Stoddard (1932 - 2026)",
body="""Brigham Lorenzo Stoddard, 93, of Jerome, passed away May 29, 2026, at the Jerome home he built in 1958.

Brig ran sheep north of Jerome and served as Jerome County commissioner for 16 years. He is survived by his son, Lorin (Gayle) Stoddard of Eden; six grandchildren, including his grandson and namesake, Brig (Kenzie) Stoddard of Jerome; and 17 great-grandchildren. He was preceded in death by his wife, Iona.

Services at 11 a.m. Saturday at the Jerome 4th Ward. Interment at Jerome Cemetery with military honors.""",
gold=[("TWF010", "survivor"), ("TWF011", "survivor")]),

dict(guid="twf_rim_4611", pub="2026-07-14T15:00:00-07:00", title="Wilford \"Wil\" Tingey (1950 - 2026)",
body="""Wilford "Wil" Tingey, 76, of Hagerman, passed away July 11, 2026, doing what he loved, moving water on his place above the Snake.

Wil was born February 11, 1950, in Gooding. He taught vocational agriculture at Hagerman High for 34 years. He is survived by his wife of 52 years, Darlene (Jaussi) Tingey; his children, Shane (Mindy) Tingey of Hagerman and Kara (Jed) Lowder of Twin Falls; and 11 grandchildren.

Funeral services will be held at 11 a.m. Saturday at the Hagerman Ward. Arrangements by Rim View Funeral Chapel, Gooding.""",
gold=[("TWF017", "deceased_client"), ("TWF018", "spouse_of_deceased_client")]),
]

SIDN = [
dict(guid="twf_sidn_2026_0224", pub="2026-02-24T07:00:00-07:00", title="VANDER STELT, Hendrik Sr.",
body="""Hendrik "Henk" Vander Stelt Sr., 91, of Buhl, went home to be with his Lord on February 14, 2026.

Henk was born in Oosterwolde, Friesland, and came to Idaho in 1957 with two suitcases and a letter from the Reformed church in Buhl. He started with twelve cows on a rented place on Clear Lakes Grade and built Vander Stelt Dairy, which his son still runs.

He is survived by his wife of 66 years, Aaltje; his son, Henk (Trudy) Vander Stelt Jr. of Buhl; his daughters, Wilma (Roelof) De Jong of Jerome and Annie Vander Stelt of Grand Rapids, Mich.; 15 grandchildren and 9 great-grandchildren.

A service of witness to the resurrection will be held at 10:30 a.m. Saturday at Buhl Christian Reformed Church, Rev. Marten Kuipers officiating. Pallbearers: his grandsons. Arrangements by Rim View Funeral Chapel, Buhl.""",
gold=[]),  # a later copy of twf_rim_4503: labelled on the earlier copy only

dict(guid="twf_sidn_2026_0310", pub="2026-03-10T07:00:00-07:00", title="WOOLSTENHULME, Thayne A.",
body="""Thayne A. Woolstenhulme, 88, Preston, died March 7, 2026. Retired Franklin County dairyman. Survived by wife, Norma; sons Kirk and Dean, both of Preston; daughter Carol Nelson, Logan, Utah. Services 11 a.m. Saturday, Preston 5th Ward. Webb Funeral Home.""",
gold=[]),

dict(guid="twf_sidn_2026_0415", pub="2026-04-15T07:00:00-07:00", title="DELALIC, Amra",
body="""Amra Delalić, 24, of St. Louis, Mo., formerly of Twin Falls, died April 11, 2026. Survived by her parents, Senad and Mirsada Delalić, St. Louis; brother, Adnan. Dženaza 2 p.m. Tuesday, Islamic Community Center of St. Louis.""",
gold=[]),

dict(guid="twf_sidn_2026_0521", pub="2026-05-21T07:00:00-07:00", title="STODDARD, McKenzie",
body="""McKenzie "Kenzie" Stoddard, 34, of Mesa, Ariz., died May 17, 2026. Survived by husband, Tanner; children Ryder and Oaklee; parents, Kirk and Dana Lamb, Mesa. Services Saturday, Mesa Arizona Stake Center.""",
gold=[]),

dict(guid="twf_sidn_2026_0605", pub="2026-06-05T07:00:00-07:00", title="NEBEKER, Ardis",
body="""Ardis Nebeker, Jerome, died June 3, 2026. Services pending with Farnsworth Mortuary, Jerome.""",
gold=[("TWF019", "possible_deceased_client")]),
]
