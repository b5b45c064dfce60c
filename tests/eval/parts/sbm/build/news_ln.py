"""Lakeshore Neighbors (community paper for Sheboygan Falls, Plymouth, Howards Grove and the lakeshore villages):
milestones, schools, churches, community; teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "ln"
ITEMS = [
dict(guid="sbm_ln_20260228_wrestling", pub="2026-02-28T20:30:00-06:00",
title="Howards Grove's Lautenschlager wins state wrestling title",
body="""MADISON - Howards Grove senior Greta Lautenschlager is a state champion.

Lautenschlager pinned Kewaskum's Addison Roehrig in 3:41 on Saturday night at the Kohl Center to win the WIAA girls' state title at 145 pounds, finishing her season 41-2. She is the first girl from Howards Grove to win a state wrestling championship.

Her parents, Emmo and Colleen Lautenschlager, were in the front row. "She dedicated this one to her grandma," her father said. Greta will wrestle next year at Lakeland University.""",
gold=[("SBM023", "parent_of_subject"), ("SBM024", "parent_of_subject")]),

dict(guid="sbm_ln_20260418_citizen", pub="2026-04-18T08:00:00-05:00",
title="Cedar Grove names the late Gerrit Wolterink Citizen of the Year",
body="""CEDAR GROVE - The Cedar Grove Lions Club has named the late Gerrit Wolterink its Citizen of the Year for 2025, honoring forty years of service to the village.

Wolterink, who died in January at 84, ran Wolterink Feed & Seed on Main Street, served three terms on the village board and chaired the Holland Festival for a decade.

His widow, Rika Wolterink, accepted the plaque at the Lions' spring banquet on Thursday. "Gerrit would have said he only did what anyone would do," she told the crowd. "Then he would have asked if there was more pie." """,
gold=[]),

dict(guid="sbm_ln_20260528_scholarship", pub="2026-05-28T08:00:00-05:00",
title="North High senior Kao Kue wins Hmong American scholarship",
body="""SHEBOYGAN - Sheboygan North High School senior Kao Kue has won a $20,000 Hmong American Leadership Scholarship, one of ten awarded nationally this year.

Kao, the son of Chue Kue and Mai Nou Vue of Sheboygan, is the class salutatorian and founded North's Hmong Student Association. He plans to study chemical engineering at the University of Wisconsin-Madison.

"My grandfather came here with nothing," Kao said. "He would want me to build something." His grandfather, Ntxawg Kue, died in January.""",
gold=[("SBM005", "parent_of_subject"), ("SBM006", "parent_of_subject")]),

dict(guid="sbm_ln_20260613_anniversary", pub="2026-06-13T08:00:00-05:00",
title="Milestones: Kuehnholds mark 55 years",
body="""SHEBOYGAN - Del and Marlys Kuehnhold of Sheboygan are celebrating their 55th wedding anniversary today.

Adelbert Kuehnhold and the former Marlys Verhulst were married June 13, 1971, at First Reformed Church in Sheboygan Falls. Del retired from Vollrath after 38 years; Marlys was a secretary at Sheboygan North High School. They have three children and seven grandchildren.

The couple will celebrate with an open house at Sheboygan Falls' Rochester Inn on Sunday.""",
gold=[("SBM001", "subject"), ("SBM002", "subject")]),

dict(guid="sbm_ln_20260629_retires", pub="2026-06-29T08:00:00-05:00",
title="Oostburg pastor retires after 30 years in the pulpit",
body="""OOSTBURG - After thirty years of sermons, weddings and funerals, the Rev. Evert Kloosterboer will preach his last Sunday sermon at Oostburg First Reformed Church on July 12.

Kloosterboer, 65, came to Oostburg from Pella, Iowa, in 1996. He also served the Cedar Grove congregation during its long vacancy in the 2010s. He and his wife, Janna, plan to stay in Oostburg.

The congregation will hold a farewell potluck after the July 12 service.""",
gold=[("SBM013", "subject")]),

dict(guid="sbm_ln_20260714_fireworks", pub="2026-07-14T08:00:00-05:00",
title="Fourth of July fireworks fund thanks its donors",
body="""SHEBOYGAN FALLS - The Sheboygan Falls Fireworks Fund has thanked the businesses and families whose donations paid for this year's display over the Sheboygan River.

Donors at the $500 level and above included Pomplun Cheese & Sausage, Bemis Manufacturing, Panadería Villaseñor, Del and Marlys Kuehnhold, Tony and Renata Zupancic, the Sheboygan Falls Lions Club and Kohler Credit Union.

Fund chairman Brad Wilsing said the committee has already started raising money for 2027.""",
gold=[]),
]
