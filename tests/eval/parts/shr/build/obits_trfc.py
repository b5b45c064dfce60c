"""Tongue River Funeral Chapel (Sheridan and Buffalo chapels): funeral-home site, HTML in content:encoded,
a one-sentence plain description, link to the tribute page. Hand-labelled (gold=[...] beside each text)."""

FEED = "trfc"
ITEMS = [
dict(guid="shr_trfc_eleanor-goyhenetche-2026", pub="2026-02-03T10:15:00-07:00", title="Eleanor Goyhenetche (1929 - 2026)",
body="""Eleanor Marie Goyhenetche, 96, of Buffalo, died peacefully on Friday, January 30, 2026, at the Amie Holt Care Center, with a rosary in her hand and her grandchildren singing to her in Basque, badly, which she would have corrected.

Eleanor was born in Buffalo on May 2, 1929, the daughter of Pierre and Gracieuse (Iribarne) Etcheverry, sheep people who had come from the Aldudes valley to the Big Horn Mountains. In 1948 she married Jean Goyhenetche, and together they ran sheep on the Crazy Woman Creek place for forty years. She cooked for the shearing crews every spring, baked bread in the outdoor oven every Saturday, and danced the jota at the Basque picnic well into her eighties.

She is survived by her daughter, Marguerite "Maggie" (Tad) Vanderhoef of Sheridan; her son, Michel Goyhenetche and his wife Anne of Kaycee; seven grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Jean, in 2004, and by her brothers, Pete and Johnny Etcheverry.

The rosary will be prayed at 7 p.m. Thursday at St. John the Baptist Catholic Church in Buffalo, where the Mass of Christian Burial will be celebrated at 10 a.m. Friday. Burial will follow at Willow Grove Cemetery, and the family invites everyone to lunch at the Basque hall afterward. Memorials may be made to the Buffalo Basque dancers in care of Tongue River Funeral Chapel, Buffalo.""",
gold=[("SHR002", "survivor"), ("SHR001", "survivor")]),

dict(guid="shr_trfc_harlan-stroebel-sr-2026", pub="2026-02-20T09:40:00-07:00", title="Harlan Wade Stroebel Sr. (1934 - 2026)",
body="""Harlan Wade Stroebel Sr., 91, of Big Horn, passed away on Tuesday, February 17, 2026, at Sheridan Memorial Hospital.

Harlan was born on the family homestead on Little Goose Creek on October 8, 1934, the son of August and Minnie (Rausch) Stroebel. He served with the Army in Germany, came home to the ranch and never left it again for longer than a week. He raised Hereford cattle and hay, served thirty years on the Big Horn Irrigation District board, and was known across the county for his horseshoe pitching and his opinions about the weather.

Harlan is survived by his son, Harlan Stroebel Jr. (Deanna) of Sheridan; his daughter, Carol Ann Mikkelsen of Billings, Mont.; six grandchildren; and four great-grandchildren. He was preceded in death by his wife of 62 years, LaDonna, in 2018, and by his brother, Emil.

A funeral service will be held at 11 a.m. Saturday at Big Horn Community Church, with Pastor Lyle Wendtland officiating. Burial will follow at the Big Horn Cemetery. Tongue River Funeral Chapel is in charge of arrangements.""",
gold=[("SHR005", "survivor"), ("SHR006", "survivor")]),

dict(guid="shr_trfc_casimir-wrobleski-2026", pub="2026-03-10T11:05:00-06:00", title="Casimir \"Casey\" Wrobleski (1937 - 2026)",
body="""Casimir "Casey" Wrobleski, 88, of Sheridan, died Saturday, March 7, 2026, at home on Dow Street, the house he built with his own hands in 1962.

Casey was born August 21, 1937, in the coal camp at Dietz, the youngest of seven children of Polish immigrants Jozef and Stanislawa Wrobleski. He went into the Acme mine at fifteen, and when the underground mines closed he became a lineman for Montana-Dakota Utilities, climbing poles in every blizzard the Big Horns could send for 34 years. He was a member of Holy Name Catholic Church, the Polish Club and the Knights of Columbus, and made the best kielbasa at the Dietz reunion every summer.

He is survived by his wife of 64 years, Dorothy "Dottie" (Gasparovich) Wrobleski; his sons, Stephen (Carla) of Gillette and Paul of Sheridan; his daughter, Theresa Kuhn of Laramie; nine grandchildren and five great-grandchildren. He was preceded in death by his parents and all six of his brothers and sisters.

A vigil service will be held at 7 p.m. Thursday at Tongue River Funeral Chapel. The Mass of Christian Burial will be celebrated at 10 a.m. Friday at Holy Name Catholic Church. Pallbearers will be Gid Marchbanks, Ron Kuhn, Luke Wrobleski, Adam Wrobleski, Michael Kuhn and Jared Wrobleski. Burial at Sheridan Municipal Cemetery.""",
gold=[("SHR021", "deceased_client"), ("SHR022", "spouse_of_deceased_client")]),

dict(guid="shr_trfc_tobias-ellingboe-2026", pub="2026-04-07T14:30:00-06:00", title="Tobias James Ellingboe (2003 - 2026)",
body="""Tobias James Ellingboe, 22, of Sheridan, died Friday, April 3, 2026, in a rollover accident on Interstate 90 north of Sheridan.

Toby graduated from Sheridan High School in 2022, where he wrestled at 170 pounds, and was in his second year of the welding program at Sheridan College. He worked weekends at his uncle's shop, hunted elk with his dad every fall, and had just bought his first horse, a mare named Biscuit.

He is survived by his parents, Mark and Jill Ellingboe of Sheridan; his sister, Kenzie Ellingboe of Laramie; his grandparents, Ardell and Norma Ellingboe of Ranchester; and many aunts, uncles and cousins.

A celebration of Toby's life will be held at 2 p.m. Wednesday at the Sheridan College Bruce Hoffman Golden Dome. Tongue River Funeral Chapel is in charge of arrangements.""",
gold=[]),

dict(guid="shr_trfc_gerald-fauchald-2026", pub="2026-04-28T10:00:00-06:00", title="Gerald Olaf Fauchald (1938 - 2026)",
body="""Gerald Olaf Fauchald, 87, of Dayton, died Sunday, April 26, 2026, at the Sheridan VA Medical Center.

Jerry was born in Fergus Falls, Minnesota, on December 1, 1938, and came west in 1961 to teach industrial arts at Tongue River High School, where he taught for 33 years and coached the Eagles' wrestlers for 20. He built furniture, fished the Tongue River every summer evening and never missed the Dayton Days parade.

He is survived by his daughter, Paulette Fauchald of Dayton; his son, Erik Fauchald of Spearfish, S.D.; his sister-in-law, Lavonne Ruebusch of Dayton; and three grandchildren. He was preceded in death by his wife, Marlene (Hergenrader) Fauchald, in 2020.

Funeral services will be held at 1 p.m. Saturday at St. Joseph's Mission Church in Dayton, with Deacon Vince D'Arcangelo presiding. Inurnment will follow in the Dayton Cemetery. Tongue River Funeral Chapel is in charge of arrangements.""",
gold=[("SHR020", "survivor"), ("SHR012", "survivor")]),

dict(guid="shr_trfc_aurelio-baraza-medina-2026", pub="2026-06-10T09:20:00-06:00", title="Aurelio Baraza Medina (1941 - 2026)",
body="""Aurelio Baraza Medina, 84, of Sheridan, died on Sunday, June 7, 2026, at Sheridan Memorial Hospital, surrounded by his family.

Aurelio was born in Valle de Santiago, Guanajuato, Mexico, and came to Sheridan County in 1962 to thin and top sugar beets for the Holly Sugar factory. He stayed, worked thirty years at the Sheridan County road and bridge shop, and for decades cooked the menudo for the Our Lady of Guadalupe feast at Holy Name. He taught three generations of Sheridan children to play loteria and to cheat at it.

Le sobreviven su esposa de 60 años, Josefina Quintero de Baraza; su hija, Rosa Elena Baraza de Sheridan; sus hijos, Aurelio Jr. y Ramon Baraza; y once nietos. He is survived by his wife of 60 years, Josefina (Quintero) Baraza; his daughter, Rosa Elena Baraza of Sheridan; his sons, Aurelio Jr. of Casper and Ramon of Denver; and eleven grandchildren.

The family thanks Dr. Meena Raghunathan and the nurses of the Sheridan VA for their kindness. A rosary will be prayed at 7 p.m. Tuesday and the funeral Mass celebrated at 10 a.m. Wednesday at Holy Name Catholic Church. Tongue River Funeral Chapel is in charge of arrangements.""",
gold=[("SHR003", "survivor")]),

dict(guid="shr_trfc_pauline-zwonitzer-2026", pub="2026-08-05T15:45:00-06:00", title="Pauline Zwonitzer (1944 - 2026)",
body="""Pauline Ruth Zwonitzer, 81, of Sheridan, went home to her Lord on Saturday, August 1, 2026, at Green House Living.

Pauline was born in Torrington and married Dale Zwonitzer in 1965; they farmed near Lingle before moving to Sheridan in 1980, where she was the school secretary at Highland Park Elementary for 22 years and knew every child's name and every child's excuse.

She is survived by her daughter, Kirsten Ellingboe and her husband, Toby, of Sheridan; her son, Brent Zwonitzer of Cheyenne; her brother, Duane Kretschmer of Sheridan; and four grandchildren, including Maren and Owen Ellingboe. She was preceded in death by her husband, Dale, in 2015.

Services will be held at 10:30 a.m. Friday at Trinity Lutheran Church, Sheridan. Tongue River Funeral Chapel is in charge of arrangements.""",
gold=[("SHR014", "survivor"), ("SHR013", "survivor")]),
]
