"""Lancaster Daily Courier - paid death notices: surname-first titles, terse plain text. Hand labels in gold=[...]."""

ITEMS = [
dict(guid="lns_ldc_dn_260311_gockley", pub="2026-03-11T05:30:00-05:00", title="GOCKLEY, Elwood L. \"Woody\"",
body="""GOCKLEY, Elwood L. "Woody", 86, of Reinholds, died March 9, 2026, at home. Husband of Miriam (Sauder) Gockley for 61 years. Retired from Cocalico School District maintenance. Also survived by sons Dale of Reinholds and Wayne of Stevens, a daughter, Lorene Martin of Denver, 11 grandchildren. Funeral Sat. 10 a.m., Bethany Mennonite Church, East Cocalico Twp. Groff Funeral Home, Denver.""",
gold=[("LNS020", "deceased_client")],
note="Roster has no birth_date for Woody Gockley; corroborated by the roster spouse Miriam named as the wife."),

dict(guid="lns_ldc_dn_260406_brossman", pub="2026-04-06T05:30:00-04:00", title="BROSSMAN, Evelyn",
body="""BROSSMAN, Evelyn, of Denver, died April 3, 2026. Arrangements pending with Groff Funeral Home, Denver.""",
gold=[("LNS019", "possible_deceased_client")],
note="Name and town only (no age, no spouse, no birth date): possible_deceased_client."),

dict(guid="lns_ldc_dn_260418_hackman", pub="2026-04-18T05:30:00-04:00", title="HACKMAN, Marlin J. Sr.",
body="""HACKMAN, Marlin J. Sr., 97, of Lititz, died April 16, 2026, at Brethren Village. Husband of the late Mildred (Hess) Hackman. Founder of Hackman Hardware, Lititz. Survived by son Marlin J. Hackman Jr. and wife Darlene of Lititz; daughter Patricia Weidman of Ephrata; 6 grandchildren, 10 great-grandchildren. Services Tues. 11 a.m., St. Paul Lutheran Church, Lititz. Snavely-Reist Funeral Home.""",
gold=[("LNS001", "survivor"), ("LNS002", "survivor")],
note="The Sr. (age 97) dies; the roster Jr. (born 1950) and his wife Darlene survive. Not deceased_client."),

dict(guid="lns_ldc_dn_260502_odwyer", pub="2026-05-02T05:30:00-04:00", title="O'DWYER, Margaret \"Peggy\" (Fahey)",
body="""O'DWYER, Margaret "Peggy" (Fahey), 81, of Millersville, died April 30, 2026. Wife of the late Thomas O'Dwyer. Retired nurse, Lancaster General Hospital. Survived by sons Declan O'Dwyer of Millersville and Brendan O'Dwyer of Philadelphia; 4 grandchildren. Mass of Christian Burial Tues. 10 a.m., St. Philip the Apostle Church, Millersville.""",
gold=[("LNS012", "survivor")],
note="Roster 'ODwyer' (apostrophe dropped by the CRM)."),

dict(guid="lns_ldc_dn_260519_tschudy", pub="2026-05-19T05:30:00-04:00", title="TSCHUDY, Lorraine (Gish)",
body="""TSCHUDY, Lorraine (Gish), 78, of Mount Joy, died May 17, 2026. Wife of 55 years of Bernard "Bernie" Tschudy. Army wife, 14 moves, Donegal High School cafeteria. Also survived by daughters Kim and Laura; 5 grandchildren. Funeral Fri. 11 a.m., Glossbrenner United Methodist Church, Mount Joy.""",
gold=[("LNS016", "survivor")],
note="Bernie Tschudy's roster row lists no spouse; named as the surviving husband."),

dict(guid="lns_ldc_dn_260603_kreider", pub="2026-06-03T05:30:00-04:00", title="KREIDER, Joyce A. (Royer)",
body="""KREIDER, Joyce A. (Royer), 72, of Lancaster, died June 1, 2026. Survived by husband Dennis, sons Eric and Jason. The family thanks Dr. Obadiah Fretz and the nurses of the 7th floor oncology unit. Contributions to the Ann B. Barshinger Cancer Institute. Private services.""",
gold=[],
note="Dr. Obadiah Fretz (LNS009) is thanked: nothing."),

dict(guid="lns_ldc_dn_260624_eshbach", pub="2026-06-24T05:30:00-04:00", title="ESHBACH, Dwight E.",
body="""ESHBACH, Dwight E., 91, of Reading, died June 22, 2026. Husband of the late Grace (Moyer) Eshbach. Retired from Carpenter Technology. Survived by daughter Sandra Heffner of Shillington. Services at Kuhn Funeral Home, Reading, Mon. 1 p.m.""",
gold=[],
note="Namesake of LNS007 Dwight Eshbach of Ephrata (born 1960, wife Glenda): age 91, Reading, wife Grace: nothing."),

dict(guid="lns_ldc_dn_260709_hwangbo", pub="2026-07-09T05:30:00-04:00", title="HWANGBO, Young-ho",
body="""HWANGBO, Young-ho, 76, of Lancaster, died July 6, 2026. Survived by his wife of 49 years, Soon-ja "Sunny" Hwangbo; son David Hwangbo of Fairfax, Va.; daughter Grace Lim of Lancaster. Retired engineer, Armstrong World Industries. Elder, Lancaster Korean Presbyterian Church, where services will be held Sat. 10 a.m., the Rev. Daniel Kwon officiating.""",
gold=[("LNS022", "survivor")],
note="Roster spouse of Soon-ja 'Sunny' Hwangbo is Young-ho (not a client)."),
]
