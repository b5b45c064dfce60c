"""Lakeshore & Iron Range Funeral Chapels (Marquette, Negaunee, Ishpeming, Gwinn; also serves Baraga County):
funeral-home site, HTML in content:encoded, permalink guids. Hand-labelled."""

FEED = "lirfc"
ITEMS = [
dict(guid="mqt_lirfc_ellen-niemi-2026", pub="2026-01-20T11:15:00-05:00", title="Ellen Elisabet Niemi (1937 - 2026)",
body="""Ellen Elisabet Niemi, 88, of Ishpeming, passed away peacefully on Saturday, January 17, 2026, at the Mather Nursing Center, with her daughter holding her hand and the Finnish hymn "Oi Herra, jos mä matkamies maan" playing softly in the room.

Ellen was born September 3, 1937, in Palmer to Matti and Hilja (Lahti) Maki. She married Toivo Niemi at Bethany Lutheran Church in 1956, and together they raised their family in a house on Second Street where the sauna was fired every Saturday night without exception. She worked for twenty-nine years in the office of the Cliffs mine and made pulla for every bake sale in Marquette County.

Ellen is survived by her daughter, Sandra "Sandy" (Arvo) Heikkinen of Marquette; her son, Dale Niemi of Green Bay; her grandchildren, Erik Heikkinen of Marquette and Laura (Heikkinen) Ojala of Houghton; and three great-grandchildren. She was preceded in death by her husband, Toivo, in 2009, and by her brothers, Reino and Wilho Maki.

Visitation will be Friday from 10 a.m. until the 11 a.m. funeral service at Bethany Lutheran Church, Ishpeming, with Pastor Kristiina Aho officiating. Burial will be in the spring at the Ishpeming Cemetery. Coffee and fellowship will follow in the church hall.""",
gold=[("MQT002", "survivor"), ("MQT001", "survivor"), ("MQT022", "survivor")]),

dict(guid="mqt_lirfc_waino-ranta-2026", pub="2026-02-16T09:40:00-05:00", title="Waino E. \"Wayne\" Ranta (1941 - 2026)",
body="""Waino E. "Wayne" Ranta, 84, of Negaunee, died Thursday, February 12, 2026, at UP Health System - Marquette, after a short illness.

Wayne was born August 12, 1941, in Negaunee, the son of Finnish immigrants Emil and Saima Ranta. He went underground at the Mather B mine at eighteen and stayed with the Cleveland-Cliffs company for thirty-four years, the last twelve as a shift boss at the Tilden. He jumped on Suicide Hill as a young man and never stopped telling people about it. He was a member of Mount Calvary Lutheran Church and the Negaunee Ski Club.

He is survived by his wife of 61 years, Elvi (Koskela) Ranta; his sons, Mark (Lisa) Ranta of Negaunee and Daniel Ranta of Minneapolis; his daughter, Tammy Koski of Ishpeming; and seven grandchildren. He was preceded in death by his brother, Arne.

A funeral service will be held at 11 a.m. Saturday at Mount Calvary Lutheran Church, Negaunee. Pallbearers will be his grandsons and his old crew partners Bill Penhale and Leo Gauthier. Interment will be in the spring at the Negaunee Cemetery.""",
gold=[("MQT003", "deceased_client"), ("MQT024", "spouse_of_deceased_client")]),

dict(guid="mqt_lirfc_anthony-dellorso-2026", pub="2026-03-09T14:05:00-04:00", title="Anthony Michael Dell'Orso (2001 - 2026)",
body="""Anthony Michael Dell'Orso, 24, of Ishpeming, was taken from his family far too soon on Wednesday, March 4, 2026, in a snowmobile accident near Humboldt.

"Little Tony," as the family called him to tell him apart from his grandfather, graduated from Ishpeming High School in 2019, where he played hockey for the Hematites, and worked as an apprentice electrician. He loved the trails, his Polaris, deer camp in Champion and his grandmother's Sunday gravy.

Anthony is survived by his parents, Mark and Renee Dell'Orso of Ishpeming; his sister, Gianna; his grandparents, Tony and Linda Dell'Orso of Ishpeming and Ron and Patty Kivela of Negaunee; and many aunts, uncles and cousins.

A Mass of Christian Burial will be celebrated Monday at 11 a.m. at St. John the Evangelist Catholic Church, Ishpeming, with visitation from 9 a.m. at the Ishpeming chapel.""",
gold=[("MQT007", "survivor")]),

dict(guid="mqt_lirfc_mary-trevarthen-2026", pub="2026-04-02T10:30:00-04:00", title="Mary Louise Trevarthen (1934 - 2026)",
body="""Mary Louise Trevarthen, 91, of Negaunee, went home to her Lord on Monday, March 30, 2026, at her home on Iron Street, where she had lived for sixty-six years.

Mary was born in Ishpeming to a Cornish mining family, the daughter of John and Edith (Trebilcock) Hocking. She married Richard Trevarthen Sr. in 1955. Her pasties were famous well beyond the Mitchell Methodist Church, whose pasty sale she ran for forty years, and she never once allowed carrots in them.

Survivors include her son, Richard "Rick" Trevarthen Jr. and his wife Carol of Negaunee; her daughter, Susan Hendrickson of Traverse City; five grandchildren; and four great-grandchildren. She was preceded in death by her husband, Richard Sr., in 2011.

Funeral services will be at 1 p.m. Saturday at Mitchell United Methodist Church, Ishpeming. Visitation at the church from noon.""",
gold=[("MQT005", "survivor"), ("MQT006", "survivor")]),

dict(guid="mqt_lirfc_evelyn-kangas-2026", pub="2026-04-20T09:00:00-04:00", title="Evelyn Ruth Kangas (1940 - 2026)",
body="""Evelyn Ruth Kangas, 85, of Big Bay, died April 16, 2026, at Bay Care Hospice in Marquette.

Evelyn ran the Big Bay general store with her late husband, Arnold, for thirty-one years and was the unofficial postmistress, weather service and lost-and-found of the village. She knew the ice on Lake Independence better than the DNR did.

She is survived by her sons, Brian Kangas of Big Bay and Jeffrey Kangas of Sault Ste. Marie; her sister, Irene Lindstrom of Skandia; and six grandchildren.

A memorial service will be held in June at the Big Bay Community Church. Memorials may be given to the Big Bay Volunteer Fire Department.""",
gold=[]),

dict(guid="mqt_lirfc_rose-santori-2026", pub="2026-05-11T12:20:00-04:00", title="Rosa \"Rose\" Santori (1939 - 2026)",
body="""Rosa "Rose" Santori, 86, of Gwinn, passed away on Friday, May 8, 2026, at Bell Hospital in Ishpeming, surrounded by her family.

Rose was born in Iron Mountain to Italian parents from the Abruzzo and moved to Gwinn when she married Carlo Santori in 1960. For twenty years she cooked at the K.I. Sawyer base cafeteria, and for thirty more she fed anyone who came through her kitchen door. She was a member of St. Anthony of Padua Parish.

She is survived by her sons, Dom (Julie) Santori of Gwinn and Michael Santori of Kenosha, Wis.; her daughter, Angela Rossi of Iron Mountain; nine grandchildren; and two great-grandchildren. She was preceded in death by her husband, Carlo, and by her brother, Vincenzo.

A Mass of Christian Burial will be celebrated at 10 a.m. Thursday at St. Anthony of Padua, Gwinn. Burial will follow at Forsyth Township Cemetery.""",
gold=[("MQT019", "survivor")]),

dict(guid="mqt_lirfc_josephine-denomie-2026", pub="2026-06-03T15:45:00-04:00", title="Josephine Marie Denomie (1942 - 2026)",
body="""Josephine Marie Denomie, 83, of L'Anse, a proud member of the Keweenaw Bay Indian Community, began her journey to the spirit world on Sunday, May 31, 2026, at home, surrounded by her children and grandchildren.

Josie was born at Assinins in 1942 and spent her life on the shores of the Keweenaw Bay. She beaded moccasins and jingle dresses for three generations of dancers, taught Ojibwemowin to the little ones at the tribal Head Start, and never missed a Keweenaw Bay powwow. She was a member of the Most Holy Name of Jesus Church in Assinins.

She is survived by her sons, Raymond "Ray" Denomie of Baraga and Thomas Denomie of L'Anse; her daughter, Delphine Shalifoe of Marquette; fourteen grandchildren; and many great-grandchildren, nieces and nephews. She was preceded in death by her husband, Joseph, and her sisters, Agnes and Rose.

A traditional wake will begin Wednesday evening at the Ojibwa Community Center in Baraga, with a funeral Mass Thursday at 11 a.m. at Most Holy Name of Jesus Church. Burial at the Assinins Cemetery.""",
gold=[("MQT010", "survivor")]),
]
