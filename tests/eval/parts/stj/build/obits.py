"""Obituaries for the stj part, three house styles. Hand-labelled (`gold=`)."""

# 1. Northwest Missouri Courier (daily newspaper, plain text, "Name, age, Town" titles)
COURIER = [
dict(guid="stj_courier_obit_20260213_brockhoff", pub="2026-02-13T05:30:00-06:00", title="Anna Marie Brockhoff, 97, St. Joseph",
body="""Anna Marie Brockhoff, 97, St. Joseph, passed away Tuesday, Feb. 10, 2026, at Living Community of St. Joseph.

She was born Sept. 4, 1928, in St. Joseph to Joseph and Theresa (Rauber) Kempf. She married Elmer Brockhoff on June 12, 1948, at Cathedral of St. Joseph. She worked 30 years at the Chase Candy Company, wrapping Cherry Mash by hand until the line was automated, and she never let anyone forget it.

She was preceded in death by her husband, Elmer; a son, Gerald; and four sisters.

Survivors include daughters, Loretta (Hal) Wiedmaier, St. Joseph, and Carol Brockhoff, Kansas City, Mo.; son, Dennis (Sharon) Brockhoff, Savannah; nine grandchildren; and 14 great-grandchildren.

Mass of Christian Burial: 10 a.m. Saturday, Cathedral of St. Joseph. Rosary 6 p.m. Friday at the funeral home. Burial, Mount Olivet Cemetery.""",
gold=[("STJ002", "survivor"), ("STJ001", "survivor")]),

dict(guid="stj_courier_obit_20260306_kranzbuehler", pub="2026-03-06T05:30:00-06:00", title="Eugene \"Geno\" Kranzbuehler, 24, St. Joseph",
body="""Eugene Michael "Geno" Kranzbuehler, 24, St. Joseph, died Monday, March 2, 2026, in a workplace accident near Wathena, Kan.

He was born Jan. 8, 2002, in St. Joseph, and graduated from Lafayette High School in 2020, where he wrestled at 160 pounds. He was an apprentice lineman and was named for his uncle.

Survivors include his parents, Mark and Tina Kranzbuehler, St. Joseph; a sister, Hailey Kranzbuehler, Maryville; his grandmother, Irene Kranzbuehler, St. Joseph; his uncle and aunt, Gene and Patty Kranzbuehler, St. Joseph; and his girlfriend, Kaylee Sharp.

Funeral: 1 p.m. Thursday, Wyatt Park Christian Church. Visitation noon to 1 p.m. at the church.""",
gold=[("STJ003", "survivor"), ("STJ004", "survivor")]),

dict(guid="stj_courier_obit_20260320_pettijohn", pub="2026-03-20T05:30:00-05:00", title="Fern Pettijohn, 96, Cameron",
body="""Fern Opal Pettijohn, 96, Cameron, passed away March 17, 2026, at Cameron Regional Medical Center.

She was born on a farm near Turney in Clinton County and taught at the Cottonwood one-room school before there were buses. She was a 70-year member of the Cameron Christian Church and the Order of the Eastern Star.

Her husband, Lloyd Pettijohn, and a son, Roy, preceded her in death.

Survivors: a daughter, June (Webb) Honeycutt, Cameron; a son, Dean Pettijohn, Osborn; six grandchildren; 11 great-grandchildren.

Funeral: 10:30 a.m. Monday, Cameron Christian Church; the Rev. Glenn Mossbarger officiating. Burial, Evergreen Cemetery.""",
gold=[("STJ012", "survivor"), ("STJ011", "survivor")]),

dict(guid="stj_courier_obit_20260403_fankhauser", pub="2026-04-03T05:30:00-05:00", title="Walter Fankhauser, 86, Savannah",
body="""Walter H. Fankhauser, 86, Savannah, died Tuesday, March 31, 2026, at his home.

He farmed east of Savannah all his life and served on the Andrew County R-II school board for 18 years. He was a member of Savannah First Baptist Church.

He was preceded in death by his wife, Evelyn, in 2019.

Survivors include a daughter, Denise Goetz and her husband C.J., Savannah; a son, Kurt Fankhauser, Fillmore; five grandchildren, including Caleb Goetz of Savannah; and a brother, Otto Fankhauser, Amazonia.

Pallbearers: Caleb Goetz, Tanner Fankhauser, Leland Pankau, Ron Zook, Mike Rippey and Jim Auxier.

Services: 11 a.m. Saturday, Savannah First Baptist Church. Burial, Savannah Cemetery.""",
gold=[("STJ008", "survivor"), ("STJ007", "survivor")]),

dict(guid="stj_courier_obit_20260421_wiedmaier", pub="2026-04-21T05:30:00-05:00", title="Harold \"Hal\" Wiedmaier, 79, St. Joseph",
body="""Harold J. "Hal" Wiedmaier, 79, St. Joseph, passed away Saturday, April 18, 2026, at Mosaic Life Care surrounded by family.

Hal was born Aug. 14, 1946, in St. Joseph to Leo and Agnes Wiedmaier. He graduated from Christian Brothers High School in 1964, served in the Army in Vietnam and worked 33 years as a meat cutter at the stockyards and later at Hy-Vee on the Belt. He never missed a Mustangs game or a Friday fish fry at St. Francis Xavier.

He married Loretta Brockhoff on Oct. 10, 1970. She survives of the home.

Other survivors include sons, Mark Wiedmaier, Lee's Summit, and Chris (Amy) Wiedmaier, St. Joseph; a daughter, Julie Wiedmaier, Omaha; and six grandchildren.

He was preceded in death by his parents and a brother, Norbert.

Mass of Christian Burial: 10 a.m. Friday, St. Francis Xavier Catholic Church. Military honors by American Legion Post 11.""",
gold=[("STJ001", "deceased_client"), ("STJ002", "spouse_of_deceased_client")]),

dict(guid="stj_courier_obit_20260515_venegas", pub="2026-05-15T05:30:00-05:00", title="Roberto Venegas, 68, St. Joseph",
body="""Roberto Venegas, 68, St. Joseph, died Tuesday, May 12, 2026, at his home.

He was born in Jerez, Zacatecas, and came to St. Joseph in 1988 to work at the packing plant. He later opened Taqueria El Jerezano on South 10th Street, which he ran with his family for 22 years.

Survivors include his wife, Graciela; a son, Arturo Venegas and his wife, Marisol, St. Joseph; a daughter, Leticia Venegas, Garden City, Kan.; brothers in Mexico; a nephew, Terry Blakemore, St. Joseph; and seven grandchildren.

Rosary 7 p.m. Monday and Mass 10 a.m. Tuesday, St. James Catholic Church.""",
gold=[("STJ006", "survivor")]),
]

# 2. Funeral-home site (HTML in content:encoded, one-sentence teaser, permalink guids)
FH_BASE = "https://www.kettlerbrushwood.example/obituaries/"
FUNERAL_HOME = [
dict(guid="stj_kb_obit_20260119_clement", pub="2026-01-19T16:10:00-06:00", title="Bernard \"Bud\" Clement",
body="""Bernard Francis "Bud" Clement, 84, of Rushville, Missouri, passed away Friday, January 16, 2026, at Heartland Regional.

Bud farmed the river bottoms west of Rushville and drove a school bus for Buchanan County R-IV for 25 years. He could fix anything with baling wire except the Royals' bullpen.

Bud is survived by his sister, Bernadette "Bernie" Oberkrom, of Rushville; his sister-in-law, Marlys Clement, of Atchison, Kansas; and many nieces and nephews.

He was preceded in death by his parents, Francis and Lucille Clement; his brother, Eugene; and his brother-in-law, Francis Oberkrom.

A Mass of Christian Burial will be held at 10:00 a.m. Wednesday at Immaculate Conception Church, Rushville, with burial in the parish cemetery.""",
gold=[("STJ022", "survivor")]),

dict(guid="stj_kb_obit_20260211_carrigan", pub="2026-02-11T15:00:00-06:00", title="Sean Patrick Carrigan",
body="""Sean Patrick Carrigan, 91, of Atchison, Kansas, entered eternal rest on Sunday, February 8, 2026.

Born on St. Patrick's Day 1934 in Atchison, he worked for the Santa Fe railroad for 41 years and sang in the Benedictine Abbey choir at every Christmas midnight Mass for half a century.

He is survived by his son, Michael Carrigan (Donna) of Topeka; his grandson, Sean Carrigan (Bridget) of Atchison, who was named for him; his granddaughter, Erin Carrigan of Lawrence; and his first great-grandchild, due this summer.

He was preceded in death by his wife of 60 years, Maureen, and a daughter, Kathleen.

Mass of Christian Burial will be celebrated at 10:30 a.m. Saturday at St. Benedict's Church, Atchison.""",
gold=[("STJ018", "survivor"), ("STJ017", "survivor")]),

dict(guid="stj_kb_obit_20260227_heintz", pub="2026-02-27T11:45:00-06:00", title="Rosemary Heintz",
body="""Rosemary Heintz, 89, of St. Joseph, Missouri, passed away peacefully Wednesday, February 25, 2026.

Rosemary was a nurse at Missouri Methodist Hospital and later a parish nurse at Holy Rosary. She sewed every First Communion veil at Holy Rosary from 1975 to 2005.

She is survived by her daughters, Ruth Ann Mossbarger and her husband, Glenn, of Agency, and Joyce Heintz of Kansas City; her son, Paul Heintz of Dearborn; eight grandchildren and four great-grandchildren.

She was preceded in death by her husband, Raymond Heintz.

Funeral services will be held at 11:00 a.m. Monday at Kettler-Brushwood Chapel, St. Joseph.""",
gold=[("STJ016", "survivor"), ("STJ015", "survivor")]),

dict(guid="stj_kb_obit_20260312_goetz", pub="2026-03-12T14:20:00-05:00", title="Ida Mae Goetz",
body="""Ida Mae Goetz, 93, of Savannah, Missouri, went home to be with her Lord on Monday, March 9, 2026.

Ida Mae was born on a farm near Fillmore and kept the books at the Andrew County Farm Bureau for 38 years.

She was preceded in death by her husband, Clarence Goetz, and her son, Clarence Goetz Sr.

She is survived by her daughter, Marlene Ruhnke of Rosendale; her grandsons, Clarence Goetz Jr. and wife Denise of Savannah, and Brian Ruhnke of Maryville; and six great-grandchildren.

Services will be held at 2:00 p.m. Saturday at Savannah First Baptist Church.""",
gold=[("STJ007", "survivor"), ("STJ008", "survivor")]),

dict(guid="stj_kb_obit_20260408_kieffer", pub="2026-04-08T10:30:00-05:00", title="Lorraine Kieffer",
body="""Lorraine Kieffer, 80, of Effingham, Kansas, passed away Sunday, April 5, 2026.

She was a lifelong member of St. Ann's Catholic Church and taught second grade at Atchison County Community Elementary for 32 years.

She is survived by her husband, Norman, of the home; her son, Dale (Mary Beth) Kieffer of Atchison; a daughter, Teresa Kieffer of Denver; and four grandchildren.

Mass of Christian Burial will be held at 10:00 a.m. Thursday at St. Ann's Catholic Church, Effingham.""",
gold=[("STJ010", "survivor"), ("STJ009", "survivor")]),

dict(guid="stj_kb_obit_20260506_hufford", pub="2026-05-06T09:15:00-05:00", title="Wayne Hufford",
body="""Wayne Lee Hufford, 85, of St. Joseph, Missouri, passed away Sunday, May 3, 2026.

Wayne worked 40 years at the Quaker Oats plant and was a charter member of the Pony Express Bowling League.

Wayne is survived by his sister, Dolores Schwebach of St. Joseph; his nephews, Alan and Keith Schwebach; and his longtime companion, Betty Ashlock.

He was preceded in death by his parents and by his brother-in-law, Leonard Schwebach.

Graveside services will be held at 1:00 p.m. Friday at Memorial Park Cemetery.""",
gold=[("STJ005", "survivor")]),

dict(guid="stj_kb_obit_20260602_oswald", pub="2026-06-02T12:00:00-05:00", title="Darlene Oswald",
body="""Darlene Kay Oswald, 77, of Gower, Missouri, passed away Friday, May 29, 2026.

Darlene ran the Gower Cafe for 20 years and never once ran out of pie.

She is survived by her sons, Rick and Tom Oswald, both of Gower; and five grandchildren.

She was preceded in death by her husband, Kenneth.

Services will be held at 10:00 a.m. Wednesday at Agency Community Church, with the Rev. Glenn Mossbarger officiating. Pallbearers will be Joaquin Rosales, Cody Oswald, Brett Oswald and Dustin Maag. A luncheon hosted by the church women will follow.""",
gold=[]),
]

# 3. Paid death notices (terse, surname-first headings); the Wiedmaier notice is a later copy
NOTICES = [
dict(guid="stj_notice_20260120_schwebach", pub="2026-01-20T06:00:00-06:00", title="SCHWEBACH, Dolores M.",
body="""SCHWEBACH, Dolores M., 88, Hays, Kan., died Jan. 17, 2026. Retired Ellis County court clerk. Survived by sons Kevin (Lynn) Schwebach, Hays, and Dean Schwebach, Colby; six grandchildren. Preceded by husband, Lawrence. Mass 10 a.m. Thursday, St. Joseph Catholic Church, Hays.""",
gold=[]),

dict(guid="stj_notice_20260218_pankau", pub="2026-02-18T06:00:00-06:00", title="PANKAU, Carol J.",
body="""PANKAU, Carol J., 74, Gower, died Feb. 15, 2026. Survived by husband of 50 years, Leland, of the home; daughter Shelly (Rod) Maag, Plattsburg; three grandchildren. Services 11 a.m. Friday, Gower Christian Church.""",
gold=[("STJ019", "survivor")]),

dict(guid="stj_notice_20260325_dusselier", pub="2026-03-25T06:00:00-05:00", title="DUSSELIER, Norbert A.",
body="""DUSSELIER, Norbert A., 90, St. Joseph, died March 22, 2026. Survived by daughter Patricia "Patty" Kranzbuehler (Gene), St. Joseph; son Tom Dusselier, Easton; four grandchildren. Preceded by wife, Mildred. Mass 10 a.m. Saturday, St. Mary's Catholic Church.""",
gold=[("STJ004", "survivor"), ("STJ003", "survivor")]),

dict(guid="stj_notice_20260423_wiedmaier", pub="2026-04-23T06:00:00-05:00", title="WIEDMAIER, Harold J. \"Hal\"",
body="""Harold J. "Hal" Wiedmaier, 79, St. Joseph, passed away Saturday, April 18, 2026, at Mosaic Life Care surrounded by family.

Hal was born Aug. 14, 1946, in St. Joseph to Leo and Agnes Wiedmaier. He graduated from Christian Brothers High School in 1964, served in the Army in Vietnam and worked 33 years as a meat cutter at the stockyards and later at Hy-Vee on the Belt.

He married Loretta Brockhoff on Oct. 10, 1970. She survives of the home. Other survivors include sons, Mark Wiedmaier, Lee's Summit, and Chris (Amy) Wiedmaier, St. Joseph; a daughter, Julie Wiedmaier, Omaha; and six grandchildren.

Mass of Christian Burial: 10 a.m. Friday, St. Francis Xavier Catholic Church.""",
gold=[]),  # duplicate copy of stj_courier_obit_20260421_wiedmaier: labelled on the earlier copy only

dict(guid="stj_notice_20260505_rinehimer", pub="2026-05-05T06:00:00-05:00", title="RINEHIMER, Lavonne",
body="""RINEHIMER, Lavonne, Cameron, died May 3, 2026. Arrangements pending with Hartzell Family Funeral Service, Cameron.""",
gold=[("STJ013", "possible_deceased_client")]),

dict(guid="stj_notice_20260610_zeller", pub="2026-06-10T06:00:00-05:00", title="ZELLER, Thomas P.",
body="""ZELLER, Thomas P., 66, Atchison, Kan., died June 7, 2026. Retired Atchison Casting machinist. Survived by wife, Connie; daughters Amber and Kelsey; cousin Mary Beth Kieffer, Omaha, Neb. Mass 10 a.m. Friday, St. Benedict's Church.""",
gold=[]),
]

ITEMS = COURIER + FUNERAL_HOME + NOTICES
