"""The Conemaugh Valley Herald, Johnstown: daily newspaper's paid death notices. Surname-first headings in capitals,
terse plain text, arrangements line. Hand-labelled."""

ITEMS = [
dict(guid="jst_cvh_dn_2026_0211_0412", pub="2026-02-11T05:30:00-05:00",
title="HRITZKO, BERNARD J. \"BERNIE\"",
body="""HRITZKO, Bernard J. "Bernie," 77, Westmont, died Feb. 8, 2026. Survived by wife, Dolores; son, Mark; daughter, Lisa Amrhein. Friends received Thursday 2-4 and 6-8 p.m., Hrabosky-Lenhart Funeral Home, Westmont Chapel. Divine Liturgy Friday 10 a.m., St. Nicholas of Myra Byzantine Catholic Church. See full obituary at hlfuneralhome.example.""",
gold=[]),   # a second, shorter copy of the funeral home's obituary published the day before: labelled there only

dict(guid="jst_cvh_dn_2026_0318_0587", pub="2026-03-18T05:30:00-04:00",
title="SMOLKO, KATHERINE",
body="""SMOLKO, Katherine, Westmont, died Tuesday, March 17, 2026. Arrangements are incomplete and entrusted to the Hrabosky-Lenhart Funeral Home, Westmont Chapel.""",
gold=[("JST013", "possible_deceased_client")]),

dict(guid="jst_cvh_dn_2026_0414_0655", pub="2026-04-14T05:30:00-04:00",
title="WNUKOWSKI, CASIMIR J. III",
body="""WNUKOWSKI, Casimir J. III, 44, of Baltimore, Md., formerly of Portage, died April 10, 2026. Born Jan. 30, 1982, in Johnstown, son of Casimir J. Jr. and Linda (Frazier) Wnukowski of Ellicott City, Md. Portage Area High School Class of 2000, Navy veteran, longshoreman at the Port of Baltimore. Survived by parents; daughter, Ava; brother, Kyle; and his grandfather, Casimir "Casey" Wnukowski of Portage, with whom he spent every summer. Memorial Mass Saturday 11 a.m., St. Joseph Church, Portage. Arrangements by Hrabosky-Lenhart Funeral Home (Portage office).""",
gold=[("JST008", "survivor")]),

dict(guid="jst_cvh_dn_2026_0424_0702", pub="2026-04-24T05:30:00-04:00",
title="PETTWAY, ODESSA MAE",
body="""PETTWAY, Odessa Mae, 88, of Penn Hills, formerly of Prospect, Johnstown, went home to be with the Lord April 20, 2026. Born in Prospect to the late Rev. Lucius and Hattie Stallworth. Retired nurse's aide, Lee Hospital; mother of the church at Mount Sinai Baptist. Survived by her son, Darius Pettway of Penn Hills; her nephews, Lamont Stallworth of Johnstown and Curtis Stallworth of Charlotte, N.C.; and a host of cousins and friends. Preceded in death by husband, Walter Pettway; brother, Rev. Lucius Stallworth Jr. Homegoing service Monday 11 a.m., Mount Sinai Baptist Church, Johnstown. Arrangements by Baker-Whitley Funeral Service, Pittsburgh.""",
gold=[("JST020", "survivor")]),

dict(guid="jst_cvh_dn_2026_0609_0811", pub="2026-06-09T05:30:00-04:00",
title="LIPINSKI, ALOYSIUS A. \"AL\"",
body="""LIPINSKI, Aloysius A. "Al," 84, Loretto, died June 7, 2026, at Bon Secours Holy Family. Born Dec. 1, 1941, in Carrolltown, son of the late Anthony and Mary (Bearer) Lipinski. Retired from Penelec after 35 years; member of St. Michael Parish, Loretto, and Knights of Columbus Council 1734. Survived by wife of 61 years, Rita (Noel); sons, Anthony of Loretto and Paul of Cranberry Twp.; a sister, Bernadine Czajkowski of Carrolltown; 6 grandchildren. Preceded in death by brother, Francis, and brother-in-law, Joseph Czajkowski. Mass of Christian Burial Wednesday 10 a.m., Basilica of St. Michael the Archangel, Loretto. Arrangements by Bearer-Noel Funeral Home, Carrolltown.""",
gold=[("JST021", "survivor")]),

dict(guid="jst_cvh_dn_2026_0617_0833", pub="2026-06-17T05:30:00-04:00",
title="YURISH, PAUL G.",
body="""YURISH, Paul G., 73, Conemaugh Township, died June 15, 2026. Retired steelworker, Gautier Division; Vietnam veteran. Survived by wife, Beverly (Rusnak); daughters, Tracy Holsopple and Michelle Yurish; 3 grandchildren. Friends received Thursday 3-7 p.m., Mastrine-Yurish Funeral Home, Davidsville. Military honors.""",
gold=[]),

dict(guid="jst_cvh_dn_2026_0805_0960", pub="2026-08-05T05:30:00-04:00",
title="KRUPA, ANDREW J.",
body="""KRUPA, Andrew J., 79, Johnstown (Cambria City), died Aug. 3, 2026, at home. Born in Cambria City, son of the late Andrew and Julia (Hornick) Krupa. Retired from the Johnstown Wire Technologies mill. Member of Immaculate Conception Parish and the Polish Falcons, Nest 172. Survived by sisters, Mrs. Michael (Helen) Gresko of Johnstown and Dorothy Krupa of Erie; nieces and nephews. Mass of Christian Burial Friday 10 a.m., St. Casimir Church, Cambria City. Arrangements by Hrabosky-Lenhart Funeral Home, Westmont Chapel.""",
gold=[("JST011", "survivor")]),

dict(guid="jst_cvh_dn_2026_0826_1004", pub="2026-08-26T05:30:00-04:00",
title="ABBRUZZINO, VINCENT P.",
body="""ABBRUZZINO, Vincent P., 83, of Boardman, Ohio, formerly of Hornerstown, died Aug. 22, 2026. Born Feb. 14, 1943, in Johnstown. Retired tool-and-die maker, General Motors Lordstown. Survived by wife of 58 years, Carmela (DiRenzo); sons, Paul of Canfield and Mark of Columbus; 4 grandchildren. Mass of Christian Burial Saturday, St. Charles Borromeo Church, Boardman. Arrangements by Lane Funeral Home, Boardman.""",
gold=[]),
]
