"""River Valley 7 (KRVS, Fort Smith): local TV station site, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="fsm_krvs_20260127_0112", pub="2026-01-27T17:45:00-06:00", title="Frontier Plains Bank names new regional president for the River Valley",
body="""FORT SMITH, Ark. (KRVS) - Frontier Plains Bank has promoted a Fort Smith native to lead its River Valley region.

Marisol Ortiz Villanueva, who started as a teller at the bank's Towson Avenue branch in 2004, will oversee 14 branches in Sebastian, Crawford, Le Flore and Sequoyah counties. She was most recently the bank's senior vice president for commercial lending.

"I opened my first savings account at that Towson branch when I was nine," Ortiz Villanueva said. "Now I get to help the families I grew up with buy their first homes."  """,
gold=[("FSM020", "subject")]),

dict(guid="fsm_krvs_20260219_0188", pub="2026-02-19T06:20:00-06:00", title="Greenwood couple loses home to overnight fire",
body="""GREENWOOD, Ark. (KRVS) - A Greenwood couple escaped with their dog and little else when fire destroyed their home on Bell Road early Thursday.

Curt and Mary Alice Yandell woke to smoke alarms around 2:30 a.m., Greenwood Fire Chief Ron Ledford said. Both got out safely, but the house was a total loss. Investigators believe the fire started in the garage.

Members of Greenwood First Baptist are collecting clothing and gift cards for the Yandells at the church office.""",
gold=[("FSM013", "subject"), ("FSM012", "subject")]),

dict(guid="fsm_krvs_20260313_0241", pub="2026-03-13T18:10:00-05:00", title="Van Buren fifth-grader spells her way to state championship",
body="""VAN BUREN, Ark. (KRVS) - Addison Brashears, a fifth-grader at Rena Elementary, won the Arkansas State Spelling Bee on Saturday in Little Rock, correctly spelling "chiaroscuro" in the 14th round.

She will represent Arkansas at the Scripps National Spelling Bee in Maryland in May.

"She reads the dictionary in the car," said her mother, Kayla Brashears. Her father, Tyler Brashears, said the family is already saving for the trip.""",
gold=[("FSM017", "parent_of_subject"), ("FSM016", "parent_of_subject")]),

dict(guid="fsm_krvs_20260415_0307", pub="2026-04-15T12:30:00-05:00", title="Van Buren neighbors clean up after overnight hail and wind",
body="""VAN BUREN, Ark. (KRVS) - Chainsaws were running on Jefferson Street by sunrise Wednesday after a severe thunderstorm dropped golf-ball-size hail and 70 mph gusts on Van Buren and Alma overnight.

"I've been on this street since 1963 and I've never heard hail like that," said Billie Jo Castleberry, who watched a neighbor's oak come down across the road. "It sounded like somebody was throwing rocks at the house all night."

OG&E said about 6,000 customers lost power at the peak. No injuries were reported.""",
gold=[]),

dict(guid="fsm_krvs_20260203_0150", pub="2026-02-03T17:00:00-06:00", title="Flu cases climbing across the River Valley, doctors say",
body="""FORT SMITH, Ark. (KRVS) - Emergency rooms in Fort Smith are seeing more flu patients than at any time in the past three winters.

"We're seeing whole households come in at once," said Dr. Anand Kulkarni, a family physician with River Valley Primary Care. "It's not too late to get a flu shot."

The Arkansas Department of Health reported 41 flu deaths statewide so far this season.""",
gold=[]),

dict(guid="fsm_krvs_20260520_0398", pub="2026-05-20T18:40:00-05:00", title="Joplin firefighter honored for rescue at apartment blaze",
body="""JOPLIN, Mo. (KRVS) - A Joplin firefighter who carried two children from a burning apartment building last month received the Missouri Medal of Valor on Tuesday.

Tyler Brashears, 31, a six-year veteran of the Joplin Fire Department, was one of 12 firefighters honored in Jefferson City. Brashears grew up in Carthage.""",
gold=[]),

dict(guid="fsm_krvs_20260707_0455", pub="2026-07-07T06:15:00-05:00", title="Sallisaw man takes gold at Oklahoma Senior Games",
body="""SALLISAW, Okla. (KRVS) - Sallisaw's Odell Hixson, 73, brought home a gold medal in horseshoe pitching from the Oklahoma Senior Games in Oklahoma City this weekend.

Hixson, a retired Sequoyah County mail carrier who also preaches at a country church near Marble City, threw 31 ringers in the final. "My wife says I've spent more time in the backyard pit than in the house," Hixson said.""",
gold=[("FSM021", "subject")]),
]
