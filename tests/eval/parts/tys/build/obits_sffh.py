"""Smoky Foothills Funeral Home & Cremation (Maryville and Sevierville chapels): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="tys_sffh_imogene-huskey-price", pub="2026-01-09T10:15:00-05:00", title="Imogene Huskey Price (1945 - 2026)",
body="""Imogene Huskey Price, 80, of Maryville, went home to be with the Lord on Wednesday, January 7, 2026, at Blount Memorial Hospital.

Imogene was born in Townsend to the late Arlie and Pauline Huskey. She worked thirty-one years in the sewing room at the old Alcoa mill and afterward kept the nursery at Forest Hill Baptist Church, where two generations of Blount County babies learned to nap on her shoulder.

She was preceded in death by her husband of 52 years, Ralph Price. She is survived by her son, Randy Price (Sheila) of Friendsville; her sister, Loretta Wolfenbarger and her husband, Tad, of Alcoa; her brother, Carl Huskey of Townsend; and four grandchildren.

Funeral services will be held 7 p.m. Saturday in the Maryville chapel with Rev. Jimmy Lail officiating. Graveside services 11 a.m. Sunday at Grandview Cemetery. Pallbearers will be Ben Yarnell, Iggy Proffitt, Darrell Huskey, Kyle Price and Mason Price.""",
gold=[("TYS002", "survivor"), ("TYS001", "survivor")]),

dict(guid="tys_sffh_orville-kitts-sr", pub="2026-01-20T09:40:00-05:00", title="Orville Dean Kitts Sr. (1936 - 2026)",
body="""Orville Dean Kitts Sr., age 89, of the Fountain City community of Knoxville, passed away Saturday, January 17, 2026.

Orville retired from the Southern Railway shops after forty years and never stopped telling anyone who would listen which engine was which. He was a lifelong member of Central Baptist Church of Fountain City and a faithful Vols season-ticket holder since 1961.

He was preceded in death by his wife, Edna Kitts, and his brother, Lowell Kitts. He is survived by his son, Orville "Buddy" Kitts Jr. (Darlene) of Knoxville; his daughter, Patsy Kitts Moyers of Halls; five grandchildren; and nine great-grandchildren.

The family will receive friends 5-7 p.m. Thursday at the funeral home's Knoxville arrangement office, with a service to follow, the Rev. Desmond Oxendine and Rev. Clay Hensley officiating. Interment Lynnhurst Cemetery.""",
gold=[("TYS003", "survivor")]),

dict(guid="tys_sffh_travis-lee-headrick", pub="2026-02-06T15:30:00-05:00", title="Travis Lee Headrick (2001 - 2026)",
body="""Travis Lee Headrick, 24, of Pigeon Forge, was taken from us far too soon on Tuesday, February 3, 2026, in a motorcycle accident near Cosby.

Travis graduated from Sevier County High School in 2019 and worked as a lineman for Sevier County Electric System. He loved the Smokies, his bluetick hound, Tick, and any road with enough curves.

He is survived by his parents, Dwayne and Tammy Headrick of Pigeon Forge; his sister, Brooklyn Headrick; his grandparents, Earl and Wanda Headrick of Kodak; and his fiancee, Savannah Ogle.

A celebration of life will be held 2 p.m. Sunday in the Sevierville chapel. Burial in Shiloh Cemetery.""",
gold=[]),

dict(guid="tys_sffh_marcus-wade-delozier", pub="2026-02-18T11:05:00-05:00", title="Marcus Wade Delozier (1937 - 2026)",
body="""Marcus Wade Delozier, 88, of Sevierville, passed peacefully on Monday, February 16, 2026, at his home on the farm where he was born.

Wade, as everyone knew him, raised burley tobacco and Angus cattle along the Little Pigeon River and sold sweet corn from the back of his truck on Dolly Parton Parkway every July for fifty summers. He served in the U.S. Army in Germany and was a member of First Baptist Church of Sevierville.

He was preceded in death by his wife, Geneva Delozier, and his son, Larry Delozier. Left to cherish his memory are his daughter, Janice Rolen of Kodak; his grandsons, Marcus Delozier (Kendra) and Tyler Delozier, both of Sevierville; and six great-grandchildren.

Funeral at 1 p.m. Friday in the Sevierville chapel. Burial with military honors at Middle Creek Cemetery.""",
gold=[("TYS014", "survivor"), ("TYS015", "survivor")]),

dict(guid="tys_sffh_alonzo-lon-beeler", pub="2026-03-12T10:50:00-04:00", title="Alonzo \"Lon\" Beeler (1947 - 2026)",
body="""Alonzo "Lon" Beeler, 78, of Alcoa, passed away Tuesday, March 10, 2026, at the University of Tennessee Medical Center.

Lon was born October 5, 1947, in Blount County, and graduated from Alcoa High School, where he played on the 1965 football team. He worked thirty-eight years at the Alcoa Aluminum North Plant, coached Little League for twenty of them, and could fix any lawn mower in the county.

He is survived by his wife of 54 years, Virgie (Tipton) Beeler; his daughters, Tonya Beeler Shaw (Jeff) of Louisville, Tenn., and Carla Beeler of Alcoa; and three grandchildren. He was preceded in death by his parents, Willard and Opal Beeler.

Funeral service 2 p.m. Saturday at Mount Olive Missionary Baptist Church, the Rev. Desmond Oxendine officiating. Burial at Rockford Cemetery.""",
gold=[("TYS012", "deceased_client")]),

dict(guid="tys_sffh_ella-jean-blalock", pub="2026-04-14T09:25:00-04:00", title="Ella Jean \"Jeanie\" Blalock (1944 - 2026)",
body="""Ella Jean "Jeanie" Whaley Blalock, 81, of Seymour, passed away on Sunday, April 12, 2026, surrounded by her family.

Jeanie was born November 2, 1944, in Wears Valley to the late Homer and Nell Whaley. She taught second grade at Seymour Primary for thirty-four years and ran the Seymour branch library's summer reading program long after she retired.

She was preceded in death by her husband, Roy Blalock, and her brother, Ancel Whaley. She is survived by her son, Keith Blalock (Amy) of Seymour; her daughter, Donna Blalock Reagan of Maryville; and five grandchildren.

The family wishes to thank Dr. Priyanka Venkataraghavan and the nurses of the cardiac unit for their kindness. Funeral 11 a.m. Thursday in the Sevierville chapel.""",
gold=[("TYS005", "deceased_client")]),

dict(guid="tys_sffh_rosaura-molina-estrada", pub="2026-05-08T13:10:00-04:00", title="Rosaura Molina Estrada (1938 - 2026)",
body="""Doña Rosaura Molina Estrada, 87, of Knoxville, born in San Juan de los Lagos, Jalisco, México, passed away on May 5, 2026.

Rosaura came to East Tennessee in 1998 to be near her daughter and her grandchildren. She was a devoted member of Immaculate Conception Catholic Church and taught half of North Knoxville to make tamales every December.

Le sobreviven su hija, Esperanza Barajas, y su esposo, Rodolfo Quintanilla, de Knoxville; su hijo, Jesús Barajas, de Guadalajara; y seis nietos. She is survived by her daughter, Esperanza Barajas, and her husband, Rodolfo Quintanilla, of Knoxville; her son, Jesús Barajas of Guadalajara; and six grandchildren. She was preceded in death by her husband, Tomás Barajas.

Rosario 7 p.m. Monday; Misa de cuerpo presente 10 a.m. Tuesday at Immaculate Conception.""",
gold=[("TYS006", "survivor"), ("TYS007", "survivor")]),
]
