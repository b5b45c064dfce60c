"""WSJN Shore 40 (Atlantic City TV station) local news: HTML descriptions. Hand-labelled."""

FEED = "wsjn"
ITEMS = [
dict(guid="acy_wsjn_2026_0208", pub="2026-02-16T18:20:00-05:00", title="Atlantic City NAACP honors Rev. Dr. Cornelius Pettiford for 40 years of ministry",
body="""ATLANTIC CITY - The Atlantic City branch of the NAACP gave its Lifetime Service Award on Sunday to the Rev. Dr. Cornelius Pettiford, pastor of Shiloh Baptist Church for four decades.

Pettiford led the church's after-school program on the Northside and its fight to keep Pennsylvania Avenue's public housing open. "I only showed up," he told the crowd of 400 at the Boardwalk Hall ballroom. "The mothers of this church did the work." """,
gold=[("ACY022", "subject")]),

dict(guid="acy_wsjn_2026_0311", pub="2026-03-09T22:10:00-04:00", title="EHT's Nico Scarpelli wins state wrestling title at 157 pounds",
body="""ATLANTIC CITY - Egg Harbor Township senior Nico Scarpelli won the NJSIAA state championship at 157 pounds on Sunday with a 4-2 decision in overtime, the program's first state title in nine years.

Scarpelli, the son of Dominic and Teresa Scarpelli of Egg Harbor Township, finished the season 41-1 and will wrestle at Rider University next year. He dedicated the win to his cousin, who died last week.""",
gold=[("ACY018", "parent_of_subject"), ("ACY019", "parent_of_subject")]),

dict(guid="acy_wsjn_2026_0402", pub="2026-04-21T19:45:00-04:00", title="Rio Grande woman escapes house fire with her two dogs",
body="""RIO GRANDE - A Middle Township woman and her two dogs escaped without injury early Tuesday when fire tore through her home on Route 47.

Jo Ann Cresse, 75, said a smoke alarm woke her just after 3 a.m. "I grabbed the dogs and my brother's photo album and went out the window," she said. Her brother died last month. The Rio Grande Volunteer Fire Company had the fire under control in forty minutes; the house is a total loss. The Red Cross is helping her.""",
gold=[("ACY013", "subject")]),

dict(guid="acy_wsjn_2026_0517", pub="2026-05-26T17:30:00-04:00", title="Pleasantville valedictorian headed to Princeton",
body="""PLEASANTVILLE - Yaritza Figueroa, who will deliver the valedictory address at Pleasantville High School next month, has been awarded a full scholarship to Princeton University.

Figueroa, the daughter of Ramón and Marisol Figueroa of Pleasantville, plans to study chemical engineering. She said she will give her speech partly in Spanish "for my abuela," her grandmother Carmen, who died in April.""",
gold=[("ACY005", "parent_of_subject"), ("ACY006", "parent_of_subject")]),

dict(guid="acy_wsjn_2026_0604", pub="2026-06-29T18:05:00-04:00", title="North Wildwood beach patrol chief hangs up his whistle after 40 summers",
body="""NORTH WILDWOOD - When Cormac O'Halloran climbed his first lifeguard stand on 15th Avenue in 1986, the beach was half as wide. On Sunday the chief of the North Wildwood Beach Patrol announced his retirement, effective at the end of the summer.

O'Halloran, 66, a Belfast native who came to the Wildwoods as a summer worker and never went home, has overseen more than 4,000 rescues. "Every one of those kids went home for dinner," he said. "That's the whole job." """,
gold=[("ACY014", "subject")]),

dict(guid="acy_wsjn_2026_0711", pub="2026-07-06T23:15:00-04:00", title="Fire damages Ocean City boardwalk arcade; no injuries",
body="""OCEAN CITY - An early-morning fire heavily damaged an arcade on the Ocean City boardwalk near 9th Street on Monday. No one was hurt, and the boards reopened by noon.

"I saw the smoke from my porch and thought the whole block was going," said Bea Haverstick, who lives two blocks away and walks the boardwalk every morning. Fire officials said the cause appears to be electrical.""",
gold=[]),

dict(guid="acy_wsjn_2026_0819", pub="2026-08-11T17:50:00-04:00", title="Linwood sailor pulls two kayakers from Great Egg Harbor Bay",
body="""SOMERS POINT - Two kayakers from Pennsylvania are safe after a Linwood man sailed his catboat to them when their kayak overturned in a squall on Great Egg Harbor Bay on Sunday afternoon.

Hal Pennypacker, 76, a retired pharmacist, said he saw the kayak go over off Somers Point and reached the pair within minutes. "I've been sailing this bay since I was eight; you watch out for each other," he said. The Coast Guard Station Great Egg thanked him Monday.""",
gold=[("ACY017", "subject")]),
]
