"""Basin Neighbors (community newsletter, Roosevelt/Duchesne/Vernal editions): teaser + HTML content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="vel_bnn_0601", pub="2026-06-12T08:00:00-06:00", title="Murdocks celebrate 40 years",
body="""NAPLES - Thayne and Kolleen Ruppert Murdock will celebrate their 40th wedding anniversary with an open house Saturday, June 20, from 6 to 8 p.m. at the Naples 2nd Ward cultural hall.

Thayne and Kolleen were married June 20, 1986, in the Vernal Utah Temple. They have five children and 14 grandchildren. No gifts, please; the family asks friends to bring a favorite memory.""",
gold=[("VEL004", "subject"), ("VEL005", "subject")]),

dict(guid="vel_bnn_0602", pub="2026-08-17T08:00:00-06:00", title="Sadlier crowned Duchesne County Fair queen",
body="""DUCHESNE - Kaitlyn Sadlier, 18, of Duchesne was crowned 2026 Duchesne County Fair Queen Friday night at the fairgrounds arena.

Sadlier is the daughter of Brig and Tawnya Sadlier of Duchesne and will attend Utah State University Uintah Basin this fall. She won the horsemanship and speech portions of the pageant. Judges were Verla Sowby of Vernal, Dusty Rowley of Tabiona and Marcy Evans of Heber.""",
gold=[("VEL006", "parent_of_subject"), ("VEL007", "parent_of_subject")]),

dict(guid="vel_bnn_0603", pub="2026-01-06T08:00:00-07:00", title="Roosevelt couple welcomes the Basin's first baby of 2026",
body="""ROOSEVELT - Alex and Marisol Ybarra of Roosevelt welcomed the Uintah Basin's first baby of the new year, a son, Mateo Alejandro, born at 3:41 a.m. on January 1 at Uintah Basin Medical Center.

Mateo weighed 7 pounds, 9 ounces. He joins two sisters at home. The hospital auxiliary presented the family with a quilt and a basket of baby supplies.""",
gold=[("VEL010", "subject"), ("VEL011", "subject")]),

dict(guid="vel_bnn_0604", pub="2026-04-28T08:00:00-06:00", title="DeLynn Uresk named Roosevelt Citizen of the Year",
body="""ROOSEVELT - The Roosevelt City Council on Tuesday named DeLynn Uresk its 2026 Citizen of the Year.

Uresk has organized the Roosevelt community food pantry since 2009 and drives the Thursday route to homebound seniors in Myton and Ballard herself. Mayor Rod Bird presented the plaque. Among those cheering was Emmy Fausett of Myton, one of her Thursday stops, who said, "She's never once been late." """,
gold=[("VEL003", "subject")]),
]
