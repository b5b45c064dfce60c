"""The Glove Cities Leader (Gloversville) obituaries: daily newspaper, plain text. Hand-labelled."""

ITEMS = [
dict(guid="glv_lh_obit_260114_0411", pub="2026-01-14T05:00:00-05:00", title="Josephine R. Lanzi",
body="""JOHNSTOWN - Josephine Ruggiero Lanzi, 90, of Johnstown, passed away peacefully Sunday, January 11, 2026, at Nathan Littauer Hospital's nursing home surrounded by her family.

She was born in Johnstown on July 2, 1935, the daughter of the late Carmine and Rose (Sanzo) Ruggiero. Josephine was a table cutter at the Karg Brothers glove shop for 31 years and later worked in the cafeteria at Knox Junior High School. She was a communicant of St. Anthony's Church and was famous on Glebe Street for her Easter pizza gain.

She is survived by her sons, Michael (Deborah) Lanzi of Johnstown and Paul Lanzi of Saratoga Springs; her sister, Theodora "Teddi" Wojcikowski of Johnstown; five grandchildren and three great-grandchildren. She was predeceased by her husband of 54 years, Dominic Lanzi, in 2011, and by her brothers, Anthony and Salvatore Ruggiero.

Calling hours will be Thursday from 4 to 7 p.m. at the Walrath-Putnam Funeral Home, 51 N. Market St., Johnstown. A Mass of Christian Burial will be celebrated Friday at 10 a.m. at Holy Trinity Parish, with the Rev. Thomas Mrozek as celebrant and Deacon Bernard Ostrander assisting. Burial will be in the spring at Ferndale Cemetery.""",
gold=[("GLV003", "survivor")]),

dict(guid="glv_lh_obit_260129_0456", pub="2026-01-29T05:00:00-05:00", title="Helen K. Moshier",
body="""GLOVERSVILLE - Helen Kretser Moshier, 94, formerly of Bleecker, died Monday, January 26, 2026, at the Fulton Center for Rehabilitation and Healthcare.

Born in the town of Bleecker on April 4, 1931, she was the daughter of Ernest and Lena (Hart) Kretser. She attended a one-room schoolhouse on the Bleecker Road and graduated from Gloversville High School in 1949. She sewed gloves at home on piecework for Louis Meyers & Son for many years, raised four children, and tended a vegetable garden that fed half the road.

Helen is survived by her daughters, Darlene (Ray) Stoutenburg of Gloversville and Joan Moshier of Clearwater, Fla.; her son, Harold Moshier of Bleecker; nine grandchildren and many great-grandchildren. She was predeceased by her husband, Harold "Hal" Moshier Sr., in 1998, and by her son, Ernest, in 2015.

There will be no calling hours. A graveside service will be held in the spring at the Bleecker Rural Cemetery. Arrangements are with the Cassidy-Walrath Funeral Home, Gloversville.""",
gold=[("GLV002", "survivor"), ("GLV001", "survivor")]),

dict(guid="glv_lh_obit_260218_0533", pub="2026-02-18T05:00:00-05:00", title="Eugene P. Fosmire",
body="""SEBRING, Fla. - Eugene P. Fosmire, 80, of Sebring, and formerly of Watertown, N.Y., died Friday, February 13, 2026, at AdventHealth Sebring.

Gene was born in Watertown and served with the U.S. Navy aboard the USS Saratoga. He worked for 30 years at New York Air Brake before retiring to Florida, where he was an avid bowler and a member of the Sebring Elks.

He is survived by his wife, Gloria; his daughters, Karen Fosmire of Tampa and Lisa (Mark) Tuttle of Watertown; and four grandchildren.

Services will be held at Stephenson-Nelson Funeral Home, Sebring. The family asked that the notice be published in the Leader, where many old Navy friends still read it.""",
gold=[]),

dict(guid="glv_lh_obit_260310_0602", pub="2026-03-10T05:00:00-04:00", title="Walter J. Hollenbeck",
body="""CAROGA LAKE - Walter James "Wally" Hollenbeck, 20, of Caroga Lake, died unexpectedly Friday, March 6, 2026, in a snowmobile accident on Canada Lake.

Wally was a 2024 graduate of Wheelerville Union Free School and was studying at Fulton-Montgomery Community College to become a lineman. He loved ice fishing, his dog Bear, and anything with a motor.

He is survived by his parents, Jeffrey and Tammy Hollenbeck of Caroga Lake; his sister, Kayla; his grandmother, Arlene Hollenbeck; and his uncle and namesake, Walt Hollenbeck of Caroga Lake, who taught him to fish.

Calling hours will be Thursday from 3 to 7 p.m. at the Cassidy-Walrath Funeral Home, Gloversville. Bearers will be Doug Vanderwalker, Kyle Hollenbeck, Tyler Stewart and Mason Perry.""",
gold=[("GLV016", "survivor")]),

dict(guid="glv_lh_obit_260409_0688", pub="2026-04-09T05:00:00-04:00", title="Anthony P. Mancusi Sr.",
body="""GLOVERSVILLE - Anthony Pasquale Mancusi Sr., 84, of Gloversville, passed away Tuesday, April 7, 2026, at Albany Medical Center.

Tony was born in Gloversville on September 12, 1941. He ran Mancusi's Shoe Repair on North Main Street for 47 years, and he could resole a work boot while telling you every score from the 1960 Gloversville-Johnstown game.

He is survived by his son, Anthony "Tony" Mancusi Jr. and his wife, Carla, of Gloversville; his daughter, Lucille (Robert) Frasier of Mayfield; and his grandchildren, Anthony III, Marissa and Joseph. He was predeceased by his wife, Antoinette (Pagano) Mancusi, and by his brother, Sam.

Calling hours are Friday from 4 to 7 p.m. at the Cassidy-Walrath Funeral Home. A Mass of Christian Burial will be Saturday at 10 a.m. at Sacred Heart Church. Memorials may be made to the Gloversville Free Library.""",
gold=[("GLV004", "survivor"), ("GLV005", "survivor")]),

dict(guid="glv_lh_obit_260519_0745", pub="2026-05-19T05:00:00-04:00", title="Clifford W. Pettengill",
body="""NORTHVILLE - Clifford W. "Cliff" Pettengill, 87, of Northville, died Saturday, May 16, 2026, at home on Bridge Street with his family at his side.

Cliff was born May 14, 1939, in Northville, the son of Warren and Ada (Byrne) Pettengill. He graduated from Northville Central School in 1957, served in the U.S. Army, and worked 36 years for the Hudson River-Black River Regulating District at the Conklingville Dam. He was a 60-year member of the Northville Volunteer Fire Department and never missed the Fourth of July chicken barbecue.

He is survived by his wife of 63 years, Lorraine (Dopp) Pettengill; his sons, Gary (Ellen) Pettengill of Northville and Scott Pettengill of Wells; four grandchildren; and his sister, Beverly Groff of Edinburg. He was predeceased by his brother, Warren Jr.

Calling hours will be held Thursday from 4 to 7 p.m. at the Northville United Methodist Church, where a funeral service will be held Friday at 11 a.m. Bearers will be his grandsons and Doug Vanderwalker. Burial will follow in Northville Cemetery.""",
gold=[("GLV008", "deceased_client"), ("GLV009", "spouse_of_deceased_client")]),

dict(guid="glv_lh_obit_260623_0811", pub="2026-06-23T05:00:00-04:00", title="Dorothy P. Hayes",
body="""JOHNSTOWN - Dorothy Pedrick Hayes, 96, of Johnstown, and one of the last of the city's glove-makers, died Saturday, June 20, 2026.

Dorothy was born on a farm in the town of Johnstown in 1929, the eldest of the six children of Harvey and Mabel Pedrick. She cut and sewed gloves for more than forty years and was a member of the Johnstown Historical Society and the First Presbyterian Church.

Survivors include her sister, Frances Abdella of Johnstown; her nephew, Mark Pedrick of Fort Johnson; and many nieces and nephews. She was predeceased by her husband, George Hayes, in 1987.

A memorial service will be held Saturday at 1 p.m. at the First Presbyterian Church of Johnstown. Readings will be given by Nadine Yerdon and Renee Putman-Cudmore.""",
gold=[("GLV021", "survivor")]),
]
