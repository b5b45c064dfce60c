"""Obituary feeds of part jhw (Jamestown and Chautauqua County, N.Y.), hand-written and hand-labelled.

Four house styles: a daily newspaper (plain text), a funeral home (teaser + HTML in content:encoded), a Lutheran
church bulletin (short plain notices) and paid death notices (terse, surname first). `gold` beside each text.
"""

PLC = [  # The Lakeshore Post-Courier, Jamestown: daily newspaper, plain text
dict(guid="jhw_plc_obit_260112_brodin", pub="2026-01-12T05:30:00-05:00",
title="Astrid M. Brodin",
body="""JAMESTOWN - Astrid Maria Brodin, 97, formerly of Newland Avenue, died Friday, Jan. 9, 2026, at the Lutheran home on Falconer Street, where she had lived since 2021.

She was born Nov. 2, 1928, in Jamestown, the daughter of the late Axel and Hulda (Stromberg) Lindell. A graduate of Jamestown High School, Class of 1946, she worked for 31 years as an upholsterer at the Crescent Furniture plant and could still, at 90, tell a good joint from a bad one by running her thumb along it. She was a lifelong member of Zion Augustana Lutheran Church, where she sang in the Swedish choir and baked rosettes for every Lucia festival for more than 60 years.

Surviving are a daughter, Ingrid (Gus) Wahlgren of Lakewood; a son, Rolf Brodin of Charlotte, N.C.; five grandchildren; and nine great-grandchildren.

Besides her parents, she was preceded in death by her husband of 52 years, Nils Brodin, in 2003; and a brother, Gunnar Lindell.

The family will receive friends from 4 to 6 p.m. Thursday in the Lindquist & Ekberg Funeral Home, 1120 Prendergast Ave. A funeral service will be held at 11 a.m. Friday in Zion Augustana Lutheran Church, the Rev. Anders Moberg officiating. Burial will be in Lake View Cemetery in the spring. Memorials may be made to the church's Lucia Fund.""",
gold=[("JHW002", "survivor"), ("JHW001", "survivor")]),

dict(guid="jhw_plc_obit_260126_palmisano", pub="2026-01-26T05:30:00-05:00",
title="Anthony J. Palmisano Sr.",
body="""JAMESTOWN - Anthony Joseph Palmisano Sr., 92, of Jamestown, died Saturday, Jan. 24, 2026, at UPMC Chautauqua, surrounded by his family.

He was born June 1, 1933, in Jamestown, the son of the late Giuseppe and Concetta (Russo) Palmisano, and grew up on Foote Avenue in the house his father built. He served in the U.S. Army in Germany and then spent 41 years as a tool-and-die maker at the Blackstone plant. He was a member of St. James Church, the Jamestown Italian-American club and, for half a century, the Monday night bocce league, which he claimed never to have lost.

Surviving are his son, Anthony "Tony" Palmisano Jr. and his wife, Rosemary (Scarpino), of Jamestown; a daughter, Theresa Caruso of Erie, Pa.; six grandchildren; and three great-grandchildren.

He was preceded in death by his wife of 58 years, Angela (Cusimano) Palmisano, in 2014; and by his brothers, Salvatore and Frank.

Calling hours will be 4 to 7 p.m. Wednesday in the Lindquist & Ekberg Funeral Home. A Mass of Christian Burial will be celebrated at 10 a.m. Thursday in St. James Church, the Rev. Michael Pirrello celebrant. Bearers will be Vincent Lo Bianco, Joseph Caruso, Anthony Palmisano III, Nicholas Palmisano, Dominic Scarpino and Paul Gullo. Burial with military honors will be in Holy Cross Cemetery.""",
gold=[("JHW003", "survivor"), ("JHW004", "survivor")]),

dict(guid="jhw_plc_obit_260311_szczepanski", pub="2026-03-11T05:30:00-05:00",
title="Walter J. Szczepanski",
body="""DUNKIRK - Walter John "Walt" Szczepanski, 84, of Deer Street, Dunkirk, died Monday, March 9, 2026, at Brooks-TLC Hospital following a short illness.

He was born Aug. 14, 1941, in Dunkirk, a son of the late Jan and Stella (Nowak) Szczepanski. A 1959 graduate of Cardinal Mindszenty High School, he served in the U.S. Navy and then worked 37 years at the Dunkirk steam plant, retiring as a shift supervisor. He was a member of St. Hyacinth Parish, the Polish Falcons Nest 160 and the Dunkirk Moose, and he never missed a Dyngus Day polka at the Falcons.

He is survived by his wife of 61 years, Dorothy "Dottie" (Kowalczyk) Szczepanski; two sons, Mark (Linda) Szczepanski of Fredonia and Paul Szczepanski of Rochester; a daughter, Anne Marie (Thomas) Gawronski of Silver Creek; seven grandchildren; and a sister, Helen Majewski of Buffalo.

He was preceded in death by a brother, Edward, and a sister, Josephine Kaminski.

Friends may call from 4 to 7 p.m. Thursday at the Sienkiewicz Funeral Home, 325 Central Ave., Dunkirk. A Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Hyacinth Church. Bearers will be his grandsons and his longtime friend Stan Wojcik. Interment with military honors will be in St. Hedwig Cemetery.""",
gold=[("JHW005", "deceased_client"), ("JHW006", "spouse_of_deceased_client")]),

dict(guid="jhw_plc_obit_260420_wahlgren", pub="2026-04-20T05:30:00-04:00",
title="Erik Gustav Wahlgren",
body="""LAKEWOOD - Erik Gustav Wahlgren, 24, of Lakewood, died unexpectedly Thursday, April 16, 2026, as the result of a motor vehicle accident in Busti.

Erik was born Dec. 3, 2001, in Jamestown. He graduated from Southwestern Central School in 2020, where he ran cross-country and rowed for the Chautauqua Lake crew club, and was finishing his apprenticeship as an electrician with IBEW Local 106. He spent every summer he could on the water and could fix any outboard motor on the lake.

He is survived by his parents, Nils and Kristin (Olson) Wahlgren of Lakewood; a sister, Annika Wahlgren of Pittsburgh; his paternal grandparents, Gus and Ingrid Wahlgren of Lakewood, after whom he took his middle name and his stubbornness; his maternal grandmother, Joan Olson of Ashville; and his girlfriend, Tessa Morrow.

A celebration of his life will be held at 2 p.m. Saturday in the Lakewood Rod & Gun Club. Arrangements are by the Lindquist & Ekberg Funeral Home.""",
gold=[("JHW001", "survivor"), ("JHW002", "survivor")]),

dict(guid="jhw_plc_obit_260302_sjoberg", pub="2026-03-02T05:30:00-05:00",
title="Harriet E. Sjoberg",
body="""JAMESTOWN - Harriet Elaine (Nyquist) Sjoberg, 93, of Jamestown, died Saturday, Feb. 28, 2026, at Heritage Green in Greenhurst.

Born in Kennedy, N.Y., she was a bookkeeper for the Jamestown Savings Bank for 27 years and a 70-year member of First Covenant Church, where she taught the women's Bible class. She loved the Chautauqua Institution's summer lectures and held a gate pass for 55 consecutive seasons.

She is survived by her son, David Sjoberg of Lakewood; her sister-in-law and dearest friend, Marguerite "Peggy" Lindahl of Jamestown; and four grandchildren.

She was preceded in death by her husband, Carl Sjoberg, in 2010, and by her brothers, Everett and Roy Nyquist.

A memorial service will be held at 1 p.m. Saturday in First Covenant Church. Arrangements are by the Lindquist & Ekberg Funeral Home.""",
gold=[("JHW007", "survivor")]),

dict(guid="jhw_plc_obit_260506_rosario", pub="2026-05-06T05:30:00-04:00",
title="Luis Antonio Rosario",
body="""DUNKIRK - Luis Antonio Rosario, 81, of Dunkirk, passed away Sunday, May 3, 2026, at home, with his family at his side.

Born in Yauco, Puerto Rico, he came to Dunkirk in 1966 to work in the vineyards and later spent 30 years at the Nestle Purina plant. He was a founding member of the Hispanic Society of Dunkirk, a devoted member of Holy Trinity Parish and a fierce domino player at the Lake Shore Drive social club.

He is survived by his wife of 58 years, Carmen (Ortiz) Rosario; his daughter, Maria Luisa Rosario Vega and her husband, Ramon, of Dunkirk; his sons, Luis Jr. of Orlando, Fla., and Angel of Buffalo; nine grandchildren; and four great-grandchildren.

Le sobreviven su esposa Carmen, su hija María Luisa y su esposo Ramón, sus hijos Luis y Ángel, y sus nietos. Descanse en paz.

He was preceded in death by his parents, Juan and Ana Rosario, and by a brother, Pedro.

A Mass of Christian Burial will be celebrated at 11 a.m. Saturday at Holy Trinity Church, Dunkirk. Arrangements are by the Sienkiewicz Funeral Home.""",
gold=[("JHW009", "survivor")]),

dict(guid="jhw_plc_obit_260218_pierce", pub="2026-02-18T05:30:00-05:00",
title="Donald R. Pierce",
body="""SHERMAN - Donald Ray Pierce, 79, of Sherman, died Sunday, Feb. 15, 2026, at his farm on Route 76, where he had milked cows every morning for 60 years until his knees retired him.

He was a member of the Sherman Volunteer Fire Department for 52 years and a past master of the Sherman Grange. He was proud of his Holsteins, his 1952 Farmall and his six grandchildren, not necessarily in that order.

He is survived by his wife, Bonnie (Hale) Pierce; two sons, Kevin and Craig Pierce, both of Sherman; a sister, Mary Jo Ecklund of Mayville; a cousin, Hal Whitcomb of Westfield; and six grandchildren.

He was preceded in death by his parents, Ray and Alice Pierce, and by a brother, Richard.

Services will be held at 11 a.m. Saturday at the Sherman United Methodist Church. Burial will be in Sherman Cemetery in the spring. Arrangements are by the Hollenbeck-Wheeler Funeral Home, Sherman.""",
gold=[("JHW019", "survivor")]),
]

LEF = [  # Lindquist & Ekberg Funeral Home, Jamestown: teaser + HTML in content:encoded
dict(guid="jhw_lef_clarence-hedberg", pub="2026-03-25T11:15:00-04:00",
title="Clarence A. Hedberg (1937 - 2026)",
body="""Clarence Arvid Hedberg, 88, of Falconer, entered eternal rest on Monday, March 23, 2026, at his home, under the care of Hospice Chautauqua County.

Clarence was born in Falconer to the late Arvid and Ellen (Bergman) Hedberg. He owned and operated Hedberg Hardware on West Main Street for 44 years, where any screw, hinge or piece of advice could be had for a nickel. He was a member of Zion Augustana Lutheran Church and the Falconer Lions Club, and he coached Little League for two decades.

He is survived by his daughter, Karen (Doug) Nordstrom of Falconer; his son, Gary Hedberg of Erie, Pa.; five grandchildren; and two great-grandchildren. He was preceded in death by his wife of 60 years, Lorraine (Sandberg) Hedberg, in 2021.

The family wishes to thank Dr. Susan Carlson-Pike and the nurses of Hospice Chautauqua County for their kindness.

A funeral service will be held at 11 a.m. Saturday in Zion Augustana Lutheran Church, with Pastor Kristofer Haglund officiating. Burial will be in Pine Hill Cemetery, Falconer.""",
gold=[("JHW012", "survivor"), ("JHW011", "survivor")]),

dict(guid="jhw_lef_gloria-fancher", pub="2026-04-02T10:40:00-04:00",
title="Gloria J. Fancher (1944 - 2026)",
body="""Gloria Jean Fancher, 81, of Frewsburg, passed away peacefully on Tuesday, March 31, 2026, at the Jamestown Center for Rehabilitation.

Gloria was born in Frewsburg, the daughter of the late Lloyd and Mildred Cross. She was a cook at Frewsburg Central School for 28 years, and many former students remember her cinnamon rolls better than their algebra. She was a member of the Frewsburg Fire Department Auxiliary and the Busti Wesleyan Church.

Left to cherish her memory are her son, Gerald "Jerry" Fancher of Frewsburg; her daughter, Debra Swanson of Kennedy; four grandchildren; and her faithful beagle, Daisy. She was preceded in death by her husband, Roger Fancher, in 2016.

Friends may call from 10 a.m. until the 12 noon service Saturday at the funeral home. Pastor Dale Robbins will officiate. Burial will be in Frewsburg Cemetery.""",
gold=[("JHW023", "survivor")]),

dict(guid="jhw_lef_irene-kowalczyk", pub="2026-02-04T09:50:00-05:00",
title="Irene T. Kowalczyk (1935 - 2026)",
body="""Irene Theresa Kowalczyk, 90, of Dunkirk, formerly of Jamestown, passed away on Sunday, February 1, 2026, at the Chautauqua Nursing and Rehabilitation Center.

Born in Jamestown to the late Stanley and Mary (Lisowski) Dudek, she married Casimir Kowalczyk in 1955 and moved with him to Dunkirk, where she was a seamstress at the Dunkirk Radiator plant for 20 years. She was a member of St. Hyacinth Parish and its Rosary Society.

She is survived by her son, Michael Kowalczyk of Dunkirk; her sister-in-law, Dorothy (Walter) Szczepanski of Dunkirk; and several nieces and nephews. She was preceded in death by her husband, Casimir, in 2012, and by her sister, Wanda Dudek.

A Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Hyacinth Church, Dunkirk. Interment will be in St. Hedwig Cemetery. Arrangements by the Lindquist & Ekberg Funeral Home in cooperation with the Sienkiewicz Funeral Home.""",
gold=[("JHW006", "survivor"), ("JHW005", "survivor")]),

dict(guid="jhw_lef_stanley-wojcik", pub="2026-05-19T14:05:00-04:00",
title="Stanley \"Stas\" Wojcik (1998 - 2026)",
body="""Stanley Michael "Stas" Wojcik, 27, of Dunkirk, died suddenly on Saturday, May 16, 2026.

Stas graduated from Dunkirk High School in 2016 and from SUNY Fredonia with a degree in audio engineering. He ran the sound board for half the bands on the Lake Erie shore and never once turned down a friend who needed a speaker carried up a flight of stairs.

He is survived by his parents, Mark and Julie (Nowicki) Wojcik of Dunkirk; his brother, Andrew Wojcik of Buffalo; his grandfather and namesake, Stanislaw "Stan" Wojcik of Dunkirk; and many aunts, uncles and cousins. He was preceded in death by his grandmother, Frances Wojcik.

A memorial gathering will be held from 4 to 8 p.m. Friday at the Dunkirk Polish Falcons hall. Arrangements are by the Lindquist & Ekberg Funeral Home in cooperation with the Sienkiewicz Funeral Home.""",
gold=[("JHW010", "survivor")]),

dict(guid="jhw_lef_arvid-lundgren", pub="2026-06-08T10:10:00-04:00",
title="Arvid L. Lundgren (1935 - 2026)",
body="""Arvid Leonard Lundgren, 90, of Lakewood, died Friday, June 5, 2026, at UPMC Chautauqua.

Arvid was a cabinetmaker who learned the trade at the Art Metal plant and spent 35 years building custom kitchens across the Southern Tier. He was a member of First Covenant Church and the Vasa Order of America, Lodge Nordstjernan, and he rowed a wooden skiff on Chautauqua Lake every morning from ice-out to first snow.

He is survived by his son, Roger Lundgren of Lakewood; his sister, Peggy Lindahl of Rockford, Illinois; three grandchildren, including Dylan Lundgren and his wife, Kenzie, of Celoron; and his first great-grandchild, Linnea.

He was preceded in death by his wife, Elsie (Carlson) Lundgren, and by his brother, Bertil.

A memorial service will be held at 11 a.m. Saturday in First Covenant Church, Jamestown. Burial will be in Sunset Hill Cemetery, Lakewood.""",
gold=[("JHW022", "survivor")]),
]

AZL = [  # Zion Augustana Lutheran Church, Jamestown: weekly bulletin, short plain notices
dict(guid="jhw_azl_bulletin_260222_carlson", pub="2026-02-22T07:00:00-05:00",
title="In Memoriam: Signe Carlson",
body="""Our oldest member, Signe Elvira Carlson, 101, entered the Church Triumphant on Tuesday, February 17. Signe was baptized in this congregation in 1924 and taught Sunday school here for forty years. She is survived by her son, Erik Carlson of Ashville, and her granddaughter, Dr. Susan Carlson-Pike of Jamestown, who cared for her so faithfully. Her funeral will be held here Thursday at 11 a.m. Please keep the Carlson family in your prayers.""",
gold=[("JHW017", "survivor")]),

dict(guid="jhw_azl_bulletin_260329_haglund", pub="2026-03-29T07:00:00-04:00",
title="Prayers for Pastor Kris and his family",
body="""Pastor Kris Haglund's mother, Evelyn Haglund, 86, died peacefully on March 24 in Willmar, Minnesota. Pastor Haglund will be away through Wednesday for her funeral at Vinje Lutheran Church. Cards may be left in the church office. Please hold Pastor Kris, his brother Paul and the whole Haglund family in your prayers.""",
gold=[("JHW008", "survivor")]),

dict(guid="jhw_azl_bulletin_260510_bergquist", pub="2026-05-10T07:00:00-04:00",
title="In Memoriam: Oscar Bergquist",
body="""Oscar Emanuel Bergquist, 90, a member of Zion Augustana since 1961, died May 5 at Heritage Village. He is survived by his wife, Lillian; his daughters, Karin Bergquist of Jamestown and Ruth Dahl of Minneapolis; and five grandchildren. His funeral will be held here Wednesday at 11 a.m., Pastor Kristofer Haglund officiating. Mary Jo Ecklund will read the lessons, and the Altar Guild, led by Bea Tranberg, will host the luncheon that follows in Fellowship Hall.""",
gold=[]),
]

DN = [  # Chautauqua County Death Notices (paid), terse, surname first
dict(guid="jhw_dn_260313_szczepanski", pub="2026-03-13T06:00:00-04:00",
title="SZCZEPANSKI, Walter J.",
body="""DUNKIRK - Walter John "Walt" Szczepanski, 84, of Deer Street, Dunkirk, died Monday, March 9, 2026, at Brooks-TLC Hospital following a short illness.

He was born Aug. 14, 1941, in Dunkirk, a son of the late Jan and Stella (Nowak) Szczepanski. A 1959 graduate of Cardinal Mindszenty High School, he served in the U.S. Navy and then worked 37 years at the Dunkirk steam plant, retiring as a shift supervisor. He was a member of St. Hyacinth Parish, the Polish Falcons Nest 160 and the Dunkirk Moose, and he never missed a Dyngus Day polka at the Falcons.

He is survived by his wife of 61 years, Dorothy "Dottie" (Kowalczyk) Szczepanski; two sons, Mark (Linda) Szczepanski of Fredonia and Paul Szczepanski of Rochester; a daughter, Anne Marie (Thomas) Gawronski of Silver Creek; seven grandchildren; and a sister, Helen Majewski of Buffalo.

He was preceded in death by a brother, Edward, and a sister, Josephine Kaminski.

Friends may call from 4 to 7 p.m. Thursday at the Sienkiewicz Funeral Home, 325 Central Ave., Dunkirk. A Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Hyacinth Church. Bearers will be his grandsons and his longtime friend Stan Wojcik. Interment with military honors will be in St. Hedwig Cemetery.""",
gold=[]),  # a second, later copy of jhw_plc_obit_260311_szczepanski: labelled on the earlier copy only

dict(guid="jhw_dn_260624_tranberg", pub="2026-06-24T06:00:00-04:00",
title="TRANBERG, Beatrice",
body="""TRANBERG, Beatrice, of Bemus Point, June 22, 2026. Arrangements are pending with the Lindquist & Ekberg Funeral Home.""",
gold=[("JHW014", "possible_deceased_client")]),

dict(guid="jhw_dn_260415_hovland", pub="2026-04-15T06:00:00-04:00",
title="HOVLAND, Leland M.",
body="""HOVLAND, Leland M., 74, of Sioux Falls, S.D., April 11, 2026. Retired Lutheran schoolteacher; husband of Marlys; father of Jon and Kari; brother of Arne Hovland of Russell, Pa. Services in Sioux Falls. Memorials to Augustana University.""",
gold=[]),

dict(guid="jhw_dn_260527_ostrowski", pub="2026-05-27T06:00:00-04:00",
title="OSTROWSKI, Jared T.",
body="""OSTROWSKI, Jared T., 88, of the Town of Tonawanda, May 24, 2026. Korean War veteran; retired from the Tonawanda Coke plant; beloved husband of the late Lorraine; father of Gary (Susan) Ostrowski and Diane Kiefer. Mass Thursday at St. Amelia Church, Tonawanda.""",
gold=[]),

dict(guid="jhw_dn_260609_quattrone", pub="2026-06-09T06:00:00-04:00",
title="QUATTRONE, Rose M. (Gullo)",
body="""QUATTRONE, Rose M. (Gullo), 90, of Fredonia, June 6, 2026. Wife of the late Dominic; mother of Theodore (Lisa) Quattrone of Fredonia and the late Joseph; grandmother of four, including Teddy. Mass of Christian Burial Wednesday 10 a.m., St. Joseph Church, Fredonia. Arrangements by the Sienkiewicz Funeral Home.""",
gold=[("JHW016", "survivor")]),
]
