"""Northern Watch Times (Thief River Falls) obituaries: newspaper style, plain text. Hand-labelled."""

ITEMS = [
dict(guid="tvf_ntw_obit_2026_0311", pub="2026-03-11T06:00:00-05:00", title="Arvid M. Torkelson, 79",
body="""THIEF RIVER FALLS - Arvid Martin "Arv" Torkelson, 79, of rural Thief River Falls, died Sunday, March 8, 2026, at Sanford Thief River Falls Medical Center, surrounded by his family.

Arvid was born June 2, 1946, in Thief River Falls to Martin and Gudrun (Aune) Torkelson and grew up on the family farm in Rocksbury Township. He graduated from Lincoln High School in 1964 and served two years with the U.S. Army in Germany. On June 20, 1970, he married Marlys Haugen at Our Savior's Lutheran Church. The couple farmed east of town for more than forty years, raising small grains and sugar beets, and Arv drove school bus for the district for twenty-two winters.

He is survived by his wife of 55 years, Marlys; sons Jon (Tammy) Torkelson of Fargo and Eric Torkelson of St. Cloud; daughter Kari (Brad) Lien of Grygla; seven grandchildren; and his sister, Elaine Sorum of Newfolden. He was preceded in death by his parents and a brother, LeRoy.

Funeral services will be held at 11 a.m. Saturday at Our Savior's Lutheran Church, with Pastor Nels Engebretson officiating. Visitation will be one hour before the service. Pallbearers are Ted Ostlie, Brian Sorum, Mark Aune and his grandsons. Interment will be in Greenwood Cemetery in the spring. Arrangements are with Sorensen-Halvorson Funeral Chapel.""",
gold=[("TVF001", "deceased_client"), ("TVF002", "spouse_of_deceased_client")]),

dict(guid="tvf_ntw_obit_2026_0122", pub="2026-01-22T06:00:00-06:00", title="Clara J. Stenseth, 90",
body="""THIEF RIVER FALLS - Clara Johanna Stenseth, 90, of Thief River Falls, passed away Monday, January 19, 2026, at Oakland Park Communities.

Clara was born in Highlanding Township, the daughter of Peder and Inga (Myhre) Stenseth. She never married. For thirty-one years she was a cook at the Pennington County Courthouse cafe, and for a good deal longer she was the woman who brought lefse to every church supper in town.

She is survived by her sister, Lorraine Brekken of Thief River Falls; her nephew, Brent Thune of Mesa, Ariz.; and many cousins. She was preceded in death by her parents, her brother Arnold, and her brother-in-law, Vernon Brekken.

Services will be held at 1 p.m. Friday at Zion Lutheran Church in Thief River Falls.""",
gold=[("TVF003", "survivor")]),

dict(guid="tvf_ntw_obit_2026_0205", pub="2026-02-05T06:00:00-06:00", title="Kenneth J. Moe, 27",
body="""GRAND FORKS, N.D. - Kenneth James Moe, 27, of Grand Forks, formerly of Warren, died unexpectedly Saturday, January 31, 2026, in Grand Forks.

Kenny was born August 14, 1998, in Thief River Falls and graduated from Warren-Alvarado-Oslo High School in 2016, where he played hockey and never once let a referee have the last word. He worked as a lineman for Red River Valley Cooperative Power.

He is survived by his parents, Dale and Cheryl Moe of Warren; his sister, Brooke Moe of Minneapolis; his grandparents, Kenneth "Kenny" and Ardis Moe of Warren, for whom he was named; and his girlfriend, Tayler Nordby. He was preceded in death by his grandmother, Lorna Kvale.

A memorial service will be held at 2 p.m. Saturday at Our Saviour's Lutheran Church in Warren.""",
gold=[("TVF017", "survivor")]),

dict(guid="tvf_ntw_obit_2026_0226", pub="2026-02-26T06:00:00-06:00", title="Orrin Kjelland Sr., 96",
body="""WARREN - Orrin Lester Kjelland Sr., 96, of Warren, died Tuesday, February 24, 2026, at North Valley Health Center.

Orrin was born in 1929 on the Kjelland homestead near Argyle. He farmed in Marshall County for sixty years and served on the Warren school board and the Marshall County Fair board. He liked to say he had shoveled out from every blizzard since 1941.

Survivors include his son, Orrin "Butch" Kjelland Jr. (Darlene) of Warren; his daughter, Judy Erickson of Bemidji; nine grandchildren; and fourteen great-grandchildren. He was preceded in death by his wife, Irene, in 2015.

Funeral services will be at 10:30 a.m. Monday at Our Saviour's Lutheran Church in Warren.""",
gold=[("TVF004", "survivor"), ("TVF005", "survivor")]),

dict(guid="tvf_ntw_obit_2026_0414", pub="2026-04-14T06:00:00-05:00", title="Wendell Fjeld",
body="""Wendell Fjeld, of Thief River Falls, died Monday, April 13, 2026, at Sanford Thief River Falls Medical Center. Arrangements are pending with Sorensen-Halvorson Funeral Chapel.""",
gold=[("TVF014", "possible_deceased_client")]),

dict(guid="tvf_ntw_obit_2026_0507", pub="2026-05-07T06:00:00-05:00", title="Ingrid M. Sollund, 81",
body="""BEMIDJI - Ingrid Marie Sollund, 81, of Bemidji, died Sunday, May 3, 2026, at Sanford Bemidji Medical Center.

Ingrid was born March 12, 1945, in Cass Lake and taught kindergarten in Bemidji for thirty-four years. She is survived by her husband of 58 years, Roald Sollund; her daughters, Anne (Paul) Drexler of Duluth and Sigrid Sollund of Bemidji; and four grandchildren.

A funeral will be held at 11 a.m. Friday at First Lutheran Church, Bemidji.""",
gold=[]),
]
