"""Capital District Gazette paid death notices (newspaper: SURNAME, Given headings, plain text).
Hand-labelled: `gold` beside each text."""

FEED = "cdg"
ITEMS = [
dict(guid="alb_cdg_dn_26_0218", pub="2026-02-18T05:30:00-05:00", title="NOWAK, Helen T.",
body="""NOWAK, Helen T., 90, of Cohoes, on February 15, 2026. Retired from the Mohawk Paper Mill. Survived by her sister, Dorothy Wojcik of Cohoes; nephews Mark and Paul; and her devoted friends of the St. Michael's Rosary Society. Predeceased by her brothers Walter and Edward Nowak. Mass of Christian Burial Saturday 10 a.m., St. Michael the Archangel Church, Cohoes. Arrangements by Mohawk & Hudson Funeral Chapel.""",
gold=[("ALB004", "survivor")]),

dict(guid="alb_cdg_dn_26_0302", pub="2026-03-02T05:30:00-05:00", title="VAN WIE, James Michael",
body="""VAN WIE, James Michael, 24, of Saratoga Springs, suddenly, February 27, 2026. Beloved son of Robert and Lisa (Moreau) Van Wie; loving brother of Kelsey and Aidan; grandson of Harold and June Van Wie of Greenwich. Jimmy was a line cook at a Broadway restaurant and a fine goalie. Services private. Donations to the Saratoga Center for the Family.""",
gold=[]),

dict(guid="alb_cdg_dn_26_0311", pub="2026-03-11T05:30:00-04:00", title="RAMNARINE, Bhagwandai \"Bhagi\"",
body="""RAMNARINE, Bhagwandai "Bhagi", 88, of Schenectady, formerly of Rose Hall, Berbice, Guyana, entered eternal rest March 8, 2026. Wife of the late Harrinarine Ramnarine. Mother of Indira Persaud and her husband, Devendra "Dev", of Schenectady, Rajesh Ramnarine of Richmond Hill, Queens, and Savita Doobay of Toronto. Grandmother of eight. Final rites and cremation Thursday, Bhajan Mandir, Schenectady. Arrangements by Mohawk & Hudson Funeral Chapel.""",
gold=[("ALB007", "survivor"), ("ALB006", "survivor")]),

dict(guid="alb_cdg_dn_26_0325", pub="2026-03-25T05:30:00-04:00", title="RINALDI, Salvatore \"Sal\"",
body="""RINALDI, Salvatore "Sal", 85, of Albany, March 22, 2026. Barber on Central Avenue for 52 years. Survived by his sister-in-law, Dee Rinaldi of Albany, and nieces Gina and Carla. Predeceased by his wife, Anna, and his brother, Nicholas "Nicky" Rinaldi. Calling hours Friday 4-7 p.m. at Sorrentino & Keyes Funeral Home, Albany; Mass Saturday, St. James Church.""",
gold=[("ALB022", "survivor")]),

dict(guid="alb_cdg_dn_26_0407", pub="2026-04-07T05:30:00-04:00", title="CICCONE, Anthony, Sr.",
body="""CICCONE, Anthony, Sr., 92, of Rotterdam, April 4, 2026. Veteran of the Korean War and 40 years a GE turbine assembler. Husband of the late Lucia (Falvo) Ciccone. Survived by his son, Anthony "Tony" Ciccone Jr. and his wife Theresa of Niskayuna; his daughter, Maria Ciccone of Glenville; and four grandchildren. Mass Wednesday 11 a.m., St. Anthony's Church, Schenectady. Entombment Most Holy Redeemer Cemetery.""",
gold=[("ALB001", "survivor"), ("ALB002", "survivor")]),

dict(guid="alb_cdg_dn_26_0421", pub="2026-04-21T05:30:00-04:00", title="BATTAGLIA, Joseph A.",
body="""BATTAGLIA, Joseph A., 70, of Tampa, Fla., formerly of Utica, April 17, 2026. Retired postal carrier. Husband of Carmela (Russo) Battaglia; father of Michael and Stephanie; brother of Rosemary Caruso of New Hartford. Services in Tampa; burial Calvary Cemetery, Utica.""",
gold=[]),

dict(guid="alb_cdg_dn_26_0506", pub="2026-05-06T05:30:00-04:00", title="ZIELINSKI, Christine A.",
body="""ZIELINSKI, Christine A., of Troy, on May 3, 2026. Arrangements are pending with the Mohawk & Hudson Funeral Chapel, Troy.""",
gold=[("ALB021", "possible_deceased_client")]),
dict(guid="alb_cdg_dn_26_0616", pub="2026-06-16T05:30:00-04:00", title="HOYT, Raymond E.",
body="""HOYT, Raymond E., 90, of Schuylerville, June 13, 2026. Dairy farmer and 40-year member of the Schuylerville Fire Department. Husband of the late Marion (Vedder) Hoyt. Survived by his daughter, Carol Van Wie (Jim) of Saratoga Springs; his son, Dale Hoyt of Greenwich; and six grandchildren. Services Saturday, Old Dutch Church, Schuylerville.""",
gold=[("ALB014", "survivor"), ("ALB013", "survivor")]),

dict(guid="alb_cdg_dn_26_0804", pub="2026-08-04T05:30:00-04:00", title="DOYLE, Margaret \"Peg\"",
body="""DOYLE, Margaret "Peg", 88, of Troy, August 1, 2026. Retired Emma Willard School cook. Survived by her daughters, Mrs. Patrick (Maureen) Gilligan of Troy and Kathleen Doyle of Albany, and five grandchildren. Predeceased by her husband, Thomas. Funeral Mass Thursday, St. Augustine's Church, Troy.""",
gold=[("ALB023", "survivor")]),
]
