"""The Midlands Courier - paid death notices: terse, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="cae_mcdn_2026_0211", pub="2026-02-11T05:00:00-05:00", title="PRESSLEY, Willie James Sr.",
body="""PRESSLEY, Willie James Sr., 89, of Sumter, died Feb. 8, 2026. Retired brick mason and deacon of Jehovah Missionary Baptist Church. Survived by sons, Willie James Pressley Jr. (Loretta) of Columbia and Calvin Pressley of Sumter; 7 grandchildren. Homegoing service Sat., 1 p.m., Jehovah MBC, Sumter. Arrangements by Carolina Memorial Mortuary.""",
gold=[("CAE001", "survivor"), ("CAE002", "survivor")]),

dict(guid="cae_mcdn_2026_0302", pub="2026-03-02T05:00:00-05:00", title="KANELLOS, Demetrios \"Jimmy\"",
body="""KANELLOS, Demetrios "Jimmy", 91, of Greenville, fell asleep in the Lord Feb. 27, 2026. Born in Tripoli, Greece; owned the Pinewood Diner in Greenville for 40 years. Survived by his daughter, Maria Kanellos Boyd of Greer, and his nephew, Konstantinos Kanellos of Columbia. Funeral Tuesday, St. George Greek Orthodox Church, Greenville.""",
gold=[("CAE008", "survivor")]),

dict(guid="cae_mcdn_2026_0415", pub="2026-04-15T05:00:00-04:00", title="TAPIA, Rosa Elena",
body="""TAPIA, Rosa Elena, 35, of Charlotte, N.C., died April 11, 2026. Survived by her parents, Ernesto and Silvia Tapia of Charlotte, and her brothers, Miguel and Andrés. Mass Friday, St. Patrick Cathedral, Charlotte.""",
gold=[]),

dict(guid="cae_mcdn_2026_0519", pub="2026-05-19T05:00:00-04:00", title="WESSINGER, Martha Ann Koon",
body="""WESSINGER, Martha Ann Koon, of Chapin, born March 2, 1947, died May 16, 2026. Retired bookkeeper, Lexington County School District One. Predeceased by her husband, Carl Wessinger. Survived by son, Eric Wessinger of Chapin; daughter, Leigh Ann Shealy of Pomaria; 4 grandchildren. Service Wed., 11 a.m., St. Jacob's Lutheran Church. Palmetto & Congaree Funeral Chapels, Irmo.""",
gold=[("CAE006", "deceased_client")]),

dict(guid="cae_mcdn_2026_0605", pub="2026-06-05T05:00:00-04:00", title="LA BORDE, Theodore",
body="""LABORDE, Theodore, of Columbia, died June 3, 2026. Private services. Arrangements by Shandon Funeral Home.""",
gold=[("CAE018", "possible_deceased_client")]),

dict(guid="cae_mcdn_2026_0623", pub="2026-06-23T05:00:00-04:00", title="ODOM, Marcus Anthony",
body="""ODOM, Marcus Anthony, 23, of Augusta, Ga., died June 19, 2026. Survived by his parents, Anthony and Shirley Odom of Augusta; his sister, Keisha. Service Saturday, Greater Mount Calvary Baptist Church, Augusta.""",
gold=[]),
]
