"""Central Kentucky Ledger paid death notices: surname-first headings ("CALLOWAY, Mary Beth"), terse plain text,
30-80 words. Hand-labelled (gold=[...])."""

FEED = "ckl"
ITEMS = [
dict(guid="lex_ckl-dn-260114-0031", pub="2026-01-14T05:30:00-05:00", title="FUGATE, Elmer Ray",
body="""FUGATE, Elmer Ray, 80, of Hazard, formerly of Lexington, died Sunday, January 11, 2026. Retired coal-truck driver and Army veteran. Survived by his wife, Ernestine; sisters, Mary Beth Calloway of Lexington and Opal Fugate Ritchie of Hindman; a son, Ray Fugate Jr. of Hazard. Services 1 p.m. Wednesday, Engle Funeral Chapel, Hazard.""",
gold=[("LEX004", "survivor")]),

dict(guid="lex_ckl-dn-260127-0044", pub="2026-01-27T05:30:00-05:00", title="VAN METER, Thomas Edward",
body="""VAN METER, Thomas Edward, 74, of Winchester, Va., died Saturday, January 24, 2026, at Winchester Medical Center. Orchardist and Frederick County, Va., school board member. Survived by wife, Judith; sons, Edward and Luke. Services Thursday at Opequon Presbyterian Church, Winchester, Va. Published at the request of Kentucky cousins.""",
gold=[]),

dict(guid="lex_ckl-dn-260219-0058", pub="2026-02-19T05:30:00-05:00", title="BEGLEY, Ruby Faye",
body="""BEGLEY, Ruby Faye, 90, of Berea, died Tuesday, February 17, 2026. Member of Silver Creek Baptist Church. Survived by her nieces, Shelby "Sissy" Gabbard of Waco and Darla Begley Harris of Berea; a nephew, Curtis Begley of Manchester. Preceded in death by her husband, Cecil Begley. Services 2 p.m. Saturday, Berea chapel of Lakes Funeral Home.""",
gold=[("LEX008", "survivor")]),

dict(guid="lex_ckl-dn-260226-0063", pub="2026-02-26T05:30:00-05:00", title="NOBLE, Eula Mae (Gabbard)",
body="""NOBLE, Eula Mae (Gabbard), 93, of Jackson, Breathitt County, died Monday, February 23, 2026, at Kentucky River Medical Center. Member of Frozen Creek Old Regular Baptist Church for 70 years. Survived by her daughters, Wanda (Dink) Combs of Lexington and Reva Noble Turner of Jackson; a son, Arlie Noble of Hazard; 9 grandchildren. Preceded in death by her husband, Shade Noble. Services 1 p.m. Sunday at the church; burial in the Noble family cemetery.""",
gold=[("LEX006", "survivor"), ("LEX005", "survivor")]),

dict(guid="lex_ckl-dn-260305-0072", pub="2026-03-05T05:30:00-05:00", title="PENDLETON, Ida Ruth",
body="""PENDLETON, Ida Ruth, 88, of Winchester, died Monday, March 2, 2026, at Pioneer Trace. Retired teacher, Clark County schools. Survived by her daughters, Ann (Tommy) Van Meter of Winchester and Carol Pendleton of Cincinnati; five grandchildren. Funeral 11 a.m. Friday, Central Baptist Church, Winchester.""",
gold=[("LEX020", "survivor")]),

dict(guid="lex_ckl-dn-260318-0081", pub="2026-03-18T05:30:00-04:00", title="FIELDS, DeAndre Marquis",
body="""FIELDS, DeAndre Marquis, 19, of Lexington, died Saturday, March 14, 2026. Student at Bluegrass Community and Technical College. Survived by his mother, Tonya Fields; his father, Marquis Bradley; his grandmother, Inez Fields; and his sisters, Aaliyah and Destiny. Homegoing 12 noon Saturday, Consolidated Baptist Church.""",
gold=[]),

dict(guid="lex_ckl-dn-260409-0097", pub="2026-04-09T05:30:00-04:00", title="RAMSEY, Carl Wendell",
body="""RAMSEY, Carl Wendell, 83, of Paris, died April 7, 2026. Tobacco farmer and member of the Bourbon County Farm Bureau. Survived by his wife, Betty; sons, Wendell and Keith. Services 2 p.m. Saturday, Hinton-Turner Chapel, Paris.""",
gold=[]),

dict(guid="lex_ckl-dn-260504-0115", pub="2026-05-04T05:30:00-04:00", title="O'DANIEL, Margaret",
body="""O'DANIEL, Margaret, of Nicholasville, died Saturday, May 2, 2026. Arrangements pending with Betts & West Funeral Home, Nicholasville.""",
gold=[("LEX019", "possible_deceased_client")]),

dict(guid="lex_ckl-dn-260611-0133", pub="2026-06-11T05:30:00-04:00", title="COMBS, Virgil",
body="""COMBS, Virgil, 78, of Hindman, died Tuesday, June 9, 2026. Retired Knott County deputy sheriff. Survived by his wife, Nola; daughters, Brenda Slone and Tammy Combs; a brother, Hobart Combs. Services Saturday, Hindman Funeral Services.""",
gold=[]),
]
