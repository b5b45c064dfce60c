"""Hometown Neighbors (community papers and school-district news: Northern Colorado, Cedar Rapids / Iowa City,
the Capital Region and Casco Bay editions): HTML in content:encoded, a teaser in description. Hand-labelled."""

FEED = "hn"
ITEMS = [
dict(guid="hn-noco-2026-0041", pub="2026-01-22T09:00:00-07:00", title="Fort Collins teacher is a finalist for Colorado Teacher of the Year",
body="""FORT COLLINS - Allie Brightwater teaches seventh-grade science at Preston Middle School, and she teaches it loudly. Her students build trebuchets, raise trout and, once, measured the speed of sound by shouting across the football field.

On Tuesday, the Colorado Department of Education named Brightwater one of six finalists for the 2026 Colorado Teacher of the Year. The winner will be announced in May.

Brightwater, who grew up on the Navajo Nation and came to Fort Collins to study at CSU, has taught at Preston for eleven years. "Middle schoolers are the best audience in the world," she said. "They will tell you immediately if you're boring." """,
gold=[("N090", "subject")]),

dict(guid="hn-noco-2026-0058", pub="2026-02-26T09:00:00-07:00", title="Windsor High senior's wildfire-smoke sensor wins state science fair",
body="""WINDSOR - A low-cost air sensor built from a bicycle light, a coffee filter and a $4 circuit board has won Windsor High School senior Freya Lindgren the grand prize at the Colorado Science and Engineering Fair.

Lindgren, 17, the daughter of Gordon and Sheila Lindgren of Windsor, designed the sensor after the 2020 Cameron Peak fire filled her neighborhood with smoke for weeks. Twelve of her sensors are now mounted on porches around Windsor, reporting to a public map. She will represent Colorado at the international fair in Phoenix in May.""",
gold=[("N091", "parent_of_subject"), ("N092", "parent_of_subject")]),

dict(guid="hn-noco-2026-0077", pub="2026-04-09T09:00:00-06:00", title="Gallup cowboy takes bareback title at Loveland rodeo",
body="""LOVELAND - Trevor Yazzie of Gallup, N.M., won the bareback riding title Saturday at the Larimer County Spring Rodeo with an 86-point ride on a bronc named Thunder Road. Yazzie, 24, is ranked ninth in the world standings.

Local riders also did well: Wellington's Kaden Marquardt placed third in tie-down roping.""",
gold=[]),

dict(guid="hn-noco-2026-0090", pub="2026-05-07T09:00:00-06:00", title="Temple Beth Shalom volunteers pack 5,000 meals in an afternoon",
body="""FORT COLLINS - More than 150 volunteers filled the social hall at Temple Beth Shalom on Sunday to pack 5,000 shelf-stable meals for the Food Bank for Larimer County.

"We ran out of rice at 3 o'clock and had to send somebody to Costco," said volunteer coordinator Naomi Feldman, who has organized the event for nine years. Children from the religious school decorated the boxes.""",
gold=[]),

dict(guid="hn-cr-2026-0033", pub="2026-02-12T08:00:00-06:00", title="Linn-Mar robotics team heads to world championship",
body="""MARION - For the first time in the school's history, the Linn-Mar High School robotics team, the Lions' Gears, has qualified for the FIRST Robotics world championship in Houston.

Team captain Lucy Stepanek, a junior, led the design of the team's robot, which picks up and stacks foam cubes faster than any other entry in Iowa. Lucy is the daughter of Marcus and Jill Stepanek of Marion, and her father, an engineer at Collins Aerospace, mentors the team's electrical crew.

The team is raising $18,000 for travel.""",
gold=[("N128", "parent_of_subject"), ("N129", "parent_of_subject")]),

dict(guid="hn-cr-2026-0049", pub="2026-03-19T08:00:00-05:00", title="Hiawatha couple loses home, not hope, after garage fire",
body="""HIAWATHA - Kent and Renata Holub lost almost everything but their photo albums when a fire that started in their garage spread to their house on Boyson Road on Sunday night.

Both escaped unhurt, along with their two cats. The Hiawatha Fire Department said the fire was probably caused by a faulty battery charger. Neighbors have set up a fund at Hills Bank to help the couple rebuild. "We've lived here 31 years," Renata Holub said. "We're not going anywhere." """,
gold=[("N133", "subject"), ("N134", "subject")]),

dict(guid="hn-cr-2026-0062", pub="2026-04-16T08:00:00-05:00", title="University of Iowa engineering professor wins national teaching prize",
body="""IOWA CITY - Dr. Oluwaseun Adebayo, an associate professor of civil and environmental engineering at the University of Iowa, has received the American Society for Engineering Education's national outstanding teaching award.

Adebayo, who goes by Seun, redesigned the college's introductory fluid mechanics course around flood data from the 2008 Cedar River flood. "Every student in Iowa City lives next to a river," he said. "It seemed rude not to use it." """,
gold=[("N132", "subject")]),

dict(guid="hn-cr-2026-0074", pub="2026-05-21T08:00:00-05:00", title="New bookstore opens in Mount Vernon's uptown",
body="""MOUNT VERNON - The storefront on First Street West that held a hardware store for eighty years is a bookstore now.

Ingrid Moeller opened Hawkeye Hollow Books on Saturday with 8,000 used and new titles, a children's corner in the old key-cutting room and a cat named Dewey. Moeller, a retired Cornell College librarian, said she had wanted to own a bookstore since she was nine. "It took me fifty years to get up the nerve," she said.""",
gold=[("N137", "subject")]),

dict(guid="hn-cr-2026-0081", pub="2026-06-04T08:00:00-05:00", title="Weddings: Kubik - Reyes",
body="""CEDAR RAPIDS - Anna Marie Kubik and Thomas Reyes were married May 30 at St. Wenceslaus Catholic Church in Czech Village, with the Rev. Jiri Novak officiating. A reception followed at the Czech and Slovak Museum.

The bride, a longtime nurse at Mercy Medical Center, is the daughter of the late Joseph and Bozena Kubik. The groom is a retired Cedar Rapids police lieutenant. The couple met in a ballroom dance class and will live in Cedar Rapids.""",
gold=[("N131", "subject")]),

dict(guid="hn-cr-2026-0095", pub="2026-06-25T08:00:00-05:00", title="Library's longest-serving employee retires after 40 years",
body="""CEDAR RAPIDS - When Glenda Petrak started at the Cedar Rapids Public Library in 1986, the card catalog was made of cards. On Friday she retired as head of the library's local history room, which she built from three shelves to one of the best regional collections in Iowa.

Petrak led the effort to save the library's historical collection during the 2008 flood, when she and a dozen volunteers carried 4,000 boxes up a stairway in fourteen hours.""",
gold=[("N135", "subject")]),

dict(guid="hn-cap-2026-0021", pub="2026-03-26T08:00:00-04:00", title="Delmar sixth-grader spells his way to the national bee",
body="""DELMAR - It came down to "sphygmomanometer," and Jack Albright did not blink.

The Bethlehem Central sixth-grader won the Capital Region Spelling Bee on Saturday and will represent the region at the Scripps National Spelling Bee near Washington, D.C., in May. Jack, 12, is the son of Paul and Stephanie Albright of Delmar. His grandfather, who taught him to spell with a battered Webster's, died last week; Jack said he spelled the winning word for him.""",
gold=[("N018", "parent_of_subject")]),

dict(guid="hn-casco-2026-0030", pub="2026-07-16T08:00:00-04:00", title="Clam Festival thanks its volunteers",
body="""YARMOUTH - The 60th Yarmouth Clam Festival drew an estimated 120,000 visitors over three days, and organizers say it could not have happened without the 2,000 volunteers who fried, poured, parked and picked up.

Among those honored at Sunday's volunteer breakfast were Ruth Ann Coffin, who has run the pie table since 1994, and Kevin Leavitt of Falmouth, who directed traffic on Route 1 for the 25th consecutive year.""",
gold=[]),
]
