"""Mercer Community Voice (weekly community paper: church homegoings, Ghanaian association announcements, parish
notices, Spanish-language notices from the Guatemalan community), plain text. Hand-labelled."""

FEED = "cv"
ITEMS = [
dict(guid="tre_mcv-memorial-2026-0107", pub="2026-01-29T07:00:00-05:00", title="Homegoing: Mother Odessa Spruill Tate, 92",
body="""Mother Odessa Spruill Tate, 92, of Trenton, a church mother of Greater Bethel Tabernacle Baptist Church for more than fifty years, transitioned from labor to reward on Thursday, January 22, 2026.

Mother Tate was born in Windsor, North Carolina, the eldest of nine children of the late Rev. Isaiah and Pearlie Spruill, and came north to Trenton in 1953. She worked for thirty-one years in the kitchen at Trenton Psychiatric Hospital, sang in the Senior Choir until her voice gave out, and taught more young mothers to cook greens than anyone can count.

She leaves to cherish her memory her son, Deacon Raymond Tate (Yvonne) of Trenton; her sister, Loretta Gaines of Willingboro; her nephew, Marcus Spruill of Burlington City, whom she called her "baby"; eight grandchildren; fourteen great-grandchildren; and a host of nieces, nephews, church family and friends. She was preceded in death by her husband, Clarence Tate, and by seven brothers and sisters.

The homegoing celebration will be held Saturday, January 31, at 11 a.m. at Greater Bethel Tabernacle Baptist Church, 220 Pennington Avenue, with the eulogy by the Rev. Wendell Pryor, pastor. Viewing from 9 a.m. Interment at Riverview Cemetery. Professional care entrusted to Hughes & Sons Memorial Chapel.""",
gold=[("TRE015", "survivor"), ("TRE016", "survivor")]),  # the pastor who gives the eulogy (TRE013): nothing

dict(guid="tre_mcv-memorial-2026-0119", pub="2026-02-19T07:00:00-05:00", title="Celebration of Life: Madam Comfort Adwoa Owusu (Maame Adwoa)",
body="""The Owusu, Asante and Boateng families of Kumasi, Ewing and the Bronx regret to announce the death of their beloved mother, grandmother and sister, Madam Comfort Adwoa Owusu, affectionately called Maame Adwoa, aged 81, which occurred on Sunday, February 8, 2026, at Capital Health Medical Center, Hopewell.

Maame Adwoa was a cloth trader at Kejetia Market in Kumasi for forty years before joining her children in New Jersey in 2012. She was a faithful member of the Ghana Methodist Society of Trenton and a fixture at every outdooring and naming ceremony in Mercer County.

Children: Abena Asante (nee Owusu) and husband Kwabena of Ewing; Kofi Owusu of the Bronx, N.Y.; Akua Boateng of Kumasi. Grandchildren: Nana Yaw, Ama and Kwame Asante; Yaa and Kojo Owusu. Chief mourner: Opanin Kwaku Owusu (brother), Kumasi.

One-week observance: Saturday, February 21, at the Ghana Methodist Society hall, 3 p.m. Funeral and Thanksgiving Service: Saturday, March 14, at 9 a.m., Ewing Presbyterian Church, followed by interment at Ewing Church Cemetery and a reception. Mistress of ceremonies: Dr. Efua Mensah. Dress code: black and red.""",
gold=[("TRE018", "survivor"), ("TRE017", "survivor")]),  # Dr. Efua Mensah as MC: nothing

dict(guid="tre_mcv-memorial-2026-0131", pub="2026-03-12T07:00:00-04:00", title="Deacon Harold Council, 80, served Greater Bethel for 45 years",
body="""Deacon Harold James Council, 80, of Trenton, went home to be with the Lord on March 6, 2026, at St. Francis Medical Center.

A Trenton Central High School graduate and Vietnam veteran, Deacon Council drove a NJ Transit bus on the 601 route for thirty years and served on the deacon board of Greater Bethel Tabernacle Baptist Church for forty-five. Generations of West Ward children knew him as the man who handed out peppermints after service.

He is survived by his wife, Mildred; his daughters, Sharon Council-Reid and Denise Council; his sister, Gloria Pryor (Rev. Wendell) of Ewing; his brother, Leon Council of Philadelphia; and six grandchildren.

Services Saturday at 11 a.m. at Greater Bethel Tabernacle Baptist Church. Viewing 9 to 11 a.m. Interment with military honors at Brigadier General William C. Doyle Veterans Memorial Cemetery, Wrightstown.""",
gold=[("TRE014", "survivor"), ("TRE013", "survivor")]),

dict(guid="tre_mcv-memorial-2026-0140", pub="2026-04-09T07:00:00-04:00", title="Descanse en paz: Don Mateo Chajón Xoc / Rest in peace",
body="""Don Mateo Chajón Xoc, de 71 años, originario de San Pedro Sacatepéquez, San Marcos, Guatemala, y vecino de Trenton desde 2004, falleció el 4 de abril de 2026 en el Hospital St. Francis.

Le sobreviven su esposa, doña Rosa Gómez de Chajón; sus hijos, José Luis Chajón Gómez y su esposa María Elena Tzul, de Trenton, y Rigoberto Chajón Gómez, de Guatemala; su sobrino, Edgar Ramírez Cux, de Trenton; y nueve nietos.

Don Mateo Chajon Xoc, 71, of Trenton, a native of San Pedro Sacatepequez, Guatemala, died April 4. He is survived by his wife, Rosa; his sons, Jose Luis Chajon Gomez (Maria Elena) of Trenton and Rigoberto of Guatemala; his nephew, Edgar Ramirez Cux; and nine grandchildren.

Velorio el viernes a partir de las 6 p.m. en la Funeraria Marcucci, Chambersburg. Misa de cuerpo presente el sábado a las 10 a.m. en la Iglesia de San Joaquín (St. Joachim). Los restos serán repatriados a Guatemala.""",
gold=[("TRE010", "survivor"), ("TRE011", "survivor")]),  # nephew Edgar Ramirez Cux is do_not_contact: nothing

dict(guid="tre_mcv-memorial-2026-0152", pub="2026-05-07T07:00:00-04:00", title="Kwabena Asante, 67, Bronx community elder",
body="""Kwabena Asante, 67, of the Bronx, N.Y., a founding elder of the Asanteman Association of New York, died April 28, 2026, at Montefiore Medical Center. He was born in Mampong, Ghana, and worked for 33 years for the New York City Transit Authority.

He is survived by his wife, Yaa Asantewaa Asante; his children, Kwame, Afia and Kofi; and his brother, Yaw Asante of Accra. A memorial gathering for friends in New Jersey will be held Sunday, May 17, at 4 p.m. at the Ghana Methodist Society hall, Trenton. Funeral in Mampong in August.""",
gold=[]),  # namesake: Bronx, 67, different wife (TRE017 Kwabena Asante of Ewing, b. 1975, wife Abena)

dict(guid="tre_mcv-memorial-2026-0163", pub="2026-06-04T07:00:00-04:00", title="St. Hedwig parish remembers Jadwiga Wozniak, 97",
body="""Jadwiga "Jean" Wozniak, 97, the oldest parishioner of St. Hedwig's in Trenton, died May 30, 2026, at the Hamilton Continuing Care Center. She came to America in 1949 as a displaced person, worked at the Switlik Parachute Company and later cleaned rectories, and never missed the Pasterka midnight Mass.

She is survived by her nephew, Andrzej Wozniak of Kraków, and by many friends in the parish. She was predeceased by her husband, Jan. The Mass of Christian Burial will be offered Monday at 10 a.m. at St. Hedwig's; readings by Irene Kowalczyk and Helen Dudek. Interment at St. Stanislaus Cemetery, Hamilton.""",
gold=[]),  # Irene Kowalczyk is a reader: nothing

dict(guid="tre_mcv-memorial-2026-0171", pub="2026-06-25T07:00:00-04:00", title="Sister Mary Agnes Szymanski, CSSF, 88",
body="""Sister Mary Agnes Szymanski, a Felician Sister for 68 years, died June 21, 2026, at the Felician motherhouse in Lodi. She taught second grade at St. Hedwig's and St. Stanislaus schools in Trenton for thirty years and was known for her perfect penmanship and her unbreakable rule about gum. She is survived by her Felician community and by her niece, Barbara Lenart of Yardley, Pa. Mass of Christian Burial at the motherhouse chapel, Lodi.""",
gold=[]),  # nobody on the roster
]
