"""Omaha Courier-Register obituaries: metro daily, legacy-style titles, plain text. Hand-labelled."""

FEED = "cr"
ITEMS = [
dict(guid="oma_cr_obit_2026_20417", pub="2026-01-22T05:30:00-06:00", title="Bridget Mulcahy Obituary (1931 - 2026) - Omaha, NE - Omaha Courier-Register",
body="""MULCAHY, Bridget Ann (Keating)

Age 94, of Omaha, died peacefully January 19, 2026, surrounded by her family and, she would have wanted it noted, a very good priest.

Bridget was born in County Mayo, Ireland, and came to Omaha in 1949 to keep house for an uncle in the Gifford Park neighborhood, where she met Patrick Mulcahy at a dance at the Ancient Order of Hibernians hall. They were married for 58 years. She worked 30 years in the dietary department of St. Joseph Hospital, never missed the Creighton Prep-Omaha Central game, and could say the whole rosary in Irish.

Survived by her daughter, Kathleen "Kate" (Dennis) McGreevy of Omaha; sons, Michael Mulcahy (Theresa) of Kansas City and Brian Mulcahy of Omaha; 11 grandchildren and 8 great-grandchildren. Preceded in death by husband, Patrick, in 2008, and daughter, Nora.

Vigil service 6 p.m. Monday at Coyle & Lynch Funeral Home, 78th and Dodge. Mass of Christian Burial 10 a.m. Tuesday at St. Margaret Mary Church, Deacon Martin Scanlan assisting. Interment Holy Sepulchre Cemetery. Memorials to the St. Vincent de Paul Society.""",
gold=[("OMA006", "survivor"), ("OMA005", "survivor")]),
]
