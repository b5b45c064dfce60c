"""St. Paul Lutheran (Freeport) and Zion Lutheran (Lena) parish bulletin, "In Our Prayers" notices: plain text,
short headings. Hand-labelled."""

FEED = "spz"
ITEMS = [
dict(guid="rfd_spz_bulletin_2026_02_22_a", pub="2026-02-22T07:00:00-06:00",
title="Entered the Church Triumphant: Elsie Bokhof",
body="""Our sister in Christ Elsie Bokhof, 92, of Freeport, entered the Church Triumphant on Tuesday, February 17. Elsie was baptized and confirmed at St. Paul and taught the third-grade Sunday school class for 34 years; many of you learned the Small Catechism at her table.

Elsie is survived by her daughter, Mrs. Eugene (Sharon) Koerner Jr. of Freeport; her son, Lyle Bokhof of Rockford; five grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Arnold, in 2003.

Her funeral was held Saturday at St. Paul, Pastor Mark Eilers officiating, with burial in Oakland Cemetery. Memorials may be given to the St. Paul Sunday School. Please keep the Bokhof and Koerner families in your prayers.""",
gold=[("RFD007", "survivor"), ("RFD006", "survivor")]),

dict(guid="rfd_spz_bulletin_2026_03_29_a", pub="2026-03-29T07:00:00-05:00",
title="In Our Prayers: LaVern Hartzell (Zion, Lena)",
body="""From Zion, Lena: LaVern A. Hartzell, 81, of Lena, fell asleep in Jesus on Tuesday, March 24, at the Lena Living Center. LaVern farmed south of Lena all his life, ushered at Zion for forty years and never once missed the Stephenson County Fair.

He is survived by his wife of 59 years, Marilyn (Diefenthaler); his sons, Gary (Pam) Hartzell of Lena and Todd Hartzell of Warren; and six grandchildren.

The funeral was Friday at Zion, Pastor Ruth Weidman officiating. Thank you to the Zion WELCA women - Lorraine Stukenberg, Deb Haas and Carol Meinert - who served the funeral luncheon.""",
gold=[]),

dict(guid="rfd_spz_bulletin_2026_05_10_a", pub="2026-05-10T07:00:00-05:00",
title="Entered the Church Triumphant: Clarence \"Butch\" Zimmerman",
body="""Clarence "Butch" Zimmerman, 74, of Freeport, entered the Church Triumphant on May 5 after a long illness. Butch retired in 2014 after 40 years as a parts man at Koerner Implement, and he could find any part for any tractor built since 1950 without looking it up.

He is survived by his wife, Judy; his daughters, Kim (Brad) Luecke of Dakota and Tracy Zimmerman of Rockford; and four grandchildren. He was preceded in death by his parents and his brother, Lloyd.

A memorial service will be held at 2 p.m. Saturday, May 16, at St. Paul, with lunch to follow in the fellowship hall.""",
gold=[]),
]
