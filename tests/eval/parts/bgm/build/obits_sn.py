"""Southern Tier Sentinel, paid death notices: surname-first headings, terse plain text. Hand-labelled."""

ITEMS = [
dict(guid="bgm_sts_dn_20260406_pelczarski", pub="2026-04-06T05:30:00-04:00", title="PELCZARSKI, Ignatius \"Iggy\"",
body="""PELCZARSKI, Ignatius "Iggy", of Johnson City, on April 3, 2026. Arrangements are pending with the Kovalchik & Daley Funeral Home, Johnson City.""",
gold=[("BGM015", "possible_deceased_client")]),

dict(guid="bgm_sts_dn_20260211_quackenbush", pub="2026-02-11T05:30:00-05:00", title="QUACKENBUSH, Everett L.",
body="""QUACKENBUSH, Everett L., 91, of Cobleskill, formerly of Sidney, February 8, 2026. Retired dairy farmer and Schoharie County Fair superintendent. Predeceased by his wife, Lillian. Survived by daughters Nancy Kling and Ruth Ann Becker and their families. Services Saturday, Cobleskill Reformed Church.""",
gold=[]),

dict(guid="bgm_sts_dn_20260309_hnatyshyn", pub="2026-03-09T05:30:00-04:00", title="HNATYSHYN, Olga (Petrenko)",
body="""HNATYSHYN, Olga (Petrenko), 96, of Binghamton, March 6, 2026. Born in Ternopil, Ukraine; came to Binghamton in 1950 as a displaced person. Predeceased by her husband, Wasyl. Survived by her daughter, Henrietta "Etta" Krupansky (Walt) of Port Crane; grandchildren Lisa and Mark; great-grandchildren. Panakhyda Tuesday 7 p.m.; funeral Wednesday 10 a.m., Sts. Cyril and Methodius Ukrainian Catholic Church.""",
gold=[("BGM021", "survivor"), ("BGM020", "survivor")]),

dict(guid="bgm_sts_dn_20260414_ocasio", pub="2026-04-14T05:30:00-04:00", title="OCASIO, Ramón",
body="""OCASIO, Ramón, 79, of Binghamton, formerly of Aguadilla, P.R., April 11, 2026. Retired from Link Flight Simulation. Survived by his wife of 55 years, Carmen (Villanueva) Ocasio; daughters Marisol Ocasio of Binghamton and Yesenia Ocasio Torres of Orlando, Fla.; six grandchildren. Mass Friday 11 a.m., St. Patrick's Church, Binghamton.""",
gold=[("BGM008", "survivor")]),

dict(guid="bgm_sts_dn_20260521_wieczorek", pub="2026-05-21T05:30:00-04:00", title="WIECZOREK, Halina",
body="""WIECZOREK, Halina, 84, of Endwell, May 18, 2026. Survived by her son, Lucjan "Lucky" Wieczorek of Endwell; daughter Danuta Wieczorek of Buffalo; grandchildren. Predeceased by her husband, Tadeusz. Mass Saturday, Our Lady of Good Counsel Church, Endwell.""",
gold=[]),

dict(guid="bgm_sts_dn_20260628_fairweather", pub="2026-06-28T05:30:00-04:00", title="FAIRWEATHER, Corinne D.",
body="""FAIRWEATHER, Corinne D., 68, of Baltimore, Md., June 24, 2026. Retired Baltimore City schoolteacher. Survived by her brother, Judge Lamont Fairweather (Renee) of Binghamton, N.Y.; nieces Jada and Simone. Homegoing service July 2 at Union Baptist Church, Baltimore.""",
gold=[("BGM018", "survivor")]),

dict(guid="bgm_sts_dn_20260710_baranyk", pub="2026-07-10T05:30:00-04:00", title="BARANYK, Augustine \"Gus\" M.",
body="""BARANYK, Augustine "Gus" M., 58, of Parma, Ohio, July 7, 2026. Union electrician, IBEW Local 38. Survived by his wife, Deborah; sons Kyle and Brandon. Funeral Monday, St. Josaphat Ukrainian Catholic Cathedral, Parma.""",
gold=[]),

dict(guid="bgm_sts_dn_20260902_obuchowski", pub="2026-09-02T05:30:00-04:00", title="OBUCHOWSKI, Marguerite T.",
body="""OBUCHOWSKI, Marguerite T., 83, of Wilkes-Barre, Pa., August 30, 2026. Retired registered nurse, Mercy Hospital. Predeceased by her husband, Leon. Survived by sons Thomas and Richard; grandchildren. Mass Thursday, St. Mary's Church, Wilkes-Barre.""",
gold=[]),
]
