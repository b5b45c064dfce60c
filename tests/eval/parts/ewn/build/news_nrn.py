"""Neuse River Neighbors (community paper for New Bern, Trent Woods, Pamlico and Jones counties): teaser in
description, HTML in content:encoded, guids prefixed ewn_. Hand-labelled."""

FEED = "nrn"
ITEMS = [
dict(guid="ewn_nrn_2026_0207", pub="2026-02-05T08:00:00-05:00",
     title="After 38 years, Mrs. Ipock closes her gradebook",
body="""NEW BERN - When the bell rings on the last day of the semester at New Bern High School, it will ring for Loretta Ipock for the last time. The English teacher, who has taught more than 5,000 Bears to diagram a sentence and love Flannery O'Connor, retires this month after 38 years.

Ipock, who grew up on Harkers Island as Loretta Gaskill, came to New Bern High in 1988 after a decade in Carteret County schools. Her former students include two mayors and, she notes, "at least one bank robber, who wrote beautifully."

A reception in her honor will be held Feb. 20 in the school media center.""",
gold=[("EWN002", "subject")]),

dict(guid="ewn_nrn_2026_0233", pub="2026-03-12T08:00:00-04:00",
     title="Mewborn-Tripp engagement announced",
body="""ORIENTAL - Mr. and Mrs. Truett Mewborn of Oriental announce the engagement of their daughter, Abigail Lupton Mewborn, to 1st Lt. Samuel Tripp, USMC, son of Mr. and Mrs. Kevin Tripp of Beaufort.

The bride-elect is a graduate of Pamlico County High School and UNC Wilmington and teaches marine science at Pamlico County Middle School. Her fiancé is a graduate of the U.S. Naval Academy and flies with Marine Aircraft Group 14 at Cherry Point.

An October wedding is planned at Oriental United Methodist Church.""",
gold=[("EWN013", "parent_of_subject"), ("EWN014", "parent_of_subject")]),

dict(guid="ewn_nrn_2026_0260", pub="2026-04-23T08:00:00-04:00",
     title="Jones Senior's Jaylen Koonce wins full ride to UNC",
body="""TRENTON - Jaylen Koonce, a senior at Jones Senior High School, has been named a Morehead-Cain Scholar, a four-year full scholarship to the University of North Carolina at Chapel Hill. She is the first Jones County student to win it in 22 years.

Koonce, the daughter of Marlon and Yvette Koonce of Trenton, is the class valedictorian, president of the school's FFA chapter and a point guard on the basketball team. She plans to study environmental science.""",
gold=[("EWN019", "parent_of_subject")]),

dict(guid="ewn_nrn_2026_0284", pub="2026-05-28T08:00:00-04:00",
     title="Panadería La Esperanza opens its doors in Havelock",
body="""HAVELOCK - The smell of conchas and bolillos has come to Miller Boulevard. Panadería La Esperanza, a Mexican bakery owned by Linda Bocanegra of Havelock, opened May 22 in the former Shear Magic salon.

Bocanegra, who came to Havelock from Guanajuato in 1999, has baked for weddings and quinceañeras out of a licensed home kitchen for a decade. Her husband, Efraín Medina, a retired Marine staff sergeant, built the display cases.

The bakery is open Tuesday through Sunday from 6 a.m.""",
gold=[("EWN005", "subject")]),

dict(guid="ewn_nrn_2026_0312", pub="2026-07-09T08:00:00-04:00",
     title="Habitat for Humanity thanks Pamlico and Jones volunteers",
body="""BAYBORO - Twin Rivers Habitat for Humanity dedicated its 40th home on Saturday, a three-bedroom house in Bayboro built with more than 2,100 volunteer hours.

Executive director Gail Riggs thanked the crews and sponsors, among them Truett and Carolyn Mewborn, JoAnn Quidley, Oriental United Methodist Men, Sermons Bait & Marine, the Pamlico Rotary Club and Linda Bocanegra, who fed the Saturday crews all summer.

The new homeowner, Ms. Tiana Gaskins, and her three children move in this month.""",
gold=[]),  # volunteers and sponsors listed: nothing

dict(guid="ewn_nrn_2026_0338", pub="2026-08-20T08:00:00-04:00",
     title="Trent Woods names Buddy Wetherington Citizen of the Year",
body="""TRENT WOODS - The Town of Trent Woods has named Clarence "Buddy" Wetherington Jr. its 2026 Citizen of the Year.

Wetherington, a retired pharmacist, has chaired the town's tree board for twelve years and organized the volunteers who replanted more than 600 live oaks and longleaf pines after Hurricane Florence. Mayor Donna Staton presented the award at Tuesday's council meeting, where his wife, Mary Beth, and their grandchildren led the applause.

"Daddy planted trees his whole life," Wetherington said, remembering his father, who died in February. "I'm just catching up." """,
gold=[("EWN003", "subject")]),
]
