"""Wild Rivers Coast Death Notices: brief paid notices, surname-first headings, plain text. Hand-labelled.
One item is a second, later copy of the Courier's Clara Bettencourt obituary (labelled on the earlier copy only)."""

from obits_rcc import ITEMS as RCC

FEED = "wrn"
_CLARA = next(it for it in RCC if it["guid"] == "cec_rcc_obit_2026_0408")

ITEMS = [
dict(guid="cec_wrn_notice_2026_0306", pub="2026-03-06T08:00:00-08:00", title="OYLER, Margaret \"Peggy\"",
body="""OYLER, Margaret "Peggy" (Jennings), 84, of Coos Bay, Ore., died March 3, 2026, at Bay Area Hospital. Born in Bandon. Retired bookkeeper for the Coos Bay School District. Survived by her husband of 61 years, Ronald; daughters Terri Oyler Mack and Lisa Gerlach; five grandchildren. Services at Coos Bay Chapel, Saturday, 1 p.m.""",
gold=[]),

dict(guid="cec_wrn_notice_2026_0415", pub="2026-04-15T08:00:00-07:00", title="BETTENCOURT, Clara Rose",
body=_CLARA["body"],
gold=[]),

dict(guid="cec_wrn_notice_2026_0508", pub="2026-05-08T08:00:00-07:00", title="BLODGETT, Harvey Lyle Sr.",
body="""BLODGETT, Harvey Lyle Sr., 93, of Crescent City, died May 4, 2026, at home. Born in Eureka, 1932. Log truck driver, 40 years; charter member, Crescent City Elks. Preceded by his wife, Opal. Survived by his son, Harvey Jr. (Denise) of Crescent City; daughter, Carla Winn of Gold Beach, Ore.; four grandchildren. Graveside service Saturday, 11 a.m., Crescent City Cemetery.""",
gold=[("CEC021", "survivor")]),

dict(guid="cec_wrn_notice_2026_0722", pub="2026-07-22T08:00:00-07:00", title="FENWICK, Garrett Ray",
body="""FENWICK, Garrett Ray, 19, of Eureka, died July 17, 2026, in Eureka. A 2025 graduate of Eureka High School and a first-year student at Cal Poly Humboldt. Survived by his parents, Dale and Tina Fenwick of Eureka; his sister, Kaylee; and his grandparents, Ray and Donna Fenwick of Fortuna. Services Friday, 2 p.m., Sanders Funeral Chapel, Eureka.""",
gold=[]),
]
