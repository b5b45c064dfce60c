"""Southeast Alaska Death Notices (invented paid-notice page shared by the region's papers): brief notices,
surname-first headings, plain text. Hand-labelled."""

FEED = "notices"
ITEMS = [
dict(guid="ktn_notice_2026_0416_castellan", pub="2026-04-16T07:00:00-08:00", title="CASTELLAN, Rudolph \"Rudy\"",
body="""Rudolph Anthony "Rudy" Castellan, 78, of Klawock, died April 4, 2026, at PeaceHealth Ketchikan Medical Center after a short illness. Rudy was born June 14, 1947, in Seattle and came north in 1968 to work at the Klawock cannery. He is survived by his wife of 52 years, Glenna Castellan of Klawock; his sons, Anthony Castellan of Craig and Mark Castellan of Sitka; his daughter, Theresa Yeager of Anchorage; seven grandchildren; and his brother, Louis Castellan of Tacoma. Mass of Christian Burial 11 a.m. Saturday, St. John by the Sea, Klawock.""",
gold=[]),

dict(guid="ktn_notice_2026_0520_selvog", pub="2026-05-20T07:00:00-08:00", title="SELVOG, Mabel L.",
body="""Mabel Louise Selvog, 90, of Ketchikan, died May 15, 2026. Born in Wrangell; bookkeeper at the Ketchikan Spruce Mill for 28 years. Survived by daughter Ardith Selvog, Ketchikan; son Dennis (Carla) Selvog, Wasilla; three grandchildren. Preceded in death by husband Olaf. Service 11 a.m. Friday, First Lutheran Church, Ketchikan.""",
gold=[]),

dict(guid="ktn_notice_2026_0602_strandvold", pub="2026-06-02T07:00:00-08:00", title="STRANDVOLD, Halvor \"Hal\"",
body="""Halvor "Hal" Strandvold, 75, of Seattle (Ballard), died May 27, 2026. Born in Bellingham; 40 years a Bristol Bay drift gillnetter and a machinist at Fishermen's Terminal. Survived by wife Bernice; sons Erik (Jill) of Shoreline and Anders of Everett; four grandchildren. Service 1 p.m. June 6, Ballard First Lutheran Church, Seattle.""",
gold=[]),

dict(guid="ktn_notice_2026_0804_ottesen", pub="2026-08-04T07:00:00-08:00", title="OTTESEN, Nils",
body="""Nils Ottesen of Petersburg passed away July 30, 2026, at Petersburg Medical Center. Arrangements are pending; a celebration of life will be announced at a later date.""",
gold=[("KTN021", "possible_deceased_client")]),
]
