"""Franklin Evening Star (small-town daily, Johnson County): community news and announcements, a teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "fes"
ITEMS = [
dict(guid="ind_fes_2026_0214_anniv", pub="2026-02-14T05:30:00-05:00", title="Bontragers mark 50 years of marriage",
body="""FRANKLIN - Leroy and Wilma Bontrager of Franklin will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Feb. 22 at Franklin Mennonite Church fellowship hall.

The couple were married Feb. 19, 1976, at the bride's parents' farm near Shipshewana. Leroy retired from Cummins in Columbus after 38 years; Wilma was a bookkeeper for the Johnson County Farm Bureau Co-op. They have three children and seven grandchildren. The family requests no gifts; cards may be sent to the church.""",
# IND019 Wilma Bontrager (and her roster spouse Leroy, not a client): anniversary.
gold=[("IND019", "subject")]),

dict(guid="ind_fes_2026_0307_engaged", pub="2026-03-07T05:30:00-05:00", title="Engagement: Hochstetler - Eash",
body="""Vernon and Lorene Hochstetler of Noblesville announce the engagement of their daughter, Kendra Hochstetler, to Tyler Eash, son of Mark and Julie Eash of Franklin.

The bride-elect is a 2019 graduate of Noblesville High School and a 2023 graduate of Goshen College. She teaches third grade at Northwood Elementary in Franklin. Her fiancé is a graduate of Franklin Community High School and Purdue University and farms with his father east of Franklin.

A June 20 wedding is planned at Franklin Mennonite Church.""",
# IND018 Vernon and IND017 Lorene Hochstetler: parents of the bride-elect.
gold=[("IND018", "parent_of_subject"), ("IND017", "parent_of_subject")]),

dict(guid="ind_fes_2026_0401_library", pub="2026-04-01T05:30:00-04:00", title="Library Foundation thanks donors to children's room campaign",
body="""FRANKLIN - The Johnson County Public Library Foundation has reached the $400,000 goal of its campaign to rebuild the children's room at the Franklin branch, foundation director Amy Sutter announced Tuesday.

Gifts of $1,000 or more came from the Franklin Rotary Club, Cummins Foundation, Heartland Community Bank, Paul and Joan Stieneker, Dennis and Mary Beth Huelsman, the Kiwanis Club of Franklin and 41 other families and businesses. Construction begins in June.""",
# IND006 Mary Beth Huelsman in a donor list: nothing.
gold=[]),

dict(guid="ind_fes_2026_0425_church", pub="2026-04-25T05:30:00-04:00", title="Greenwood Chin congregation dedicates its first building",
body="""GREENWOOD - After twelve years of renting fellowship halls and school gyms, Greenwood Zomi Chin Baptist Church dedicated its own building Sunday: a former furniture store on U.S. 31 that volunteers spent two years converting into a sanctuary for 600.

Services are held in Hakha Chin, Falam and Zomi, with English for the youth service. "Our parents worshipped under trees in the refugee camps," said building committee chairman Van Lal Hmung. "Now our children have a roof they built themselves."

Johnson County is home to one of the largest Chin communities in the United States, most of whom arrived between 2008 and 2016.""",
# IND003 Van Lal Hmung is quoted as committee chairman; the story is about the congregation: nothing.
gold=[]),

dict(guid="ind_fes_2026_0716_fair", pub="2026-07-16T05:30:00-04:00", title="Johnson County 4-H Fair opens with record livestock entries",
body="""FRANKLIN - The Johnson County 4-H Fair opened Saturday with a record 1,140 livestock entries, led by a jump in goat projects. Fair board president Dwight Kuhn said attendance on opening day topped 9,000. The grand champion steer was shown by Addison Schafstall of Trafalgar.""",
# Nobody on the roster.
gold=[]),
]
