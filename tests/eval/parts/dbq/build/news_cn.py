"""Key City Neighbors: community paper (milestones, engagements, schools, awards, church notes); teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "cn"
ITEMS = [
dict(guid="dbq_kcn_2026_0120_anniv", pub="2026-01-20T08:00:00-06:00", title="Udelhofens to mark 60th anniversary",
body="""Len and Marlys (Tigges) Udelhofen of Dubuque will celebrate their 60th wedding anniversary with an open house from 1 to 4 p.m. Sunday, January 25, at St. Anthony's parish hall. No gifts, please.

The couple were married January 22, 1966, at St. Anthony Church. Len retired as a pressman; Marlys was a secretary at Nativity School for 28 years. They have three children, seven grandchildren and one very spoiled dachshund.""",
gold=[("DBQ001", "subject"), ("DBQ002", "subject")]),

dict(guid="dbq_kcn_2026_0226_engaged", pub="2026-02-26T08:00:00-06:00", title="Engagement: Gansemer - Tekippe",
body="""Curt and Patty Gansemer of Epworth announce the engagement of their daughter, Emily Gansemer, to Ryan Tekippe, son of Mark and Julie Tekippe of Festina.

Emily is a 2020 graduate of Western Dubuque High School and a 2024 graduate of Clarke University; she is a nurse at Bluffview Medical Center. Ryan is a lineman for Alliant Energy. The couple will be married October 10 at St. Patrick Church, Epworth.""",
gold=[("DBQ021", "parent_of_subject")]),

dict(guid="dbq_kcn_2026_0315_halloffame", pub="2026-03-15T08:00:00-05:00", title="Dubuque County Farm Bureau inducts five into its Hall of Fame",
body="""The Dubuque County Farm Bureau inducted five people into its Agriculture Hall of Fame at its annual banquet Saturday in Farley.

The late Raymond J. Kluesner Sr., who farmed near Holy Cross for twenty years and helped found the county's first soil conservation district, was honored posthumously; his son, Ray Kluesner Jr. of Dubuque, accepted the plaque. Also inducted were Loretta Kaufmann of Bernard, Dale and Vicki Recker of Worthington, and Ed Sabers of New Vienna.""",
gold=[]),  # the son accepting his late father's honour: nothing

dict(guid="dbq_kcn_2026_0505_liaison", pub="2026-05-05T08:00:00-05:00", title="Marshallese family liaison honored by Dubuque schools",
body="""Tarines Lojkar has been named the Dubuque Community School District's Family Partner of the Year.

Lojkar, who came to Dubuque from Majuro in 2005, has worked as the district's Marshallese family liaison since 2014, translating at conferences, driving families to registration day and teaching a Marshallese-language class for parents on Saturdays. The award comes with a $1,000 grant for her program.

"In our culture, the children belong to everyone," Lojkar said. "This job just lets me say that out loud.\"""",
gold=[("DBQ018", "subject")]),

dict(guid="dbq_kcn_2026_0709_kemem", pub="2026-07-09T08:00:00-05:00", title="Kemem: a first birthday, Marshallese style, fills the Comiskey Park shelter",
body="""More than 300 people filled the shelter at Comiskey Park on Saturday for the kemem, or first-birthday celebration, of little Jerilyn Anjain, daughter of Wilbur and Sarah Anjain of Dubuque.

In Marshallese tradition a child's first birthday is the biggest party of a young life, with singing groups from each church, a table of gifts and enough food for anyone who walks by. Guests included members of the Marshallese Community Church and the Zion church; Bobson Lojkar led the men's choir in a hymn written for the occasion.""",
gold=[]),  # Bobson Lojkar leads a choir at someone else's party: nothing

dict(guid="dbq_kcn_2026_0818_grad", pub="2026-08-18T08:00:00-05:00", title="Graduate: Grutz earns pharmacy doctorate",
body="""Megan Grutz of Rochester, Minn., graduated in May with a Doctor of Pharmacy degree from the University of Minnesota. She is the daughter of Brian and Colleen Grutz of Rochester and will complete a residency at a hospital in Minneapolis.""",
gold=[]),  # namesake parents in Minnesota (DBQ014 Brian Grutz's wife is Ann; Dubuque): nothing
]
