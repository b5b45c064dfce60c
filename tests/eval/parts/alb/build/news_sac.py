"""Saratoga & Southern Adirondack Community News (small-town paper: milestones, weddings, community notes),
teaser description and HTML in content:encoded. Hand-labelled."""

FEED = "sac"
ITEMS = [
dict(guid="alb_sac_2026_w_0418", pub="2026-04-18T08:00:00-04:00", title="Persaud - Mahabir",
body="""Emily Persaud and Daniel Mahabir were married April 11, 2026, at the Shri Ram Mandir in Schenectady, followed by a reception at the Glen Sanders Mansion in Scotia.

The bride is the daughter of Dev and Indira Persaud of Schenectady. She is a physician assistant at Ellis Medicine. The groom, son of Ramesh and Geeta Mahabir of Richmond Hill, Queens, is a software engineer.

The couple honeymooned in Guyana and Trinidad and live in Saratoga Springs.""",
gold=[("ALB006", "parent_of_subject"), ("ALB007", "parent_of_subject")]),

dict(guid="alb_sac_2026_a_0523", pub="2026-05-23T08:00:00-04:00", title="Van Wies celebrate 50 years",
body="""Jim and Carol Van Wie of Saratoga Springs celebrated their 50th wedding anniversary on May 22 with a dinner for family at the Olde Bryan Inn.

The couple met at Skidmore College, where Carol was studying art and Jim was delivering milk. They were married May 22, 1976, at the Old Dutch Church in Schuylerville. Jim retired from the Saratoga Springs Department of Public Works; Carol taught art at Lake Avenue Elementary for 28 years. They have three children and seven grandchildren.""",
gold=[("ALB013", "subject"), ("ALB014", "subject")]),

dict(guid="alb_sac_2026_c_0606", pub="2026-06-06T08:00:00-04:00", title="Library campaign reaches goal for children's wing",
body="""The Clifton Park-Halfmoon Public Library Foundation has reached its $1.2 million goal for a new children's wing, foundation chair Renee Oakes announced.

Leadership donors included the Schermerhorn family, Tom and Susan Nowicki, the Ballston Spa National Bank, and the Friends of the Library. Construction starts in September.""",
gold=[]),

dict(guid="alb_sac_2026_c_0620", pub="2026-06-20T08:00:00-04:00", title="Saratoga track opens with a new paddock",
body="""The Saratoga Race Course will open its 158th season July 9 with a rebuilt paddock and a larger family picnic area. NYRA said the project cost $24 million and adds shade for 2,000 visitors.""",
gold=[]),

dict(guid="alb_sac_2026_m_0711", pub="2026-07-11T08:00:00-04:00", title="Ten Eyck named honorary historian at Albany Institute",
body="""The Albany Institute of History & Art has named Cornelia Ten Eyck its honorary historian. Ten Eyck, a retired Albany Academy for Girls teacher and a descendant of one of the city's first Dutch families, has transcribed more than 3,000 pages of the colony's 17th-century court minutes, working from the Dutch originals.

"Nell Ten Eyck reads seventeenth-century Dutch handwriting the way most people read a grocery list," said curator Diane Wessel.""",
gold=[("ALB011", "subject")]),
]
