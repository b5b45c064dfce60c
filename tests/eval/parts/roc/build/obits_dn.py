"""Genesee Valley Courier paid death notices: brief, surname-first headings, plain text. Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="roc_gvc-dn-260306-0412", pub="2026-03-06T05:00:00-05:00", title="DiMARCO, Salvatore Michael",
body="""DiMARCO, Salvatore Michael "Sam" - Greece, age 24, suddenly, March 2, 2026. Beloved son of Michael and Dana (Burke) DiMarco; loving brother of Nicole and Joseph; cherished grandson of Sal and Rosemarie DiMarco of Greece, for whom he was named, and of Patricia Burke of Hilton. Sam was a lineman apprentice with RG&E and a Greece Athena football captain. Calling hours Monday 3-7 p.m., Lakeshore & Ridge Funeral Chapels, Greece. Mass Tuesday 10 a.m., St. Charles Borromeo.""",
gold=[("ROC001", "survivor"), ("ROC002", "survivor")]),

dict(guid="roc_gvc-dn-260111-0107", pub="2026-01-11T05:00:00-05:00", title="KAMINSKI, Theresa A.",
body="""KAMINSKI, Theresa A. (Fiorella) - Erie, Pa., age 83, January 7, 2026. Wife of the late Edmund; mother of Gary (Lynn) and Diane Kaminski; grandmother of four. Born in Erie and lived there all her life. Mass at St. Stanislaus Church, Erie. Arrangements, Dusckas-Martin Funeral Home.""",
gold=[]),

dict(guid="roc_gvc-dn-260125-0166", pub="2026-01-25T05:00:00-05:00", title="ADHIKARI, Tika Ram",
body="""ADHIKARI, Tika Ram - Columbus, Ohio, age 71, January 20, 2026. Husband of Nar Maya; father of Krishna, Laxmi and Bhim; grandfather of nine. Formerly of the Timai refugee camp, Nepal. Rites held in Columbus. Rochester relatives may contact the Bhutanese Community Association for the memorial gathering.""",
gold=[]),

dict(guid="roc_gvc-dn-260212-0233", pub="2026-02-12T05:00:00-05:00", title="WHITNEY, Edward Sibley",
body="""WHITNEY, Edward Sibley - Pittsford, age 90, February 9, 2026, at The Highlands. Graduate of Pittsford High, Hamilton College '57 and Harvard Law; partner at Harris, Sibley & Whitney for 40 years; elder of Pittsford's First Presbyterian Church. Predeceased by his wife, Caroline (Ward), and brother, Thomas. Survived by his sister, Prudence Whitney Hollister of Pittsford; daughters Abigail (Robert) Dunn of Canandaigua and Eliza Whitney of Boston; five grandchildren. Service Saturday 2 p.m., First Presbyterian Church of Pittsford. Donations to the Genesee Land Trust.""",
gold=[("ROC016", "survivor")]),

dict(guid="roc_gvc-dn-260319-0451", pub="2026-03-19T05:00:00-04:00", title="PIERCE, Nathaniel Jr.",
body="""PIERCE, Nathaniel Jr. - Pittsford, age 95, March 16, 2026. Retired president of Pierce Canal Lumber; 70-year member of Christ Episcopal Church, Pittsford. Predeceased by wife Eleanor (Sibley). Survived by son Nathaniel "Nat" Pierce III (Peggy) of Pittsford; daughter Louisa Pierce Hale of Vermont; grandchildren Nathaniel IV, Caroline and Henry. Private interment, Pittsford Cemetery; memorial service in May.""",
gold=[("ROC017", "survivor")]),

dict(guid="roc_gvc-dn-260310-0438", pub="2026-03-10T05:00:00-04:00", title="WOZNIAK, Stanley J.",
body="""WOZNIAK, Stanley J. - Rochester, age 85, March 5, 2026. Husband of Helen (Pawlak) for 61 years; father of Mark (Karen), Paul and Anne Marie (Thomas) Rybicki; grandfather of seven. Retired Gleason machinist; usher at St. Stanislaus Kostka. Visitation Tuesday 3-7, Lakeshore & Ridge Funeral Chapels, Irondequoit. Mass Wednesday 10 a.m., St. Stanislaus Kostka.""",
gold=[]),

dict(guid="roc_gvc-dn-260403-0520", pub="2026-04-03T05:00:00-04:00", title="KAMINSKI, Theresa \"Terri\"",
body="""KAMINSKI, Theresa "Terri" - of Webster, April 1, 2026. Private services will be held at the convenience of the family. Arrangements by Schreiber-Lakeside Funeral Home, Webster.""",
gold=[("ROC006", "possible_deceased_client")]),
]
