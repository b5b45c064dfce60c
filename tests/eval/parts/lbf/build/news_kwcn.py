"""KWCN NewsChannel 6, North Platte (invented TV station): web stories with dateline "NORTH PLATTE, Neb. (KWCN)",
HTML descriptions. Hand-labelled."""

FEED = "kwcn"
ITEMS = [
dict(guid="lbf_kwcn_story_20260127_1042", pub="2026-01-27T18:10:00-06:00", title="Union Pacific to hire 60 at Bailey Yard as traffic picks up",
body="""NORTH PLATTE, Neb. (KWCN) - Union Pacific says it will hire about 60 carmen, conductors and diesel mechanics at Bailey Yard this spring, the first sizable hiring round at the world's largest rail yard since 2019.

A company spokesperson said grain and intermodal traffic through North Platte has risen for five straight quarters.

"When I hired on you could walk in off the street on a Monday and be riding a cut of cars by Friday," said Casey Wojtalewicz, a retired conductor who now volunteers at the Golden Spike Tower. "It's good to see young people getting that chance again."

Applications open Feb. 2 on the railroad's careers site.""",
gold=[]),   # quoted bystander (and do_not_contact)

dict(guid="lbf_kwcn_story_20260226_1187", pub="2026-02-26T07:25:00-06:00", title="East side couple escapes early-morning house fire",
body="""NORTH PLATTE, Neb. (KWCN) - A North Platte couple escaped without injury early Thursday when fire swept through their home on East Sixth Street.

DeWayne and Trudy Pfannenstiel told NewsChannel 6 that a smoke alarm woke them shortly after 2 a.m. "We grabbed the dog and went out the back door in our socks," Trudy Pfannenstiel said. "Everything else can be replaced."

North Platte Fire Chief Dan Rhodes said the fire appears to have started in an attached garage. The house is considered a total loss.

"I looked out and the whole garage was orange," said neighbor Gerrit VanderPloeg, who called 911. The American Red Cross is helping the couple.""",
gold=[("LBF015", "subject"), ("LBF016", "subject")]),

dict(guid="lbf_kwcn_story_20260519_1433", pub="2026-05-19T17:45:00-05:00", title="Hershey rancher flown to Kearney after being pinned in cattle chute",
body="""HERSHEY, Neb. (KWCN) - A Hershey-area rancher was flown to a Kearney hospital Tuesday after he was pinned against a working chute by a bull during spring vaccinations.

The Lincoln County Sheriff's Office identified him as Thaddeus "Tad" Wiebelhaus, 67. Deputies said neighbors helping with the work freed him and Hershey rescue crews called for a helicopter.

His wife, Jolene Wiebelhaus, said Tuesday evening he had broken ribs and a broken collarbone and was "already asking who's going to finish the calves." """,
gold=[("LBF006", "subject")]),

dict(guid="lbf_kwcn_story_20260528_1490", pub="2026-05-28T12:15:00-05:00", title="School board picks Soderquist-Rahn as next superintendent",
body="""NORTH PLATTE, Neb. (KWCN) - The North Platte Public Schools board voted 6-0 Wednesday night to name Ingrid Soderquist-Rahn as the district's next superintendent.

Soderquist-Rahn, the district's assistant superintendent for curriculum, started her career as a Spanish teacher at North Platte High School in 1990. She will succeed Dr. Gary Lindemeier, who retires June 30.

"This is the district that raised me as a teacher," she said after the vote.""",
gold=[("LBF014", "subject")]),

dict(guid="lbf_kwcn_story_20260619_1561", pub="2026-06-19T08:05:00-05:00", title="West North Platte cleans up after baseball-size hail",
body="""NORTH PLATTE, Neb. (KWCN) - Roofers and glass shops were booked solid Friday after a supercell dropped hail as large as baseballs on the west side of North Platte and Hershey on Thursday evening.

"It sounded like someone was throwing bricks at the house," said Ingrid Soderquist-Rahn, who lives off West Philip Avenue. "Every west-facing window is gone."

The National Weather Service office in North Platte confirmed 2.75-inch hail near the Mid-Plains Community College campus. No injuries were reported.""",
gold=[]),   # quoted bystander; the storm itself is a weather item

dict(guid="lbf_kwcn_story_20260630_1602", pub="2026-06-30T18:30:00-05:00", title="Trinity Lutheran pastor preaches final sermon after 31 years",
body="""NORTH PLATTE, Neb. (KWCN) - After 31 years in the pulpit at Trinity Lutheran Church, the Rev. Ansel Tiedeman preached his last sermon as its pastor Sunday.

Tiedeman came to North Platte from a two-point parish in the Sandhills in 1995. He started the church's Wednesday community supper, which now serves about 200 people a week.

Church council president Sue Prochazka presented Tiedeman and his wife, Ruth, with a quilt made by the congregation. The couple plan to stay in North Platte.""",
gold=[("LBF010", "subject")]),

dict(guid="lbf_kwcn_story_20260814_1688", pub="2026-08-14T16:50:00-05:00", title="Canteen exhibit honors the volunteers who fed six million soldiers",
body="""NORTH PLATTE, Neb. (KWCN) - A new exhibit at the Lincoln County Historical Museum tells the story of the North Platte Canteen, where volunteers from 125 towns met every troop train that stopped in North Platte during World War II.

The exhibit includes a recreated depot platform, letters from soldiers and a wall of the recipes the volunteers used.

"My mother baked birthday cakes for boys she never saw again," said Sue Prochazka, a museum volunteer. "We wanted people to feel that."

The exhibit opens Saturday.""",
gold=[]),
]
