"""KRZV NewsCenter 6 (invented Rochester TV station): local news site, HTML descriptions. Hand-labelled."""

FEED = "krzv"
ITEMS = [
dict(guid="rst_krzv_2026_31288", pub="2026-03-12T22:10:00-05:00", title="Stewartville's Kelsey Vandekamp wins state wrestling title",
body="""ST. PAUL - Stewartville junior Kelsey Vandekamp pinned her way to a state championship Thursday night at the Xcel Energy Center, winning the 126-pound title in the MSHSL girls' wrestling tournament.

Vandekamp, the daughter of Bart and Lorna Vandekamp of Stewartville, finished the season 41-2. Her late grandfather, a longtime Tigers booster, never missed a home dual meet. "He would have been the loudest person in the building," she said.""",
gold=[("RST005", "parent_of_subject"), ("RST006", "parent_of_subject")]),

dict(guid="rst_krzv_2026_31402", pub="2026-03-26T18:40:00-05:00", title="Fire destroys machine shed on Kasson-area farm; family escapes unhurt",
body="""KASSON - A fire early Thursday destroyed a machine shed, two tractors and a season's worth of seed on a farm west of Kasson.

Des and Renata Achterhof woke to their dog barking at about 4 a.m. and saw flames through the kitchen window, Kasson Fire Chief Dale Pagel said. No one was hurt, and crews kept the fire from reaching the house and the hog barn.

"We lost the shed, but we didn't lose anybody," Renata Achterhof said. Neighbors have already offered equipment for spring planting. The cause is under investigation.""",
gold=[("RST013", "subject")]),  # roster Desmond "Des" Achterhof; Renata is not a client

dict(guid="rst_krzv_2026_31517", pub="2026-04-30T17:55:00-05:00", title="Rochester high school principal named Minnesota's Principal of the Year",
body="""ROCHESTER - The Minnesota Association of Secondary School Principals has named Declan O'Dwyer, principal of Rochester's Century High School, its 2026 Principal of the Year.

O'Dwyer, who grew up in Limerick, Ireland, came to Rochester in 1996 as a chemistry teacher and has led Century since 2017. The association cited the school's ninth-grade mentoring program, which cut course failures by a third.

"This belongs to the teachers," O'Dwyer said at a surprise assembly Thursday.""",
gold=[("RST018", "subject")]),  # roster ODwyer

dict(guid="rst_krzv_2026_31806", pub="2026-06-28T08:15:00-05:00", title="Hail, 70 mph winds rip through Byron and west Rochester",
body="""BYRON - Residents of Byron and west Rochester spent Sunday morning cleaning up after a severe thunderstorm dropped golf-ball-sized hail and toppled trees Saturday evening.

Olmsted County reported more than 40 downed trees and scattered power outages; about 3,000 customers were still without power Sunday morning. No injuries were reported.

"It sounded like somebody was throwing rocks at the roof," said Roz Skjervheim, who rode out the storm in the basement of the Byron Community Center with a dozen members of her quilting group. The city will pick up brush at the curb through Friday.""",
gold=[]),  # a quoted resident in a general storm story; weather rows come from the alert

dict(guid="rst_krzv_2026_32034", pub="2026-08-20T18:20:00-05:00", title="Rochester native earns Fulbright to study in Poland",
body="""ROCHESTER - Philomena Kreuzberger, 22, a Rochester native and a senior at Minnesota State University, Mankato, has received a Fulbright grant to teach English in Krakow this fall.

Kreuzberger, the daughter of Paul and Anne Kreuzberger of Rochester, said her interest in Poland started with the Polish dance costumes at her grandmother's parish. She is named for that grandmother, Mena Kreuzberger, 86, who still attends St. Casimir. "She made me promise to send postcards," Kreuzberger said.""",
gold=[]),  # the subject is a 22-year-old namesake; the client (born 1939) is her grandmother: no role for a grandparent
]
