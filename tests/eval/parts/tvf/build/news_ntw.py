"""Northern Watch Times (weekly paper, Thief River Falls) community pages and its Marshall County / Red Lake County
correspondents: plain text. Hand-labelled."""

ITEMS = [
dict(guid="tvf_ntwn_2026_0128_anniversary", pub="2026-01-28T06:00:00-06:00", title="Dahlstroms to celebrate 50th anniversary",
body="""Jerry and Bonnie (Lunde) Dahlstrom of Goodridge will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, Feb. 8, in the Goodridge Lutheran Church fellowship hall. The couple were married Feb. 7, 1976, at Goodridge Lutheran. Their children request no gifts; cards may be sent to the couple at 24810 State Hwy 1, Goodridge.""",
gold=[("TVF010", "subject"), ("TVF011", "subject")]),

dict(guid="tvf_ntwn_2026_0304_allstate", pub="2026-03-04T06:00:00-06:00", title="Red Lake Falls senior named to all-state basketball team",
body="""RED LAKE FALLS - Lafayette High School senior Addison Desjarlais has been named to the Minnesota Basketball Coaches Association Class A all-state team.

Desjarlais, the daughter of Travis and Shawna Desjarlais of Red Lake Falls, averaged 24 points and 11 rebounds for the Eagles this season and became the school's all-time leading scorer in January. She will play next year at the University of Minnesota Crookston.""",
gold=[("TVF016", "parent_of_subject"), ("TVF015", "parent_of_subject")]),

dict(guid="tvf_ntwn_2026_0325_birth", pub="2026-03-25T06:00:00-05:00", title="Births",
body="""Kristin Amundson-Roy and Jacob Roy of Red Lake Falls announce the birth of a son, Elias Jacob Roy, born March 17, 2026, at Sanford Thief River Falls Medical Center. He weighed 8 pounds, 2 ounces. Grandparents are Harold and Marlene Amundson of Crookston and Denise Roy of Oklee.""",
gold=[("TVF009", "subject")]),

dict(guid="tvf_ntwn_2026_0415_quilts", pub="2026-04-15T06:00:00-05:00", title="Goodridge quilter takes Best of Show at Pennington County quilt show",
body="""A wedding-ring quilt forty years in the making took Best of Show at the Pennington County Quilt Guild's spring show Saturday. Mary Jo Halvorson of Goodridge began the quilt for her own wedding in 1985 and finished it this winter.

Judges Lorraine Brekken and Carol Ann Byklum of Thief River Falls reviewed 112 entries. Second place went to Sharon Tollefson of Plummer.""",
gold=[("TVF008", "subject")]),

dict(guid="tvf_ntwn_2026_0506_donors", pub="2026-05-06T06:00:00-05:00", title="Hospital foundation thanks donors to new infusion center",
body="""The Sanford Thief River Falls Foundation thanks the following donors who gave $1,000 or more toward the new infusion center: Bev Knutson, Ted and Renae Ostlie, Northern Pines Electronics, Arnold and Joan Sveen, the Pennington County Sportsmen's Club, Sollund's Bakery, and the Lions Club of Red Lake Falls. The center opens in September.""",
gold=[]),

dict(guid="tvf_ntwn_2026_0610_retirement", pub="2026-06-10T06:00:00-05:00", title="Ostlie retires after 40 years at Northern Pines",
body="""Ted Ostlie walked out of Northern Pines Electronics on Friday for the last time after 40 years, most of them running the night shift in the warehouse.

Ostlie started on the loading dock in 1986, when the company had 60 employees; it now has more than 3,000. Co-workers held a coffee party in his honor. He and his wife, Renae, plan to spend more time at their cabin on Lake of the Woods.""",
gold=[("TVF013", "subject")]),

dict(guid="tvf_ntwn_2026_0722_conservation", pub="2026-07-22T06:00:00-05:00", title="Warren farmer named Marshall County Outstanding Conservationist",
body="""WARREN - The Marshall County Soil and Water Conservation District has named Kenneth "Kenny" Moe of rural Warren its 2026 Outstanding Conservationist.

Moe, who farms 1,400 acres with his son Dale, has planted more than six miles of field windbreaks since 1980 and was among the first in the county to switch to no-till. He and his wife, Ardis, will be honored at the Minnesota Association of Soil and Water Conservation Districts convention in December.""",
gold=[("TVF017", "subject")]),
]
