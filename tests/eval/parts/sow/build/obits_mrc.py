"""Mogollon Rim Courier (Show Low weekly newspaper): obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="sow_mrc_obit_0301", pub="2026-03-04T06:00:00-07:00", title="Clyde Arthur Tenney",
body="""Clyde Arthur Tenney, 79, of Taylor, passed away peacefully at his home on Saturday, February 28, 2026, surrounded by family.

Clyde was born in Snowflake to Wilford and Ada Tenney and grew up hauling hay and irrigating along Silver Creek. He served a mission for The Church of Jesus Christ of Latter-day Saints in the Central States, married his sweetheart Arvilla Hatch in the Mesa Arizona Temple, and worked 31 years at the paper mill before retiring to his alfalfa and his grandchildren.

He is survived by his wife of 56 years, Arvilla; his sister, Merlene (LaVar) Heywood of Snowflake; his children, Wade Tenney of Gilbert and Shauna Porter of Holbrook; his nephew, Jared Tenney and his wife, Brooke, of Taylor, who were like a son and daughter to him; 14 grandchildren and 9 great-grandchildren. He was preceded in death by his parents and a brother, Dee Tenney.

Funeral services will be held Friday at 11 a.m. at the Taylor 2nd Ward chapel, with Bishop Everett Crandell conducting. Pallbearers will be his grandsons and Rhett Ballantyne. Interment in the Taylor Cemetery.""",
gold=[("SOW002", "survivor"), ("SOW001", "survivor"), ("SOW014", "survivor"), ("SOW015", "survivor")]),

dict(guid="sow_mrc_obit_0318", pub="2026-03-18T06:00:00-07:00", title="Josefina Baca Ortega",
body="""Josefina Baca Ortega, 88, of Show Low, went home to the Lord on March 14, 2026, at Summit Healthcare Regional Medical Center.

Born in St. Johns to Aurelio and Luz Baca, Josefina married Tomas Ortega in 1956 and moved to Show Low when Tomas took a job at the sawmill. She cooked for the St. Rita parish fiesta for fifty years, and nobody has yet matched her red chile tamales.

She is survived by her daughter, Anita Ortega Lucero (Ramon) of Show Low; her son, Eloy Ortega of Holbrook; seven grandchildren and five great-grandchildren. She was preceded in death by her husband, Tomas, and her sister, Cruz.

A Rosary will be prayed Thursday at 6 p.m. and the Mass of Christian Burial celebrated Friday at 10 a.m. at St. Rita Catholic Church, Show Low.""",
gold=[("SOW006", "survivor"), ("SOW007", "survivor")]),

dict(guid="sow_mrc_obit_0402", pub="2026-04-01T06:00:00-07:00", title="Orrin Leroy Kartchner",
body="""Orrin Leroy Kartchner of Taylor returned to his Heavenly Father on March 27, 2026, at the age of 87.

Orrin was born May 6, 1938, in Shumway, the fourth of eight children of Leroy and Edith Kartchner. He married Voneta Gillespie in the Mesa Arizona Temple on June 2, 1961. He ran cattle on the Mogollon Rim for forty years, served as a bishop and as a Taylor town councilman, and never missed a Pioneer Days parade.

He is survived by his wife of 64 years, Voneta (Gillespie) Kartchner of Taylor; their six children; 27 grandchildren; and 31 great-grandchildren. He was preceded in death by his parents and by three brothers.

Funeral services will be held Saturday at 11 a.m. at the Taylor Stake Center. Interment in the Shumway Cemetery.""",
gold=[("SOW003", "deceased_client"), ("SOW004", "spouse_of_deceased_client")]),

dict(guid="sow_mrc_obit_0415", pub="2026-04-15T06:00:00-07:00", title="Jared Wilford Tenney",
body="""Jared Wilford Tenney, 91, of Logan, Utah, died April 9, 2026, at the Sunshine Terrace care center.

Born in Richfield, Utah, he taught agricultural science at Utah State University for 34 years and bred Columbia sheep on the family place in Cache Valley.

He is survived by his children, Dale Tenney and Marcia Olsen, both of Logan, and 12 grandchildren. He was preceded in death by his wife, LuDean.

Services will be held in Logan. The obituary is printed at the request of a cousin in Taylor.""",
gold=[]),

dict(guid="sow_mrc_obit_0422", pub="2026-04-22T06:00:00-07:00", title="Alton Ray Reidhead",
body="""Alton Ray Reidhead, 74, of Heber, passed away April 18, 2026, at his home in the pines.

Alton was a logger, a volunteer firefighter with Heber-Overgaard for 22 years and a fine fiddler. He is survived by his sister, Mary Lou Pettengill of Lakeside; his daughter, Tamsin Reidhead of Flagstaff; and two grandsons. He was preceded in death by his wife, Bonnie, and his brother, Glen.

The family thanks his neighbor Lyle Ostergaard, who checked on him every morning, and the staff of White Mountain Hospice. A graveside service will be held at the Heber Cemetery on Saturday at 2 p.m.""",
gold=[("SOW009", "survivor")]),

dict(guid="sow_mrc_obit_0506", pub="2026-05-06T06:00:00-07:00", title="Wanda Pruitt Hamblin",
body="""Wanda Pruitt Hamblin, 81, of Show Low, passed away May 1, 2026.

Wanda was born in Holbrook, the eldest daughter of Otis and Velma Pruitt. She kept the books for Hamblin Lumber for thirty years and played piano for every funeral in the Show Low 1st Ward that anybody can remember.

She is survived by her sister, Gwen Ballantyne of Show Low; her nephew, Rhett Ballantyne and his wife, Kasey, of Show Low; and many cousins. She was preceded in death by her husband, Boyd Hamblin, and her brother-in-law, Norris Ballantyne.

Services will be held Monday at 10 a.m. at the Show Low 1st Ward chapel.""",
gold=[("SOW005", "survivor"), ("SOW019", "survivor"), ("SOW020", "survivor")]),

dict(guid="sow_mrc_obit_0520", pub="2026-05-20T06:00:00-07:00", title="Harvey Lynn Gatlin",
body="""Harvey Lynn Gatlin, 78, of Eagar, died May 15, 2026, at the White Mountain Regional Medical Center in Springerville.

A retired lineman for Navopache Electric, Harvey spent his weekends fishing Big Lake and Crescent Lake. He is survived by his wife, Norma Gatlin of Eagar; his sons, Travis and Cody; and five grandchildren.

A celebration of life will be held at the Round Valley Ensphere pavilion on Saturday. Virgil Chacon will give the eulogy.""",
gold=[]),
]
