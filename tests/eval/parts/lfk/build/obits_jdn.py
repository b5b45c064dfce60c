"""Jasper-Newton & Piney Woods Death Notices: brief paid notices, surname-first headings, plain text.
Hand-labelled."""

FEED = "jdn"
ITEMS = [
dict(guid="lfk_jdn_2026_0031", pub="2026-01-28T07:00:00-06:00", title="ARCENEAUX, Clovis J.",
body="""Clovis Joseph Arceneaux, 81, Kirbyville, died Jan. 25, 2026. Retired from Temple-Inland, Evadale mill. Survived by wife, Lorene; daughter Shonda (T.L.) Mouton, Jasper; son Clovis Jr., Vinton, La.; six grandchildren. Preceded in death by son, Darnell. Rosary 6 p.m. Thursday, Mass 10 a.m. Friday, St. Joseph Catholic Church, Kirbyville.""",
gold=[("LFK010", "survivor"), ("LFK009", "survivor")]),

dict(guid="lfk_jdn_2026_0118", pub="2026-04-22T07:00:00-05:00", title="YARBROUGH, Dorothea",
body="""Dorothea Yarbrough, Crockett, died April 19, 2026. Arrangements pending with Carraway & Sons Funeral Home, Crockett chapel.""",
gold=[("LFK017", "possible_deceased_client")]),

dict(guid="lfk_jdn_2026_0207", pub="2026-08-12T07:00:00-05:00", title="HANCOCK, Virgil Lee",
body="""Virgil Lee Hancock, 90, Kirbyville, died Aug. 9, 2026. Korean War veteran; 40 years a Jasper County road hand. Survived by daughter, Renee Pickett, Kirbyville; granddaughter, Sammie Jo Tidwell (Cody), Kirbyville; two great-grandchildren. Preceded in death by wife, Lavelle. Services 2 p.m. Thursday, Kirbyville First Baptist Church.""",
gold=[("LFK022", "survivor")]),

dict(guid="lfk_jdn_2026_0241", pub="2026-09-15T07:00:00-05:00", title="WHITMIRE, Ethel Mae (Thigpen)",
body="""Ethel Mae Thigpen Whitmire, 88, Diboll, died Sept. 12, 2026. Born Feb. 17, 1938, Diboll. Retired Diboll ISD cafeteria manager. Survived by niece Priscilla Vansickle (Roy Dean), Diboll; nephews Carl and Dwight Thigpen. Preceded in death by husband, Dalton Whitmire; sisters Lois Harkey and Vivian Moore. Services 10 a.m. Saturday, First Baptist Church Diboll.""",
gold=[("LFK005", "deceased_client"), ("LFK020", "survivor"), ("LFK021", "survivor")]),
]
