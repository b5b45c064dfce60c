"""The Plainsman: a community paper for Zachary, Central, Baker and the river parishes (people, milestones,
festivals, engagements). Teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "comm"
ITEMS = [
dict(guid="btr_plainsman_20260304_st_romain_quilt", pub="2026-03-04T08:00:00-06:00", title="Zachary quilter takes top prize at state fair of quilts",
body="""Monique St. Romain of Zachary won Best of Show at the Louisiana Quilt Guild's state exhibition in Alexandria last weekend with a king-size quilt called "Mama's Kitchen Garden."

St. Romain, a retired schoolteacher, spent 14 months hand-stitching the quilt, which shows okra, mirlitons and figs from the New Roads garden where she grew up. It will hang in the Zachary library through April.""",
gold=[("BTR009", "subject")]),

dict(guid="btr_plainsman_20260429_jambalaya_marshal", pub="2026-04-29T08:00:00-05:00", title="Bootsie Guidroz to lead Jambalaya Festival parade",
body="""The Jambalaya Festival Association has picked its grand marshal for this year's parade, and it is someone who has stirred more than a few pots.

Marguerite "Bootsie" Guidroz, 82, of Gonzales, cooked in the festival's championship jambalaya contest for 37 straight years and won it twice, in 1979 and 1994. She will ride at the front of the parade on Saturday, May 23.

"I'll wave," she said. "But somebody better be watching my pot." """,
gold=[("BTR011", "subject")]),

dict(guid="btr_plainsman_20260805_ourso_nicholls", pub="2026-08-05T08:00:00-05:00", title="Thibodaux educator named dean at Nicholls",
body="""Nicholls State University has named Dr. Rosalie Ourso of Thibodaux dean of its College of Education.

Ourso, 44, grew up in Raceland and taught middle school in Lafourche Parish for ten years before joining the Nicholls faculty in 2014.""",
gold=[]),  # namesake elsewhere (BTR020 lives in Port Allen, b. 1964)

dict(guid="btr_plainsman_20260902_marionneaux_volunteer", pub="2026-09-02T08:00:00-05:00", title="Plaquemine widow honored for years at the food bank",
body="""Yvonne Marionneaux, 77, of Plaquemine has received the Iberville Parish Council on Aging's Volunteer of the Year award for more than twenty years of Thursday mornings at the Plaquemine food bank.

Marionneaux, whose husband, Cid, died in May, said the work kept her going this summer. "Those boxes don't pack themselves," she said.""",
gold=[("BTR002", "subject")]),

dict(guid="btr_plainsman_20261014_oubre_engagement", pub="2026-10-14T08:00:00-05:00", title="Engagement: Oubre - Batiste",
body="""Dr. and Mrs. Kenneth Oubre of Baton Rouge announce the engagement of their daughter, Camille Renee Oubre, to Jordan Michael Batiste, son of Mr. and Mrs. Gregory Batiste of New Iberia.

The bride-elect is a graduate of McKinley High School and Xavier University of Louisiana and is a pharmacist in New Orleans. The prospective groom is a graduate of Southern University and an engineer with the Louisiana Department of Transportation. The wedding will be April 17, 2027, at St. Francis Xavier Catholic Church, Baton Rouge.""",
gold=[("BTR021", "parent_of_subject"), ("BTR022", "parent_of_subject")]),
]
