"""NewsChannel 13 WCAP (local TV station site), HTML descriptions. Hand-labelled."""

FEED = "wcap"
ITEMS = [
dict(guid="alb_wcap_2026_118402", pub="2026-01-21T18:45:00-05:00", title="Neighbors dig out after overnight storm buries Capital Region",
body="""ALBANY - Plows worked through the night and into Wednesday after a storm dropped 16 inches of snow on Albany and Troy.

On Union Street in Schenectady, which got less snow, neighbors shared snowblowers. "We did the whole block by eight," said Tony Ciccone, who has lived on the street for thirty years. "Then we had coffee."

Albany schools will reopen Thursday.""",
gold=[]),

dict(guid="alb_wcap_2026_120911", pub="2026-02-26T17:30:00-05:00", title="Arbor Hill matriarch honored for six decades of service",
body="""ALBANY - Bernice Jeffries has handed out coats, tutored children and organized the Clinton Avenue food pantry for more than 60 years. On Wednesday, the Capital District Black Chamber of Commerce gave her its first Lifetime of Service Award.

Jeffries, 86, accepted the award at the Albany Pump Station surrounded by three generations of Arbor Hill families she has helped. "I didn't do anything but answer the door," she said.

Deacon Lamont Pettaway of Wesley Chapel, who introduced her, called her “the conscience of Arbor Hill.”""",
gold=[("ALB015", "subject")]),

dict(guid="alb_wcap_2026_123377", pub="2026-04-29T22:10:00-04:00", title="Fire damages Arbor Hill rowhouse; couple escapes unhurt",
body="""ALBANY - Lamont and Gloria Pettaway escaped without injury after a fire broke out in the kitchen of their First Street rowhouse Tuesday night, Albany fire officials said.

The fire was contained to the first floor, but smoke and water damage left the home uninhabitable. The Red Cross is assisting the couple, who have lived in the house for 31 years.

"We lost the kitchen, but we have each other and the photo albums," Gloria Pettaway said. Neighbors at Wesley Chapel have started a collection.""",
gold=[("ALB016", "subject"), ("ALB017", "subject")]),

dict(guid="alb_wcap_2026_125020", pub="2026-03-01T21:00:00-05:00", title="Niskayuna senior wins state wrestling title",
body="""ALBANY - Niskayuna senior Nicholas Battaglia won the 170-pound title at the NYSPHSAA wrestling championships at MVP Arena on Saturday, pinning his opponent from Long Island in the third period.

Battaglia, the son of Joe and Angela Battaglia of Niskayuna, finishes the season 44-1 and will wrestle at Cornell next year. "My dad drove me to every 6 a.m. practice for four years," he said.""",
gold=[("ALB020", "parent_of_subject")]),

dict(guid="alb_wcap_2026_127755", pub="2026-06-18T18:00:00-04:00", title="Troy man's hole-in-one at Frear Park is his second in a month",
body="""TROY - Lightning struck twice at Frear Park. Brian Fitzgerald of Troy aced the 152-yard fourth hole on Tuesday, three weeks after acing the seventh. The odds, according to the club pro, are "somewhere north of the lottery." Fitzgerald used a 7-iron both times.""",
gold=[]),

dict(guid="alb_wcap_2026_128106", pub="2026-07-02T17:15:00-04:00", title="Teacher of the year: Shen chemistry teacher known for the 'boom day'",
body="""CLIFTON PARK - The Shenendehowa Central School District has named Tom Nowicki its Teacher of the Year.

Nowicki, who has taught chemistry at Shenendehowa High School East for 19 years, is known for his annual "boom day," a safety-goggled demonstration that students line up for. He came to Clifton Park from Krakow as a graduate student at RPI. His wife, Susan, teaches in the same district.""",
gold=[("ALB024", "subject")]),
]
