"""Tri-County Neighbors (small-town weekly for southern New Castle County, Kent County and Cecil County):
milestones, farm and school news; teaser description, HTML in content:encoded. Hand-labelled."""

FEED = "tcn"
ITEMS = [
dict(guid="ilg_tcn_2026_02_19_a", pub="2026-02-19T07:00:00-05:00",
title="Middletown council approves Levels Road park plan",
body="""MIDDLETOWN - Town council voted 5-1 on Monday to approve a $4.2 million plan for a 38-acre park off Levels Road, with two lighted ballfields, a splash pad and a walking loop around the stormwater pond.

Construction is expected to begin in the fall of 2027. Councilman Dale Hutchins cast the only no vote, citing traffic on Levels Road during school dismissal.""",
gold=[]),

dict(guid="ilg_tcn_2026_06_25_b", pub="2026-06-25T07:00:00-04:00",
title="After 32 years, Mrs. Amin closes the chemistry lab door",
body="""MIDDLETOWN - Generations of Middletown High School students learned to balance equations and respect a Bunsen burner from the same teacher. This month she retired.

Bhavna "Bina" Amin taught chemistry at Middletown High from 1994 until the last bell of June 12, and ran the science Olympiad team for most of those years. Former students filled the auditorium for her farewell, and the school announced that the chemistry lab will carry her name.

"I came for one year," Amin said. "The kids kept me." She plans to travel to Gujarat with her husband, Kirit, and to take up the harmonium again.""",
gold=[("ILG025", "subject")]),

dict(guid="ilg_tcn_2026_07_30_c", pub="2026-07-30T07:00:00-04:00",
title="Hazlettville Road farm named a Delaware Century Farm",
body="""DOVER - The Messick family farm on Hazlettville Road west of Dover has been recognized as a Century Farm by the Delaware Department of Agriculture, marking more than 100 years in the same family.

Wilbur "Wib" Messick and his wife, Doris, accepted the sign at the Delaware State Fair in Harrington last week. Wib's grandfather bought the first 60 acres in 1921; the farm now grows corn, soybeans and lima beans on 410 acres and is worked by the Messicks' son, Scott, and grandson, Tanner.

"Dad always said you don't own a farm, you borrow it from your grandchildren," Wib Messick said.""",
gold=[("ILG013", "subject"), ("ILG014", "subject")]),

dict(guid="ilg_tcn_2026_08_13_d", pub="2026-08-13T07:00:00-04:00",
title="Custises mark 50 years of marriage with vow renewal at Bethel",
body="""WILMINGTON - Bernard and Gwendolyn Custis of Wilmington celebrated their 50th wedding anniversary on Aug. 7 with a renewal of vows at Bethel A.M.E. Church, where they were married in 1976.

Bernie, a retired Wilmington firefighter, and Gwen, a retired nurse at the Wilmington VA, met at a Howard High School homecoming dance. They have three children and seven grandchildren. The celebration continued with a dinner at the Christina River waterfront.""",
gold=[("ILG007", "subject"), ("ILG008", "subject")]),

dict(guid="ilg_tcn_2026_09_03_e", pub="2026-09-03T07:00:00-04:00",
title="Engagement: Patel - Mehta",
body="""Raj and Hetal Patel of Hockessin announce the engagement of their daughter, Priya Patel, to Arjun Mehta, son of Sanjay and Nisha Mehta of Cherry Hill, N.J.

The bride-elect is a graduate of Sanford School and the University of Delaware and is a physician assistant at a Wilmington cardiology practice. Her fiancé is a software engineer in Philadelphia. A December wedding is planned in Hockessin.""",
gold=[("ILG017", "parent_of_subject"), ("ILG018", "parent_of_subject")]),

dict(guid="ilg_tcn_2026_09_17_f", pub="2026-09-17T07:00:00-04:00",
title="Hockessin gala raises $210,000 for library expansion",
body="""HOCKESSIN - The Friends of the Hockessin Library raised $210,000 at their Harvest Gala on Saturday at the Hockessin Athletic Club, bringing the expansion campaign within $400,000 of its goal.

Gold-level sponsors included Brandywine Orthodontics, Lantana Hardware, Hetal Patel and family, Mary Beth and Greg Zielinski, and the Yorklyn Rotary Club. The expansion will add a teen room and a makerspace.""",
gold=[]),
]
