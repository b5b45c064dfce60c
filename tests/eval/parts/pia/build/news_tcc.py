"""Illinois Valley Courier - community papers for Chillicothe, Washington, Pekin, Eureka and the Peoria
neighbourhoods: milestones, schools, farm news; teaser description plus HTML in content:encoded. Hand-labelled."""

FEED = "tcc"
ITEMS = [
dict(guid="pia_ivc_2026_milestones_0061", pub="2026-06-05T08:00:00-05:00", title="Hufnagels to mark 60th anniversary",
body="""PEKIN - Gerald "Gerry" and Ruth (Kiefer) Hufnagel of Pekin will celebrate their 60th wedding anniversary with an open house from 2 to 4 p.m. Sunday, June 14, in the St. Joseph Parish Center.

The couple were married June 11, 1966, at St. Joseph Catholic Church in Pekin. Gerry retired from the Pekin Energy plant, and Ruth was the parish bookkeeper for 30 years. They have four children, eleven grandchildren and two great-grandchildren. The family requests no gifts.""",
gold=[("PIA005", "subject"), ("PIA006", "subject")]),

dict(guid="pia_ivc_2026_schools_0074", pub="2026-05-07T08:00:00-05:00", title="Peoria High senior wins full ride to Bradley",
body="""PEORIA - Jordan Whitfield, a Peoria High School senior, has been named one of five Bradley University Presidential Scholars, a full four-year scholarship.

Jordan, the son of Marcus and JoAnn Whitfield of Peoria, is the class valedictorian, first chair trumpet in the Lions' jazz band and a youth usher at Mount Zion Missionary Baptist Church. He plans to study mechanical engineering. "My mom told me to aim for the top shelf," he said.""",
gold=[("PIA011", "parent_of_subject")]),
# Roster "Jo Ann" = "JoAnn"; Marcus is not a client.

dict(guid="pia_ivc_2026_farm_0019", pub="2026-02-12T08:00:00-06:00", title="Eureka farmer named Young Farmer of the Year",
body="""EUREKA - The Woodford County Farm Bureau has named Dan Sommer its 2026 Young Farmer of the Year.

Sommer, 46, farms 1,400 acres of corn and soybeans north of Eureka with his father, Marvin, and runs a cover-crop seeding business on the side. He and his wife, Kristen, have three children. He received the award at the Farm Bureau's annual meeting at the Eureka College dining hall.""",
gold=[("PIA023", "subject")]),

dict(guid="pia_ivc_2026_milestones_0088", pub="2026-08-06T08:00:00-05:00", title="Engagement: Gingerich - Zehr",
body="""MORTON - Lydia Ann Gingerich of Morton and the late Raymond Gingerich announce the engagement of their daughter, Emma Gingerich, to Caleb Zehr, son of Dale and Sharon Zehr of Morton.

The bride-elect is a 2022 graduate of Goshen College and a nurse at Carle Health Eureka. Her fiance farms with his father east of Morton. An Oct. 17 wedding is planned at Morton Mennonite Church.""",
gold=[("PIA020", "parent_of_subject")]),

dict(guid="pia_ivc_2026_community_0093", pub="2026-08-20T08:00:00-05:00", title="Chillicothe library thanks donors for new children's wing",
body="""CHILLICOTHE - The Chillicothe Public Library District opened its new children's wing on Saturday, paid for entirely by local donations.

Board president Sue Maddox thanked the more than 200 donors, including the Chillicothe Lions Club, the estate of Frances Ingersoll, Walt Ingersoll, Katie O'Leary, Dr. and Mrs. Ronald Bauer, and Illinois Valley Central's Class of 1976. The wing includes a reading loft shaped like a river barge.""",
gold=[]),
# Donor list: nothing (PIA021; PIA022 is do_not_contact anyway).

dict(guid="pia_ivc_2026_community_0097", pub="2026-08-27T08:00:00-05:00", title="Bartonville water main project to close Adams Street for three weeks",
body="""BARTONVILLE - Adams Street between McKinley and Garfield avenues will close to through traffic starting Monday while the village replaces a 1940s water main, Village Administrator Rick Welch said. Detours will be posted. Residents may see brief low-pressure periods.""",
gold=[]),
]
