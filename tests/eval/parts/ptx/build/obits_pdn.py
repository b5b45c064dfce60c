"""South Plains paid death notices (brief, surname-first headings), plain text. Hand-labelled."""

ITEMS = [
dict(guid="ptx_pdn_20260610_wofford", pub="2026-06-10T07:00:00-05:00", title="WOFFORD, Shelby",
body="""WOFFORD, Shelby, of Hale Center, passed away Sunday, June 7, 2026. Graveside services will be held at Hale Center Cemetery at 10 a.m. Friday. Arrangements by Wheeler-Caprock Funeral Home, Hale Center.""",
gold=[("PTX018", "possible_deceased_client")]),

dict(guid="ptx_pdn_20260414_tidwell", pub="2026-04-14T07:00:00-05:00", title="TIDWELL, Harlan Wayne \"Buddy\"",
body="""Harlan Wayne "Buddy" Tidwell, 78, of Petersburg, passed away Thursday, April 9, 2026, at his home.

Buddy was born August 2, 1947, in Floydada to J.W. and Alta Tidwell. He graduated from Petersburg High School in 1965, served in the Army in Vietnam, and came home to farm. He married Norma Jean Lusk on June 6, 1970, in Petersburg. He ginned cotton at the Petersburg Co-op for 31 years and coached Little League for most of them.

He is survived by his wife of 55 years, Norma; two sons, Kyle Tidwell and wife Amber of Lubbock and Brent Tidwell of Idalou; and five grandchildren.

Services will be 10 a.m. Monday at Petersburg First Baptist Church. Burial will be in Petersburg Cemetery.""",
gold=[]),

dict(guid="ptx_pdn_20260121_quisenberry", pub="2026-01-21T07:00:00-06:00", title="QUISENBERRY, Elmo",
body="""QUISENBERRY, Elmo Lee, 90, of Petersburg, died January 19, 2026. Survived by a brother, Orville Quisenberry of Petersburg, and nieces and nephews. Preceded in death by his wife, Verna. Services 2 p.m. Friday, Petersburg Church of Christ.""",
gold=[("PTX016", "survivor")]),

dict(guid="ptx_pdn_20260506_gresham", pub="2026-05-06T07:00:00-05:00", title="GRESHAM, Nadine",
body="""GRESHAM, Nadine Hensarling, 88, of Plainview, died May 3, 2026. She is survived by her husband of 66 years, Vernon Gresham of Plainview, and a sister-in-law, Jo Nell Hensarling of Abernathy. Services 11 a.m. Saturday, Wheeler-Caprock Chapel, Plainview.""",
gold=[]),

dict(guid="ptx_pdn_20260527_cantu", pub="2026-05-27T07:00:00-05:00", title="CANTU GARZA, Marisol",
body="""CANTU GARZA, Marisol, 47, of Laredo, died May 24, 2026. Survived by her husband, Hector Garza; sons Mateo and Diego; her parents, Ruben and Alma Cantu of Laredo. Rosary 7 p.m. Tuesday, Mass 10 a.m. Wednesday, San Luis Rey Catholic Church, Laredo.""",
gold=[]),

dict(guid="ptx_pdn_20260617_kettleman", pub="2026-06-17T07:00:00-05:00", title="KETTLEMAN, Dwayne Lee",
body="""KETTLEMAN, Dwayne Lee, 58, of Fort Stockton, died June 14, 2026, at Pecos County Memorial Hospital. Survived by his wife, Brenda; a son, Cody Kettleman of Odessa; and his mother, Fern Kettleman of Fort Stockton. Services 2 p.m. Saturday at First Methodist Church, Fort Stockton.""",
gold=[]),
]
