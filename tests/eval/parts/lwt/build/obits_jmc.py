"""Judith Mountain Memorial Chapel (invented funeral home, Lewistown and Harlowton chapels): HTML in
content:encoded, a one-sentence plain description; guids are the lwt_ slug, the link is the permalink. Hand-labelled."""

BASE = "lwt_jmc_"
LINK = "https://www.judithmountainchapel.example/obituaries/"

ITEMS = [
dict(guid=BASE + "ione-haugen-2026", pub="2026-02-17T15:30:00-07:00", title="Ione Haugen (1926 - 2026)",
body="""Ione Evangeline Haugen, 99, of Lewistown, went home to her Lord on Saturday, Feb. 14, 2026, at Valle Vista Manor, three months short of her hundredth birthday.

Ione was born May 20, 1926, in a sod-roofed house near Brooks to Nils and Ragna Tangen. She taught in one-room schools at Brooks, Ross Fork and Kolin before marrying Alvin Haugen in 1945. Together they ran the Haugen dairy on the south edge of Lewistown until 1978. She was a lifelong member of Zion Lutheran Church, where she made lefse for the Christmas bazaar into her nineties.

She is survived by her daughter, Marlys (Orville) Brekke of Lewistown; her son, Curtis "Curt" Haugen of Lewistown; seven grandchildren; 14 great-grandchildren; and two great-great-grandchildren. She was preceded in death by her husband, Alvin, in 1991, and by her son, Norman, in 2002.

A funeral service will be held at 11 a.m. Friday at Zion Lutheran Church, Pastor Erik Sandvold officiating. Interment will be in the spring. Arrangements are in the care of Judith Mountain Memorial Chapel.""",
gold=[("LWT002", "survivor"), ("LWT001", "survivor"), ("LWT022", "survivor")]),

dict(guid=BASE + "agnes-vukasin-2026", pub="2026-03-03T14:00:00-07:00", title="Agnes Vukasin (1929 - 2026)",
body="""Agnes Vukasin (Vukašin), 97, of Lewistown, died Feb. 27, 2026, at Central Montana Medical Center.

Agnes was born Jan. 6, 1929, in the Croatian neighborhood on Lewistown's Lower Boulevard, the daughter of Ivan and Kata Bakich, who came from the island of Brač to work in the Kendall and Maiden mines. She married Mato Vukasin in 1947 and worked alongside him in their grocery until 1985. She made povitica every Christmas for half the town.

Agnes is survived by her son, Anton "Tony" (Rosie) Vukasin of Lewistown; her daughter, Katherine Vukasin of Portland, Ore.; six grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Mato, in 1999.

The rosary will be prayed at 7 p.m. Thursday and the funeral Mass celebrated at 10 a.m. Friday at St. Leo the Great Catholic Church. Pallbearers: Travis Ostberg, Steve Bakich, Matt Vukasin, Joe Kalafat, Nick Kalafat and Dan Roth.""",
gold=[("LWT010", "survivor"), ("LWT011", "survivor")]),

dict(guid=BASE + "hazel-heberle-2026", pub="2026-03-24T10:45:00-06:00", title="Hazel Heberle (1944 - 2026)",
body="""Hazel Marie Heberle, 81, of Harlowton, died March 20, 2026, at Wheatland Memorial Healthcare.

Hazel was born Nov. 8, 1944, in Two Dot. She kept the books for the Harlowton grain elevator for 30 years, drove the Wheatland County bookmobile on Saturdays and raised orphan lambs in her kitchen every spring.

She is survived by her daughter, Dr. Marcia Heberle of Lewistown; her son, Glen Heberle of Harlowton; and three grandchildren. She was preceded in death by her husband, Gerald Heberle, in 2017.

Services will be held at 2 p.m. Saturday at the Harlowton chapel of Judith Mountain Memorial Chapel. Memorials are suggested to the Upper Musselshell Museum.""",
gold=[("LWT017", "survivor")]),

dict(guid=BASE + "bernard-stoltz-2026", pub="2026-04-28T16:10:00-06:00", title="Bernard \"Bud\" Stoltz (1937 - 2026)",
body="""Bernard "Bud" Stoltz, 88, of Roy, passed away April 24, 2026, at his home on the ranch north of Roy where he had lived for 70 years.

Bud was born in 1937 in a homestead shack on Armells Creek. He ran cattle in the Missouri Breaks country his whole life, served on the Roy school board and the Fergus County Grazing District, and could still rope a calf at 80.

Bud is survived by his wife, Darlene; his son, Greg Stoltz of Billings; his grandsons, Brady (Jess) Stoltz of Roy, who runs the home ranch, and Kyle Stoltz of Sheridan, Wyo.; and four great-grandchildren. He was preceded in death by a son, Doug, in 1994.

A funeral service will be held at 1 p.m. Thursday at the Roy School gymnasium, with a lunch to follow. Interment at the Roy Cemetery.""",
gold=[("LWT018", "survivor")]),

dict(guid=BASE + "nathaniel-kolstad-2026", pub="2026-07-07T09:20:00-06:00", title="Nathaniel \"Nate\" Kolstad (1936 - 2026)",
body="""Nathaniel Olaf "Nate" Kolstad, 89, of Lewistown, passed away July 2, 2026, at Valle Vista Manor.

Nate was born Aug. 30, 1936, in Lewistown. He was a brakeman and then conductor on the Milwaukee Road's Lewistown line until the railroad left in 1980, and afterward a rural mail carrier on the Forest Grove route for 18 years. He refereed high school basketball all over central Montana for three decades.

Nate is survived by his son, Dale (Ruth) Kolstad of Lewistown; his grandchildren, Nathan Kolstad of Great Falls, who was named for him, and Erin Kolstad Haines of Helena; and his first great-grandchild, Anders. He was preceded in death by his wife, Lorraine, in 2018.

Graveside services will be held at 10 a.m. Saturday at the Lewistown City Cemetery.""",
gold=[("LWT020", "survivor")]),

dict(guid=BASE + "elmer-pfau-2026", pub="2026-09-15T11:00:00-06:00", title="Elmer Pfau (1932 - 2026)",
body="""Elmer John Pfau, 93, of Moore, died Sept. 11, 2026, at the Central Montana Medical Center.

Elmer was born in 1932 near Moore and farmed there his whole life. A bachelor, he was everyone's uncle: he taught half the boys in Moore to drive a grain truck and every one of them to fish the Judith River.

He is survived by nieces and nephews, including Mike Pfau of Moore and Janet Pfau Ellison of Lewistown. He was preceded in death by his parents, John and Magdalena Pfau, and by his brothers, Walter and Leo.

Funeral services will be held at 10 a.m. Wednesday at the Moore Lutheran Church, with Pastor Erik Sandvold officiating and Mary Jo Pribyl at the organ. Pallbearers will be Wade Tollefson Jr., Cliff Laverdure, Travis Ostberg, Mike Pfau, Ron Gies and Dean Lindseth.""",
gold=[]),
]
