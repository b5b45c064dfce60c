"""Madison Capital Courier paid death notices: surname-first headings, terse plain text. Hand-labelled."""

ITEMS = [
dict(guid="msn_mcc_dn_20260123_fairweather", pub="2026-01-23T05:30:00-06:00", title="FAIRWEATHER, Clarence L.",
body="""MILWAUKEE - Clarence L. Fairweather, 77, of Milwaukee, passed away Jan. 19, 2026. He retired from A.O. Smith after 34 years. Survived by his wife of 50 years, Odessa Fairweather of Milwaukee; sons Marcus and Terrell; and eight grandchildren. Services Saturday at Greater Galilee Missionary Baptist Church, Milwaukee.""",
gold=[]),

dict(guid="msn_mcc_dn_20260124_zuehlsdorf", pub="2026-01-24T05:30:00-06:00", title="ZUEHLSDORF, Gretchen M.",
body="""WAUSAU - Gretchen M. Zuehlsdorf, 81, of Wausau, died Jan. 20, 2026, at Aspirus Wausau Hospital. Survived by her son, Dale (Kim) Zuehlsdorf of Rib Mountain, and three grandchildren. Preceded in death by her husband, Norbert. Services at St. Anne's Catholic Church, Wausau.""",
gold=[]),

dict(guid="msn_mcc_dn_20260313_brekkestad", pub="2026-03-13T05:30:00-05:00", title="BREKKESTAD, Arnold L. \"Arnie\"",
body="""SUN PRAIRIE - Arnold L. "Arnie" Brekkestad, 84, died March 9, 2026. Survived by his wife, Lorraine; children Kurt and Lisa. Services Saturday at Sacred Hearts Lutheran Church. Four Lakes Memorial Chapel, Sun Prairie, is assisting the family.""",
gold=[]),  # a later, shorter copy of msn_flc_arnold-brekkestad: labelled on the earlier copy only

dict(guid="msn_mcc_dn_20260422_schwoegler", pub="2026-04-22T05:30:00-05:00", title="SCHWOEGLER, Margaret \"Peggy\"",
body="""MADISON - Margaret "Peggy" Schwoegler, 79, died April 19, 2026. Survived by her brother, Leo Schwoegler of Madison, and nieces and nephews. Private inurnment at Resurrection Cemetery.""",
gold=[]),  # Leo (MSN018) is do_not_contact

dict(guid="msn_mcc_dn_20260611_tschudy", pub="2026-06-11T05:30:00-05:00", title="TSCHUDY, Wilma E.",
body="""LODI - Wilma E. Tschudy, 98, died June 8, 2026, at Lodi Care Center. Survived by her son, Ray (Bonnie) Tschudy of Lodi; a daughter, Karen Ziegler of Poynette; and four grandchildren. Preceded in death by her husband, Reinhold Sr. Services Monday at St. Peter's Lutheran Church, Lodi.""",
gold=[("MSN020", "survivor")]),

dict(guid="msn_mcc_dn_20260729_kuehnhold", pub="2026-07-29T05:30:00-05:00", title="KUEHNHOLD, Marvin R.",
body="""MIDDLETON - Marvin R. Kuehnhold, 76, passed away July 26, 2026. Marv was a union electrician for 40 years. Survived by his wife, Judith; his son, Toby (Alyssa) Kuehnhold of Middleton; his daughter, Amy (Chris) Statz of Waunakee; and five grandchildren. Celebration of life at Middleton VFW Post 8216, Aug. 8.""",
gold=[("MSN016", "survivor"), ("MSN017", "survivor")]),

dict(guid="msn_mcc_dn_20261005_fruehling", pub="2026-10-05T05:30:00-05:00", title="FRUEHLING, Wendell J. \"Wendy\"",
body="""SUN PRAIRIE - Wendell J. "Wendy" Fruehling passed away Oct. 3, 2026. A complete notice will follow. Four Lakes Memorial Chapel, Sun Prairie, is serving the family.""",
gold=[("MSN013", "possible_deceased_client")]),  # name + town only: no age, no spouse
]
