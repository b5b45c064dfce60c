"""Delmarva Daily Register: paid death notices, terse, surname-first headings, plain text. Hand-labelled.
The last item is a second, later copy of the Cape Coastal Gazette's Truitt obituary (labelled there only)."""

from obits_ccg import ITEMS as _CCG

_TRUITT = next(it for it in _CCG if it["guid"] == "sus_ccg_obit_2026_0522")

ITEMS = [
dict(guid="sus_ddr_notice_2026_04117", pub="2026-04-04T05:00:00-04:00", title="DESROSIERS, Jean-Robert",
body="""DESROSIERS, Jean-Robert, 28, of Brooklyn, N.Y., formerly of Georgetown, died March 29, 2026, in New York. Son of Pierre and Yolande Desrosiers of Brooklyn. Services and burial in Brooklyn. Arrangements by Cypress Hills Funeral Chapel.""",
gold=[]),

dict(guid="sus_ddr_notice_2026_07209", pub="2026-07-13T05:00:00-04:00", title="WAINWRIGHT-BUNTING, Rosalind",
body="""WAINWRIGHT-BUNTING, Rosalind, of Selbyville, died July 9, 2026. Services will be private. Arrangements by Pepper-Hollis Funeral Services, Millsboro.""",
gold=[("SUS014", "possible_deceased_client")]),

dict(guid="sus_ddr_notice_2026_08030", pub="2026-08-06T05:00:00-04:00", title="BAYNARD, Cordelia E.",
body="""BAYNARD, Cordelia Elizabeth, 96, formerly of Milton, died Aug. 2, 2026, at Candlelight Manor, Easton, Md. Retired Talbot County schoolteacher. Survived by a nephew, Howard Baynard of Easton, and a niece, Frances Baynard Lowe of Cambridge. Graveside service at Spring Hill Cemetery, Easton.""",
gold=[]),

dict(guid="sus_ddr_notice_2026_09011", pub="2026-09-05T05:00:00-04:00", title="ARGOE, Wilhelmina S. \"Billie\"",
body="""ARGOE, Wilhelmina Shockley "Billie," 86, of Rehoboth Beach, died Sept. 3, 2026, at Beebe Healthcare, Lewes. Born Dec. 1, 1939, in Harbeson to the late Willard and Mae Shockley. Wife of the late Charles Argoe. Survived by a son, Charles Argoe Jr. of Dover; a niece, Delia Baynard of Milton; and a nephew, Mark Dennis of Lincoln. Preceded in death by her sister, Evelyn Dennis. Service Sept. 10, 11 a.m., All Saints' Episcopal Church, Rehoboth Beach.""",
gold=[("SUS007", "deceased_client"), ("SUS020", "survivor")]),

dict(guid="sus_ddr_notice_2026_05231", pub="2026-05-23T05:00:00-04:00", title="TRUITT, Elwood C. \"Woody\"",
body=_TRUITT["body"],
gold=[]),
dict(guid="sus_ddr_notice_2026_10042", pub="2026-10-06T05:00:00-04:00", title="HITCHENS, Faye C.",
body="""HITCHENS, Faye Collins, 77, of Delmar, Md., died Oct. 2, 2026, at TidalHealth Peninsula Regional, Salisbury. Wife of 55 years of Dorsey Hitchens. Also survived by a daughter, Lisa Hitchens Ward of Laurel, Del.; a sister-in-law, Loretta Truitt of Millsboro; and three grandchildren. Service Oct. 9, 1 p.m., Delmar Church of God. Arrangements by Short Funeral Home, Delmar.""",
gold=[("SUS004", "survivor"), ("SUS002", "survivor")]),
]
