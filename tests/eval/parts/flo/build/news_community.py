"""Around the Pee Dee (invented community newsletter: schools, churches, families, milestones), teaser description
and HTML content:encoded. Hand-labelled."""

FEED = "community"
ITEMS = [
dict(guid="flo_atpd_2026_03_02_dargan_wilds", pub="2026-03-02T08:00:00-05:00",
title="Darlington County Bar names Dargan-Wilds Lawyer of the Year",
body="""The Darlington County Bar Association has named Catherine Dargan-Wilds its 2026 Lawyer of the Year.

Dargan-Wilds, who practices family and estate law on Pearl Street, was honored for twenty years of volunteer work with the Pee Dee Legal Aid clinic, where she has handled more than 300 cases for clients who could not afford a lawyer. She received the award at the association's annual dinner at the Darlington Country Club, with her husband, Preston Wilds, and her father, retired attorney Thomas L. Dargan, in attendance.""",
gold=[("FLO008", "subject")]),

dict(guid="flo_atpd_2026_05_04_cribb_birth", pub="2026-05-04T08:00:00-04:00",
title="Births: Cribb",
body="""Jonathan and Sarah Beth Cribb of Mullins announce the birth of their first child, a daughter, Ellie Beulah Cribb, on April 26 at McLeod Health Loris. She weighed 7 pounds, 9 ounces. Ellie Beulah is named for her late paternal grandmother, Beulah Cribb. Maternal grandparents are Dwayne and Cindy Floyd of Nichols.""",
gold=[("FLO011", "subject"), ("FLO010", "subject")]),

dict(guid="flo_atpd_2026_05_25_valedictorian", pub="2026-05-25T08:00:00-04:00",
title="West Florence names Kennedy McCutcheon valedictorian",
body="""Kennedy McCutcheon will deliver the valedictory address at West Florence High School's commencement on June 6.

Kennedy, the daughter of Reginald and Angela McCutcheon of Florence, finished with a 4.9 grade point average, captained the Knights' debate team and founded a peer tutoring program at Greater Mt. Calvary AME Church. She will attend Spelman College in Atlanta this fall on a full scholarship and plans to study biochemistry. She says she will dedicate her speech to her late grandmother, Mattie Lou Hyman of Cheraw.""",
gold=[("FLO013", "parent_of_subject"), ("FLO014", "parent_of_subject")]),

dict(guid="flo_atpd_2026_06_08_lane_council", pub="2026-06-08T08:00:00-04:00",
title="Wendell Lane steps down after 28 years on Johnsonville council",
body="""Johnsonville Town Council member Wendell Lane retired from the council this month after 28 years, the longest service on the council in the town's history.

Lane, a retired Florence County extension agent, led the drive to rebuild the town's water tower and the campaign that brought the Johnsonville library branch to Broadway Street. Council members presented him with a framed aerial photograph of the town at his last meeting. He and his wife, Peggy, plan to spend more time with their grandchildren and at their camp on Lynches River.""",
gold=[("FLO021", "subject")]),  # Peggy is only mentioned: the retirement is Wendell's

dict(guid="flo_atpd_2026_06_22_lane_anniversary", pub="2026-06-22T08:00:00-04:00",
title="Anniversaries: Mr. and Mrs. Wendell Lane, 50 years",
body="""Mr. and Mrs. Wendell Lane of Johnsonville celebrated their 50th wedding anniversary on June 19 with a reception given by their children in the fellowship hall of Johnsonville United Methodist Church.

Wendell Lane and the former Margaret "Peggy" Poston were married June 19, 1976, at Hebron Methodist Church in Pamplico. They have two children, Kevin Lane (Amy) of Johnsonville and Leigh Lane Hanna (Mark) of Florence, and five grandchildren.""",
gold=[("FLO021", "subject"), ("FLO020", "subject")]),

dict(guid="flo_atpd_2026_06_29_rosa_lee_85", pub="2026-06-29T08:00:00-04:00",
title="Kingstree's Mother McFadden celebrates 85 years",
body="""Family and friends from four states gathered at Bethesda AME Church in Kingstree on June 14 to celebrate the 85th birthday of Mother Rosa Lee McFadden.

Mother McFadden, born June 14, 1941, in the Cedar Swamp community, taught home economics at Kingstree High School for thirty years and still teaches the church's youth to make sweet potato pies every Thanksgiving. The celebration included a slideshow, a proclamation from Williamsburg County Council and, by her request, no speeches longer than three minutes.""",
gold=[("FLO004", "subject")]),

dict(guid="flo_atpd_2026_09_14_county_fair", pub="2026-09-14T08:00:00-04:00",
title="Pound cakes and pickles: Pee Dee State Fair home arts winners",
body="""The home arts building at the Pee Dee State Fair drew more than 400 entries this year.

Best of show in baked goods went to Velma Kirby of Pamplico for her cream cheese pound cake. Deloris Hanna of Coward took first in pickles and relishes, and ten-year-old Ava Lide of Darlington won the youth division with a sweet potato pie. Judges for the baked goods division were Lottie Godbold of Florence, Kim Ard of Hartsville and Chef Antoine Perry of the Florence Center. Ribbons will be on display through Sunday.""",
gold=[]),  # judges (FLO002, FLO018): nothing
]
