"""Dorsch & Hollenbeck Funeral Homes (Fort Wayne, New Haven and Huntington chapels): funeral-home RSS, HTML in
content:encoded, one-sentence plain description. Hand-labelled (gold=[...])."""

FEED = "dh"
ITEMS = [
dict(guid="fwa_dh_irma-hockemeyer", pub="2026-01-20T10:15:00-05:00", title="Irma M. Hockemeyer (1934 - 2026)",
body="""Irma Marie Hockemeyer, 91, of Leo, entered eternal rest on Saturday, January 17, 2026, at Parkview Regional Medical Center.

Born on a farm in Cedar Creek Township to the late Otto and Frieda (Grotrian) Rodenbeck, Irma was confirmed at St. Paul Lutheran Church, Gar Creek, and never missed a Sunday there for seventy years. She kept the books for the family grain elevator and baked the church's Christmas stollen until she was 88.

She is survived by her daughter, Mary Beth (Dale) Ankenbruck of Fort Wayne; her son, Kurt (Linda) Hockemeyer of Leo; six grandchildren; and nine great-grandchildren. She was preceded in death by her husband of 58 years, Walter Hockemeyer, and by a brother, Herbert Rodenbeck.

Funeral service is 11 a.m. Friday at St. Paul Lutheran Church, Gar Creek, with the Rev. Mark Ellwanger officiating. Pallbearers will be her grandsons and Sig Reinking. Memorials may be made to Lutheran Social Services of Indiana.""",
gold=[("FWA004", "survivor"), ("FWA015", "survivor")]),

dict(guid="fwa_dh_thaddeus-obergfell-sr", pub="2026-02-06T09:40:00-05:00", title="Thaddeus J. Obergfell Sr. (1941 - 2026)",
body="""Thaddeus J. "Ted" Obergfell Sr., 84, of New Haven, died Tuesday, February 3, 2026, at home.

Ted was born in Fort Wayne and graduated from Central Catholic High School in 1959. He worked 34 years as a machinist at International Harvester and later at Navistar, and was a member of St. John the Baptist Catholic Church, New Haven, and of the New Haven Knights of Columbus.

Surviving are his son, Tad Obergfell Jr. (Renee) of New Haven; daughters, Carol Wyss of Decatur and Theresa Obergfell of Indianapolis; a grandson, Thaddeus Obergfell III of Indianapolis; and four other grandchildren. His wife, Dolores (Litot) Obergfell, died in 2019.

Mass of Christian Burial is 10 a.m. Monday at St. John the Baptist Catholic Church, New Haven, with calling one hour prior. Burial in Catholic Cemetery, Fort Wayne.""",
gold=[("FWA003", "survivor")]),

dict(guid="fwa_dh_lloyd-van-gilder", pub="2026-04-14T13:05:00-04:00", title="Lloyd W. Van Gilder (1939 - 2026)",
body="""Lloyd Wayne Van Gilder, 86, of Huntington, passed away Saturday, April 11, 2026, at Parkview Huntington Hospital.

Lloyd was born July 9, 1939, in Huntington County, to Orville and Nellie Van Gilder. He farmed south of Huntington all his life, led the Clear Creek Clovers 4-H club for fifty-four years and could judge a Duroc barrow from across the fairgrounds.

He is survived by his wife of 61 years, Bernice (Hapner) Van Gilder; two sons, Dwight Van Gilder of Warren and Roger Van Gilder of Markle; and eight grandchildren.

Services will be 10:30 a.m. Thursday at the Huntington chapel of Dorsch & Hollenbeck, with Pastor Ellen Frye officiating. Burial will follow in Mount Hope Cemetery.""",
gold=[("FWA014", "deceased_client")]),

dict(guid="fwa_dh_brendan-michael-odriscoll", pub="2026-03-02T16:20:00-05:00", title="Brendan Michael O'Driscoll (2001 - 2026)",
body="""Brendan Michael O'Driscoll, 24, of Chicago, formerly of Naperville, Ill., died unexpectedly on Wednesday, February 25, 2026.

Brendan was a graduate of Purdue University and worked as a software engineer in Chicago. He was named for his uncle, and spent every boyhood summer in Huntington at the family's pub, where he learned to pull a proper pint long before he was allowed to drink one.

He is survived by his parents, Sean and Kathleen O'Driscoll of Naperville; his sister, Maeve O'Driscoll of Chicago; his grandmother, Nora O'Driscoll of Naperville; and his uncle and aunt, Brendan and Colleen O'Driscoll of Huntington.

A funeral Mass will be celebrated at 11 a.m. Saturday at SS. Peter and Paul Catholic Church, Huntington.""",
gold=[("FWA008", "survivor"), ("FWA009", "survivor")]),

dict(guid="fwa_dh_jesus-quintanar-ruelas", pub="2026-03-19T11:30:00-04:00", title="Jesús Quintanar Ruelas (1946 - 2026)",
body="""Jesús Quintanar Ruelas, 79, of Fort Wayne, went home to the Lord on Monday, March 16, 2026, surrounded by his family.

Born in Jalostotitlán, Jalisco, Mexico, Don Chuy came to Fort Wayne in 1972 and worked for thirty years at the Dana axle plant. He was a founding member of the Guadalupanos at St. Patrick Catholic Church and never missed the December 12 procession.

Le sobreviven su hija Rosalinda Quintanar de Villaseñor y su esposo Ernesto, de Fort Wayne; su hijo Javier Quintanar, de Guadalajara; y siete nietos. He is survived by his daughter, Rosy Villaseñor and her husband, Ernesto, of Fort Wayne; his son, Javier Quintanar of Guadalajara; and seven grandchildren. He was preceded in death by his wife, María de la Luz Ruelas.

Rosary at 6 p.m. Thursday and Mass of Christian Burial at 10 a.m. Friday at St. Patrick Catholic Church, Fort Wayne.""",
gold=[("FWA005", "survivor"), ("FWA006", "survivor")]),

dict(guid="fwa_dh_chester-bickel", pub="2026-02-17T10:00:00-05:00", title="Chester L. \"Chet\" Bickel (1935 - 2026)",
body="""Chester L. "Chet" Bickel, 90, of Warren, died Sunday, February 15, 2026, at Heritage Pointe of Warren.

Chet was a rural mail carrier out of the Warren post office for 31 years and knew every dog on Route 2 by name. He was a lifelong member of Salamonie Church of the Brethren.

He is survived by his sister, Arlene Zurbuch of Huntington, and many nieces and nephews. He was preceded in death by his wife, Opal, and by his brothers, Raymond and Harold Bickel.

Services will be at 2 p.m. Friday at the Huntington chapel. Pallbearers are Wendell Bultemeier, Jim Zurbuch, Nathan Bickel and Doug Sheets.""",
gold=[("FWA018", "survivor")]),

dict(guid="fwa_dh_dorothy-fruechtenicht", pub="2026-05-08T09:10:00-04:00", title="Dorothy \"Dot\" Fruechtenicht (1932 - 2026)",
body="""Dorothy "Dot" Fruechtenicht, 93, of Fort Wayne, died Tuesday, May 5, 2026.

Dot taught third grade at Haley Elementary for 29 years and volunteered at the Allen County Public Library's genealogy center well into her nineties.

She is survived by her nephew, Carl Fruechtenicht of Ossian, and her niece, Janice Moeller of Auburn.

The family thanks Dr. Prakash Venkataraghavan and the staff of the Parkview Heart Institute for years of kind care. Memorials to the Allen County Public Library Foundation. Service at 1 p.m. Monday at the Fort Wayne chapel.""",
gold=[]),
]
