"""Magnolia Bend Funeral Homes (chapels in Baton Rouge, Plaquemine, Gonzales and Denham Springs): a funeral-home
site, HTML in content:encoded, a one-sentence plain description. South Louisiana Catholic house style ("a native of
... and resident of ...", visitation, rosary, Mass of Christian Burial, pallbearers). Hand-labelled."""

FEED = "fh"
ITEMS = [
dict(guid="btr_mbfh_2026_0112_elmo_rivet", pub="2026-01-12T10:15:00-06:00", title="Elmo Joseph Rivet (1941 - 2026)",
body="""Elmo Joseph Rivet, 84, a native and lifelong resident of Pierre Part, passed away peacefully at his home on Friday, January 9, 2026, surrounded by his family.

Elmo was a commercial fisherman and crawfisherman on Lake Verret for more than sixty years and built his own boats in the shed behind the house. He was a member of St. Joseph the Worker Catholic Church, a Fourth Degree Knight of Columbus, and he made the best sauce piquante on the bayou, though he never wrote the recipe down.

He is survived by his wife of 61 years, Viola Landry Rivet; his sons, Kirby Rivet (Tammy) and Dwayne Rivet, both of Pierre Part; his sisters, Marguerite "Bootsie" Guidroz of Gonzales and Lucille Rivet Templet of Napoleonville; eight grandchildren and eleven great-grandchildren. He was preceded in death by his parents, Ulysse and Ida Blanchard Rivet, and his brother, Nolan Rivet.

Visitation will be held at St. Joseph the Worker Catholic Church on Tuesday from 8:30 a.m. until the Mass of Christian Burial at 11 a.m., celebrated by Rev. Mark Toups. Interment will follow in the church cemetery. Pallbearers will be his grandsons.""",
gold=[("BTR011", "survivor")]),

dict(guid="btr_mbfh_2026_0127_noel_schexnayder", pub="2026-01-27T09:40:00-06:00", title="Noel Anthony Schexnayder (1946 - 2026)",
body="""Noel Anthony Schexnayder, 79, a native of Vacherie and resident of Baton Rouge, passed away on Saturday, January 24, 2026, at Our Lady of the Lake Regional Medical Center.

Noel retired from the Exxon refinery after 34 years as an instrument technician. He never missed an LSU home game from 1965 until his knees gave out, and he could name every parish priest at St. Philip in Vacherie going back to his baptism.

Noel is survived by his wife, Claudette Waguespack Schexnayder; his daughters, Renee Schexnayder Bourgeois (Chad) of Prairieville and Nicole Schexnayder of Baton Rouge; his sister, Yvonne (Alcide) Marionneaux of Plaquemine; and five grandchildren. He was preceded in death by his parents, Lezin and Eve Schexnayder, and his brother, Ronald.

Visitation will be at Magnolia Bend Funeral Home, Baton Rouge, on Thursday from 5 until 9 p.m., with a rosary at 7 p.m., and on Friday at St. Philip Catholic Church, Vacherie, from 9 a.m. until the Mass of Christian Burial at 11 a.m.""",
gold=[("BTR002", "survivor"), ("BTR001", "survivor")]),

dict(guid="btr_mbfh_2026_0204_devin_hotard", pub="2026-02-04T14:30:00-06:00", title="Devin Michael Hotard (2005 - 2026)",
body="""Devin Michael Hotard, 20, of Prairieville, was called home far too soon on Saturday, January 31, 2026, as a result of an automobile accident on Airline Highway.

Devin was a 2023 graduate of Dutchtown High School, where he played catcher for the Griffins, and was an apprentice pipefitter. He loved duck hunting with his Paw-Paw, his Chevy Silverado and his dog, Boudreaux.

He is survived by his parents, Troy and Nicole Hotard of Prairieville; his sister, Kaylee Hotard; his grandparents, Ronald and Gail Hotard and Mary Ann Braud; his girlfriend, Abbie; and numerous aunts, uncles and cousins.

Visitation will be held Friday from 9 a.m. until the funeral Mass at 11 a.m. at St. John the Evangelist Catholic Church, Prairieville. Interment in St. John Cemetery.""",
gold=[]),

dict(guid="btr_mbfh_2026_0219_wilfred_louviere_sr", pub="2026-02-19T11:00:00-06:00", title="Wilfred Louis Louviere Sr. (1934 - 2026)",
body="""Wilfred Louis "Bill" Louviere Sr., 91, of Denham Springs, passed away on Tuesday, February 17, 2026, at The Haven at Denham Springs.

Bill was born in Napoleonville and moved to Livingston Parish in 1958. He was a U.S. Army veteran of the Korean era and worked 38 years as a lineman for Gulf States Utilities. He rode out every hurricane at the office and came home to tell about it. He was a longtime member of Immaculate Conception Catholic Church.

He is survived by his son, Wilfred "Butch" Louviere Jr. and wife Darlene of Denham Springs; his daughter, Brenda Louviere Hughes (Keith) of Livingston; six grandchildren and nine great-grandchildren. He was preceded in death by his wife of 60 years, Enola Falcon Louviere.

Visitation at Magnolia Bend Funeral Home, Denham Springs, on Saturday from 9 a.m. until the funeral service at noon. Burial with military honors at Denham Springs Memorial Park.""",
gold=[("BTR004", "survivor"), ("BTR005", "survivor")]),

dict(guid="btr_mbfh_2026_0310_marta_castellanos", pub="2026-03-10T16:20:00-05:00", title="Marta Lidia Castellanos Reyes vda. de Urbina (1951 - 2026)",
body="""Marta Lidia Castellanos Reyes viuda de Urbina, 74, de Baton Rouge, nativa de La Ceiba, Honduras, falleció el sábado 7 de marzo de 2026, rodeada de su familia. Marta Lidia Castellanos de Urbina, 74, of Baton Rouge, a native of La Ceiba, Honduras, passed away on Saturday, March 7, 2026, surrounded by her family.

Marta came to Louisiana in 1999 and for twenty years cooked at the Honduran bakeries on Florida Boulevard. She was a faithful member of the Hispanic community of St. Anthony of Padua Catholic Church and prayed the rosary every evening for her family on both sides of the Gulf.

Le sobreviven su hija, María Fernanda Urbina de Paz (Óscar), de Baton Rouge; su hijo, Carlos Urbina Castellanos, de San Pedro Sula; y cuatro nietos. She is survived by her daughter, María Fernanda Urbina (Óscar Paz) of Baton Rouge; her son, Carlos Urbina of San Pedro Sula, Honduras; and four grandchildren. She was preceded in death by her husband, Rigoberto Urbina Mejía.

Velorio / visitation: Thursday, 5 to 9 p.m., at Magnolia Bend Funeral Home, Baton Rouge, with the rosary in Spanish at 7 p.m. Misa / Mass: Friday at 10 a.m. at St. Anthony of Padua.""",
gold=[("BTR006", "survivor")]),

dict(guid="btr_mbfh_2026_0402_hubert_ourso", pub="2026-04-02T10:05:00-05:00", title="Hubert Paul Ourso (1937 - 2026)",
body="""Hubert Paul Ourso, 88, a native of Addis and resident of Brusly, passed away on Monday, March 30, 2026, at his home.

Hubert farmed sugarcane in West Baton Rouge Parish for most of his life and served two terms on the parish police jury. He was a member of St. John the Baptist Catholic Church in Brusly and never missed the Friday fish fry in Lent.

He is survived by his sister, Agnes Ourso Bergeron of Addis; his nieces and nephews, Rosalie Ourso of Brusly, Randall Ourso of Addis and Jolie Bergeron Cazes of Port Allen; and his brother-in-law, Lionel Vavasseur of Port Allen. He was preceded in death by his wife, Adele Vavasseur Ourso, and his brothers, Lucien and Felix Ourso.

Visitation at St. John the Baptist Catholic Church, Brusly, on Saturday from 9 a.m. until the Mass of Christian Burial at 11 a.m. Interment in the church cemetery.""",
gold=[("BTR020", "survivor")]),

dict(guid="btr_mbfh_2026_0423_concetta_lamana", pub="2026-04-23T09:30:00-05:00", title="Concetta Territo Lamana (1944 - 2026)",
body="""Concetta "Connie" Territo Lamana, 82, a native of Baton Rouge and a resident of Baton Rouge all her life, passed away peacefully on Tuesday, April 21, 2026.

Connie was the daughter of Sicilian immigrants who ran a corner grocery on Spanish Town Road, and she never stopped cooking for a crowd. Her St. Joseph's altar at St. Anthony's drew visitors from three parishes, and her fig cookies were the stuff of family legend.

She is survived by her husband of 59 years, Vincent Lamana; her children, Joseph Lamana (Lisa) and Rosemary Lamana Achee; her brother, Salvadore "Sam" Territo of Greenwell Springs; seven grandchildren and three great-grandchildren. She was preceded in death by her parents, Giuseppe and Rosaria Territo, and her sister-in-law, Angela Territo.

Visitation at Magnolia Bend Funeral Home, Baton Rouge, on Friday from 5 to 8 p.m. with a rosary at 7 p.m. Mass of Christian Burial at St. Anthony of Padua on Saturday at 10 a.m.""",
gold=[("BTR017", "survivor")]),

dict(guid="btr_mbfh_2026_0518_alcide_marionneaux", pub="2026-05-18T08:45:00-05:00", title="Alcide Joseph \"Cid\" Marionneaux (1946 - 2026)",
body="""Alcide Joseph "Cid" Marionneaux, 80, a lifelong resident of Plaquemine, passed away on Saturday, May 16, 2026, at Ochsner Medical Center in Baton Rouge, with his family at his side.

Cid was born on February 11, 1946, in Plaquemine, to the late Ovide and Bernadette Marionneaux. He worked 36 years at the Dow plant, retiring as a shift supervisor, and for fifty years he ran the fish fry at the Plaquemine Knights of Columbus. He loved his camp on False River, a good game of bourre and his grandchildren, in no particular order that he would admit.

Cid is survived by his wife of 57 years, Yvonne Schexnayder Marionneaux; his sons, Brent Marionneaux (Nicole) and Darren Marionneaux, both of Plaquemine; his daughter, Tricia Marionneaux Dupuy (Jacques) of Addis; and seven grandchildren.

Visitation will be at St. John the Evangelist Catholic Church, Plaquemine, on Wednesday from 9 a.m. until the Mass of Christian Burial at 11 a.m. Pallbearers will be Brent, Darren and Jacques, Jerry St. Romain, Kirby Rivet and Travis Dupuy.""",
gold=[("BTR001", "deceased_client"), ("BTR002", "spouse_of_deceased_client")]),

dict(guid="btr_mbfh_2026_0612_joseph_saab", pub="2026-06-12T13:10:00-05:00", title="Joseph Elias Saab (1940 - 2026)",
body="""Joseph Elias Saab, 85, a native of Zahle, Lebanon, and a resident of Baton Rouge since 1964, entered eternal rest on Wednesday, June 10, 2026.

Joseph opened Saab's Fine Foods on Government Street in 1971 and ran it for forty years, selling kibbeh on Fridays and lending money to half of Mid City without writing any of it down. He was a founding member of St. George Maronite Catholic Church in Baton Rouge.

He is survived by his wife of 62 years, Laurice Haddad Saab; his daughters, Nadia Saab Chedid (George) and Rita Saab Karam (Michel), all of Baton Rouge; his son, Elias Saab of Houston; and nine grandchildren.

Visitation will be at St. George Maronite Catholic Church on Saturday from 9 a.m. until the funeral liturgy at 11 a.m. Mercy meal to follow in the church hall.""",
gold=[("BTR018", "survivor")]),
]
