"""Coulee Community Courier (community paper: milestones, schools, churches, clubs; teaser in description, HTML in
content:encoded). Hand-labelled."""

FEED = "cc"
ITEMS = [
dict(guid="lse_cc_2026_0128", pub="2026-01-28T08:00:00-06:00", title="Engagements: Haugstad - Lien",
body="""WESTBY - Orrin and Mary Jo Haugstad of Westby announce the engagement of their daughter, Solveig Haugstad, to Anders Lien, son of Peter and Gail Lien of Cashton.

The bride-elect is a 2019 graduate of Westby High School and of Luther College and teaches fourth grade in Viroqua. Her fiance is a 2018 graduate of Cashton High School and farms with his family near Cashton. A September wedding is planned at Coon Prairie Lutheran Church.""",
gold=[("LSE001", "parent_of_subject"), ("LSE002", "parent_of_subject")]),

dict(guid="lse_cc_2026_0513", pub="2026-05-13T08:00:00-05:00", title="Late Father Rudolph honored by Catholic Charities",
body="""LA CROSSE - Catholic Charities of the Diocese of La Crosse has named its new North Side food pantry for the late Rev. Thomas Rudolph, who founded the diocese's first soup kitchen in 1983 and died in 2024.

Bernie Pfaffenroth of La Crosse, whose late mother-in-law, Arlene, was Father Rudolph's sister, accepted the plaque on behalf of the family at the pantry's dedication Sunday. "He would have hated the fuss and loved the pantry," she said.

The pantry will be open Tuesdays and Saturdays.""",
gold=[]),

dict(guid="lse_cc_2026_0415", pub="2026-04-15T08:00:00-05:00", title="Viroqua librarian named Wisconsin's rural librarian of the year",
body="""VIROQUA - Roz Mikkelsrud, director of the McIntosh Memorial Library in Viroqua, has been named the 2026 Rural Librarian of the Year by the Wisconsin Library Association.

Mikkelsrud, who has led the library for 22 years, started a seed library, a tool library and a bookmobile that reaches Amish farms near Cashton and Hillsboro. "Out here a library is a living room for the whole county," she said.

She will receive the award at the association's conference in Wisconsin Dells in November.""",
gold=[("LSE017", "subject")]),

dict(guid="lse_cc_2026_0520", pub="2026-05-20T08:00:00-05:00", title="Logan senior wins full scholarship to UW-Madison engineering",
body="""LA CROSSE - Kou Khang, a senior at Logan High School, has won a Posse Foundation scholarship, a full four-year scholarship to the University of Wisconsin-Madison, where he plans to study electrical engineering.

Kou, the son of Neng and Mai Yer Khang of La Crosse, is captain of the Logan robotics team and tutors younger students at the Hmong Cultural Center on weekends. He will be the first in his family to attend a four-year university.""",
gold=[("LSE007", "parent_of_subject"), ("LSE008", "parent_of_subject")]),

dict(guid="lse_cc_2026_0525", pub="2026-05-25T08:00:00-05:00", title="Westby's Syttende Mai draws record crowd",
body="""WESTBY - Sunshine and seventy degrees brought a record crowd to Westby's Syttende Mai celebration last weekend: the 10K run, the Norwegian dancers, the troll walk and the lefse booth, which sold out by 1 p.m.

The Westby Area Chamber thanked its volunteers, including Gus and Carol Ann Tveten, Orrin Haugstad, Jerry Lindaas, Norman Ofsdahl, Tor Rognstad and the Westby Sons of Norway lodge.""",
gold=[]),

dict(guid="lse_cc_2026_0603", pub="2026-06-03T08:00:00-05:00", title="Milestones: Bjerkeseths mark 50 years",
body="""SPARTA - Torvald "Tory" and Kirsten Bjerkeseth of Sparta will celebrate their 50th wedding anniversary with an open house from 1 to 4 p.m. Sunday, June 14, at St. John's Lutheran Church, Sparta.

The couple were married June 12, 1976, at Coon Prairie Lutheran Church in Westby. Tory retired from the Monroe County Highway Department and Kirsten from teaching at Sparta Meadowview. They have three children and seven grandchildren. Cards only, please.""",
gold=[("LSE012", "subject"), ("LSE013", "subject")]),

dict(guid="lse_cc_2026_0812", pub="2026-08-12T08:00:00-05:00", title="Bangor quilter takes best of show at Interstate Fair",
body="""WEST SALEM - Peggy Zietlow of Bangor won best of show in quilting at the La Crosse Interstate Fair last week with "Coulee Autumn," a queen-size quilt of 3,400 hand-pieced blocks that took her two winters to finish.

Zietlow, 81, has entered the fair every year since 1961. "I finally beat my sister," she said.""",
gold=[("LSE023", "subject")]),
]
