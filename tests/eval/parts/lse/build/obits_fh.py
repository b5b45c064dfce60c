"""Schaller-Ruud Funeral Home & Cremation (chapels in La Crosse, Onalaska and West Salem): funeral-home site,
HTML in content:encoded, a one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "fh"
BASE = "lse_fh_"
LINK = "https://www.schallerruud.example/obituaries/"
ITEMS = [
dict(guid=BASE + "leo-heiderscheid", pub="2026-01-12T10:15:00-06:00", title="Leo F. Heiderscheid (1944 - 2026)",
body="""Leo Francis Heiderscheid, 81, of Onalaska, died Thursday, January 8, 2026, at Mayo Clinic Health System - Franciscan Healthcare in La Crosse.

Leo was born April 30, 1944, in La Crosse to Frank and Cecilia (Wagner) Heiderscheid, the youngest of nine, and graduated from Aquinas High School in 1962. He worked 41 years as a pipefitter for the Trane Company and was a proud member of Local 434. He bowled Tuesday nights at Sky Lanes, never missed a Friday fish fry at the Moose, and held season tickets to the Loggers for longer than anyone could remember.

He is survived by his wife of 56 years, Marlene (Kortbein) Heiderscheid; his children, Steven (Julie) Heiderscheid of Holmen and Ann (Brian) Matejka of Sun Prairie; five grandchildren; his sister, Doris (Herb) Schomburg of West Salem; and many nieces and nephews. He was preceded in death by his parents and by seven brothers and sisters.

A Mass of Christian Burial will be held at 11 a.m. Saturday, January 17, at St. Patrick Catholic Church, Onalaska, with the Rev. Matthew Kuchera presiding. Visitation will be from 9:30 a.m. until the time of Mass at the church. Burial will be in the spring at Catholic Cemetery, La Crosse. Schaller-Ruud Funeral Home, Onalaska, is serving the family.""",
gold=[("LSE015", "survivor"), ("LSE014", "survivor")]),

dict(guid=BASE + "wendell-j-kratochwill", pub="2026-02-09T16:40:00-06:00", title="Wendell J. Kratochwill (2003 - 2026)",
body="""Wendell James Kratochwill, 22, of Onalaska, died unexpectedly on Thursday, February 5, 2026.

Wendell was born August 19, 2003, in La Crosse, and graduated from Onalaska High School in 2021, where he ran cross country and played baritone in the marching band. He was in his third year of the electrical apprenticeship at Western Technical College and worked weekends at the Festival Foods on Main Street. He was named for his grandfather, and the two of them spent every opening weekend of deer season in the same stand near Mindoro.

Wendell is survived by his parents, Mark and Stacy (Thill) Kratochwill of Onalaska; his sister, Brianna; his grandparents, Wendell and Joyce Kratochwill of Onalaska and Dale and Karen Thill of Galesville; and many aunts, uncles, cousins and friends.

A celebration of Wendell's life will be held from 2 to 6 p.m. Sunday, February 15, at the Onalaska chapel of Schaller-Ruud Funeral Home. In lieu of flowers, the family asks that memorials go to the Great Rivers 2-1-1 crisis line.""",
gold=[("LSE006", "survivor")]),

dict(guid=BASE + "herbert-herb-schomburg", pub="2026-03-18T09:30:00-05:00", title="Herbert \"Herb\" Schomburg (1938 - 2026)",
body="""Herbert A. "Herb" Schomburg, 87, of West Salem, died peacefully Sunday, March 15, 2026, at his home, with his family at his side.

Herb was born April 12, 1938, on the family farm in the town of Hamilton to August and Hulda (Ristow) Schomburg. He was confirmed at St. John's Lutheran Church, Fish Creek, graduated from West Salem High School in 1956 and served two years in the Army in Germany. On June 16, 1962, he married Doris Heiderscheid at St. Patrick's in Onalaska, a Lutheran marrying a Catholic girl, which both families survived. Herb milked cows on the home place until 1988, then drove school bus for the West Salem district for twenty-two years, and every child on his route got a candy cane at Christmas.

Herb is survived by his wife of 63 years, Doris (Heiderscheid) Schomburg; his children, Dean (Patty) Schomburg of West Salem, Kathy (Mike) Lenz of Bangor and Paul Schomburg of Minneapolis; eight grandchildren; and four great-grandchildren. He was preceded in death by his parents, his brother Elmer, and his brother-in-law Leo Heiderscheid.

Funeral services will be held at 11 a.m. Saturday, March 21, at St. John's Lutheran Church, Fish Creek, with Pastor Kari Lund officiating. Visitation will be from 4 to 7 p.m. Friday at the West Salem chapel of Schaller-Ruud Funeral Home and one hour before the service at the church. Burial will be in Hamilton Cemetery.""",
gold=[("LSE014", "deceased_client"), ("LSE015", "spouse_of_deceased_client")]),

dict(guid=BASE + "arlene-m-pfaffenroth", pub="2026-04-06T11:05:00-05:00", title="Arlene M. Pfaffenroth (1935 - 2026)",
body="""Arlene Margaret Pfaffenroth, 90, of La Crosse, died Friday, April 3, 2026, at Bethany St. Joseph Care Center.

Arlene was born November 2, 1935, in La Crosse to Carl and Gertrude (Sacia) Rudolph and grew up on the North Side. She married Eugene Pfaffenroth in 1955 at St. Joseph the Workman Cathedral. For thirty years she worked in the Heileman brewery office, and she could still recite the price of a case of Old Style in any year you named. She was a member of the Christian Mothers, the Altar Society and a Wednesday card club that met for 48 years.

She is survived by her son, Leonard (Bernadette) Pfaffenroth of La Crosse; her daughter, Janet Pfaffenroth of Green Bay; three grandchildren; and two great-grandchildren. She was preceded in death by her husband, Eugene, in 2011; her brother, the Rev. Thomas Rudolph; and her sister, Dolores Rudolph.

Mass of Christian Burial will be at 10:30 a.m. Thursday, April 9, at the Cathedral of St. Joseph the Workman, with visitation from 9 a.m. at the cathedral. Entombment will follow in the Catholic Cemetery mausoleum.""",
gold=[("LSE005", "survivor")]),

dict(guid=BASE + "marvin-ostrem", pub="2026-04-27T15:20:00-05:00", title="Marvin L. Ostrem (1946 - 2026)",
body="""Marvin Lloyd Ostrem, 79, of Holmen, died Thursday, April 23, 2026, at Gundersen Lutheran Medical Center.

Marv was born July 7, 1946, in Holmen to Lloyd and Hazel (Tveten) Ostrem. After serving with the Navy Seabees, he spent 36 years as a lineman for Northern States Power, and he climbed more poles in more ice storms than he cared to count. He was a member of Holmen Lutheran Church, where he ushered for forty years, and of the Holmen Area Lions.

He is survived by his wife, Judith (Sacia) Ostrem; his sons, Craig (Lisa) Ostrem of Holmen and Todd Ostrem of Eau Claire; five grandchildren; and his sister, Beverly Lindahl of Galesville. He was preceded in death by his parents, his sister Gloria, and his uncle, Gunnar Tveten Sr.

Funeral services will be held at 11 a.m. Friday, May 1, at Holmen Lutheran Church, with the Rev. Anders Kvam officiating. Pallbearers will be Torvald Bjerkeseth, Corliss Van Steenwyk, Kyle Ostrem, Jason Lindahl, Ron Tolvstad and Bill Dahl. Burial will be in Halfway Creek Cemetery with military honors by the Holmen American Legion.""",
gold=[]),

dict(guid=BASE + "rosalind-roz-mikkelsrud", pub="2026-05-11T10:00:00-05:00", title="Rosalind \"Roz\" Mikkelsrud (1951 - 2026)",
body="""Rosalind K. "Roz" Mikkelsrud, 74, of Moorhead, Minnesota, formerly of Viroqua, died May 6, 2026, at Sanford Medical Center in Fargo after a short illness.

Roz was born October 3, 1951, in Viroqua to Harold and Evelyn Mikkelsrud and graduated from Viroqua High School in 1969. She earned her nursing degree at Concordia College in Moorhead, stayed, and spent 38 years as a surgical nurse at St. Ansgar Hospital. She never married, but she was a second mother to a generation of nieces and nephews and a fierce Scrabble opponent to all of them.

She is survived by her brothers, Dale (Sharon) Mikkelsrud of Fargo and Gary Mikkelsrud of Viroqua; and by eleven nieces and nephews. She was preceded in death by her parents and by her sister, Lorraine.

A memorial service will be held at 1 p.m. Saturday, May 23, at Viroqua Lutheran Church, with visitation one hour before. Inurnment will follow in Viroqua Cemetery beside her parents. Schaller-Ruud Funeral Home of La Crosse is assisting the family.""",
gold=[]),

dict(guid=BASE + "ramon-quiroga-salas", pub="2026-06-15T13:45:00-05:00", title="Ramón Quiroga Salas (1941 - 2026)",
body="""Ramón Quiroga Salas, 84, of Arcadia, Wisconsin, a native of Tepatitlán, Jalisco, died Wednesday, June 10, 2026, at Gundersen Tri-County Hospital in Whitehall.

Ramón came to Wisconsin in 1989 and worked for twenty-five years on the line at the Ashley Furniture plant in Arcadia, where he helped dozens of newcomers from Jalisco find a room, a job and a parish. He played guitar at the Spanish Mass at Holy Family for as long as anyone remembers, and he grew chiles in the back yard that his neighbors learned to respect.

Le sobreviven su esposa, María Elena Gutiérrez de Quiroga; sus hijos, Ramón Jr. (Alma) of Arcadia and Verónica Quiroga of Milwaukee; seis nietos; su hermano, Javier Quiroga of Tepatitlán; y su sobrina, Lucía Villaseñor Quiroga of Onalaska, who came north to study because he told her she should. He was preceded in death by his parents, Anselmo Quiroga and Refugio Salas, and by his sister, Carmen Quiroga de Villaseñor.

A rosary will be prayed at 6 p.m. Monday, June 15, and the funeral Mass celebrated at 10 a.m. Tuesday, June 16, both at Holy Family Catholic Church, Arcadia, with the Rev. Sergio Ramírez. Burial will be in Holy Family Cemetery.""",
gold=[("LSE009", "survivor")]),
]
