"""Central Illinois Death Notices: brief paid notices, surname-first headings, plain text. One of them is a
later second copy of the Ledger-Tribune's Wetzel obituary. Hand-labelled."""

FEED = "cidn"
ITEMS = [
dict(guid="dec_cidn_notice_20260305_ashworth", pub="2026-03-05T06:00:00-06:00",
title="ASHWORTH, Roy",
body="""ASHWORTH, Roy, of Clinton, died Tuesday, March 3, 2026. Arrangements are pending at Calvert-Shea Funeral Home, Clinton.""",
gold=[("DEC018", "possible_deceased_client")]),

dict(guid="dec_cidn_notice_20260414_greenleaf", pub="2026-04-14T06:00:00-05:00",
title="GREENLEAF, Nathaniel J.",
body="""GREENLEAF, Nathaniel J. "Nate", 19, of Normal, died Saturday, April 11, 2026, in Normal. He was a sophomore at Heartland Community College and a 2024 graduate of Normal Community High School. Survived by his parents, Curtis and Renee Greenleaf of Normal; his sister, Aaliyah; and his grandmother, Bernice Greenleaf of Peoria. Services 1 p.m. Saturday at Mount Pisgah Baptist Church, Bloomington. Kibler-Brady-Ruestman Memorial Home is assisting the family.""",
gold=[]),

dict(guid="dec_cidn_notice_20260602_hoots", pub="2026-06-02T06:00:00-05:00",
title="HOOTS, Bernice L.",
body="""HOOTS, Bernice L., 90, of Taylorville, died May 30, 2026, at Taylorville Memorial Hospital. Survived by her sons, Kenny Hoots of Taylorville and Darrell (Pam) Hoots of Pana; seven grandchildren. Preceded in death by her husband, Virgil. Funeral 10 a.m. Thursday at Sutton Memorial Home, Taylorville; burial Oak Hill Cemetery.""",
gold=[]),

dict(guid="dec_cidn_notice_20260912_wetzel", pub="2026-09-12T06:00:00-05:00",
title="WETZEL, Gerald L. \"Jerry\"",
body="""WETZEL, Gerald L. "Jerry", 80, of Decatur, died Sept. 8, 2026. Survived by his wife of 59 years, Darlene; sons Scott (Lisa) and Brian; four grandchildren; brother Roger. Army veteran, Vietnam; retired Caterpillar machinist. Celebration of life 10 a.m. Saturday, First United Methodist Church, Decatur. Burial Graceland Cemetery.""",
gold=[]),
]
