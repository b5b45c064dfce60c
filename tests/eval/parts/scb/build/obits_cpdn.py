"""Colleton Press-Sentinel: brief paid death notices (surname-first headings), plain text. Hand-labelled.
One item is a later, second copy of Live Oak Memorial Chapel's Heyward obituary (labelled nothing here)."""

from obits_lofh import ITEMS as _LOFH

FEED = "cpdn"
_HEYWARD = next(it for it in _LOFH if it["guid"].endswith("heyward"))

ITEMS = [
dict(guid="scb_cpdn_2026_0614", pub="2026-06-12T06:00:00-04:00",
     title="HEYWARD, Cleveland Roosevelt",
     body=_HEYWARD["body"],
     gold=[]),  # duplicate copy: labelled on the funeral home's earlier copy

dict(guid="scb_cpdn_2026_0507", pub="2026-05-07T06:00:00-04:00",
     title="BYTHEWOOD, Rufus",
body="""BYTHEWOOD, Rufus, of St. Helena Island, died May 3, 2026. Arrangements will be announced by Live Oak Memorial Chapel, Frogmore.""",
gold=[("SCB004", "possible_deceased_client")]),

dict(guid="scb_cpdn_2026_0322", pub="2026-03-22T06:00:00-04:00",
     title="PADGETT, Lamar Wayne",
body="""PADGETT, Lamar Wayne, 90, of Walterboro, died March 19, 2026. Retired from Westvaco after 38 years; member of Bethel Baptist Church. Survived by his wife of 66 years, Jean; his daughter, Ashley Varnadoe (Trip) of Walterboro; son, Wayne Padgett Jr. of Cottageville; and five grandchildren. Funeral 2 p.m. Monday, Bethel Baptist Church; burial in Live Oak Cemetery.""",
gold=[("SCB012", "survivor"), ("SCB009", "survivor")]),

dict(guid="scb_cpdn_2026_0415", pub="2026-04-15T06:00:00-04:00",
     title="SMALLS, Dwayne Anthony",
body="""SMALLS, Dwayne Anthony, 44, of Charlotte, N.C., formerly of Ridgeland, died April 11, 2026. Survived by his wife, Nicole; his daughters, Jada and Imani; and his mother, Mrs. Louise Smalls of Charlotte. Service Saturday, 11 a.m., Friendship Missionary Baptist Church, Charlotte.""",
gold=[]),

dict(guid="scb_cpdn_2026_0716", pub="2026-07-16T06:00:00-04:00",
     title="CROSBY, Lillie Mae",
body="""CROSBY, Lillie Mae, 101, of Walterboro, went home to be with the Lord on July 12, 2026. Mother of the church at Mount Carmel AME. Survived by her daughters, Doris Heyward and Brenda Tuten (Hal), both of Walterboro; a son, Kevin Crosby Sr. of Cottageville; eleven grandchildren and many great-grandchildren. Preceded in death by her husband, Elliott Crosby, and her son-in-law, Cleveland Heyward. Homegoing 11 a.m. Saturday, Mount Carmel AME Church.""",
gold=[("SCB011", "survivor"), ("SCB007", "survivor"), ("SCB006", "survivor")]),

dict(guid="scb_cpdn_2026_0226", pub="2026-02-26T06:00:00-05:00",
     title="GANTT, Benjamin Lee Sr.",
body="""GANTT, Benjamin Lee Sr., 88, of Varnville, died February 23, 2026. Retired from the S.C. Department of Transportation. Survived by his son, Benjamin "Benny" Gantt Jr. of Yemassee; a daughter, Shirley Gantt Moultrie of Estill; and six grandchildren. Preceded in death by his wife, Ollie Mae Gantt. Graveside service 1 p.m. Friday, St. John Baptist Church cemetery, Varnville.""",
gold=[("SCB015", "survivor")]),
]
