"""Madison-Limestone Neighbor (community paper: schools, churches, clubs, milestones), teaser in description and
HTML in content:encoded. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="hsv_mln_2026_0055", pub="2026-04-16T08:00:00-05:00", title="Friends of the Library spring sale sets a record",
body="""ATHENS - The Friends of the Athens-Limestone Public Library sold more than 11,000 books at their spring sale last weekend, raising $14,300 for children's programs.

Volunteers who sorted, priced and carried boxes for three days included Delphine Crutcher, Earline Whisenant, Marvin Tubb, Ruthie Long and Ed Phelps. "We had a man buy 300 westerns," said Friends president Gail Ezell.""",
gold=[]),

dict(guid="hsv_mln_2026_0081", pub="2026-06-25T08:00:00-05:00", title="Huntsville teen earns Eagle Scout with Blue Spring Road trail project",
body="""HUNTSVILLE - Jaylen Petway, 17, of Troop 400 has earned the rank of Eagle Scout, the highest in Scouting.

For his Eagle project, Jaylen led 22 volunteers in building a quarter-mile walking trail and six benches behind Greater Mount Calvary Missionary Baptist Church. He is a rising senior at Lee High School and the son of Curtis and Octavia Petway of Huntsville.

His court of honor will be held July 12 at the church.""",
gold=[("HSV021", "parent_of_subject")]),

dict(guid="hsv_mln_2026_0098", pub="2026-08-27T08:00:00-05:00", title="Greater Mount Calvary honors its pastor for 30 years",
body="""HUNTSVILLE - Greater Mount Calvary Missionary Baptist Church will celebrate the 30th pastoral anniversary of the Rev. Obadiah Whitsett on Sunday, Sept. 6, with a 3 p.m. service and a dinner on the grounds.

Whitsett, who succeeded his father as pastor in 1996, has overseen the church's food pantry, its after-school tutoring program and the new walking trail. "Pastor Whitsett buried my mother-in-law and baptized both my sons," said church clerk Octavia Petway, who is organizing the celebration.""",
gold=[("HSV013", "subject")]),

dict(guid="hsv_mln_2026_0114", pub="2026-11-05T08:00:00-06:00", title="Madison veteran inducted into Alabama Military Hall of Honor",
body="""MADISON - Retired Army Lt. Col. Beauregard "Beau" Thigpen of Madison was inducted Saturday into the Alabama Military Hall of Honor in Marion.

Thigpen, 60, flew Apache helicopters in two deployments to Iraq and later led the aviation test directorate at Redstone Arsenal. Since retiring in 2016 he has run a free flight-training scholarship for Madison County high school students.

"My father was a soldier, and he would have been unbearable about this," Thigpen said.""",
gold=[("HSV015", "subject")]),
]
