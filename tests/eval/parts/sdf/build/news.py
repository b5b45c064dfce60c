"""News for part `sdf`, three sources, hand-labelled (gold=[...] beside each text).

BL: Ohio Falls Business Ledger (business weekly, plain text).
TV: WFCV 11 News (TV station site, HTML descriptions).
CT: Oldham & Bullitt Courier-Times (small-town/community paper: teaser + content:encoded).
"""

BL = [
dict(guid="sdf_ofbl-2026-0114", pub="2026-01-14T06:00:00-05:00", title="Panadería La Habana opens second bakery in Okolona",
body="""Panadería La Habana, the Cuban bakery that has sold pastelitos de guayaba on Preston Highway since 2017, will open a second location on Outer Loop in Okolona next month, owner Yanelis Ortega said.

Ortega, who came to Louisville from Matanzas as a teenager, said the new shop will add a cafecito counter and a catering kitchen. "Our customers drive in from Shepherdsville and Jeffersonville for the Cuban bread," she said.

"I have bought my bread here since the first week," said longtime customer Ernesto Valdes of Beechmont.""",
gold=[("SDF003", "subject")]),   # Ernesto Valdes quoted customer: nothing

dict(guid="sdf_ofbl-2026-0302", pub="2026-03-02T06:00:00-05:00", title="Cuban American chamber names new board; Miami banker to keynote",
body="""The Kentucky Cuban American Chamber of Commerce named its 2026 board on Friday and announced that Miami banker Ernesto Valdés, chief executive of Coral Gables-based Bahía Trust, will keynote its spring luncheon at the Galt House.

The new board chair is restaurateur Yoandy Cabrera. Board members include accountants, a physician and two contractors from Louisville and Lexington.""",
gold=[]),   # far namesake of SDF001 (Ernesto Valdes Rivero, Louisville): nothing

dict(guid="sdf_ofbl-2026-0415", pub="2026-04-15T06:00:00-04:00", title="Cedar Fork Distillery names Anna Marie Thixton president",
body="""Cedar Fork Distillery, the Bullitt County bourbon maker, has named Anna Marie Thixton its president, the first woman to lead the 140-year-old company. She has been chief operating officer since 2019 and succeeds Walt Beeler, who retires in June.

Thixton joined Cedar Fork in 1988 as a bottling-line supervisor. Her husband's family has worked the company's rickhouses for four generations; her father-in-law died earlier this month.

"She knows every barrel on the hill," said her husband, Trip Thixton, a Shepherdsville contractor.""",
gold=[("SDF015", "subject")]),   # husband quoted: nothing

dict(guid="sdf_ofbl-2026-0506", pub="2026-05-06T06:00:00-04:00", title="Begovic Freight buys Shepherdsville warehouse, plans 40 jobs",
body="""Begovic Freight LLC, the Louisville trucking company founded in 2011 by Senada Begović, has bought a 120,000-square-foot warehouse off Interstate 65 in Shepherdsville and plans to add 40 jobs by next spring.

Begović, who arrived in Louisville from Bosnia as a child, started the company with one truck and now runs 85. "Bullitt County is where the freight is going," she said.""",
gold=[("SDF020", "subject")]),

dict(guid="sdf_ofbl-2026-0610", pub="2026-06-10T06:00:00-04:00", title="Falls City Tool & Die acquired by Ohio manufacturer",
body="""Falls City Tool & Die, a 90-employee Jeffersontown machine shop, has been acquired by Dayton-based Miami Valley Precision for an undisclosed sum. President Gary Fenwick will stay on for a year. No layoffs are planned, the companies said.""",
gold=[]),

dict(guid="sdf_ofbl-2026-0909", pub="2026-09-09T06:00:00-04:00", title="Schuhmann Hardware marks a century on Spring Street",
body="""Schuhmann Hardware in New Albany turns 100 this month. Owner Greg Schuhmann, the third generation to run the store, is hosting a block party on Saturday with hot dogs and a key-cutting contest.

"My grandfather opened it with nails by the pound, and we still sell nails by the pound," Schuhmann said. The store survived the 1937 flood and two big-box openings across the river.""",
gold=[("SDF021", "subject")]),
]

TV = [
dict(guid="sdf_wfcv-2026-0223-shively-fire", pub="2026-02-23T18:40:00-05:00", title="Shively family escapes overnight house fire",
body="""A mother and her two teenagers escaped without injury when fire tore through their Crums Lane home in Shively early Monday.

Tamika Boyd said a smoke alarm woke her son around 3 a.m. "We got out with our shoes and the dog," she said. Shively Fire Chief Ron Dawkins said the fire started in the garage; the house is a total loss. The Red Cross is helping the family.""",
gold=[("SDF010", "subject")]),

dict(guid="sdf_wfcv-2026-0318-teacher", pub="2026-03-18T17:15:00-04:00", title="Jeffersonville teacher a finalist for Indiana Teacher of the Year",
body="""A Jeffersonville High School chemistry teacher is one of four finalists for Indiana Teacher of the Year.

Latrice Pendleton has taught at Jeff High for 22 years and runs the school's robotics team, which went to the world championship last spring. The winner will be announced in May.""",
gold=[("SDF022", "subject")]),

dict(guid="sdf_wfcv-2026-0512-okolona-storm", pub="2026-05-12T07:30:00-04:00", title="Cleanup under way after overnight storm damages Okolona homes",
body="""Crews were clearing downed trees in Okolona on Tuesday after an overnight storm brought down power lines along Outer Loop and Fern Valley Road.

"We heard it come through like a train," said Emir Hadzic, who lives two streets over and helped neighbors cut up a fallen oak. LG&E said 4,000 customers were still without power at noon.""",
gold=[]),   # quoted bystander (his weather outreach, if any, comes from the alert)

dict(guid="sdf_wfcv-2026-0701-tractor", pub="2026-07-01T21:05:00-04:00", title="Jeffersontown man hurt when tractor overturns",
body="""A Jeffersontown man was flown to UofL Hospital on Wednesday after the tractor he was driving overturned on a steep bank near Taylorsville Road.

Denny Kraemer, 60, was mowing a neighbor's field when the tractor rolled, Jeffersontown police said. He was in serious but stable condition Wednesday night.""",
gold=[("SDF023", "subject")]),

dict(guid="sdf_wfcv-2026-0820-church", pub="2026-08-20T18:00:00-04:00", title="West End pastor marks 30 years in the pulpit",
body="""Greater Canaan Missionary Baptist Church will celebrate its pastor's 30th anniversary on Sunday.

The Rev. Alfonso Merriweather came to Greater Canaan in 1996 and led the congregation through the 1997 flood recovery and the building of its Family Life Center. Deacon Lamont Greer said the church expects 600 guests. Bernice Whitlock, a member of the anniversary committee, said lunch will be served after the service.""",
gold=[("SDF009", "subject")]),   # Bernice Whitlock committee member: nothing
]

CT = [
dict(guid="sdf_obct-2026-0128-obannon-retires", pub="2026-01-28T08:00:00-05:00", title="Oldham Springs master distiller retires after 41 years",
body="""Patrick "Paddy" O'Bannon, master distiller at Oldham Springs Distillery in La Grange, will retire at the end of January after 41 years, the company announced.

O'Bannon started sweeping the still house in 1985 and oversaw the distillery's return to full production in 2012. Assistant distiller Kayla Brewer will succeed him.""",
gold=[("SDF016", "subject")]),

dict(guid="sdf_obct-2026-0613-wedding", pub="2026-06-13T08:00:00-04:00", title="Weddings: Hildebrand - Nguyen",
body="""Claire Elizabeth Hildebrand and David Minh Nguyen were married May 30 at St. Martin of Tours Church, Louisville.

The bride is the daughter of Joe and Rosie Hildebrand of Louisville and the granddaughter of the late Joseph Hildebrand Sr. The groom is the son of Thanh and Mai Nguyen of Crestwood. The couple lives in La Grange.""",
gold=[("SDF004", "parent_of_subject"), ("SDF005", "parent_of_subject")]),

dict(guid="sdf_obct-2026-0722-birthday", pub="2026-07-22T08:00:00-04:00", title="La Grange woman marks 80th birthday with family picnic",
body="""Ruth Ellen Van Meter of La Grange celebrated her 80th birthday June 12 with a picnic at Wendell Moore Park. Her husband, Harold, and their sons, grandchildren and church friends attended. She has taught Sunday school at La Grange Baptist Church for 52 years.""",
gold=[("SDF017", "subject")]),

dict(guid="sdf_obct-2026-1105-signing", pub="2026-11-05T08:00:00-05:00", title="Shively guard Jalen Boyd signs with Bellarmine",
body="""Jalen Boyd, a senior guard at Butler Traditional High School, signed a letter of intent Wednesday to play basketball at Bellarmine University.

Boyd averaged 19 points a game last season. He is the son of Tamika and Marcus Boyd of Shively, whose home burned in February. "He never missed a practice, even then," his coach, Andre Tolbert, said.""",
gold=[("SDF010", "parent_of_subject")]),

dict(guid="sdf_obct-2026-0930-fair", pub="2026-09-30T08:00:00-04:00", title="Bullitt County fair results: quilts, hams and a record pumpkin",
body="""The Bullitt County Fair wrapped up Saturday. Best of show in country ham went to Earl Ray Sipes of Lebanon Junction; the quilt prize to the Mount Washington Homemakers. A 912-pound pumpkin grown by Clyde Hatcher of Brooks set a fair record.""",
gold=[]),
]

ITEMS = BL + TV + CT
