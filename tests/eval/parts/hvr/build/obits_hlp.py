"""Hi-Line Lutheran Parish (invented: Our Savior's, Havre; Trinity, Hingham; Bethany, Rudyard): the weekly
bulletin's "Church Triumphant" notices, plain text, titles "Name - Congregation". Hand-labelled."""

FEED = "hlp"
ITEMS = [
dict(guid="hvr_hlp_2026-02-22_triumphant", pub="2026-02-22T07:00:00-07:00", title="Thora Hovde - Trinity, Hingham",
body="""Thora Hovde (Mrs. Hjalmar Hovde), 96, of Hingham, entered the Church Triumphant on Tuesday, February 17. Thora was baptized and confirmed at Trinity and was a member here for 96 years; she quilted with the Tuesday circle until last fall.

Our sympathy to her son, Orrin Hovde of Hingham, and her daughter, Mrs. Augustin Vandersloot Jr. (Marlys) of Havre, and to her grandchildren and great-grandchildren. Her husband, Hjalmar, died in 1998.

The funeral was held Saturday at Trinity with Pastor Tad Skogstad presiding. Thank you to the Trinity WELCA for serving the lunch.""",
gold=[("HVR006", "survivor"), ("HVR005", "survivor")]),

dict(guid="hvr_hlp_2026-04-12_sympathy", pub="2026-04-12T07:00:00-06:00", title="Gunhild Skogstad - Our Savior's, Havre",
body="""Our Savior's family extends its sympathy to Pastor Tad Skogstad and Karin on the death of Pastor Tad's mother, Gunhild Skogstad, 94, of Decorah, Iowa, who entered the Church Triumphant on April 6. She had been a member of First Lutheran in Decorah for seventy years.

Pastor Tad will be in Iowa through April 19; Pastor Emeritus Lowell Dahl will preach next Sunday. Cards may be left in the church office and will be forwarded.""",
gold=[("HVR018", "survivor")]),

dict(guid="hvr_hlp_2026-06-07_triumphant", pub="2026-06-07T07:00:00-06:00", title="Orrin Hovde - Trinity, Hingham",
body="""Orrin Hovde, 70, of Hingham, entered the Church Triumphant on Monday, June 1, less than four months after his mother, Thora. Orrin farmed the Hovde place west of Hingham all his life and served on the Trinity church council for more terms than anyone can count.

He is survived by his wife, Janice; his children, Nate Hovde of Hingham and Amy (Corey) Lund of Billings; and his sister, Marlys, the former Marlys Hovde, now Mrs. Gus Vandersloot of Havre.

The funeral will be Thursday at 11 a.m. at Trinity, with Pastor Tad Skogstad officiating. Scripture will be read by Tory Brekkestad. Please keep Janice and the family in your prayers.""",
gold=[("HVR006", "survivor"), ("HVR005", "survivor")]),

dict(guid="hvr_hlp_2026-09-13_triumphant", pub="2026-09-13T07:00:00-06:00", title="Ole Tangedal - Bethany, Rudyard",
body="""Ole Tangedal, 90, of Rudyard, entered the Church Triumphant on September 7. Ole ushered at Bethany for 45 years and was the last of the charter members of the Rudyard Lions Club.

He is survived by his children, Lynn Tangedal of Rudyard and Dana (Pete) Fossum of Havre, and six grandchildren. His wife, Agnes, preceded him in death in 2020.

The funeral will be Friday at 10:30 a.m. at Bethany. Lunch will be served by Gladys Ackerlund and the Bethany WELCA; please call Gladys if you can bring bars.""",
gold=[]),
]
