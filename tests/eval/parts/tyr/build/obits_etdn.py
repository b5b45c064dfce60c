"""East Texas Death Notices (brief paid notices, surname-first headings, plain text). Hand-labelled."""

ITEMS = [
dict(guid="tyr_etdn_260128", pub="2026-01-28T07:00:00-06:00", title="STUCKEY, Dorothy Riddle",
body="""Dorothy Riddle Stuckey, 81, Tyler, died Jan. 25, 2026. Survived by husband, Gerald Stuckey, Tyler; son Kyle Stuckey, Frisco; sister, Nell Cathey, Whitehouse. Preceded in death by brother Vernon Riddle. Services 2 p.m. Friday, Burks-Walker Tippit Funeral Home.""",
gold=[("TYR013", "survivor")]),

dict(guid="tyr_etdn_260211", pub="2026-02-11T07:00:00-06:00", title="PRUITT, William E. \"Bill\"",
body="""William E. "Bill" Pruitt, 77, Mount Pleasant, died Feb. 8, 2026. Retired Titus County game warden. Survived by wife of 54 years, Louise; sons Greg and Jeff Pruitt, Mount Pleasant. Services 10 a.m. Saturday, First Methodist Church, Mount Pleasant.""",
gold=[]),

dict(guid="tyr_etdn_260226", pub="2026-02-26T07:00:00-06:00", title="HOLLIS, Wendell",
body="""Wendell Hollis, 90, Tyler, died Feb. 23, 2026. Retired Kelly-Springfield tire builder. Survived by sister, Glenda Pruitt, Tyler; nephews Cody and Mark Pruitt. Graveside 11 a.m. Thursday, Cathedral in the Pines.""",
gold=[("TYR002", "survivor")]),

dict(guid="tyr_etdn_260317", pub="2026-03-17T07:00:00-05:00", title="TATUM, Earline",
body="""Earline Tatum, 88, Kilgore, died March 14, 2026. Survived by son Ricky Tatum, Kilgore; daughter Pam Gresham, Tyler. Services 2 p.m. Wednesday, Rader Funeral Home, Kilgore.""",
gold=[]),

dict(guid="tyr_etdn_260505", pub="2026-05-05T07:00:00-05:00", title="KIMBROUGH, Dwayne",
body="""Dwayne Kimbrough, Longview, passed away May 2, 2026. Arrangements are pending with Piney Woods Funeral Home, Longview.""",
gold=[("TYR010", "possible_deceased_client")]),

dict(guid="tyr_etdn_260519", pub="2026-05-19T07:00:00-05:00", title="GATLIN, Mozelle",
body="""Mozelle Gatlin, 96, Jacksonville, died May 16, 2026. Survived by nieces Barbara Nix, Rusk, and Carla Ashworth, Palestine; great-niece Kendra Ashworth, Tyler. Services 10 a.m. Tuesday, First Baptist Church, Jacksonville.""",
gold=[("TYR009", "survivor")]),
]
