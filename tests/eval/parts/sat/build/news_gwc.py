"""Guadalupe & Wilson County Courier (small-town weekly for Seguin, Floresville and the Hill Country edition):
teaser in description, HTML in content:encoded. Hand-labelled (gold=[...] beside each text)."""

FEED = "gwc"
ITEMS = [
dict(guid="sat_gwc_2026_0119", pub="2026-03-05T08:00:00-06:00", title="Sons of Hermann honor Seguin member for 60 years",
body="""SEGUIN - Herman Vogel joined Seguin's Sons of Hermann lodge in 1966, the year he came home from the Army, and he has missed exactly four meetings since. On Saturday the lodge gave him its 60-year pin and a cake shaped like a beer stein.

Vogel, 86, retired from the Guadalupe County road department in 2001. He still calls the dominoes tournament every Thursday night.""",
gold=[("SAT022", "subject")]),

dict(guid="sat_gwc_2026_0131", pub="2026-04-02T08:00:00-05:00", title="Wilson County Junior Livestock Show auction raises $410,000",
body="""FLORESVILLE - Buyers paid a record $410,000 at Saturday's Wilson County Junior Livestock Show auction. The grand champion steer, shown by Kaylee Wiatrek of Poth, sold for $22,000.

Buyers included Castañeda Feed & Supply, Stan and Helen Kotzur, the Floresville Rotary Club, Karnes Electric Cooperative, Lyssy & Eckel Feeds, First Community Bank of Floresville and Dr. Mark Jurek.""",
gold=[]),

dict(guid="sat_gwc_2026_0146", pub="2026-05-14T08:00:00-05:00", title="Kotzurs mark 55 years of marriage",
body="""FLORESVILLE - Stanislaus "Stan" and Helen Kotzur of Floresville celebrated their 55th wedding anniversary on May 8 with a Mass at Sacred Heart Church and a family dinner at the K of C hall.

The couple were married at Immaculate Conception Church in Panna Maria on May 8, 1971. Stan farmed and drove a school bus for Floresville ISD for 30 years; Helen was a cafeteria manager. They have four children, eleven grandchildren and two great-grandchildren.""",
gold=[("SAT012", "subject"), ("SAT013", "subject")]),

dict(guid="sat_gwc_2026_0160", pub="2026-06-18T08:00:00-05:00", title="Engagement: Zamora - Kowalik",
body="""Armando and Bea Zamora of San Antonio announce the engagement of their daughter, Sofia Isabel Zamora, to Daniel Kowalik, son of Ted and Jean Kowalik of Floresville.

The bride-elect is a 2021 graduate of Texas A&M University-San Antonio and teaches fourth grade at Floresville North Elementary. Her fiancé is a lineman for Karnes Electric Cooperative. The couple will marry in October at Sacred Heart Catholic Church in Floresville.""",
gold=[("SAT023", "parent_of_subject")]),

dict(guid="sat_gwc_2026_0177", pub="2026-07-30T08:00:00-05:00", title="Boerne librarian retires after 31 years",
body="""BOERNE - When Anna Marie Dietert started at the Patrick Heath Public Library in 1995, the card catalog was still made of cards. On Friday, the library's head of children's services retired after 31 years and an estimated 6,000 story times.

Dietert, the daughter of the late Otto and Hildegard Engel of Comfort, plans to spend her retirement traveling with her husband, Walter, and reading books "without pictures in them." A reception was held in the library's community room.""",
gold=[("SAT007", "subject")]),
]
