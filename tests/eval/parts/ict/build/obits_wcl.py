"""The Wichita Courier-Ledger: paid death notices, surname-first headings, plain text. Hand-labelled."""

FEED = "wcl"
ITEMS = [
dict(guid="ict_wcl-dn-2026-0214", pub="2026-02-15T05:00:00-06:00", title="JANZEN, Erna (Schrag)",
body="""JANZEN, Erna (Schrag), 94, Newton, died Feb. 12, 2026. Retired nurse at Bethel Deaconess Hospital; member of First Mennonite Church. Survived by daughter, Ruth Ann Becker (Jim) of Whitewater; daughter-in-law, Carolyn Janzen of Newton; five grandchildren. Preceded by husband, Herman, and son, Vernon Janzen. Memorial 2 p.m. Saturday, First Mennonite Church, Newton.""",
gold=[("ICT021", "survivor")]),

dict(guid="ict_wcl-dn-2026-0388", pub="2026-03-29T05:00:00-05:00", title="STUCKY, Arlen Ray Jr.",
body="""STUCKY, Arlen Ray Jr., 58, Lincoln, Neb., formerly of Moundridge, died March 25, 2026. Agronomist for 30 years with a seed company. Survived by wife, Tammy; sons, Cole and Brett; parents, Arlen and Joyce Stucky of Moundridge; sister, Lisa Kaufman of McPherson. Funeral 10 a.m. Tuesday, West Zion Mennonite Church, Moundridge.""",
gold=[("ICT016", "survivor")]),

dict(guid="ict_wcl-dn-2026-0503", pub="2026-04-26T05:00:00-05:00", title="MANSOUR, Habib \"Bob\"",
body="""MANSOUR, Habib "Bob", 88, Wichita, died April 23, 2026. Born in Zahle, Lebanon; owned Mansour's Fine Rugs on East Douglas for 42 years. Survived by son, Dr. Samir "Sam" Mansour (Leila) of Wichita; daughter, Nadia Farris of Kansas City; six grandchildren. Preceded by wife, Georgette. Divine Liturgy 10 a.m. Monday, St. Mary Maronite Catholic Church.""",
gold=[("ICT020", "survivor")]),

dict(guid="ict_wcl-dn-2026-0611", pub="2026-05-31T05:00:00-05:00", title="ALVARADO, Ruben",
body="""ALVARADO, Ruben, 41, Garden City, died May 27, 2026, in a farm accident. Feedyard foreman. Survived by wife, Yesenia; children, Ruben Jr., Aylin and Mateo; parents, Ramon and Celia Alvarado of Garden City. Rosary 7 p.m. Sunday, funeral 10 a.m. Monday, St. Dominic Catholic Church, Garden City.""",
gold=[]),

dict(guid="ict_wcl-dn-2026-0740", pub="2026-07-19T05:00:00-05:00", title="TANNOUS, Nabil \"Bill\"",
body="""Nabil "Bill" Tannous, 90, of Wichita, fell asleep in the Lord on Friday, July 10, 2026.

Bill was born in Wichita to Elias and Nazira (Haddad) Tannous, who had come to Kansas from the mountains of Lebanon and peddled dry goods across the prairie from a wagon before opening a grocery on North Waco. He ran that grocery, and later a wholesale produce business, for fifty years. He was a lifelong member of St. George Orthodox Christian Cathedral, where he chaired the Lebanese dinner so many years that the parish named the kitchen after him.

He is survived by his sister, Rose Marie Saleeb and her husband Joe of Wichita; his sister-in-law, Wadad Tannous of Tulsa; his cousin, George Azar of Wichita; and many nieces and nephews in Kansas, Oklahoma and Lebanon. He was preceded in death by his wife, Mary (Khoury) Tannous, in 2019, and his brother, Fred Tannous.

Trisagion prayers will be offered at 6 p.m. Tuesday and the funeral at 10 a.m. Wednesday at St. George Orthodox Christian Cathedral. Memorials to the St. George building fund.""",
gold=[]),   # verbatim republication of the Prairie Rose obituary: labelled on the earlier copy only

dict(guid="ict_wcl-dn-2026-0902", pub="2026-09-06T05:00:00-05:00", title="VO, Thanh \"Tommy\"",
body="""VO, Thanh "Tommy", 71, Garden Grove, Calif., formerly of Wichita, died Aug. 30, 2026. Retired machinist. Survived by wife, Mai; daughters, Linh and Vy, both of Orange County, Calif.; brother, Hung Vo of San Jose. Funeral Mass and burial in Westminster, Calif.""",
gold=[]),

dict(guid="ict_wcl-dn-2026-1007", pub="2026-10-06T05:00:00-05:00", title="KOEHN, Marvin D.",
body="""KOEHN, Marvin D., Halstead, died Oct. 3, 2026. Services pending with Petersen Funeral Home, Halstead.""",
gold=[("ICT017", "possible_deceased_client")]),
]
