"""The Prairie & Springs Neighbor (Alachua County community papers: Newberry, Alachua, High Springs and east
Gainesville editions): milestones, churches, schools. Teaser in description, HTML in content:encoded.
Hand-labelled."""

FEED = "community"
ITEMS = [
dict(guid="gnv_psn_2026_0331_halloffame", pub="2026-03-31T08:00:00-04:00",
title="Lofton-Greene, two others inducted into Alachua County Women's Hall of Fame",
body="""GAINESVILLE - Retired Lincoln Middle School teacher Harriet "Hattie" Lofton-Greene was one of three women inducted into the Alachua County Women's Hall of Fame on Sunday at the Thomas Center.

Lofton-Greene taught history for 34 years and founded the Fifth Avenue Oral History Project, which has recorded more than 300 interviews with elders of Gainesville's historic Black neighborhoods. Also inducted were former county commissioner Ruth Akers and the late Dr. Irene Castillo.""",
gold=[("GNV022", "subject")]),

dict(guid="gnv_psn_2026_0614_anniversary", pub="2026-06-14T08:00:00-04:00",
title="Futches of Newberry celebrate 50 years of marriage",
body="""NEWBERRY - Dorsey and Mary Alice Futch of Newberry will celebrate their 50th wedding anniversary with a reception hosted by their children from 2 to 4 p.m. on June 20 in the fellowship hall of First Baptist Church of Newberry.

The former Mary Alice Dampier of Archer and Dorsey Futch of Newberry were married June 19, 1976, at Archer First Baptist Church. He retired from the Alachua County Road Department; she taught second grade at Newberry Elementary for 31 years. They have three children and seven grandchildren. The couple requests no gifts.""",
gold=[("GNV019", "subject"), ("GNV020", "subject")]),

dict(guid="gnv_psn_2026_0701_odom", pub="2026-07-01T08:00:00-04:00",
title="Rev. Clarence Odom retires after 38 years at Greater Bethel Springs",
body="""GAINESVILLE - After 38 years in the pulpit, the Rev. Clarence Odom preached his final sermon as pastor of Greater Bethel Springs Missionary Baptist Church on Sunday to a congregation that spilled out onto Southeast Eighth Avenue.

Odom, 74, came to the church in 1988 and led it through two building campaigns, the founding of its food pantry and, most recently, the repairs after March's tornado. He will be named pastor emeritus. The Rev. Dr. Kenneth Blue of Jacksonville has been called as the church's next pastor. "I'm not going anywhere," Odom told the congregation. "I'm just moving to a different pew." """,
gold=[("GNV011", "subject")]),

dict(guid="gnv_psn_2026_0818_births", pub="2026-08-18T08:00:00-04:00",
title="Welcome, little ones: August births",
body="""ALACHUA - The Neighbor welcomes this month's newest residents.

Wyatt and Kaylee Thrasher of Alachua announce the birth of their daughter, Irene Grace Thrasher, on Aug. 7 at North Florida Hospital. She weighed 7 pounds, 9 ounces and is named for her late great-grandmother, Irene Sapp Thrasher.

Daniel and Ximena Okafor of High Springs announce the birth of a son, Tobenna, on Aug. 11.""",
gold=[("GNV021", "subject")]),

dict(guid="gnv_psn_2026_1012_spelling", pub="2026-10-12T08:00:00-04:00",
title="Duval Elementary fifth-grader wins district spelling bee",
body="""GAINESVILLE - Carolyn Pickens, 10, a fifth-grader at Duval Early Learning Academy, won the Alachua County Public Schools district spelling bee on Thursday by correctly spelling "bouillabaisse."

Carolyn, the daughter of Marcus and Tia Pickens of Gainesville, also plays clarinet in the school band. She will represent the district at the regional bee in Jacksonville in February.""",
gold=[]),
]
