"""The Lancaster County Ledger: local news (county daily). HTML in description. Hand-labelled."""

FILE = "lan_county_ledger_local_news.rss"
TITLE = "Lancaster County Ledger - Local News"
LINK = "https://www.lancledger.example/news/local/"
DESCRIPTION = "Local news from Lancaster, Lititz, Ephrata, Strasburg and Lancaster County"
CATEGORY = "Local News"
STYLE = "html_desc"
CREATOR = "Ledger staff"

ITEMS = [
dict(guid="lan_lcl_news_2026_0217", pub="2026-02-17T18:20:00-05:00", title="Fire heavily damages Strasburg home; couple and dog escape",
body="""STRASBURG - A fire that started in a back porch Monday night heavily damaged a two-story home on Miller Street, displacing the couple who live there.

Ken and Sharon Horning were watching television when their dog began barking at the kitchen door around 9:40 p.m., fire officials said. Sharon Horning saw flames outside the window, and the couple got out with the dog before calling 911. No one was hurt.

Crews from Strasburg, Lampeter and Willow Street had the fire under control in about 40 minutes, but the kitchen and two upstairs rooms were destroyed. The Red Cross is assisting the Hornings, who are staying with family.

"I saw the glow from my front step and just started praying," said Anna Mae Buckwalter, who has lived across the street for 30 years. "They're the kind of neighbors who shovel your walk before you're up." The cause remains under investigation but does not appear suspicious, the fire marshal said.""",
gold=[("LAN013", "subject"), ("LAN014", "subject")]),

dict(guid="lan_lcl_news_2026_0402", pub="2026-04-02T12:00:00-04:00", title="Police: thieves hit South Duke Street grocery for third time this year",
body="""LANCASTER - City police are looking for two men who broke the front window of a South Duke Street grocery early Wednesday and took cash, lottery tickets and cartons of cigarettes.

It was the third break-in this year at Colmado Olmeda, police said. Owner Hector Olmeda told officers he arrived at 5:30 a.m. to find glass across the floor. Surveillance video shows two men in dark hoodies leaving in a silver sedan.

Anyone with information is asked to call Lancaster City police or submit a tip through Crimewatch.""",
gold=[]),  # crime story: not an outreach occasion (crime rule), even for the victim

dict(guid="lan_lcl_news_2026_0611", pub="2026-06-11T07:30:00-04:00", title="Ephrata library director retires after 34 years",
body="""EPHRATA - When Barbara Shirk started at the Ephrata Public Library in 1992, the card catalog was still made of cards. On Friday, she retires as its director, after a career that saw the library move into a new building, add a makerspace and a seed library, and triple its summer-reading enrollment.

"Barb knows every family in this town by what they check out," said board president Nelson Hurst. Shirk, 65, plans to travel and volunteer at the Ephrata Cloister.

A reception in her honor will be held at the library Saturday from 1 to 3 p.m.; the public is invited.""",
gold=[("LAN021", "subject")]),

dict(guid="lan_lcl_news_2026_0618", pub="2026-06-18T06:45:00-04:00", title="Warwick senior earns national Merit scholarship, heads to Cornell",
body="""LITITZ - Warwick High School senior Kayla Kreider has been awarded a National Merit Scholarship and will study agricultural engineering at Cornell University this fall.

Kreider, the daughter of Dale and Jennifer Kreider of Lititz, was the class valedictorian, captain of the field hockey team and president of the school's FFA chapter. Her senior project, a low-cost moisture sensor for storing tobacco, was adopted by three farms near Rothsville.

"She has been taking apart things in our garage since she was six," her father said.""",
gold=[("LAN018", "parent_of_subject")]),

dict(guid="lan_lcl_news_2026_0725", pub="2026-07-25T09:10:00-04:00", title="Lititz couple marks 50 years, with a renewal of vows at the church where they wed",
body="""LITITZ - Gerald and Darlene Wolgemuth of Lititz renewed their wedding vows Friday evening at the Lititz Church of the Brethren, fifty years to the day after they were married there on July 24, 1976.

Jerry Wolgemuth retired from Warwick School District as a shop teacher; Darlene Wolgemuth, the former Darlene Habecker, kept the books for the family farm and later for the Lititz Springs Park association. They have two children and four grandchildren.

The Rev. Janelle Brubaker led the service, and a hymn sing and ice cream social followed in the fellowship hall. "I played the organ for them in 1976, and I played it again today," said Mary Ellen Gehman, 86, of Lititz. "The bride was just as nervous." """,
gold=[("LAN007", "subject"), ("LAN008", "subject")]),

dict(guid="lan_lcl_news_2026_0501", pub="2026-05-01T08:15:00-04:00", title="Pequea Creek floods Strasburg streets; woman, 81, rescued from her home by boat",
body="""STRASBURG - More than three inches of rain in two hours Thursday evening sent the Pequea Creek and its tributaries over their banks south of Strasburg, flooding basements, closing Route 896 and stranding drivers on Little Beaver Road.

Strasburg firefighters used a boat to reach Anna Mae Buckwalter, 81, whose West Main Street home took on nearly two feet of water on the first floor. She was carried out with her cat and taken to a neighbor's house, uninjured. "I have lived here since 1968 and never seen water in the living room," she said.

Borough officials said about 30 homes had water in their basements. A flash flood warning was in effect until 11:45 p.m. "It came up faster than anything I've seen," said Ken Horning, whose excavating crews spent the night clearing debris from storm drains on Decatur Street.""",
gold=[("LAN015", "subject")]),  # Ken Horning is quoted as a contractor clearing drains: nothing (his weather row comes from the alert)

dict(guid="lan_lcl_news_2026_0923", pub="2026-09-23T10:00:00-04:00", title="Lancaster attorney wins statewide Latina leadership award",
body="""LANCASTER - Carmen Delia Quiñones, a Lancaster immigration and housing attorney, received the Pennsylvania Latina Leadership Award on Tuesday in Harrisburg for two decades of free legal clinics in the city's southeast neighborhoods.

Quiñones, who grew up on South Duke Street and graduated from J.P. McCaskey High School and Dickinson Law, founded the clinics in 2005 in the basement of St. Mary's. Her husband, Hector Olmeda, and their two sons attended the ceremony.

"My mother cleaned offices so I could read law books," said Quiñones, whose mother, Ana Luisa, died in July. "This award is hers." """,
gold=[("LAN011", "subject")]),

dict(guid="lan_lcl_news_2026_0815", pub="2026-08-15T17:00:00-04:00", title="Driver charged after car strikes buggy near Intercourse",
body="""LEACOCK TWP. - A Lititz man has been charged with careless driving and driving under the influence after his car struck the back of an Amish buggy on Route 340 near Intercourse on Thursday night, state police said.

Dale Kreider, 57, of Lititz, was driving east when his car hit the buggy, throwing the driver and a passenger onto the shoulder, police said. The buggy driver, a 19-year-old Gordonville man, was taken to Lancaster General Hospital with a broken arm; the passenger was treated at the scene. The horse was killed.

Kreider was released pending a preliminary hearing before District Judge Brian Chudzik.""",
gold=[]),  # crash-charge story: crime rule, nothing for LAN018 (Dale Kreider, b. 1969, Lititz)

dict(guid="lan_lcl_news_2026_0908", pub="2026-09-08T08:30:00-04:00", title="At 86, a Moravian Manor resident publishes her first book: the letters of Lititz's WWII girls",
body="""LITITZ - Mary Ellen Gehman was four when her older cousins started writing letters to the boys from Lititz who had gone to war. More than eighty years later she has collected 212 of those letters, from attic trunks and estate sales, into a book, "Dear Home Front," published this month by the Lititz Historical Foundation.

Gehman, a retired Warwick elementary teacher who lives at Moravian Manor, spent four years transcribing the letters and tracking down the families. "Half of them ended up marrying each other," she said.

A book signing will be held Sept. 19 at the Lititz Public Library. Gehman lost her son Warren in June and has dedicated the book to him.""",
gold=[("LAN010", "subject")]),

dict(guid="lan_lcl_news_2026_1010", pub="2026-10-10T06:00:00-04:00", title="Weddings: Wolgemuth - Shenk",
body="""Ryan Gerald Wolgemuth and Alyssa Joy Shenk were united in marriage Sept. 26 at Hernley Mennonite Church, Manheim, with the Rev. Dwight Eby officiating.

The groom is the son of Gerald and Darlene Wolgemuth of Lititz. He is a graduate of Warwick High School and Penn State and is a civil engineer with RETTEW. The bride is the daughter of Wayne and Connie Shenk of Manheim and is a nurse at Penn Medicine Lancaster General Hospital.

Maid of honor was Kristen Wolgemuth Lutz, sister of the groom. The couple will live in Manheim after a trip to Acadia National Park.""",
gold=[("LAN007", "parent_of_subject"), ("LAN008", "parent_of_subject")]),

dict(guid="lan_lcl_news_2026_1120", pub="2026-11-20T08:00:00-05:00", title="McCaskey senior signs to wrestle for Lock Haven",
body="""LANCASTER - J.P. McCaskey High School senior Mateo Olmeda, a two-time District 3 champion at 152 pounds, signed a national letter of intent Wednesday to wrestle for Lock Haven University.

Olmeda, the son of Hector Olmeda and Carmen Delia Quiñones of Lancaster, is 31-2 this season and placed fifth at the PIAA championships last March. He plans to study criminal justice.

"He lost his grandmother and his grandfather this year, and he wrestled through all of it," McCaskey coach Luis Figueroa said.""",
gold=[("LAN012", "parent_of_subject"), ("LAN011", "parent_of_subject")]),
]
