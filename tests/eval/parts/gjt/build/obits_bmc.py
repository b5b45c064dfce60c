"""Bookcliff & Uncompahgre Memorial Chapels (funeral home with chapels in Grand Junction and Montrose): funeral-home
site, HTML in content:encoded, one-sentence plain description. Hand-labelled (gold=[...] beside each text)."""

FEED = "bmc"
ITEMS = [
dict(guid="gjt_bmc-obit-vernal-call", pub="2026-01-12T10:15:00-07:00", title="Vernal Heber Call (1934 - 2026)",
body="""Vernal Heber Call, 91, of Hotchkiss, returned to his Heavenly Father on Thursday, January 8, 2026, surrounded by his family at Delta Health.

Vern was born on the family homestead on Rogers Mesa to Heber and Annie (Stucki) Call. He ran cattle on the Grand Mesa allotment for sixty summers and never once, his children say, missed a Sunday. He served a mission in the Netherlands and later as bishop of the Hotchkiss Ward and as a sealer in the Grand Junction Colorado Temple.

He is survived by his wife of 67 years, Ila Mae; his daughters, LaRae (Jed) Allred of Delta and Connie Bitner of Provo, Utah; his son, Dale Call of Hotchkiss; 19 grandchildren and 41 great-grandchildren. He was preceded in death by a son, Kent, and by his brothers, Orrin and Wendell.

Funeral services will be held at 11 a.m. Saturday at the Hotchkiss Ward chapel of The Church of Jesus Christ of Latter-day Saints, with Bishop Roger Spendlove conducting. Interment will follow at Hotchkiss Cemetery.""",
gold=[("GJT002", "survivor"), ("GJT001", "survivor")]),

dict(guid="gjt_bmc-obit-royce-allen-whitlock", pub="2026-02-10T09:40:00-07:00", title="Royce Allen Whitlock (2001 - 2026)",
body="""Royce Allen Whitlock, 24, of Montrose, died Friday, February 6, 2026, in a ranching accident west of town while feeding cattle in the snow.

Royce grew up on the family place on Spring Creek Mesa and graduated from Montrose High School in 2019, where he roped for the rodeo team. He was named for his grandfather and followed him around the calving barn from the time he could walk. He was working toward his farrier certification.

He is survived by his parents, Travis and Kendra Whitlock of Montrose; his sister, Brynlee; his grandparents, Royce and Darla Whitlock of Montrose; his grandmother, Joyce Peterson of Olathe; and his girlfriend, Mackenzie Dunn.

A celebration of life will be held at 2 p.m. Saturday at the Montrose County Event Center. In lieu of flowers, the family asks that donations be made to the Montrose High School rodeo team.""",
gold=[("GJT012", "survivor")]),

dict(guid="gjt_bmc-obit-ignacio-urrutia", pub="2026-03-09T11:05:00-06:00", title="Ignacio \"Nacho\" Urrutia (1941 - 2026)",
body="""Ignacio "Nacho" Urrutia of Grand Junction passed away peacefully on March 5, 2026, at Hospice of the Valley, at the age of 85.

Nacho was born January 27, 1941, in Lekeitio, Bizkaia, and came to the Western Slope in 1962 on a three-year sheepherder contract. He spent his first summers alone with a band of 1,200 ewes on the Book Cliffs with a dog and a sheep wagon, and his winters on the desert west of Loma. By 1975 he had his own outfit, and later a feedlot on H Road that he ran until he was 78. He never missed a Basque picnic and never lost at mus.

He is survived by his wife of 58 years, Josefina "Josie" (Arrieta) Urrutia; his sons, Xabier (Amy) Urrutia of Grand Junction and Peio Urrutia of Boise, Idaho; his sister, Maite Goicoechea and her husband, Jose Mari, of Loma; and seven grandchildren. He was preceded in death by his brother, Koldo, in Lekeitio.

A funeral Mass will be celebrated at 10 a.m. Friday at Immaculate Heart of Mary Catholic Church. Pallbearers will be Mikel Arrieta, Jon Urrutia, Lorin Christiansen, Danny Iriarte, Ben Hadfield and Ander Goicoechea. A lunch will follow at the Basque Hall.""",
gold=[("GJT010", "deceased_client"), ("GJT011", "spouse_of_deceased_client"), ("GJT009", "survivor")]),

dict(guid="gjt_bmc-obit-dolores-hedberg", pub="2026-04-14T08:50:00-06:00", title="Dolores Jean Hedberg (1936 - 2026)",
body="""Dolores Jean Hedberg, 89, of Clifton, went home to the Lord on April 10, 2026.

Dolores was born in Craig to Carl and Elna Nyquist and married Walter Hedberg in 1956. The couple farmed on F Road for thirty years, raising hay, sweet corn and four children. She was a 4-H leader for 25 years and made the best rhubarb pie in Mesa County, according to the fair judges who gave it a blue ribbon nine times.

She is survived by her daughters, Susan (Tom) Pruitt of Clifton and Karen Oakes of Cheyenne, Wyo.; her sons, Paul Hedberg of Grand Junction and Mark Hedberg of Rangely; 11 grandchildren; and 6 great-grandchildren. She was preceded in death by her husband, Walter, in 2011.

Services will be at 1 p.m. Thursday at Clifton Christian Church. Burial at Orchard Mesa Cemetery.""",
gold=[("GJT014", "survivor"), ("GJT015", "survivor")]),

dict(guid="gjt_bmc-obit-angelo-pellegrino", pub="2026-05-04T09:30:00-06:00", title="Angelo Pellegrino (1931 - 2026)",
body="""Angelo Pellegrino, 94, a Palisade peach grower for seventy years, died on Thursday, April 30, 2026, at his home on East Orchard Mesa, in the same house where he was born.

His father came from Calabria to work the coal mines near Cameo and bought his first ten acres of peaches in 1926. Angelo grew them to sixty, and he was among the first growers to plant Cresthaven and Redhaven on the mesa. He was a founding member of the Palisade Peach Festival and served on the irrigation district board for 31 years.

Angelo is survived by his daughter, Gina Carbone and her husband, Nick, of Palisade, who now run the orchard; his son, Richard Pellegrino of Lakewood; five grandchildren, including Dominic Carbone III of Denver; and four great-grandchildren. He was preceded in death by his wife, Rose, and his sister, Theresa.

A Mass of Christian Burial will be celebrated at 10 a.m. Wednesday at St. Ann Catholic Church in Palisade. Burial will follow at Palisade Cemetery.""",
gold=[("GJT007", "survivor"), ("GJT006", "survivor")]),

dict(guid="gjt_bmc-obit-harvey-lundquist", pub="2026-06-02T10:00:00-06:00", title="Harvey Dean Lundquist (1944 - 2026)",
body="""Harvey Dean Lundquist, 81, of Fruita, died May 29, 2026, at Family Health West after a short illness.

Harvey drove a school bus for Mesa County Valley School District 51 for 34 years, and there are grown men and women all over the Grand Valley who still call him "Mr. L." He loved the Colorado National Monument, his garden and the Denver Broncos, in that order.

He is survived by his wife, Marilyn; his son, Greg Lundquist of Loma; his daughter, Tracy Ellsworth of Grand Junction; and six grandchildren. He was preceded in death by his parents and his brother, Ronald.

Services will be held at 10 a.m. Monday at Fruita Community Church, with Pastor Dan Kearns officiating.""",
gold=[]),
]
