"""KMCT 9 Kansas City: local TV station site, short web stories, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="mci_kmct_20260309_1742", pub="2026-03-09T17:40:00-05:00", title="Independence couple escapes early-morning house fire",
body="""INDEPENDENCE, Mo. (KMCT) - An Independence couple got out of their burning home on South Crysler Avenue early Monday after a smoke alarm woke them.

Packy and Mary Frances Kilcullen told KMCT 9 they grabbed their dog and ran out in their pajamas just after 3 a.m. Fire crews said the blaze started in the garage; the house is a total loss. Nobody was hurt.

"Everything in there can be replaced except her mother's recipe box, and she got that," Packy Kilcullen said.""",
gold=[("MCI010", "subject"), ("MCI009", "subject")]),

dict(guid="mci_kmct_20260324_0815", pub="2026-03-24T08:15:00-05:00", title="Northland eighth-grader headed to Irish dance world championships",
body="""KANSAS CITY, Mo. (KMCT) - A Northland eighth-grader will dance for the world title in Dublin next month.

Maeve O'Dwyer, 13, the daughter of Rosaleen and Declan O'Dwyer, placed second at the North American championships to qualify. She practices three hours a day at a studio in North Kansas City.

"She was dancing before she could walk properly," her mother said. The family is raising money for the trip with a ceili at the Irish Center on Saturday.""",
gold=[("MCI014", "parent_of_subject")]),

dict(guid="mci_kmct_20260414_1810", pub="2026-04-14T18:10:00-05:00", title="Raytown driver charged after crash on 350 Highway",
body="""RAYTOWN, Mo. (KMCT) - Jackson County prosecutors have charged a 29-year-old Raytown man with driving while intoxicated after a three-car crash on 350 Highway Sunday night.

Police said the man's pickup crossed the center line near Blue Ridge Boulevard and struck two cars. One of the other drivers, Wendell Pfannenstiel, 64, of Overland Park, was treated for minor injuries and released. The suspect is held on a $25,000 bond.""",
gold=[]),

dict(guid="mci_kmct_20260503_1120", pub="2026-05-03T11:20:00-05:00", title="South Kansas City pastor celebrates 40 years in the pulpit",
body="""KANSAS CITY, Mo. (KMCT) - Greater Bethel Missionary Baptist Church filled its sanctuary and overflow hall on Sunday for the 40th pastoral anniversary of the Rev. Elvin Drummond.

Drummond became pastor in 1986, when the congregation met in a storefront on Prospect Avenue. Under him the church built its current home, opened a food pantry and started a scholarship fund that has sent 212 students to college. Mayor's office and city council members presented a proclamation.""",
gold=[("MCI005", "subject")]),

dict(guid="mci_kmct_20260507_0640", pub="2026-05-07T06:40:00-05:00", title="Neighbors help neighbors after Overland Park hailstorm",
body="""OVERLAND PARK, Kan. (KMCT) - Chain saws were running before sunrise Thursday in south Overland Park, where Wednesday night's storm dropped golf-ball-size hail and snapped trees.

"It sounded like someone emptying a gravel truck on the roof," said Everett Van Tuyl, who was out helping a neighbor drag a limb off her driveway. Crews from Evergy restored power to most of the 9,000 customers by morning.""",
gold=[]),

dict(guid="mci_kmct_20260526_1700", pub="2026-05-26T17:00:00-05:00", title="Overland Park's longest-serving crossing guard hangs up his stop sign",
body="""OVERLAND PARK, Kan. (KMCT) - After 27 years at the corner of 159th and Antioch, Gus Kretschmer is retiring as a school crossing guard.

Kretschmer, 66, took the job after he retired early from the railroad and figured he would do it for a year. Students at Harmony Elementary lined the sidewalk on his last morning with signs and a cake shaped like a stop sign.""",
gold=[("MCI022", "subject")]),
]
