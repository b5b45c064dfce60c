"""FM Neighbors (invented community paper: schools, sports, milestones, society news for Fargo, West Fargo,
Moorhead and Clay County towns): teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "fmn"
ITEMS = [
dict(guid="far_fmn_2026_0305", pub="2026-03-05T08:00:00-06:00", title="Kvalvik's overtime goal sends Spuds to state",
body="""MOORHEAD - Tanner Kvalvik's wrist shot 4:12 into overtime gave the Moorhead Spuds a 3-2 win over Bemidji in the Section 8AA final Thursday night and a trip to the state tournament in St. Paul.

Kvalvik, a junior forward, is the son of Dennis and Mary Beth Kvalvik of Moorhead. It was his 31st goal of the season. "I just shut my eyes and shot," he said.""",
gold=[("FAR005", "parent_of_subject")]),

dict(guid="far_fmn_2026_0423", pub="2026-04-23T08:00:00-05:00", title="Engagement: Fettig - Ulven",
body="""Ray and Darlene Fettig of West Fargo announce the engagement of their daughter, Kelsey Fettig, to Brandon Ulven, son of Gordy and Pam Ulven of Glyndon.

Kelsey is a 2019 graduate of West Fargo Sheyenne High School and a nurse at Sanford Medical Center. Brandon is a 2018 graduate of Glyndon-Felton and farms with his father. A September wedding is planned at Blessed Sacrament Catholic Church, West Fargo.""",
gold=[("FAR003", "parent_of_subject"), ("FAR004", "parent_of_subject")]),

dict(guid="far_fmn_2026_0514", pub="2026-05-14T08:00:00-05:00", title="Moorhead senior wins state Latino scholarship",
body="""MOORHEAD - Marisol Zamarripa Escamilla, a senior at Moorhead High School, has been awarded a four-year Minnesota Latino Leaders Scholarship to study engineering at the University of Minnesota.

Marisol, the daughter of Efraín Zamarripa and Rosalinda Escamilla of Moorhead, is captain of the robotics team and has tutored younger students in math at the Moorhead Public Library for three years. Her grandmother, she says, "drove beet trucks so I could drive a robot." """,
gold=[("FAR006", "parent_of_subject"), ("FAR007", "parent_of_subject")]),

dict(guid="far_fmn_2026_0618", pub="2026-06-18T08:00:00-05:00", title="Skjervheims mark 50 years",
body="""FARGO - Arnie and Lorraine Skjervheim of Fargo will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, June 21, in the fellowship hall of First Lutheran Church, Fargo.

Arnold Skjervheim and Lorraine Tollefsrud were married June 19, 1976, at Norman Lutheran Church, rural Kindred. They have two children and four grandchildren. The couple requests no gifts.""",
gold=[("FAR001", "subject"), ("FAR002", "subject")]),

dict(guid="far_fmn_2026_0730", pub="2026-07-30T08:00:00-05:00", title="Moorhead quilter takes best of show at Red River Valley Fair",
body="""WEST FARGO - Dee Ostlie of Moorhead won best of show in the quilting division at the Red River Valley Fair for a queen-size quilt pieced from her late husband's flannel work shirts.

Ostlie, 77, has entered the fair every year since 1981 and has won blue ribbons in the category eleven times, but never the top prize. "I cried, and then I went and bought a corn dog," she said.""",
gold=[("FAR013", "subject")]),

dict(guid="far_fmn_2026_0820", pub="2026-08-20T08:00:00-05:00", title="Roseau woman marks 100th birthday",
body="""ROSEAU - Marlys Trana of Roseau celebrated her 100th birthday Saturday with cake and an accordion at the Roseau Senior Center. Born in 1926 on a farm near Badger, she taught country school for 38 years.""",
gold=[]),  # namesake far north in Roseau, aged 100; FAR021 Marlys Trana of Dilworth was born 1952
]
