"""Mountain Neighbors (community weekly: Buncombe and Henderson Counties; invented): schools, scouts, engagements,
honours, arts; teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "mn"
ITEMS = [
dict(guid="avl_mn_2026_0219", pub="2026-02-19T07:00:00-05:00", title="Mills River scout earns Eagle with orchard trail project",
body="""MILLS RIVER - Caleb Van Hook of Troop 614 has earned the rank of Eagle Scout. For his project, Caleb, 17, led 30 volunteers in building a half-mile accessible trail and six benches through the Mills River Community Orchard.

Caleb is the son of Dale and Trixie Van Hook of Mills River and a junior at West Henderson High School. His court of honor will be held March 7 at Mills River Presbyterian Church.""",
gold=[("AVL018", "parent_of_subject")]),

dict(guid="avl_mn_2026_0402", pub="2026-04-02T07:00:00-04:00", title="Engagement: Frisby - Delacroix",
body="""FAIRVIEW - Wendell and Jo Ann Frisby of Fairview announce the engagement of their daughter, Kelsey Anne Frisby, to Marcus Delacroix, son of Andre and Nicole Delacroix of Baton Rouge, La.

The bride-elect is a graduate of A.C. Reynolds High School and UNC Asheville and teaches fourth grade at Fairview Elementary. Her fiancé is a physical therapist in Asheville. An October wedding is planned at the Cane Creek Methodist Church.""",
gold=[("AVL011", "parent_of_subject")]),

dict(guid="avl_mn_2026_0514", pub="2026-05-14T07:00:00-04:00", title="Asheville physician appointed to N.C. Medical Board",
body="""ASHEVILLE - Gov. Hollis Pruitt has appointed Dr. Octavia Mapp, a family physician at the Eastside community health center, to a three-year term on the North Carolina Medical Board.

Mapp, who grew up in the East End and returned to Asheville after her residency at Meharry, has led the clinic's diabetes program since 2009. She is the first physician from Western North Carolina on the board in a decade.""",
gold=[("AVL022", "subject")]),

dict(guid="avl_mn_2026_0611", pub="2026-06-11T07:00:00-04:00", title="Out-of-towner takes best in show at Asheville quilt show",
body="""ASHEVILLE - Mary Beth Tweed of Roanoke, Va., took best in show at the Asheville Quilt Guild's spring show with "Blue Ridge Parkway at Dusk," a 96-inch quilt with more than 14,000 hand-cut pieces.

Second place went to Linda Jarrett of Brevard and third to the Fines Creek Quilters. The show drew more than 3,000 visitors to the WNC Agricultural Center.""",
gold=[]),

dict(guid="avl_mn_2026_0716", pub="2026-07-16T07:00:00-04:00", title="Library campaign reaches its goal",
body="""ASHEVILLE - The Friends of the Pack Library have raised $1.2 million to renovate the children's floor, reaching their goal three months early.

The Friends thanked their largest donors, among them Demetrios and Eleni Karagounis, Toby Kerlee, the Ramsey Family Foundation, HomeTrust Bank and the estate of Harlan Stikeleather. Work begins in September.""",
gold=[]),

dict(guid="avl_mn_2026_1008", pub="2026-10-08T07:00:00-04:00", title="Asheville woman's white-oak basket wins top prize at Cherokee Indian Fair",
body="""CHEROKEE - Darlene Climbingbear of Asheville won first prize in the basketry division at the 114th Cherokee Indian Fair on Saturday for a double-weave white-oak basket dyed with walnut and bloodroot.

Climbingbear, an enrolled member of the Eastern Band who learned to weave from her late uncle, Amos Climbingbear, said the basket took four months. "He'd say the splits were too thick," she said, laughing.""",
gold=[("AVL012", "subject")]),
]
