"""Worcester Evening Ledger (invented daily): paid death notices, surname-first headings, plain text. Hand-labelled."""

FEED = "wel"
ITEMS = [
dict(guid="wor_wel-dn-20260128-04", pub="2026-01-28T06:00:00-05:00", title="O'BRIEN, Kathleen M. (Sheehan)",
body="""O'BRIEN, Kathleen M. (Sheehan), 91, of Worcester, died January 25, 2026. Wife of the late Francis X. O'Brien. Survived by her children, Maureen Tully of Paxton and Francis O'Brien Jr. of Worcester; nine grandchildren. Funeral Mass Saturday, 10 a.m., St. Christopher's Church, Worcester. Arrangements by Athy Memorial Home.""",
gold=[]),   # WOR016 Kathleen "Kay" O'Brien of Webster is 70 and née Dudek: not her

dict(guid="wor_wel-dn-20260211-02", pub="2026-02-11T06:00:00-05:00", title="DUDEK, Stanley J.",
body="""DUDEK, Stanley J., 89, of Dudley, February 8, 2026. Retired from the Cranston Print Works and a 60-year member of the Polish American Veterans of Webster. Survived by his daughter, Kay O'Brien of Webster; his son, Edward Dudek of Charlton; five grandchildren. Predeceased by his wife, Helen (Jasinski) Dudek. Mass of Christian Burial Friday, 10 a.m., St. Joseph Basilica, Webster. Burial in Sacred Heart Cemetery.""",
gold=[("WOR016", "survivor")]),

dict(guid="wor_wel-dn-20260226-07", pub="2026-02-26T06:00:00-05:00", title="DONNELLY, Francis X.",
body="""DONNELLY, Francis X. "Frank", 83, of Auburn, February 23, 2026. Retired letter carrier, U.S. Postal Service, Auburn. Husband of the late Joan (Kane) Donnelly. Father of Mary Beth Donnelly of Auburn and Kevin Donnelly and his wife Tara of Charlton. Grandfather of three. Funeral Mass Monday, 10 a.m., St. Joseph Church, Auburn.""",
gold=[("WOR018", "survivor")]),

dict(guid="wor_wel-dn-20260311-01", pub="2026-03-11T06:00:00-04:00", title="LUNDGREN, Erik",
body="""LUNDGREN, Erik, of Auburn, March 9, 2026. Services private. Arrangements entrusted to Roberge-Mahoney Funeral Home, Auburn.""",
gold=[("WOR013", "possible_deceased_client")]),   # name and town only: no age, spouse or birth date

dict(guid="wor_wel-dn-20260318-05", pub="2026-03-18T06:00:00-04:00", title="McNAMARA, James F.",
body="""McNAMARA, James F., 70, of Fort Myers, Fla., formerly of Quincy, Mass., March 14, 2026. Husband of Rita (Doyle) McNamara. Father of Colleen and James Jr. Retired Boston Edison lineman. Memorial Mass in Quincy at a later date.""",
gold=[]),   # namesake far away (WOR020 Jim McNamara of Fitchburg, same age): nothing

dict(guid="wor_wel-dn-20260402-03", pub="2026-04-02T06:00:00-04:00", title="THIBAULT, Yvette (Lemieux)",
body="""THIBAULT, Yvette (Lemieux), 93, of Fitchburg, March 30, 2026. Survived by her son, Denis Thibault of Fitchburg; her daughter, Lorraine Girouard of Westminster; seven grandchildren. Predeceased by her husband, Rene Thibault. Funeral Mass Saturday, 11 a.m., St. Joseph's Church, Fitchburg.""",
gold=[]),   # Denis Thibault (WOR017) is do_not_contact: nothing
]
