"""NewsChannel 8 (WLKB, Lexington) and its sister station Lowcountry 4 (WCHL, Charleston): a local TV station
site, HTML descriptions, short web-story style. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="wlkb-story-20260119-0412", pub="2026-01-19T18:40:00-05:00", title="Lexington pastor receives city's Martin Luther King Jr. Freedom Award",
body="""LEXINGTON, Ky. (WLKB) - The pastor who turned a shuttered East End grocery store into a food pantry, a GED classroom and a barbershop has received this year's Martin Luther King Jr. Freedom Award from the city.

The Rev. Marcus Tolliver of Pleasant Hope Baptist Church accepted the award Monday morning at the Lexington Opera House, after the annual unity march. In eight years the pantry has served more than 40,000 families.

"Dr. King did not ask us to admire the problem," Tolliver told the crowd. "He asked us to open the doors." """,
gold=[("N046", "subject")]),

dict(guid="wlkb-story-20260204-0533", pub="2026-02-04T17:10:00-05:00", title="Tates Creek star signs with Kentucky on National Signing Day",
body="""LEXINGTON, Ky. (WLKB) - Tates Creek High School linebacker Jalen Goins made it official Wednesday: he is staying home.

The 6-foot-3 senior, rated one of the top 20 linebackers in the country, signed with the University of Kentucky in front of a packed school gym. Goins picked Kentucky over Ohio State and Tennessee.

His parents, Reggie and Tasha Goins, both UK graduates, sat beside him wearing blue. "We told him we'd love him wherever he went," his mother said. "We just love him a little more in blue." """,
gold=[("N052", "parent_of_subject"), ("N053", "parent_of_subject")]),

dict(guid="wlkb-story-20260225-0618", pub="2026-02-25T12:05:00-05:00", title="Bluegrass Commerce Bank names first woman president",
body="""LEXINGTON, Ky. (WLKB) - Bluegrass Commerce Bank has a new president, and for the first time in its 114-year history she is a woman.

Whitney Chandler, 41, the bank's chief lending officer, was promoted by the board on Tuesday. Chandler joined the bank as a credit analyst straight out of the University of Kentucky in 2006 and led its expansion into equine and agricultural lending. She replaces Robert Haggin, who is retiring.""",
gold=[("N051", "subject")]),

dict(guid="wlkb-story-20260311-0702", pub="2026-03-11T06:30:00-04:00", title="Nicholasville man, dog escape house fire",
body="""NICHOLASVILLE, Ky. (WLKB) - A Nicholasville man and his dog escaped without injury early Wednesday when fire gutted their home on Edgewood Drive.

Clifton Hensley, 67, told NewsChannel 8 that his beagle, Biscuit, woke him up barking at about 3 a.m. "I smelled the smoke and I grabbed the dog and I didn't stop till I was in the yard," Hensley said.

The Jessamine County fire marshal said the fire appears to have started in a clothes dryer. The house is a total loss. The American Red Cross is helping Hensley with temporary housing.""",
gold=[("N055", "subject")]),

dict(guid="wlkb-story-20260402-0815", pub="2026-04-02T19:20:00-04:00", title="Versailles farmer hurt when tractor overturns",
body="""VERSAILLES, Ky. (WLKB) - A Woodford County farmer was flown to UK HealthCare on Thursday afternoon after his tractor overturned on a steep hayfield off McCracken Pike.

The Woodford County Sheriff's Office identified him as Tyler Ashcraft, 63, of Versailles. Deputies said he was pinned for about 40 minutes before neighbors and firefighters lifted the tractor with a jack and a second tractor. He was listed in serious but stable condition Thursday night.

His wife, Karen, said he was "already asking about the hay." """,
gold=[("N047", "subject")]),

dict(guid="wlkb-story-20260428-0907", pub="2026-04-28T22:15:00-04:00", title="Neighbors clean up after overnight storms in south Lexington",
body="""LEXINGTON, Ky. (WLKB) - Chainsaws were running before dawn on Tuesday in neighborhoods off Tates Creek Road, where a line of storms brought down dozens of trees overnight.

"It sounded like a train for about twenty seconds," said Jenny Runyon, who walked over from her street to help a neighbor drag limbs out of the road. "Then it was just rain."

LG&E reported about 9,000 customers without power at the peak. Crews expect to have most service restored by Wednesday night.""",
gold=[]),

dict(guid="wchl-story-20260114-1120", pub="2026-01-14T11:45:00-05:00", title="King Street chef opens second restaurant in North Charleston",
body="""CHARLESTON, S.C. (WCHL) - The chef behind one of King Street's hardest reservations is heading north.

Tony Fraser, who opened Gullah Table on upper King Street in 2018, will open a second restaurant in the Park Circle neighborhood of North Charleston in March. The new place, called Fraser's Fish Camp, will serve fried shrimp, deviled crab and the red rice that Fraser learned to cook from his grandmother on Edisto Island.

"Park Circle is where my family ate when I was a kid," Fraser said. "I'm just going home." """,
gold=[("N068", "subject")]),

dict(guid="wchl-story-20260310-1204", pub="2026-03-10T17:30:00-04:00", title="Mount Pleasant couple launches dolphin-tour boat built in their driveway",
body="""MOUNT PLEASANT, S.C. (WCHL) - It took Cassie and Lionel Jenkins four years, two hurricanes and one very patient homeowners' association to build a 30-foot tour boat in their driveway on Ben Sawyer Boulevard.

On Saturday the boat, the Miss Geneva, named for Lionel's grandmother, made its first run out of Shem Creek with eighteen paying passengers and a pod of dolphins that, Cassie said, "showed up right on schedule." The couple's company, Creek Side Tours, will run three trips a day through October.""",
gold=[("N073", "subject"), ("N074", "subject")]),

dict(guid="wchl-story-20260529-1311", pub="2026-05-29T16:00:00-04:00", title="Summerville teacher retires after 50 years in the same classroom",
body="""SUMMERVILLE, S.C. (WCHL) - Harriet Gadsden has taught fourth grade in Room 12 at Alston Elementary since 1976. On Friday, she taught her last class.

Gadsden, 79, has taught more than 1,300 children, including the school's current principal and, she points out, two of the school board members. Former students lined the hallway Friday afternoon as she walked out for the last time, many of them holding their old report cards. "I kept a copy of every one," Gadsden said. "I told them I would." """,
gold=[("N075", "subject")]),

dict(guid="wchl-story-20260514-1290", pub="2026-05-14T18:10:00-04:00", title="First in her family: North Charleston mother of three earns nursing degree",
body="""NORTH CHARLESTON, S.C. (WCHL) - When Marisol Vega walked across the stage at Trident Technical College's commencement Thursday night, her three children screamed loud enough to be heard over the band.

Vega, 37, worked nights as a hospital housekeeper for six years while taking classes during the day. She is the first person in her family to earn a college degree, and she starts next month as a registered nurse in the same hospital where she used to mop the floors.""",
gold=[("N077", "subject")]),

dict(guid="wchl-story-20260622-1355", pub="2026-06-22T09:00:00-04:00", title="Food bank's summer drive beats its goal",
body="""CHARLESTON, S.C. (WCHL) - The Lowcountry Food Bank's summer meals drive raised $412,000, beating its goal by nearly a third. Organizers thanked more than 200 volunteers and businesses, including Pringle Marine Supply, whose owner, Wes Pringle, matched the first $10,000 in gifts, and Yolanda Singleton's West Ashley book club, which held a bake sale every Saturday in June.

The money will pay for about 1.6 million meals for children while school is out.""",
gold=[]),
]
