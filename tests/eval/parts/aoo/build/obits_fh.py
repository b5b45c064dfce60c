"""Kellerman-Lantz Funeral Home (Altoona and Hollidaysburg chapels): funeral-home web site obituaries, HTML in
content:encoded, a one-sentence plain description. Hand-labelled (gold= beside each text)."""

ITEMS = [
dict(guid="aoo_klfh_obit_40112", pub="2026-01-20T10:15:00-05:00",
title="Dale L. Claar (1946 - 2026)",
body="""Dale L. Claar, 79, of East Freedom, passed away Saturday, January 17, 2026, at UPMC Altoona, surrounded by his family.

He was born November 2, 1946, in Claysburg, a son of the late Roy and Edna (Burgoon) Claar. On June 6, 1970, he married the former Shirley Weyandt, who survives.

Dale retired in 2008 from the Norfolk Southern Juniata Locomotive Shop after 38 years as a machinist, and he never once passed the Horseshoe Curve without telling whoever was in the car how many engines it took to get a train over the mountain. He was a member of St. John's Lutheran Church, East Freedom, the Claysburg Sportsmen's Club and the Blair County Antique Tractor Association.

In addition to his wife, he is survived by two sons, Brian Claar and wife Melissa of Claysburg and Kevin Claar of Pittsburgh; a sister, Joanne (Hal) Kensinger of Hollidaysburg; four grandchildren; and several nieces and nephews. He was preceded in death by a brother, Roy "Junior" Claar.

Friends will be received from 2 to 4 and 6 to 8 p.m. Thursday at the Kellerman-Lantz Funeral Home, Hollidaysburg, where a funeral service will be held at 11 a.m. Friday, with Pastor Gregory Stoltz officiating. Interment, Claysburg Cemetery.""",
gold=[("AOO002", "survivor"), ("AOO001", "survivor")]),

dict(guid="aoo_klfh_obit_40187", pub="2026-02-09T09:40:00-05:00",
title="Raymond E. Shollenberger Sr. (1939 - 2026)",
body="""Raymond Edward Shollenberger Sr., 86, of Hollidaysburg, went home to be with the Lord on Friday, February 6, 2026, at Garvey Manor.

Born August 19, 1939, in Altoona, he was a son of the late Edward and Gladys (Hetrick) Shollenberger. He married Dorothy Mae Stultz in 1960; she preceded him in death in 2019.

Ray served in the U.S. Army in Germany and then worked for 41 years at the Pennsylvania Railroad and Conrail shops in Altoona. He coached midget football in Duncansville for twenty seasons and could still name the starting lineup of every one of those teams.

He is survived by a son, Raymond "Ray" Shollenberger Jr. and his wife, Denise, of Duncansville; a daughter, Karen Leidy and husband Tom of Newry; five grandchildren; and seven great-grandchildren.

A viewing will be held from 4 to 7 p.m. Wednesday at the Kellerman-Lantz Funeral Home, Hollidaysburg. A funeral service will follow at 11 a.m. Thursday at Duncansville Church of God, with the Rev. Daniel Hoover officiating. Military honors will be accorded by the Blair County Veterans Honor Guard.""",
gold=[("AOO005", "survivor"), ("AOO006", "survivor")]),

dict(guid="aoo_klfh_obit_40233", pub="2026-03-02T08:55:00-05:00",
title="Carmine J. Trovato (1939 - 2026)",
body="""Carmine Joseph Trovato, 86, of Altoona, died Friday, February 27, 2026, at his home, with his family by his side.

He was born June 5, 1939, in Altoona, a son of the late Salvatore and Filomena (Iorio) Trovato, who came to the city from Calabria to work in the railroad shops. He graduated from Altoona Catholic High School in 1957.

Carmine owned and operated Trovato Shoe Repair on Eleventh Avenue for 46 years. There was no heel he could not fix and no customer he would let leave without an opinion on the Steelers. He was a member of Our Lady of Mount Carmel Church, the Sons of Italy Lodge and the Mountain City Bocce League.

Surviving are his wife of 62 years, Rosalind (Caporuscio) Trovato; two sons, Joseph Trovato and wife Nancy of Altoona, and Paul Trovato of Harrisburg; a daughter, Gina Trovato Marsh and husband Eric of Duncansville; and seven grandchildren. He was preceded in death by a brother, Dominic Trovato.

Relatives and friends will be received from 4 to 7 p.m. Tuesday at the Kellerman-Lantz Funeral Home, Altoona. A Mass of Christian Burial will be celebrated at 10 a.m. Wednesday at Our Lady of Mount Carmel Church, the Rev. Msgr. Thomas Cirillo celebrant. Bearers will be his grandsons and Vincent DeFazio. Committal, Calvary Cemetery.""",
gold=[("AOO015", "deceased_client"), ("AOO016", "spouse_of_deceased_client")]),

dict(guid="aoo_klfh_obit_40291", pub="2026-03-23T11:05:00-04:00",
title="Lloyd W. Stiffler (1933 - 2026)",
body="""Lloyd William Stiffler, 92, of Tyrone, died Saturday, March 21, 2026, at Epworth Manor.

Born April 1, 1933, in Tyrone, he was a son of the late Harry and Minnie (Confer) Stiffler. He married Ruth Ann Lucas in 1954; she died in 2011.

Lloyd worked for the Westvaco paper mill in Tyrone for 39 years and delivered the Daily Herald on the side for most of them. He was a member of First Presbyterian Church, where he sang bass in the choir for sixty years, and the Tyrone American Legion.

He is survived by two sons, Wayne (Gretchen) Stiffler of Bellwood and Lloyd Jr. of Warriors Mark; six grandchildren, among them Ella Stiffler, who wrestles at Bellwood-Antis High School and whose matches he never missed; and a sister, Arlene Walk of Tipton.

Friends will be received from 5 to 8 p.m. Wednesday at the Kellerman-Lantz Funeral Home, Tyrone chapel, where services will be held at 11 a.m. Thursday. Burial, Grandview Cemetery.""",
gold=[("AOO010", "survivor")]),

dict(guid="aoo_klfh_obit_40350", pub="2026-04-14T09:20:00-04:00",
title="Bernard F. \"Bernie\" Hoenstine (1949 - 2026)",
body="""Bernard Francis "Bernie" Hoenstine, 76, of Altoona, died unexpectedly Saturday, April 11, 2026, at UPMC Altoona.

Bernie was born August 23, 1949, in Altoona, a son of the late Francis and Irene (Wertz) Hoenstine. He was a 1967 graduate of Altoona Area High School and a Vietnam veteran who served with the Navy Seabees.

He taught industrial arts at Keith Junior High School for 33 years, and half the porches in the Fairview section were built or rebuilt with his help on Saturday mornings. He never married, and said the Altoona Curve were the only family he could afford season tickets for.

He is survived by a sister, Patricia Hoenstine Ake of Bedford; his nephews, Jeffrey Ake and Scott Ake; and his longtime friend, Walter Kanuch. He was preceded in death by a brother, Gerald.

Friends will be received from 10 to 11 a.m. Saturday at the Kellerman-Lantz Funeral Home, Altoona, followed by a Mass of Christian Burial at 11:30 at St. Therese Church. Interment with military honors, Alto-Reste Park.""",
gold=[("AOO022", "deceased_client")]),

dict(guid="aoo_klfh_obit_40418", pub="2026-05-26T10:30:00-04:00",
title="Mildred G. Imler (1938 - 2026)",
body="""Mildred Grace Imler, 88, of Duncansville, passed away peacefully on Sunday, May 24, 2026, at Hollidaysburg Veterans Home, where she had lived since last fall.

She was born March 8, 1938, in Frankstown Township, a daughter of the late Lester and Verna (Dodson) Wertz, and married Paul E. Imler on September 4, 1957; he preceded her in death in 2004.

Mildred was a cafeteria cook for the Hollidaysburg Area School District for 27 years and a member of Trinity United Methodist Church, Duncansville, where she ran the Lenten fish-fry kitchen like a ship.

She is survived by a daughter, Denise, wife of Raymond Shollenberger Jr., of Duncansville; a son, Gary Imler of Altoona; four grandchildren; and a great-granddaughter.

Viewing will be from 5 to 7 p.m. Thursday at the Kellerman-Lantz Funeral Home, Hollidaysburg, and from 10 a.m. Friday until the 11 a.m. service at Trinity United Methodist Church, with the Rev. Janet Folk officiating.""",
gold=[("AOO006", "survivor"), ("AOO005", "survivor")]),
]
