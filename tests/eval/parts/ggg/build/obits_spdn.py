"""Sabine Pines Paid Death Notices: brief paid notices, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="ggg_spdn_260116_pruett", pub="2026-01-16T07:00:00-06:00", title="PRUETT, Harlan Wayne \"Buddy\"",
body="""PRUETT, Harlan Wayne "Buddy", 78, of Longview, died January 11, 2026. Born August 2, 1947, in Kilgore. Survived by his wife of 57 years, Opal (Cagle) Pruett; son Darrell (Sherry) Pruett; sister Billie Jean Stroud. Services 2 p.m. Thursday, Mobberly Avenue Baptist Church. Burial Rosewood Park.""",
gold=[]),   # later second copy of ggg_pwc_obit_260114_pruett: labelled on the earlier copy only

dict(guid="ggg_spdn_260227_pilgrim", pub="2026-02-27T07:00:00-06:00", title="PILGRIM, Roxanne Lee",
body="""PILGRIM, Roxanne Lee, 59, of Bakersfield, Calif., died February 21, 2026. Born in Pittsburg, Texas. Survived by her husband, Gary Pilgrim; daughters Amber and Jessica. Services in Bakersfield.""",
gold=[]),

dict(guid="ggg_spdn_260422_easterwood", pub="2026-04-22T07:00:00-05:00", title="EASTERWOOD, Claude Sr.",
body="""EASTERWOOD, Claude Sr., 90, of Marshall, died April 19, 2026. Founder of Easterwood Tire & Service. Survived by his son, Claude "Sonny" Easterwood Jr. (Rhonda) of Marshall; daughter, Linda Faye Moody of Karnack; six grandchildren. Preceded in death by his wife, Imogene. Services 10 a.m. Friday, First Baptist Church of Marshall.""",
gold=[("GGG004", "survivor"), ("GGG005", "survivor")]),

dict(guid="ggg_spdn_260618_salas", pub="2026-06-18T07:00:00-05:00", title="SALAS, Hector",
body="""SALAS, Hector, 49, of Longview, died June 14, 2026. Survived by his wife of 24 years, Marisol Treviño Salas; sons Diego and Mateo; his mother, Rosa Salas of Laredo. Rosary 7 p.m. Thursday, Mass 10 a.m. Friday, St. Mary's Catholic Church, Longview.""",
gold=[("GGG006", "survivor")]),

dict(guid="ggg_spdn_260702_mims", pub="2026-07-02T07:00:00-05:00", title="MIMS, Arlene Satterwhite",
body="""MIMS, Arlene Satterwhite, 88, of Kilgore, died June 29, 2026. Retired Kilgore ISD cafeteria manager. Survived by her niece, Kayla Kimbrough of White Oak; nephew Jason Satterwhite of Liberty City. Graveside 10 a.m. Monday, Kilgore City Cemetery.""",
gold=[("GGG018", "survivor")]),

dict(guid="ggg_spdn_260711_vickers", pub="2026-07-11T07:00:00-05:00", title="VICKERS, Lonnie",
body="""VICKERS, Lonnie, of Kilgore, died July 9, 2026. Arrangements pending with Caddo & Pineywoods Funeral Chapels, Kilgore.""",
gold=[("GGG015", "possible_deceased_client")]),
]
