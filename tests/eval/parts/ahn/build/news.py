"""Local news for part ahn, two sources, hand-labelled."""

# 1. WCLS 12 Classic City News (TV station site): HTML descriptions
TV = [
dict(guid="ahn_wcls_20260122", pub="2026-01-22T18:00:00-05:00", title="Athens-Clarke Fire names new battalion chief",
body="""ATHENS, Ga. (WCLS) - A 17-year veteran of Athens-Clarke County Fire & Emergency Services has been promoted to battalion chief.

Rashad Bivins, who started at Station 2 on Hull Street, was pinned Tuesday in front of family and fellow firefighters.""",
gold=[("AHN009", "subject")]),

dict(guid="ahn_wcls_20260305", pub="2026-03-05T07:10:00-05:00", title="Commerce couple loses home to early-morning fire",
body="""COMMERCE, Ga. (WCLS) - A Commerce couple escaped with their two dogs early Thursday when fire destroyed their house on Homer Road.

Clem and Vonda Hardigree said a space heater may have started the fire. Jackson County Fire said the home is a total loss. "We got out, that's what counts," Vonda Hardigree said.""",
gold=[("AHN004", "subject"), ("AHN005", "subject")]),

dict(guid="ahn_wcls_20260113", pub="2026-01-13T06:30:00-05:00", title="Tornado damage reported across Barrow County",
body="""WINDER, Ga. (WCLS) - Crews spent Tuesday clearing trees and power lines after a tornado warning overnight in Barrow County.

"The whole street lost power, but everybody's all right," said Aubrey Nash, who helped neighbors on North Broad Street cut up a fallen oak. Georgia Power expected most service restored by evening.""",
gold=[]),

dict(guid="ahn_wcls_20260510", pub="2026-05-10T17:45:00-04:00", title="Triplets born at NGMC Barrow for first time",
body="""WINDER, Ga. (WCLS) - Northeast Georgia Medical Center Barrow delivered its first set of triplets this week.

Tomeka and Dwayne Heard of Winder welcomed two boys and a girl on Thursday. All three babies and their mother are doing well, the hospital said.""",
gold=[("AHN018", "subject")]),

dict(guid="ahn_wcls_20260620", pub="2026-06-20T19:00:00-04:00", title="Athens couple marks 50 years with renewal of vows",
body="""ATHENS, Ga. (WCLS) - Fifty years after they married at Prince Avenue Baptist Church, Tad and Loretta Pruitt said "I do" again on Saturday, in the same sanctuary and in front of their children and grandchildren.""",
gold=[("AHN001", "subject"), ("AHN002", "subject")]),

dict(guid="ahn_wcls_20260714", pub="2026-07-14T12:00:00-04:00", title="Valdosta angler wins Lake Lanier bass tournament",
body="""GAINESVILLE, Ga. (WCLS) - Ben Tolbert of Valdosta took home $25,000 Saturday with a five-fish limit of 24 pounds at the Lake Lanier Bass Classic.""",
gold=[]),

dict(guid="ahn_wcls_20260801", pub="2026-08-01T16:00:00-04:00", title="Watkinsville council approves Harden Hill Road roundabout",
body="""WATKINSVILLE, Ga. (WCLS) - The Watkinsville City Council voted 4-1 Monday to build a roundabout at Harden Hill Road and Highway 15.

"People have been asking for this since I was first elected," said councilman Gus Kittle. Construction is expected to start next spring.""",
gold=[]),
]

# 2. The Oconee-Jackson Enterprise (community weekly): plain text
WEEKLY = [
dict(guid="ahn_oje_2026_0212", pub="2026-02-12T06:00:00-05:00", title="Eberhart's Smokehouse marks 25 years in Winterville",
body="""Eberhart's Smokehouse, the barbecue stand that became a Winterville institution, turns 25 this month. Owner Jubal Eberhart opened it in 2001 with a borrowed smoker and a card table. It now seats 80 and caters half the weddings in Oglethorpe and Clarke counties.""",
gold=[("AHN015", "subject")]),

dict(guid="ahn_oje_2026_0326", pub="2026-03-26T06:00:00-04:00", title="Oconee eighth-grader wins state spelling bee",
body="""Emma Aderhold, an eighth-grader at Malcom Bridge Middle School, won the Georgia Association of Educators state spelling bee Saturday by spelling "sphygmomanometer."

Emma is the daughter of Neil and Sherrie Aderhold of Bogart. She will compete in the national bee in May.""",
gold=[("AHN013", "parent_of_subject"), ("AHN014", "parent_of_subject")]),

dict(guid="ahn_oje_2026_0416", pub="2026-04-16T06:00:00-04:00", title="Mrs. Scoggins honored for 60 years of Sunday school",
body="""Watkinsville First Baptist Church honored Winnie Scoggins on Sunday for 60 years of teaching its women's Sunday school class. The church named its fellowship hall classroom for her. Mrs. Scoggins, 87, said she had "no intention of stopping." """,
gold=[("AHN012", "subject")]),

dict(guid="ahn_oje_2026_0521", pub="2026-05-21T06:00:00-04:00", title="Library Foundation thanks donors for Winder branch expansion",
body="""The Piedmont Regional Library Foundation thanked the donors whose gifts paid for the new children's wing at the Winder Public Library, among them the Barrow County Rotary Club, Tomeka Heard, the Thurmond family, Dr. and Mrs. Ray Kemp, and Aubrey Nash.""",
gold=[]),

dict(guid="ahn_oje_2026_0730", pub="2026-07-30T06:00:00-04:00", title="Jackson County Fair pie winners announced",
body="""Lula's Sue Ellen Pass won the blue ribbon for her chess pie at the Jackson County Fair on Saturday. Judges Ruby Jean Fortson, Rev. Lamar Crowe and Commerce mayor Hal Sims tasted 41 pies.""",
gold=[]),

dict(guid="ahn_oje_2026_0806", pub="2026-08-06T06:00:00-04:00", title="Wimbish named principal at Gaines Elementary",
body="""The Clarke County School District has named Precious Wimbish principal of Gaines Elementary School. Wimbish, a Cedar Shoals graduate, has been assistant principal at Barrow Elementary since 2021.""",
gold=[("AHN016", "subject")]),

dict(guid="ahn_oje_2026_0813", pub="2026-08-13T06:00:00-04:00", title="UGA special collections archivist retires",
body="""After 33 years at the University of Georgia's Hargrett Library, archivist Marguerite Dockery-Vance retired Friday. She catalogued the papers of three governors and, she said, "more Bulldog football programs than anyone should own." """,
gold=[("AHN008", "subject")]),
]
