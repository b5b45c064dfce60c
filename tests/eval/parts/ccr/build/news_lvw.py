"""Lakes & Valley Weekly (invented community weekly for the Silver Valley and north Kootenai County):
teaser in description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="ccr_lvw_2026_0129", pub="2026-01-29T07:00:00-08:00", title="Athol's Mowrys celebrate 70 years of marriage",
body="""ATHOL - Harlan and Beatrice "Trixie" Mowry of Athol will celebrate their 70th wedding anniversary on February 4 with an open house at the Athol American Legion hall.

The couple met at a Grange dance in Spirit Lake in 1955 and were married the following February at Athol Community Church. Harlan logged and Trixie taught piano to what she estimates were "about half the children in north Kootenai County." They have three children, eight grandchildren and eleven great-grandchildren. No gifts, please.""",
gold=[("CCR021", "subject"), ("CCR020", "subject")]),

dict(guid="ccr_lvw_2026_0820", pub="2026-08-20T07:00:00-07:00", title="Pinehurst quilter takes Best of Show at North Idaho Fair",
body="""PINEHURST - Sigrid Aune has been quilting for sixty years, and this month the 82-year-old Pinehurst woman finally took home the top ribbon.

Aune's quilt "Pine Creek in October," 4,200 hand-cut pieces in the colors of the larches, won Best of Show at the North Idaho Fair in Coeur d'Alene. She started it the week her sister, Helmi, died in February. "It kept my hands busy," she said.""",
gold=[("CCR017", "subject")]),

dict(guid="ccr_lvw_2026_0702", pub="2026-07-02T07:00:00-07:00", title="Mullan's Roy Gesualdi retires after 44 years underground",
body="""MULLAN - When Leroy "Roy" Gesualdi walked out of the Morning Star portal for the last time on June 26, his crew lined the road and banged on their lunch buckets.

Gesualdi, 66, went to work at the mine in 1982, like his father Angelo before him, and retired as shift boss. He and his wife, Donna, plan to spend more time at their place on the St. Joe River. "I'm going to learn what the sun looks like on a Tuesday," he said.""",
gold=[("CCR016", "subject")]),

dict(guid="ccr_lvw_2026_0813", pub="2026-08-13T07:00:00-07:00", title="Wallace Huckleberry Chili Cook-off crowns a Mullan firefighter",
body="""WALLACE - Firefighter Jace Moreno of Mullan took the top prize at Saturday's Huckleberry Chili Cook-off on Sixth Street with a green chili he calls "Lookout Pass in January."

Judges were Dr. Anneliese Kuykendall of Coeur d'Alene, Coeur d'Alene real estate broker Desmond Achterberg and last year's champion, Gail Swenson. Twenty-two teams entered, and the event raised $6,800 for the Wallace volunteer fire department.""",
gold=[]),

dict(guid="ccr_lvw_2026_0611", pub="2026-06-11T07:00:00-07:00", title="Births",
body="""Kootenai Health announces the following births:

A son, Mikel Josu Sarasua Iturbe, 7 pounds 9 ounces, born June 3 to Carmen Iturbe Alday and Jon Sarasua of Coeur d'Alene. Mikel is named for his grandfather, the late Josu Iturbe of Boise.

A daughter, Willa Grace, born June 5 to Ashley and Trent Kowalski of Rathdrum.""",
gold=[("CCR009", "subject")]),
]
