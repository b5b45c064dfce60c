"""The Lancaster County Ledger: paid death notices, terse, surname-first headings. Plain text. Hand-labelled."""

FILE = "lan_county_ledger_death_notices.rss"
TITLE = "Lancaster County Ledger - Death Notices"
LINK = "https://www.lancledger.example/obituaries/notices/"
DESCRIPTION = "Paid death notices published in the Lancaster County Ledger"
CATEGORY = "Death Notices"
STYLE = "plain"

ITEMS = [
dict(guid="lan_lcl_dn_2026_05071", pub="2026-05-07T05:00:00-04:00", title="HABECKER, Harold E.",
body="""HABECKER, Harold E., 90, of Lititz, on May 3, 2026. Husband of the late Mildred (Bomberger) Habecker. Survived by a daughter, Darlene, wife of Gerald Wolgemuth, Lititz; a son, Thomas (Joyce) Habecker, Manheim; five grandchildren and eight great-grandchildren. Service Sat., May 9, 11 a.m., Lititz Church of the Brethren. Hollinger-Weidman Funeral Home, Lititz.""",
gold=[]),  # later second copy of lan_hwfh_obit_2026_harold-habecker: labelled on the earlier copy only

dict(guid="lan_lcl_dn_2026_05122", pub="2026-05-12T05:00:00-04:00", title="BUCKWALTER, Anna M.",
body="""BUCKWALTER, Anna M., of Strasburg, on May 9, 2026. Arrangements are pending with the Strasburg Memorial Chapel.""",
gold=[("LAN015", "possible_deceased_client")]),

dict(guid="lan_lcl_dn_2026_06033", pub="2026-06-03T05:00:00-04:00", title="GEHMAN, Warren R.",
body="""GEHMAN, Warren R., 63, of Manheim, June 1, 2026. Husband of Joyce (Landis) Gehman. Also survived by his mother, Mary Ellen Gehman of Lititz; two daughters; and a brother, Keith Gehman of Elizabethtown. Preceded in death by his father, Lester Gehman. Service Fri., 11 a.m., Hernley Mennonite Church, Manheim.""",
gold=[("LAN010", "survivor")]),

dict(guid="lan_lcl_dn_2026_07224", pub="2026-07-22T05:00:00-04:00", title="HORST, Elmer M.",
body="""HORST, Elmer M., 77, of New Holland, July 19, 2026. Husband of Lena (Weaver) Horst. Survived by six children, 31 grandchildren and a sister. Funeral Thurs., 9 a.m., Weaverland Mennonite meetinghouse, with Ivan Nolt and Lester Burkholder officiating. Burial in the adjoining cemetery.""",
gold=[]),

dict(guid="lan_lcl_dn_2026_08055", pub="2026-08-05T05:00:00-04:00", title="RIEHL, Katie E.",
body="""RIEHL, Katie E., 76, of Belleville, Mifflin County, Aug. 1, 2026. Wife of Jonas K. Riehl. Survived by nine children, 52 grandchildren and 18 great-grandchildren. Funeral was held at the home of a son, Jonas Jr., Belleville.""",
gold=[]),

dict(guid="lan_lcl_dn_2026_11096", pub="2026-11-09T05:00:00-05:00", title="OLMEDA SANTIAGO, Héctor Luis",
body="""OLMEDA SANTIAGO, Héctor Luis, 84, of Lancaster, Nov. 5, 2026, in Bayamón, Puerto Rico, while visiting family. Husband of the late Gloria (Cruz) Olmeda. Survived by his son, Héctor Olmeda (Carmen Delia) of Lancaster; a daughter, Maritza Olmeda of Bayamón; and five grandchildren. Mass Sat., 10 a.m., St. Mary's Church, Lancaster.""",
gold=[("LAN012", "survivor"), ("LAN011", "survivor")]),
]
