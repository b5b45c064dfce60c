"""The Capital Courier (Tallahassee daily): paid death notices, surname-first headings, terse plain text.
Hand-labelled."""

FEED = "ccdn"
ITEMS = [
dict(guid="tlh_ccdn_20260122_yawn", pub="2026-01-22T05:00:00-05:00", title="YAWN, Hollis Eugene",
body="""YAWN, Hollis Eugene, 76, of Woodville, died Jan. 18, 2026. Retired lineman, Red Hills Electric Cooperative. Survived by son Travis (Kim), daughter Crystal Nobles (Dewayne), sister Ora Lee Tullis of Havana, four grandchildren, two great-grandchildren. Services 11 a.m. Friday, Natural Bridge Baptist Church. Live Oak & Magnolia, Crawfordville.""",
gold=[]),  # a later, second copy of tlh_lomfh_hollis-eugene-yawn: labelled on the earlier copy only

dict(guid="tlh_ccdn_20260311_revell", pub="2026-03-11T05:00:00-04:00", title="REVELL, Claudette",
body="""REVELL, Claudette, of Quincy, passed away Monday, March 9, 2026. Arrangements are pending with Gadsden Memorial Chapel, Quincy.""",
gold=[("TLH014", "possible_deceased_client")]),

dict(guid="tlh_ccdn_20260407_tullis", pub="2026-04-07T05:00:00-04:00", title="TULLIS, Cleveland Earl",
body="""TULLIS, Cleveland Earl, 82, of Havana, died April 4, 2026. Retired from the Gadsden County road department after 30 years; deacon, Mount Olive Primitive Baptist Church. Survived by his wife of 58 years, Ora Lee (Yawn) Tullis; sons Earl Tullis of Havana and Dennis Tullis of Bainbridge, Ga.; five grandchildren. Services 2 p.m. Saturday at the church. Gadsden Memorial Chapel, Havana.""",
gold=[("TLH003", "survivor")]),

dict(guid="tlh_ccdn_20260415_pridgeon", pub="2026-04-15T05:00:00-04:00", title="PRIDGEON, Otis Curtis",
body="""PRIDGEON, Otis Curtis, 89, of Lamont, died April 12, 2026. Cattleman and 40-year member of the Jefferson County Farm Bureau. Predeceased by his wife, Opal. Survived by son Curt Pridgeon (JoAnn) of Monticello; daughter Wanda Faircloth of Perry; six grandchildren. Graveside 10 a.m. Thursday, Lamont Cemetery. Waukeenah Memorial Chapel, Monticello.""",
gold=[("TLH018", "survivor"), ("TLH017", "survivor")]),

dict(guid="tlh_ccdn_20260520_oquinn", pub="2026-05-20T05:00:00-04:00", title="O'QUINN, Theodore \"Ted\"",
body="""O'QUINN, Theodore "Ted", 77, of Perry, died May 17, 2026. Retired paper-mill millwright, Foley. Survived by his wife of 52 years, Betty; daughter Sheila Hagan of Perry; nephew Desmond O'Quinn of Lloyd; three grandchildren. Services 11 a.m. Saturday, First Baptist Church of Perry. Taylor County Memorial Chapel, Perry.""",
gold=[("TLH008", "survivor")]),

dict(guid="tlh_ccdn_20260603_nettles", pub="2026-06-03T05:00:00-04:00", title="NETTLES, Ida Pearl",
body="""NETTLES, Ida Pearl, 93, of Tallahassee, died May 31, 2026. Retired cafeteria manager, Leon County Schools. Survived by sons Lamar Nettles of Tallahassee and Roy Nettles of Jacksonville; seven grandchildren. Services 1 p.m. Saturday, Greater Mount Zion AME Church. Tucker's Chapel, Tallahassee.""",
gold=[]),  # TLH019 Lamar Nettles is do_not_contact

dict(guid="tlh_ccdn_20260610_quarterman", pub="2026-06-10T05:00:00-04:00", title="QUARTERMAN, Geneva B.",
body="""QUARTERMAN, Geneva B., 71, of Midway, died June 7, 2026. Retired nurse, Gadsden Community Hospital. Survived by her husband of 50 years, Rudolph Quarterman; daughters Tonya Quarterman and Keisha Ward of Midway; four grandchildren. Homegoing 11 a.m. Saturday, St. John AME Church, Midway. Tucker's Chapel, Tallahassee.""",
gold=[]),  # a namesake of TLH002 (Geneva Louise Quarterman, 72, husband Lucius): different husband and age

dict(guid="tlh_ccdn_20260617_blitch", pub="2026-06-17T05:00:00-04:00", title="BLITCH, Earnestine Marie",
body="""BLITCH, Earnestine Marie, 58, of Jacksonville, died June 13, 2026. Survived by her husband, Harold Blitch; daughters Monique and Danielle Blitch of Jacksonville; her mother, Hattie Pugh of Lake City. Services 11 a.m. Saturday, Greater New Hope AME Church, Jacksonville. Eastside Memorial Chapel, Jacksonville.""",
gold=[]),  # a namesake of TLH015 (Earnestine "Teenie" Blitch, 65, Tallahassee, widowed): nothing
]
