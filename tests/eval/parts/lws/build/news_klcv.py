"""KLCV Channel 3 (Lewiston): a local TV station's web stories, HTML descriptions, dateline "(KLCV)".
Hand-labelled (`gold`)."""

FEED = "klcv"
ITEMS = [
dict(guid="lws_klcv_20260302_1147", pub="2026-03-02T17:45:00-08:00", title="Genesee family loses farmhouse to early-morning fire",
body="""GENESEE, Idaho (KLCV) - A Genesee farm family is safe but their home of three decades is gone after a fire early Monday morning.

Duane and Jolene Pfefferkorn woke to smoke alarms at about 4 a.m. and got out with their two dogs, Genesee Fire Chief Ben Wolf said. By the time crews from Genesee and Moscow arrived, flames had spread through the roof of the two-story farmhouse on Genesee-Juliaetta Road.

The fire chief said a wood stove chimney is the likely cause. The family's shop and grain bins were not damaged. Neighbors have set up a donation account at the Genesee branch of Latah Federal Credit Union.""",
gold=[("LWS017", "subject")]),

dict(guid="lws_klcv_20260419_1302", pub="2026-04-19T18:10:00-07:00", title="Clarkston couple celebrates 70 years of marriage",
body="""CLARKSTON, Wash. (KLCV) - Seventy years ago this Sunday, Howard Ashenfelter borrowed his brother's Hudson, drove to Uniontown and married the girl he met at a Grange dance.

Howard, 92, and Velma Ashenfelter, 91, marked their platinum anniversary with an open house at First Lutheran Church in Clarkston, where they have been members since 1961. Their four children, eleven grandchildren and a great-great-grandson were there.

Their secret? "He still brings me coffee every morning," Velma said. "And she still pretends it's good," Howard said.""",
gold=[("LWS021", "subject"), ("LWS022", "subject")]),

dict(guid="lws_klcv_20260528_1355", pub="2026-05-28T06:20:00-07:00", title="Arrest made in Clarkston boat-shop burglary",
body="""CLARKSTON, Wash. (KLCV) - Clarkston police have arrested a 27-year-old Lewiston man in connection with a burglary at a jet boat shop near the Port of Clarkston last week.

Investigators say an outboard motor, electronics and tools worth about $18,000 were taken from Schrenk Jet Boat Works overnight May 20. Most of the items were recovered from a storage unit in Lewiston.

"We're just glad to have our customers' gear back," owner Brad Schrenk said. The suspect is being held in the Asotin County Jail.""",
gold=[]),

dict(guid="lws_klcv_20260614_1421", pub="2026-06-14T21:30:00-07:00", title="Hail, wind strip trees and fill gutters across the valley",
body="""CLARKSTON, Wash. (KLCV) - A fast-moving thunderstorm dropped quarter-size hail and toppled trees across Clarkston, Asotin and downtown Lewiston on Sunday evening.

Avista reported about 4,000 customers without power at the height of the storm. Crews from the City of Clarkston spent the evening clearing limbs from Highland Avenue and the Heights.

"It came down the canyon like a freight train," said Pastor Eldon Swartzmiller, whose church parking lot on Appleside Boulevard lost two big locust trees. No injuries were reported.""",
gold=[]),

dict(guid="lws_klcv_20260903_1588", pub="2026-09-03T17:05:00-07:00", title="Lapwai language teacher honored by Nez Perce Tribe",
body="""LAPWAI, Idaho (KLCV) - A teacher who has spent 25 years bringing the Nez Perce language into classrooms has been honored by the Nez Perce Tribe.

Rosalind Tahmalwit-Crowe received the tribe's Elders' Recognition for language preservation at a ceremony at the Pi-Nee-Waus Community Center on Wednesday. She has taught nimiipuutímt at Lapwai Elementary since 2001 and wrote the picture dictionary now used in Lapwai and Kamiah schools.

"The language is not mine. I'm only passing it along," Tahmalwit-Crowe said.""",
gold=[("LWS006", "subject")]),

dict(guid="lws_klcv_20260917_1612", pub="2026-09-17T19:40:00-07:00", title="Spokane Valley firefighter honored for river rescue",
body="""SPOKANE VALLEY, Wash. (KLCV) - A Spokane Valley firefighter with deep roots in Asotin County received the state's Medal of Valor on Thursday for pulling two kayakers from the Spokane River in June.

Firefighter Marvin Tuckness III, 34, grew up in Clarkston and graduated from Clarkston High School in 2010. He credits his grandfather, a longtime state road-crew driver, with teaching him to read moving water.""",
gold=[]),

dict(guid="lws_klcv_20261110_1730", pub="2026-11-10T18:00:00-08:00", title="Clarkston teen wins state 4A cross-country title",
body="""CLARKSTON, Wash. (KLCV) - Clarkston High School sophomore Nora McGreevy is a state champion.

McGreevy won the girls 4A race at the state cross-country meet in Pasco on Saturday, finishing the 5,000-meter course in 17 minutes, 41 seconds. She is the first Bantam girl to win a state cross-country title.

Nora is the daughter of Terry and Alyssa McGreevy of Clarkston. Her father, a nurse at Valley Regional Medical Center, ran beside the course shouting her splits.""",
gold=[("LWS015", "parent_of_subject"), ("LWS016", "parent_of_subject")]),
]
