"""Bethany Lutheran Church, Mason City: the weekly e-newsletter's "Entered the Church Triumphant" notices (ELCA,
Norwegian-American congregation), plain text, first-name-familiar style. Hand-labelled."""

FEED = "bethany"
ITEMS = [
dict(guid="mcw_bethany_2026_02_15_a", pub="2026-02-15T07:00:00-06:00",
title="Entered the Church Triumphant: Arnold Tollefsrud",
body="""Arnold Peder Tollefsrud, 79, of Northwood, entered the Church Triumphant on Tuesday, February 10. Arnold was baptized and confirmed at Bethany and farmed near Northwood all his life; he kept bees and brought honey to every fall festival.

Please hold in your prayers his wife, Shirley; his sons, Brian and Neal; his sister, our member Ingrid (Hal) Brekkestad; his cousin, Corky Haakenstad of Northwood; and all who mourn.

The funeral was held Saturday at Bethany with Pastor Gunnar Tveitbakk of Zion, Clear Lake, assisting. "I am the resurrection and the life." (John 11:25)""",
gold=[("MCW002", "survivor"), ("MCW001", "survivor"), ("MCW015", "survivor")]),

dict(guid="mcw_bethany_2026_03_22_a", pub="2026-03-22T07:00:00-05:00",
title="Entered the Church Triumphant: Vernon Skartvedt",
body="""Vernon "Vern" Skartvedt, 91, a member of Bethany since 1962, entered the Church Triumphant on Monday, March 16. Vern sang bass in the Sons of Norway chorus and ushered at the 8:00 service for forty years.

Please hold in your prayers his daughters, Karen Skartvedt and Ann (Robert) Dahl, both of Minneapolis, and his grandchildren.

The altar flowers this Sunday are given to the glory of God and in memory of Vern by Hal and Ingrid Brekkestad. Lutefisk dinner volunteers: please see Bernie Fjelstul in the fellowship hall.""",
gold=[]),
]
