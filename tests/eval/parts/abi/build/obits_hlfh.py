"""Hamby-Lytle Funeral Home (Abilene and Sweetwater chapels): funeral-home site, a one-sentence plain description and
the full obituary as HTML in content:encoded. Hand-labelled."""

FEED = "hlfh"
ITEMS = [
dict(guid="abi_hlfh_opal_rasco_2026", slug="opal-marie-rasco", pub="2026-02-20T16:30:00-06:00",
title="Opal Marie Rasco",
body="""Opal Marie Rasco, 91, of Ballinger, was called home to be with her Lord on Tuesday, February 17, 2026, at Ballinger Memorial Hospital.

Opal was born April 22, 1934, on a farm near Rowena, the ninth of eleven children of August and Hilda Schwartz. She married Elmer Rasco on Christmas Eve of 1953, and together they ran Rasco Seed & Feed on Hutchings Avenue for 38 years. Opal kept the books, the coffee pot and the peace. She was a faithful member of First United Methodist Church of Ballinger, a Gray Lady at the hospital, and the undefeated champion of the Runnels County Fair pickle competition from 1971 until she retired from competition in 1990.

She is survived by her daughter, Billie Jo Tidwell and husband Curtis of Tye; her son, Larry Rasco and wife Denise of San Angelo; six grandchildren; twelve great-grandchildren; and her sister, Frieda Hoelscher of Olfen. She was preceded in death by her husband, Elmer, in 2009, and by nine brothers and sisters.

A visitation will be held from 6 to 8 p.m. Friday at the Hamby-Lytle Ballinger chapel. Funeral services will be 10 a.m. Saturday at First United Methodist Church of Ballinger, with the Rev. Dale Kuehn officiating. Interment will follow at Evergreen Cemetery.""",
gold=[("ABI003", "survivor"), ("ABI004", "survivor")]),

dict(guid="abi_hlfh_eusebio_salinas_2026", slug="eusebio-salinas", pub="2026-05-05T11:00:00-05:00",
title="Eusebio Salinas",
body="""Eusebio "Chebo" Salinas, 88, of Sweetwater, passed away peacefully on Saturday, May 2, 2026, at his home, surrounded by his family.

Chebo was born March 5, 1938, in Roscoe to Ignacio and Petra (Galindo) Salinas. As a young man he followed the harvest from the Rio Grande Valley to the Panhandle, and in 1962 he went to work at the gypsum plant in Sweetwater, where he stayed for 41 years. He married the love of his life, Consuelo Ramos, in 1960 at Holy Spirit Catholic Church. He was a charter member of the Sweetwater chapter of LULAC, coached Little League for two decades, and was known from one end of Nolan County to the other for his barbacoa.

He is survived by his wife of 66 years, Consuelo; his sons, Ignacio "Nacho" Salinas and wife Teresa of Odessa and Rubén Salinas of Fort Worth; his daughter, Norma Carrizales (Beto) of Sweetwater; eleven grandchildren, including Alyssa, Marcos and Daniel Carrizales; and seven great-grandchildren. He was preceded in death by his parents and his brothers, Ramiro and Eliseo.

Le sobreviven su esposa Consuelo, sus hijos, su hija Norma y sus nietos, quienes lo recordarán siempre.

A rosary will be recited at 7 p.m. Tuesday at the Hamby-Lytle Sweetwater chapel. The Mass of Christian Burial will be celebrated at 10 a.m. Wednesday at Holy Spirit Catholic Church with Father Anselm Okeke as celebrant. Burial will follow at Garden of Memories Cemetery. Pallbearers will be his grandsons.""",
gold=[("ABI015", "survivor"), ("ABI014", "survivor")]),

dict(guid="abi_hlfh_gerald_sisk_2026", slug="gerald-wayne-sisk", pub="2026-06-09T15:10:00-05:00",
title="Gerald Wayne Sisk",
body="""Gerald Wayne Sisk, 70, of Snyder, went home to be with the Lord on Saturday, June 6, 2026, at Cogdell Memorial Hospital after a courageous fight with cancer.

Gerald was born September 1, 1955, in Snyder, and except for four years at Texas Tech he never lived anywhere else. He worked in the oil patch for over forty years, most of them as a pumper for Kelly-Snyder field operators, and he knew every lease road in Scurry County by heart. He was a member of Colonial Hill Baptist Church and a loyal supporter of the Snyder Tigers.

Gerald is survived by his wife of 45 years, Pam; his daughter, Kristen Dowell and husband Shane of Abilene; his son, Trey Sisk and wife Amber of Lubbock; his grandchildren, Hadley and Brooks; his mother, Wanda Sisk of Snyder; and his brother, Dwight Sisk of Post.

Visitation will be 6 to 8 p.m. Tuesday at Hamby-Lytle Funeral Home in Abilene, with funeral services at 2 p.m. Wednesday at Colonial Hill Baptist Church in Snyder. Burial will follow in Snyder Cemetery.""",
gold=[("ABI020", "survivor"), ("ABI018", "survivor")]),

dict(guid="abi_hlfh_ignacio_saucedo_2026", slug="ignacio-saucedo", pub="2026-07-15T10:20:00-05:00",
title="Ignacio \"Nacho\" Saucedo",
body="""Ignacio "Nacho" Saucedo, 70, of Abilene, entered eternal rest on Sunday, July 12, 2026, at Hendrick Medical Center.

Nacho was born January 6, 1956, in Abilene to Jesús and Amparo Saucedo and grew up on the north side, where he graduated from Abilene High School in 1974. He worked 35 years as a mechanic for the City of Abilene and later opened Saucedo's Automotive on North Treadaway, which he ran until last year. He was a proud member of Sacred Heart Catholic Church and the Abilene Mexican-American Veterans' Association.

He is survived by his wife, Elvira; his children, Jesse Saucedo of Abilene, Marisa Lozano (Ray) of San Antonio and Andrew Saucedo of Abilene; eight grandchildren; and his sisters, Rosalinda "Rosie" Ybarra of Abilene and Dolores Saucedo of Odessa. He was preceded in death by his parents and by his brother, Rudy.

Rosary will be recited at 7 p.m. Thursday at Hamby-Lytle Funeral Home. Mass of Christian Burial will be celebrated at 10 a.m. Friday at Sacred Heart Catholic Church. Burial will follow at Elmwood Memorial Park.""",
gold=[("ABI005", "survivor")]),

dict(guid="abi_hlfh_lucille_gattis_2026", slug="lucille-gattis", pub="2026-09-15T09:45:00-05:00",
title="Lucille Gattis",
body="""Lucille Mae Gattis, 88, of Buffalo Gap, passed away Saturday, September 12, 2026, at Wisteria Place in Abilene.

Lucille was born June 14, 1938, in Tuscola to Walter and Essie Kendrick. She married Arlis Gattis in 1956 and taught third grade at Jim Ned for 31 years. She was a member of Buffalo Gap Baptist Church and spent many happy Saturdays as a docent at the Buffalo Gap Historic Village.

She is survived by her son, Lonnie Gattis of Buffalo Gap; her daughter, Carla Neff and husband Dwight of Tuscola; four grandchildren; and two great-grandchildren. She was preceded in death by her husband, Arlis, in 2015.

Services will be 10 a.m. Wednesday at Buffalo Gap Baptist Church. Burial will follow in Buffalo Gap Cemetery. Pallbearers will be Jesse Barnhill, Colt Neff, Ryan Neff, Wesley Gattis, Brian Kendrick and Ty Kendrick.""",
gold=[]),
]
