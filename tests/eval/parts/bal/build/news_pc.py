"""The Patapsco Courier: small-town weekly for Catonsville, Ellicott City, Columbia, Glen Burnie and the east side;
teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "pc"
ITEMS = [
dict(guid="bal_pc_2026-02-26-seo-dental", pub="2026-02-26T08:00:00-05:00", title="New pediatric dental practice opens in Harper's Choice",
body="""Kids in west Columbia have a new place to get their teeth cleaned, and it has a ball pit in the waiting room.

Dr. Young-Mi Seo, who goes by Amy, opened Little Harbor Pediatric Dentistry in the Harper's Choice village center this month. Seo, a Columbia native who trained at the University of Maryland School of Dentistry, spent nine years in a Towson group practice before striking out on her own. The practice takes Maryland Medicaid, and Seo offers Korean-language appointments on Saturdays.""",
gold=[("BAL014", "subject")]),

dict(guid="bal_pc_2026-03-19-locklear-engagement", pub="2026-03-19T08:00:00-04:00", title="Engagement: Locklear - Brayboy",
body="""Harold and Jo Ann Locklear of Glen Burnie announce the engagement of their daughter, Jessica Renee Locklear, to Tyler James Brayboy, son of Wanda Brayboy of Pembroke, N.C.

The bride-to-be is a 2021 graduate of UNC Pembroke and a nurse at Baltimore Washington Medical Center. Her fiancé is a lineman for Baltimore Gas and Electric. An October wedding is planned at the Baltimore American Indian Center.""",
gold=[("BAL010", "parent_of_subject"), ("BAL009", "parent_of_subject")]),

dict(guid="bal_pc_2026-04-09-library-donors", pub="2026-04-09T08:00:00-04:00", title="Catonsville library's reading garden opens, thanks to neighbors",
body="""The new reading garden behind the Catonsville branch library opened Saturday, paid for entirely by neighbors.

The Friends of the Catonsville Library thanked the garden's largest donors: the Catonsville Rotary, Trish O'Neill, Marvin and Rhoda Goldfarb, the Paradise Avenue Block Association, and Bill and Linda Stottlemyer. Benches carry the names of three longtime librarians.""",
gold=[]),   # donor list: nothing

dict(guid="bal_pc_2026-04-30-volunteer-year", pub="2026-04-30T08:00:00-04:00", title="Columbia's volunteer of the year started with one English class",
body="""Twelve years ago, Ana Lucía Contreras offered to teach one English class in the basement of the Oakland Mills interfaith center. This week Howard County named her its Volunteer of the Year.

Contreras, an accountant by day, now coordinates 40 volunteer teachers and classes for 300 adult learners a year. "Everybody here once sat where my students sit," she said at the ceremony.""",
gold=[("BAL021", "subject")]),   # roster Ana Lucia Reyes Contreras: second surname alone

dict(guid="bal_pc_2026-05-21-oxendine-captain", pub="2026-05-21T08:00:00-04:00", title="East Baltimore firefighter promoted to captain",
body="""Baltimore City Fire Department Lt. Dwayne Oxendine was promoted to captain at a ceremony Tuesday at the fire academy and will take command of Engine 5 on East Baltimore Street, the firehouse two blocks from where he grew up.

Oxendine, a member of the Lumbee Tribe whose grandparents came north from Robeson County in the 1960s, joined the department in 2006.""",
gold=[("BAL011", "subject")]),

dict(guid="bal_pc_2026-06-11-unc-pembroke-hof", pub="2026-06-11T08:00:00-04:00", title="Lumbee heritage: Pembroke honors one of its own",
body="""Baltimore's Lumbee community sent a busload to Pembroke, N.C., last weekend for the University of North Carolina at Pembroke's athletics hall of fame induction of Dwayne Oxendine, 58, of Lumberton, the Braves' career rushing leader from 1986 to 1989.

Oxendine, a retired high school principal, thanked "the families up in Baltimore who sent their kids home every summer to play ball." """,
gold=[]),   # namesake of BAL011 in Lumberton, N.C., age 58: nothing

dict(guid="bal_pc_2026-06-18-ellicott-city-flood-drill", pub="2026-06-18T08:00:00-04:00", title="Ellicott City runs flood drill on Main Street",
body="""Howard County emergency managers sounded the new flood sirens on Main Street in Ellicott City on Tuesday for the summer drill. Shop owners walked their customers up to the Court Avenue staging area in under eight minutes, officials said.""",
gold=[]),

dict(guid="bal_pc_2026-06-25-raftopoulos-wedding", pub="2026-06-25T08:00:00-04:00", title="Weddings: Raftopoulos - Demos",
body="""Nicholas Konstantinos Raftopoulos and Sophia Anne Demos were married June 13 at St. Nicholas Greek Orthodox Church in Highlandtown, Fr. Demetrios Kalogeropoulos officiating. The koumbaro was the groom's cousin, Peter Kourakis.

The groom is the son of Gus and Eleni Raftopoulos of Baltimore and manages the Towson store of the family's Athena Pastry Shop. The bride, daughter of James and Maria Demos of Ellicott City, is a pharmacist at Johns Hopkins Bayview. The couple will live in Towson.""",
gold=[("BAL015", "parent_of_subject"), ("BAL016", "parent_of_subject")]),
]
