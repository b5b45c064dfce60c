"""Savannah Harbor Business Report: business news, plain text. Hand-labelled."""

FEED = "shbr"
ITEMS = [
dict(guid="sav_shbr_2026_1104", pub="2026-02-25T06:00:00-05:00", title="Manigo's Lowcountry Kitchen opens second location in Pooler",
body="""By Marcus Teasley

Manigo's Lowcountry Kitchen, the Montgomery Street lunch counter known for its red rice and Saturday-only okra soup, opened a second location Monday on Pooler Parkway.

Owner Jerome Manigo, who opened the original restaurant in 2009 with recipes from his grandmother in Pin Point, said the Pooler space seats 90 and adds a catering kitchen. "Half my customers were driving in from Pooler anyway," Manigo said.

Eleni Stavrakos of Pooler, who was first in line, said she had been waiting for the opening since the sign went up in the fall.""",
gold=[("SAV008", "subject")]),

dict(guid="sav_shbr_2026_1139", pub="2026-04-14T06:00:00-04:00", title="Salt Marsh Paddle Co. launches on Tybee's Back River",
body="""Tybee Island has a new kayak and paddleboard outfitter. Tamika Grovner, a former Chatham Area Transit dispatcher, opened Salt Marsh Paddle Co. this month at the Back River landing off Butler Avenue.

Grovner offers guided tours of the marsh with stories of the Gullah Geechee communities along the coast. "My great-grandmother rowed these creeks," she said. The business employs four guides this season.""",
gold=[("SAV022", "subject")]),

dict(guid="sav_shbr_2026_1172", pub="2026-06-02T06:00:00-04:00", title="Harbor pilot Denny O'Shaughnessy retires after 38 years",
body="""Dennis "Denny" O'Shaughnessy of Tybee Island, who guided more than 9,000 ships up the Savannah River, retired from the Savannah Bar Pilots Association on Friday.

O'Shaughnessy joined the association in 1988 and brought in the first of the super-post-Panamax container ships in 2017. He and his wife, Maureen, plan to spend more time with their grandchildren.

"He knew every shoal between the sea buoy and the Talmadge Bridge," said fellow pilot Kieran Fahey.""",
gold=[("SAV005", "subject")]),

dict(guid="sav_shbr_2026_1190", pub="2026-07-21T06:00:00-04:00", title="Pooler bank names Yolanda Bacote senior vice president",
body="""Coastal Heritage Bank has promoted Yolanda Screven Bacote to senior vice president and director of community lending, the Pooler-based bank announced Tuesday.

Bacote joined the bank in 2004 as a teller and most recently managed its small-business lending office. She is a graduate of Savannah State University and serves on the board of the Pooler Chamber of Commerce.""",
gold=[("SAV015", "subject")]),

dict(guid="sav_shbr_2026_1215", pub="2026-08-25T06:00:00-04:00", title="Community foundation honors Rev. Isaiah Ravenell; donors recognized",
body="""The Coastal Empire Neighborhood Foundation presented its Beacon Award on Thursday to the Rev. Dr. Isaiah Ravenell, pastor of First Zion Missionary Baptist Church, for twenty years of running the church's West Side food pantry and summer jobs program.

Ravenell accepted the award with his wife, Dorothea, and thanked the volunteers who sort groceries every Saturday.

The foundation also recognized its leadership donors for 2026, including Demetrios and Christina Lekkas, Frank and Bridget Mulherin, Manigo's Lowcountry Kitchen, the Hibernian Society and Coastal Heritage Bank.""",
gold=[("SAV014", "subject")]),
]
