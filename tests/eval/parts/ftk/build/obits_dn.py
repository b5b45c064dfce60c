"""Heartland Paid Death Notices (invented): terse surname-first notices for Hardin, LaRue and Nelson counties,
plain text. One is a later copy of the News-Enterprise Hornback obituary. Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="ftk_dn_20260313_0412", pub="2026-03-13T05:00:00-05:00", title="HORNBACK, Delbert W. 'Del'",
body="""HORNBACK, Delbert Wayne "Del," 85, of Hodgenville, died March 8, 2026. Born February 9, 1941. Survived by his wife of 61 years, Opal (Shelton) Hornback; daughters Tammy Cruse (Mike) and Lisa Hornback; son Dale Hornback; brother-in-law and sister-in-law Ray and Wanda Shelton. Funeral 11 a.m. Thursday, Bennett-Cruse Funeral Home, Hodgenville.""",
gold=[]),

dict(guid="ftk_dn_20260514_0518", pub="2026-05-14T05:00:00-04:00", title="KESSINGER, Roberta",
body="""KESSINGER, Roberta, of Hodgenville, died Tuesday, May 12, 2026. Arrangements pending at Bennett-Cruse Funeral Home, Hodgenville.""",
gold=[("FTK018", "possible_deceased_client")]),

dict(guid="ftk_dn_20260528_0561", pub="2026-05-28T05:00:00-04:00", title="GOODIN, Ernestine",
body="""GOODIN, Ernestine Marie, 86, of Elizabethtown, died May 25, 2026. Retired from the Hardin County Clerk's office. Survivors include a son, Cliff Goodin of Elizabethtown, and a granddaughter, Haley Goodin of Lexington. Preceded in death by her husband, Orville Goodin. Funeral 10 a.m. Saturday, Knob Creek & Rolling Fork Funeral Home, Elizabethtown.""",
gold=[("FTK012", "survivor")]),

dict(guid="ftk_dn_20260609_0602", pub="2026-06-09T05:00:00-04:00", title="MATTINGLY, Bernadette H.",
body="""MATTINGLY, Bernadette H., 79, of Louisville, formerly of Raywick, died June 6, 2026. Survived by her husband, Leonard Mattingly; sons Greg and Chris Mattingly of Louisville. Funeral Mass 10 a.m. Thursday, St. Raphael Church, Louisville.""",
gold=[]),
]
