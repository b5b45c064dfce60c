"""Leelanau & Grand Traverse Neighbors: community paper (milestones, engagements, library and school notes),
a teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "neighbors"
ITEMS = [
dict(guid="tvc_neighbors_2026_w03_quilt", pub="2026-01-21T08:00:00-05:00", title="Lake Leelanau quilter's cherry-orchard quilt headed to the Smithsonian",
body="""LAKE LEELANAU - Arlene Vondrasek has pieced more than 300 quilts in her farmhouse on North Lake Street, but she never expected one to hang in Washington.

This spring, her "Orchard in Bloom" quilt, a storm of 4,000 pink-and-white blossoms stitched over two winters, will join the National Museum of American History's collection of American folk textiles. Vondrasek learned to quilt from her Czech grandmother.""",
gold=[("TVC015", "subject")]),

dict(guid="tvc_neighbors_2026_w18_anniv", pub="2026-05-06T08:00:00-04:00", title="Sobieralskis of Cedar celebrate 55 years",
body="""CEDAR - Leonard and Dolores (Pleva) Sobieralski of Cedar will celebrate their 55th wedding anniversary on May 15. They were married at Holy Rosary Church in 1971 and have farmed cherries on Kasson Road ever since.

Their children invite friends to an open house from 2 to 5 p.m. Sunday, May 17, at the Cedar Polka Hall. No gifts, please; cards may be sent to the family.""",
gold=[("TVC001", "subject"), ("TVC002", "subject")]),

dict(guid="tvc_neighbors_2026_w26_engaged", pub="2026-06-24T08:00:00-04:00", title="Engagement: Hoeflinger - Brzozowski",
body="""KINGSLEY - Wes and Renee Hoeflinger of Kingsley announce the engagement of their daughter, Kelsey Hoeflinger, to Tyler Brzozowski, son of Greg and Anne Brzozowski of Buckley.

The bride-elect is a 2020 graduate of Kingsley High School and a dental hygienist in Traverse City. Her fiancé is a journeyman electrician. A September 2027 wedding is planned at St. Paul Lutheran Church.""",
gold=[("TVC012", "parent_of_subject"), ("TVC013", "parent_of_subject")]),

dict(guid="tvc_neighbors_2026_w35_library", pub="2026-08-26T08:00:00-04:00", title="Northport library's new children's wing opens thanks to 212 donors",
body="""NORTHPORT - Leelanau Township Library cut the ribbon Saturday on its new children's wing, paid for entirely by local gifts.

Donors at the Cornerstone level included Jo Ann Kolarik, the Northport Lions Club, Peter and Sue Haskell, Dr. Miriam Oyelaran and the Bay Family Foundation. Librarian Celeste Duranceau read "Blueberries for Sal" to the first 40 children through the door.""",
gold=[]),  # TVC021 in a donor list
]
