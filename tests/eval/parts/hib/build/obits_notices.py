"""Arrowhead Death Notices (invented paid-notice service for the Range papers): terse notices, surname-first titles,
plain text. Hand-labelled."""

FEED = "notices"
ITEMS = [
dict(guid="hib_notice_260320_niemi_hilda", pub="2026-03-20T06:00:00-05:00", title="NIEMI, Hilda M.",
body="""NIEMI, Hilda M., 94, of Virginia, died March 17, 2026, at Wellbrook of Virginia. Survived by daughter Lisa (Greg) Vukelich of Virginia; son Paul Niemi of Duluth; four grandchildren. Preceded in death by husband Reino. Service 11 a.m. Tuesday at St. Paul's Lutheran, Virginia. Range Funeral Chapel, Virginia.""",
gold=[("HIB009", "survivor"), ("HIB008", "survivor")]),

dict(guid="hib_notice_260421_sundquist_evelyn", pub="2026-04-21T06:00:00-05:00", title="SUNDQUIST, Evelyn L.",
body="""SUNDQUIST, Evelyn L., 88, of Virginia, formerly of Cook, died April 18, 2026. Survived by daughter Mrs. Bruce (Sandy) Hendrickson of Virginia; son Gary Sundquist of Cook; grandchildren Erik and Amanda. Preceded in death by husband Harvey. Memorial service 2 p.m. Saturday, Bethany Lutheran Church, Virginia.""",
gold=[("HIB017", "survivor")]),

dict(guid="hib_notice_260708_hautala_toivo", pub="2026-07-08T06:00:00-05:00", title="HAUTALA, Toivo \"Ted\"",
body="""HAUTALA, Toivo "Ted", 62, of Cloquet, died July 4, 2026, at St. Mary's Medical Center, Duluth. Survived by wife Debra; sons Kyle and Travis of Cloquet; mother Arlene Hautala of Esko. Service 1 p.m. Friday at Zion Lutheran Church, Cloquet. Nelson Funeral Care, Cloquet.""",
gold=[]),

dict(guid="hib_notice_260902_tassoni_rosemary", pub="2026-09-02T06:00:00-05:00", title="TASSONI, Rosemary",
body="""TASSONI, Rosemary, of Hibbing, died Aug. 30, 2026. Arrangements are pending with Taconite Trail Funeral Chapels, Hibbing.""",
gold=[("HIB007", "possible_deceased_client")]),

dict(guid="hib_notice_261120_lahti_walter", pub="2026-11-20T06:00:00-06:00", title="LAHTI, Walter E.",
body="""LAHTI, Walter E., 90, of Chisholm, died Nov. 17, 2026. Survived by nephew Denny (Karen) Lahti of Chisholm; sister-in-law Shirley Lahti of Chisholm. Preceded in death by wife Elsie, brother Richard and grandnephew Dennis M. Lahti. Service 11 a.m. Monday, Faith Lutheran, Chisholm.""",
gold=[("HIB006", "survivor")]),
]
