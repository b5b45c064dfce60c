"""Sheridan County Neighbors: community paper (milestones, engagements, schools, volunteers), a teaser in
description and HTML in content:encoded. Hand-labelled (gold=[...] beside each text)."""

FEED = "scn"
ITEMS = [
dict(guid="shr_scn_2026_0205_engagement", pub="2026-02-05T08:00:00-07:00", title="Engagement: Marchbanks - Reinholt",
body="""Gideon "Gid" Marchbanks of Banner and Paula Jo Reinholt of Big Horn announce their engagement. Gid is the son of Evelyn Marchbanks of Banner and the late Lloyd Marchbanks; he ranches on Shell Creek and is chief of the Banner volunteer fire department. Paula Jo is a nurse at Sheridan Memorial Hospital.

A June wedding is planned at the Story Community Church.""",
gold=[("SHR019", "subject")]),

dict(guid="shr_scn_2026_0212_anniversary", pub="2026-02-12T08:00:00-07:00", title="Tegelers mark 60 years on the Clearmont place",
body="""Wilbur "Web" and Irene Tegeler of Clearmont will celebrate their 60th wedding anniversary with an open house from 2 to 4 p.m. Sunday, Feb. 15, at the Clearmont Community Hall.

The couple were married Feb. 12, 1966, at St. Matthew's in Clearmont and have ranched on Clear Creek ever since. They have three children, eight grandchildren and, as of January, one great-grandchild. The family asks for no gifts, only stories.""",
gold=[("SHR016", "subject")]),  # Irene is not a client

dict(guid="shr_scn_2026_0415_volunteer", pub="2026-04-15T08:00:00-06:00", title="Dayton's Lavonne Ruebusch named county Volunteer of the Year",
body="""DAYTON - For 41 years, Lavonne Ruebusch has run the Dayton food pantry out of the basement of the community hall, and on Tuesday night the Sheridan County Commission made her its 2026 Volunteer of the Year.

Ruebusch, 87, still unloads the truck from the Food Bank of Wyoming herself every second Thursday. "People ask me when I'm going to quit," she said. "I tell them when the food quits."

The award was presented by Paulette Fauchald of Ranchester, chair of the county's volunteer recognition committee.""",
gold=[("SHR012", "subject")]),  # Paulette Fauchald presents the award: nothing

dict(guid="shr_scn_2026_0522_hathaway", pub="2026-05-22T08:00:00-06:00", title="Sheridan High seniors earn top scholarships",
body="""Sheridan High School senior Mateo Baraza has been awarded the University of Wyoming's Trustees' Scholarship, the university's top merit award, covering full tuition and fees for four years. Mateo, the son of Rosa Elena Baraza Quintero of Sheridan, plans to study civil engineering.

Classmate Hadley Ostrom received a Daniels Fund scholarship and will attend Colorado State University.""",
gold=[("SHR003", "parent_of_subject")]),

dict(guid="shr_scn_2026_0925_bandshell", pub="2026-09-25T08:00:00-06:00", title="Kendrick Park bandshell restoration complete; donors thanked",
body="""The restored bandshell in Kendrick Park was rededicated Saturday with a concert by the Sheridan Municipal Band, 110 years after it was first built.

The Sheridan Parks Foundation thanked the donors who made the $380,000 restoration possible, among them the Whitney Benefits, the Sheridan Rotary Club, Tad and Maggie Vanderhoef, Dottie Wrobleski in memory of Casey Wrobleski, Dr. Meena Raghunathan, the Polish Club of Sheridan and many others.""",
gold=[]),  # a donor list
]
