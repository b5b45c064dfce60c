"""The Yankton River Courier (daily newspaper, Yankton, S.D.): obituaries, plain text, newspaper house style
("Name, 97, of Tabor died ..."; "Survivors include ..."; "She was preceded in death by ..."). Hand-labelled."""

FEED = "ryc"
ITEMS = [
dict(guid="ykn_ryc_obit_2026_0107", pub="2026-01-08T05:30:00-06:00", title="Eleanor Kocer",
body="""Eleanor Kocer, 97, of Tabor died Monday, Jan. 5, 2026, at the Good Samaritan Society in Tyndall.

Mass of Christian Burial will be 10:30 a.m. Saturday, Jan. 10, at St. Wenceslaus Catholic Church in Tabor, with the Rev. Thomas Kucera officiating. Burial will be in the Tabor Catholic Cemetery. A rosary will be prayed at 7 p.m. Friday at the church.

Eleanor Marie Kralicek was born Sept. 2, 1928, on the family farm north of Tabor to Frank and Anna (Sedlak) Kralicek. She married Anton Kocer on Oct. 21, 1947, at St. Wenceslaus. The couple farmed northeast of Tabor until retiring into town in 1990. Eleanor baked kolaches for every Czech Days from 1948 until she was 90, and she never once wrote the recipe down.

Survivors include her daughter, Jolene (Darrell) Hovorka of Yankton; her son, Jerome (Patty) Kocer of Tabor; eight grandchildren; and 14 great-grandchildren.

She was preceded in death by her husband, Anton, in 2009; a son, Leonard, in infancy; and her brothers, Emil and Joseph Kralicek.""",
gold=[("YKN002", "survivor"), ("YKN001", "survivor")]),

dict(guid="ykn_ryc_obit_2026_0121", pub="2026-01-22T05:30:00-06:00", title="Lyle Kleinsasser",
body="""Lyle Kleinsasser, 88, of Freeman died Tuesday, Jan. 20, 2026, at Freeman Regional Health Services.

Funeral services will be 2 p.m. Monday, Jan. 26, at Salem Mennonite Church, rural Freeman, with Pastor Daniel Graber officiating. Burial will be in the church cemetery.

Lyle was born March 4, 1937, to Jacob and Susanna (Hofer) Kleinsasser near Freeman. He farmed and raised registered Herefords for 55 years and sang bass in the church choir for nearly as long.

Survivors include his wife of 64 years, Edna; his sons, Dale (Karen) Kleinsasser of Freeman and Curtis Kleinsasser of Sioux Falls; his sister, Marlys Wollman of Yankton; seven grandchildren; and four great-grandchildren.

He was preceded in death by his parents; his brother, Harold; and his brother-in-law, Reuben Wollman.""",
gold=[("YKN003", "survivor")]),

dict(guid="ykn_ryc_obit_2026_0228", pub="2026-02-28T05:30:00-06:00", title="Reinhold Brekke",
body="""Reinhold "Rein" Brekke, 91, of Vermillion died Wednesday, Feb. 25, 2026, at Sanford Vermillion Care Center.

Funeral services will be 11 a.m. Tuesday, March 3, at St. Paul's Lutheran Church in Vermillion, with the Rev. Karin Lysne officiating. Burial will be in Bluff View Cemetery.

Rein was born Aug. 9, 1934, in Volin to Olaf and Ingeborg (Nygaard) Brekke. He taught chemistry at the University of South Dakota for 36 years and kept bees behind the science building long after anyone could remember who had allowed it.

Survivors include his daughter, Anneliese Brekke-Olson (Mark) of Vermillion; his son, Erik Brekke of Minneapolis; and five grandchildren.

He was preceded in death by his wife, Solveig, in 2018.

Pallbearers will be Trent Steffen, Nils Brekke, Jonah Olson, Peder Olson, Colin Brekke and Gary Fossum.""",
gold=[("YKN009", "survivor")]),

dict(guid="ykn_ryc_obit_2026_0421", pub="2026-04-21T05:30:00-05:00", title="Marlys Wollman",
body="""Marlys Ann Wollman, 84, of Yankton died Saturday, April 18, 2026, at her home surrounded by her family.

Funeral services will be 10 a.m. Thursday, April 23, at First Mennonite Church in Yankton. Burial will be in Yankton City Cemetery beside her husband.

Marlys was born Nov. 22, 1941, to Jacob and Susanna (Hofer) Kleinsasser near Freeman. She married Reuben Wollman on June 9, 1962. The couple moved to Yankton in 1968, where Marlys kept the books at Wollman Feed & Seed for 30 years and quilted for every Mennonite relief sale in the state.

Survivors include her daughter, Renee (Paul) Cournoyer of Yankton; her grandchildren, Justine Cournoyer of Yankton and Cole Cournoyer of Rapid City; and her sister-in-law, Edna Kleinsasser of Freeman.

She was preceded in death by her husband, Reuben, in 2014; and her brothers, Harold and Lyle Kleinsasser.""",
gold=[("YKN003", "deceased_client"), ("YKN017", "survivor")]),

dict(guid="ykn_ryc_obit_2026_0512", pub="2026-05-12T05:30:00-05:00", title="Shirley Heine",
body="""Shirley Heine, 87, of Mesa, Ariz., formerly of Norfolk, Neb., died Thursday, May 7, 2026, in Mesa.

A memorial service will be held at a later date at Grace Lutheran Church in Norfolk.

Shirley Jean Bauer was born Jan. 3, 1939, in Norfolk to Walter and Hilda (Koenig) Bauer. She married Delbert Heine in 1958 and worked 28 years as a bookkeeper for the Norfolk Daily News before the couple retired to Arizona.

Survivors include her sons, Greg (Denise) Heine of Mesa and Brian Heine of Omaha; and six grandchildren.

She was preceded in death by her husband, Delbert, and her parents.""",
gold=[]),

dict(guid="ykn_ryc_obit_2026_0604", pub="2026-06-04T05:30:00-05:00", title="Harold Gunderson",
body="""Harold Gunderson, 79, of Beresford died Monday, June 1, 2026, at Avera McKennan Hospital in Sioux Falls.

Funeral services will be 10:30 a.m. Saturday, June 6, at Trinity Lutheran Church in Beresford. Burial will follow in Beresford Cemetery.

Harold was born Oct. 15, 1946, in Beresford. He served in the U.S. Army in Vietnam, then ran Gunderson Plumbing for 40 years.

Survivors include his wife, Judy; his daughters, Alyssa (Trent) Steffen of Vermillion and Megan Gunderson of Brookings; and five grandchildren, including Ella and Lucas Steffen.

He was preceded in death by his parents and his brother, Vernon.""",
gold=[("YKN011", "survivor"), ("YKN010", "survivor")]),
]
