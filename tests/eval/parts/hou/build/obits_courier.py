"""The Houston Courier - paid death notices: short notices with surname-first headings, plain text.
Hand-labelled."""

FEED = "courier"
ITEMS = [
dict(guid="hou_courier-dn-260311-01", pub="2026-03-11T05:30:00-05:00", title="BAKSH, Rukhsana",
body="""BAKSH, Rukhsana, 83, of Plano, Texas, died March 8, 2026. Born in Lahore. Survived by her sons, Khalid and Asif Baksh of Plano; her daughter, Nadia Mir of Chicago; and her nephew, Tariq Mahmood of Sugar Land. Namaz-e-janaza was offered at the Islamic Association of Collin County. Inna lillahi wa inna ilayhi raji'un.""",
gold=[("HOU022", "survivor")]),

dict(guid="hou_courier-dn-260402-03", pub="2026-04-02T05:30:00-05:00", title="WHEELER, Bernice L.",
body="""WHEELER, Bernice L., 77, of Shreveport, La., passed March 29, 2026. Retired postal clerk. Survived by her husband of 52 years, Clarence Wheeler; daughters Angela and Tracy. Services at Galilee Baptist Church, Shreveport. Arrangements by Hill Crest Memorial.""",
gold=[]),

dict(guid="hou_courier-dn-260519-02", pub="2026-05-19T05:30:00-05:00", title="GARZA, Ramiro",
body="""GARZA, Ramiro, 72, of Pasadena, went to be with the Lord May 15, 2026. A machinist at the Shell Deer Park refinery for 34 years and a proud Marine. He is survived by his wife of 47 years, Lupe Garza; his daughter, Cristina Garza Molina (Daniel); his son, Ramiro Garza Jr.; and four grandchildren. Rosary Thursday 7 p.m., Mass Friday 10 a.m., St. Pius V Catholic Church, Pasadena.""",
gold=[("HOU005", "survivor")]),

dict(guid="hou_courier-dn-260603-04", pub="2026-06-03T05:30:00-05:00", title="LE, Tuan",
body="""LE, Tuan, of Pearland, passed away peacefully on May 30, 2026. Visitation Thursday 5-9 p.m. at South Park Funeral Home, Pearland. Arrangements pending.""",
gold=[("HOU018", "possible_deceased_client")]),

dict(guid="hou_courier-dn-260617-01", pub="2026-06-17T05:30:00-05:00", title="O'CONNELL, Margaret \"Peggy\"",
body="""O'CONNELL, Margaret "Peggy" (née Duggan), 84, of Conroe, formerly of Worcester, Mass., died June 13, 2026. Wife of the late Francis X. O'Connell. Survived by her son, Patrick O'Connell and his wife, Sheila, of Spring; her daughter, Maureen Kilbride of Worcester; and seven grandchildren. Funeral Mass Saturday, Sacred Heart Catholic Church, Conroe.""",
gold=[("HOU014", "survivor")]),

dict(guid="hou_courier-dn-260622-02", pub="2026-06-22T05:30:00-05:00", title="DUPLECHAIN, Harold J.",
body="""DUPLECHAIN, Harold J., 90, of Houston, died June 19, 2026. Korean War veteran, retired longshoreman, ILA Local 872. Survived by his daughters, Carolyn Duplechain and Sharon Ledet; his son, Harold Jr. Services Saturday, St. Nicholas Catholic Church. Interment Houston National Cemetery.""",
gold=[]),
]
