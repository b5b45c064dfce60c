"""Lincoln Trail Weekly (invented community weekly for Hardin, LaRue and Nelson counties): teaser description,
HTML in content:encoded; schools, milestones, business, fair results. Hand-labelled."""

FEED = "lt"
ITEMS = [
dict(guid="ftk_ltw_2026_01_14_hornback", pub="2026-01-14T08:00:00-05:00", title="Hornbacks mark 60 years of marriage",
body="""Del and Opal Hornback of Hodgenville celebrated their 60th wedding anniversary on January 8 with a dinner at South Fork Baptist Church.

Delbert Hornback and the former Opal Shelton were married January 8, 1966, at the same church. They have three children, six grandchildren and four great-grandchildren. Opal says the secret is "separate pickup trucks." """,
gold=[("FTK001", "subject"), ("FTK002", "subject")]),

dict(guid="ftk_ltw_2026_02_11_goodin", pub="2026-02-11T08:00:00-05:00", title="Goodin Tire & Auto marks 40 years on North Dixie",
body="""Cliff Goodin opened Goodin Tire & Auto on North Dixie Avenue in Elizabethtown in February 1986 with two bays and a borrowed tire machine.

Forty years later the shop has six bays and nine employees, and Goodin still works the counter most mornings. The shop will hold a customer appreciation cookout on Saturday, Feb. 21.""",
gold=[("FTK012", "subject")]),

dict(guid="ftk_ltw_2026_03_04_scholars", pub="2026-03-04T08:00:00-05:00", title="Bethlehem junior named Governor's Scholar",
body="""Bethlehem High School junior Ella Mattingly has been selected for the 2026 Governor's Scholars Program, the school announced.

Ella, the daughter of Nate and Brooke Mattingly of Bardstown, is a member of the Beta Club, plays varsity soccer and volunteers at the Nelson County Public Library. She will spend five weeks this summer at Centre College.""",
gold=[("FTK016", "parent_of_subject"), ("FTK017", "parent_of_subject")]),

dict(guid="ftk_ltw_2026_03_25_births", pub="2026-03-25T08:00:00-04:00", title="Births at Baptist Health Hardin",
body="""Births: Brandon and Jessica Cundiff-Rhodes of Elizabethtown, a son, Wyatt James, March 16. Grandparents are Pam Cundiff of Elizabethtown and Doug and Kim Rhodes of Radcliff.

Tyler and Morgan Spalding of Glendale, a daughter, Ava Rose, March 18.""",
gold=[("FTK013", "subject")]),

dict(guid="ftk_ltw_2026_04_08_library", pub="2026-04-08T08:00:00-04:00", title="Library foundation thanks donors to children's wing",
body="""The Nelson County Public Library Foundation has raised $412,000 for the new children's wing, foundation chair Carla Beam announced.

Donors at the Founders level include Joe and Cathy Ballard, Bernadette Mattingly, the Heaven Hill Fund, Goodin Tire & Auto and the Bardstown Rotary Club. Construction begins in June.""",
gold=[]),

dict(guid="ftk_ltw_2026_04_22_hof", pub="2026-04-22T08:00:00-04:00", title="Former Panthers coach Larry Howell heads Hardin County Hall of Fame class",
body="""Larry Howell, who coached Elizabethtown High School baseball for 27 years and won 511 games, leads the 2026 class of the Hardin County Sports Hall of Fame.

Howell, 68, of Elizabethtown, will be inducted May 16 at the Pritchard Community Center along with four others.""",
gold=[("FTK015", "subject")]),

dict(guid="ftk_ltw_2026_07_15_fair", pub="2026-07-15T08:00:00-04:00", title="LaRue County Fair results: beef, produce and baking",
body="""Results from the LaRue County Fair, judged July 10-11.

Beef heifers: grand champion, Kaden Hornback; reserve, Lilly Cruse. Produce judges were Jerry Cundiff and Nancy Thurman. Baking: jam cake, first, Wanda Shelton; chess pie, first, Eula Hatcher.""",
gold=[]),
]
