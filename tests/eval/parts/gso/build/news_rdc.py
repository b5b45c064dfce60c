"""Randolph-Davidson Courier & Forsyth Weekly: small-town paper (milestones, sports briefs, community). Teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "rdc"
ITEMS = [
dict(guid="gso_rdc-2026-0304-ace", pub="2026-03-04T07:00:00-05:00", title="Hole-in-one at Colonial Country Club",
body="""Chris Beck of Thomasville made a hole-in-one on Saturday on the 152-yard seventh hole at Colonial Country Club, using a 7-iron.

It was the first ace in more than 40 years of golf for Beck, 64, who retired last year from the city's public works department. Witnessing the shot were Donnie Lambeth and Ray Myers.""",
gold=[("GSO017", "subject")]),

dict(guid="gso_rdc-2026-0910-quaker", pub="2026-09-10T07:00:00-04:00", title="Jamestown Friends mark 275 years with a day of worship and fried pies",
body="""Deep River Friends Meeting near Jamestown marked its 275th anniversary on Sunday with a meeting for worship, a history walk through the old burying ground, and fried pies from the meeting's famous kitchen.

About 300 people attended, including Friends from New Garden and from as far away as Indiana. "We've had silent worship on this hill since before there was a United States," said Peggy Hinshaw of Greensboro, who helped write the meeting's history. "We're not in a hurry to stop."

The pies sold out by noon. Sam Mendenhall, who chaired the anniversary committee, said proceeds will go toward a new roof for the meetinghouse.""",
gold=[]),  # GSO010 quoted; GSO011 committee chair quoted: neither is the subject

dict(guid="gso_rdc-2026-0805-engaged", pub="2026-08-05T07:00:00-04:00", title="Engagement: Pfohl - Whitfield",
body="""Jonathan and Laura Pfohl of Winston-Salem announce the engagement of their daughter, Hannah Elizabeth Pfohl, to Marcus Allen Whitfield, son of Gregory and Denise Whitfield of Mocksville.

The bride-elect is a graduate of Salem Academy and Appalachian State University and teaches fourth grade at Moore Elementary. The prospective groom is a graduate of N.C. State University and is a civil engineer with the N.C. Department of Transportation.

The wedding is planned for May 2027 at Home Moravian Church.""",
gold=[("GSO021", "parent_of_subject"), ("GSO022", "parent_of_subject")]),

dict(guid="gso_rdc-2026-1201-lovefeast", pub="2026-12-01T07:00:00-05:00", title="Kernersville Moravian lovefeast draws record crowd",
body="""More than 800 people filled Kernersville Moravian Church on Sunday for the congregation's Christmas lovefeast, a record, according to the church office.

Volunteers baked 1,100 buns and brewed 90 gallons of coffee. The church thanked this year's dieners and candle-trimmers, among them Anna Marie Fries, Kaye Linville, Joe Stafford and the Kernersville Moravian youth group.""",
gold=[]),  # GSO004 Anna Marie Fries in a volunteer list

dict(guid="gso_rdc-2026-0402-fire", pub="2026-04-02T07:00:00-04:00", title="Family displaced by Asheboro house fire",
body="""A family of five was displaced Tuesday night after fire damaged a house on Cox Street in Asheboro. Fire Chief Lowell Brown said the fire started in a clothes dryer. No one was injured, and the Red Cross is assisting the family, identified by neighbors as the Tysingers.""",
gold=[]),

dict(guid="gso_rdc-2026-1015-scholar", pub="2026-10-15T07:00:00-04:00", title="Burlington native wins Lumbee graduate fellowship",
body="""Kiara Oxendine, a Western Alamance graduate now in her first year of pharmacy school at UNC-Chapel Hill, has received a graduate fellowship from the Lumbee Tribe's education office.

Oxendine, 22, is the daughter of Curtis and Renee Oxendine of Mebane. She plans to return to Robeson County to practice.""",
gold=[]),  # Oxendines not on the roster (GSO012/013 are Tammy and Dwayne of Greensboro)
]
