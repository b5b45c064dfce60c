"""Star-Courier (Cabot, Ark.; small-town weekly covering Cabot, Ward, Austin, Greenbrier and Vilonia):
community and milestones, plain text. Hand-labelled."""

FEED = "csc"
ITEMS = [
dict(guid="lit_csc-2026-05-21-milestones", pub="2026-05-21T07:00:00-05:00", title="Cabot High names valedictorian, salutatorian",
body="""CABOT - Kaylee Ledbetter will deliver the valedictory address at Cabot High School's commencement May 29 at First Security Stadium. She finished with a 4.41 grade-point average, was captain of the quiz bowl team and will study chemical engineering at the University of Arkansas on a Chancellor's Scholarship.

Kaylee is the daughter of Dwayne and Rhonda Ledbetter of Cabot and the granddaughter of Betty Sue Cagle and the late Clifford Cagle.

The salutatorian is Nathan Okafor, son of Chinedu and Grace Okafor of Cabot.""",
gold=[("LIT015", "parent_of_subject"), ("LIT016", "parent_of_subject")]),

dict(guid="lit_csc-2026-08-06-anniv", pub="2026-08-06T07:00:00-05:00", title="Ledbetters to mark 40th anniversary",
body="""CABOT - Dwayne and Rhonda (Cagle) Ledbetter will celebrate their 40th wedding anniversary with a come-and-go reception from 2 to 4 p.m. Sunday, Aug. 16, in the fellowship hall of the Cabot church of Christ. The couple married Aug. 16, 1986, at the Cabot church of Christ. Dwayne retired from the Cabot Water and Wastewater Commission; Rhonda teaches third grade at Northside Elementary. Their children request no gifts.""",
gold=[("LIT015", "subject"), ("LIT016", "subject")]),

dict(guid="lit_csc-2026-09-03-pruitt", pub="2026-09-03T07:00:00-05:00", title="After 58 years in the pulpit, Greenbrier preacher steps down",
body="""GREENBRIER - When Hal Pruitt stood up to preach at the Greenbrier church of Christ on Sunday, the building was so full that the deacons set folding chairs in the foyer.

It was his last sermon as the congregation's minister. Pruitt, 84, preached his first sermon at 16 in a brush arbor near Pleasant Valley and has preached in Greenbrier since 1974. He baptized, by his own count, more than 600 people in Cadron Creek and the church baptistry, and performed the weddings of half the town.

"I'm not retiring from the Lord, just from the schedule," Pruitt said. He will keep teaching the Wednesday night class. The congregation has hired Caleb Dunaway of Searcy as its new minister.""",
gold=[("LIT018", "subject")]),

dict(guid="lit_csc-2026-09-24-engage", pub="2026-09-24T07:00:00-05:00", title="Engagements: Boyd - Pettaway",
body="""Dr. and Mrs. Alvin Boyd of Cabot announce the engagement of their daughter, Dr. Kiana Renee Boyd, to Marcus Pettaway of Little Rock. The bride-elect is a 2006 graduate of Cabot High School and a pediatrician at Arkansas Children's Hospital. The prospective groom, a graduate of Philander Smith College, is a commercial real estate broker with Rock City Realty Partners. The wedding is planned for April 17, 2027, at Mount Zion Missionary Baptist Church in Little Rock.""",
gold=[("LIT021", "subject")]),
]
