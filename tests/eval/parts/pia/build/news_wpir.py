"""WPIR 19 News (Peoria TV station) - local web stories, HTML descriptions. Hand-labelled."""

FEED = "wpir"
ITEMS = [
dict(guid="pia_wpir_story_20260116_0211", pub="2026-01-16T18:10:00-06:00", title="South Side deacon honored for 50 years of Saturday tutoring",
body="""PEORIA (WPIR) - For fifty years, the basement of Mount Zion Missionary Baptist Church has been full of children and arithmetic on Saturday mornings. On Thursday night the man who started it got his due.

The Peoria NAACP branch presented its Lifetime Service Award to Deacon Odell Pettway Sr., 79, a retired Caterpillar assembler who began the Saturday Scholars tutoring program in 1976 with six children and a chalkboard. More than 3,000 South Side students have come through it since.

"He taught half this room long division," branch president Denise Akers said. His wife, Lorraine, and three generations of former students stood when he came to the podium.""",
gold=[("PIA010", "subject")]),
# Lorraine (PIA009) is mentioned as his wife standing: not a subject.

dict(guid="pia_wpir_story_20260210_0344", pub="2026-02-10T07:25:00-06:00", title="East Peoria woman escapes early-morning house fire",
body="""EAST PEORIA (WPIR) - A 75-year-old East Peoria woman escaped unhurt when fire tore through her Springfield Road home early Tuesday.

Fire Chief Dan Jacobs said Anna Marie Vonderheide was awakened by smoke alarms shortly after 3 a.m. and got out through a side door. A neighbor, Tom Ruhl, called 911. The fire started in the attached garage, and the house is a total loss.

Vonderheide, a retired teacher at St. Monica School, is staying with family. Her parish, St. Monica, is collecting household items for her.""",
gold=[("PIA007", "subject")]),

dict(guid="pia_wpir_story_20260319_0507", pub="2026-03-19T17:45:00-05:00", title="Springfield teacher named Illinois Teacher of the Year",
body="""SPRINGFIELD (WPIR) - A Springfield kindergarten teacher is the 2026 Illinois Teacher of the Year.

Kathleen O'Leary, who teaches at Dubois Elementary School in Springfield, received the award from the State Board of Education on Wednesday. O'Leary, 38, has taught in District 186 for fourteen years and started a reading program that sends books home with every kindergartener each Friday.""",
gold=[]),
# Namesake elsewhere (PIA021 Kathleen "Katie" O'Leary lives in Chillicothe): nothing.

dict(guid="pia_wpir_story_20260624_0788", pub="2026-06-24T12:30:00-05:00", title="Morton, Washington clean up after hail and 70 mph winds",
body="""MORTON (WPIR) - Roofers' trucks lined the streets of Morton and Washington on Wednesday, a day after a severe thunderstorm dropped golf-ball-sized hail and knocked down trees across northern Tazewell County.

Ameren Illinois said about 11,000 customers lost power at the peak. At Morton Mennonite Church volunteers made 600 sandwiches for line crews. "We had the bread already, so we made sandwiches," said Lydia Ann Gingerich, who organized the kitchen.

No injuries were reported.""",
gold=[]),
# PIA020 quoted as a volunteer: nothing for the story (her weather row comes from the alert).
]
