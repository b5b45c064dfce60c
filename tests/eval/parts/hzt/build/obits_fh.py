"""Krenitsky-Bonacci Funeral Home, Hazleton (invented): funeral-home site, HTML in content:encoded. Hand-labelled."""

BASE = "https://www.krenitskybonacci.example/obituaries/"
ITEMS = [
dict(guid="hzt_kbfh_yurchak-joseph-sr", slug="joseph-yurchak-sr", pub="2026-01-22T14:10:00-05:00", title="Joseph M. Yurchak Sr. (1931 - 2026)",
body="""Joseph M. Yurchak Sr., 94, of Hazleton, entered into eternal rest on Tuesday, January 20, 2026, at the Gardens at Blue Ridge.

Joe was born in the Hazleton suburb of Hollywood, a son of the late Michael and Mary (Olah) Yurchak. He worked in the strippings as a young man, then 36 years at the Duplan silk mill, and was a member of St. John the Baptist Byzantine Catholic Church, where he sang in the cantor's choir for over fifty years.

He was preceded in death by his wife of 62 years, Anna (Pasko) Yurchak, in 2018.

He is survived by his son, Joseph Jr., and his wife, Dolores, of Hazleton; a daughter, Mary Beth Sandor, of Sugarloaf; five grandchildren; and seven great-grandchildren.

Divine Liturgy will be celebrated Saturday at 10 a.m. in St. John the Baptist Church with the Very Rev. Michael Ruzicka. Parastas will be held Friday at 6 p.m. at the funeral home. Memorial Eternal.""",
gold=[("HZT001", "survivor"), ("HZT002", "survivor")]),

dict(guid="hzt_kbfh_rosario-luis-alberto", slug="luis-alberto-rosario", pub="2026-02-26T16:45:00-05:00", title="Luis Alberto Rosario (1953 - 2026)",
body="""Luis Alberto Rosario, 72, of Hazleton, a native of San Francisco de Macorís, Dominican Republic, passed away peacefully on February 23, 2026, at Hazleton General Hospital.

Luis came to Hazleton from Washington Heights in 2004 and worked for many years at the Cargill plant in the Humboldt Industrial Park. He was a devoted member of the Iglesia Cristiana Roca de Salvación and loved dominoes, bachata and his garden of ají peppers on Alter Street.

He is survived by his beloved wife of 48 years, Altagracia Rosario; his daughter, Yesenia Peralta, and her husband, Ramón, of Hazleton; his son, Luis Jr., of Bethlehem; and six grandchildren. Le sobreviven su esposa, sus hijos y sus nietos, y muchos familiares en la República Dominicana.

A viewing will be held Friday from 5 to 8 p.m. at the funeral home, with a service at 7 p.m. officiated by Pastor Wilfredo Almonte. Burial will be in Mountain View Cemetery.""",
gold=[("HZT009", "survivor"), ("HZT008", "survivor")]),

dict(guid="hzt_kbfh_boyle-catherine", slug="catherine-kay-boyle", pub="2026-04-09T11:00:00-04:00", title="Catherine \"Kay\" Boyle (1928 - 2026)",
body="""Catherine "Kay" Boyle, 97, of Freeland, died Tuesday, April 7, 2026, at the Heritage House Personal Care Home.

Born in Eckley, the patch town, she was a daughter of the late Patrick and Bridget (Gallagher) Dever. She was a member of St. Ann's Parish and worked for many years at the Freeland shirt factory. She loved the Irish radio hour and her tea strong enough to trot a mouse on.

She was preceded in death by her husband, James Boyle; a son, James Jr.; and her son-in-law, James McGeehan.

She is survived by her daughter, Peggy McGeehan, of Freeland; a son, Michael Boyle, of Jim Thorpe; eight grandchildren and many great-grandchildren.

A Mass of Christian Burial will be celebrated Monday at 10 a.m. in St. Ann's Church, Freeland. Interment will be in St. Ann's Cemetery.""",
gold=[("HZT010", "survivor")]),

dict(guid="hzt_kbfh_czarnecki-george", slug="george-czarnecki", pub="2026-05-14T09:30:00-04:00", title="George T. Czarnecki (1945 - 2026)",
body="""George T. Czarnecki, 80, of Beaver Meadows, passed away Monday, May 11, 2026, at Lehigh Valley Hospital-Cedar Crest.

Born in Beaver Meadows, he was a son of the late Thaddeus and Helen (Lasko) Czarnecki. He was a U.S. Air Force veteran and retired as a machinist from Hazleton Pumps. He was a member of St. Mary's Church in Beaver Meadows and the Beaver Meadows Fire Company.

Surviving are his daughter, Bernadette "Bernie" Czarnecki, of West Hazleton; a son, George Jr., of Weatherly; and three grandchildren.

He was preceded in death by his wife, Dorothy (Mikos) Czarnecki.

A Mass of Christian Burial will be celebrated Thursday at 10 a.m. in St. Mary's Church. Pallbearers: Michael Hudock, Thomas Lasko, Kevin Gerchak and Dennis Orlando. Interment in the parish cemetery.""",
gold=[("HZT013", "survivor")]),

dict(guid="hzt_kbfh_pavlick-dorothy", slug="dorothy-pavlick", pub="2026-07-02T13:20:00-04:00", title="Dorothy A. Pavlick (1937 - 2026)",
body="""Dorothy A. Pavlick, 89, of Freeland, went home to the Lord on Sunday, June 28, 2026, at Hazleton General Hospital.

Born in Upper Lehigh, she was a daughter of the late Stephen and Sophie (Dudek) Yesko. She was a member of St. Ann's Parish and for 25 years kept the books for the family business, Pavlick's Hardware on Centre Street.

She was preceded in death by her husband, John Pavlick, in 2015.

She is survived by her son, Steve Pavlick, and his wife, Donna, of Freeland; a daughter, Janet Hosler, of Nuremberg; and four grandchildren, including Tyler Pavlick.

A Mass of Christian Burial will be celebrated Thursday at 11 a.m. in St. Ann's Church with the Rev. Francis Malloy officiating. Interment in St. Ann's Cemetery.""",
gold=[("HZT020", "survivor"), ("HZT021", "survivor")]),

dict(guid="hzt_kbfh_novitski-theodore", slug="theodore-ted-novitski", pub="2026-08-20T10:05:00-04:00", title="Theodore \"Ted\" Novitski (1940 - 2026)",
body="""Theodore "Ted" Novitski, 85, of Conyngham, died peacefully on Monday, August 17, 2026, at his home.

Born in Shenandoah, he was a son of the late Anthony and Agnes (Zukowski) Novitski. He taught industrial arts at Hazleton Area High School for 33 years and built half the porches in the Valley.

He is survived by his wife of 60 years, Joan (Hrinda) Novitski; a son, Paul, of Harrisburg; and two grandchildren.

Funeral services will be held Saturday at 10 a.m. from the funeral home with the Rev. Paul Trella officiating. Pallbearers will be Frank Malloy, Ramon Peralta, Jerry Kushner, Paul Novitski Jr., Ed Krajnak and Tom Hrinda. Interment in St. Nicholas Cemetery, Weston.""",
gold=[]),
]
