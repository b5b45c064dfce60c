"""Spruce Hollow Funeral Home & Cremation Service (invented; chapels in Soldotna and Homer): funeral-home site,
HTML in content:encoded, a one-sentence plain description. Hand-labelled."""

FEED = "shf"
BASE = "https://www.sprucehollowfh.example/obituaries/"
ITEMS = [
dict(guid="ena_shf_evelyn-ruth-gustafson", pub="2026-01-22T11:15:00-09:00", title="Evelyn Ruth (Harcourt) Gustafson (1936 - 2026)",
body="""Evelyn Ruth (Harcourt) Gustafson, 89, of Seward, passed away on January 18, 2026, at Seward Mountain Haven.

Evelyn was born May 11, 1936, in Bismarck, North Dakota, to Clarence and Hazel Harcourt. She came to Seward as a young nurse in 1962, two years before the Good Friday earthquake, and spent that night and many after it caring for the injured at the old Seward General Hospital. She married Walter Gustafson, a harbor pilot, in 1965. She was a charter member of the Resurrection Bay Historical Society and rang the bell at the Fourth of July Mount Marathon race for thirty years.

She is survived by her niece, Doreen Ostrander and her husband, Hal, of Soldotna; her nephew, Craig Harcourt of Fargo, North Dakota; and her beloved goddaughter, Ella Trinh of Seward. She was preceded in death by her husband, Walter, in 2009, and by her brothers, Lloyd and Dale Harcourt.

A memorial service will be held at 2 p.m. Saturday, January 31, at St. Peter's Episcopal Church in Seward.""",
gold=[("ENA015", "deceased_client"), ("ENA002", "survivor"), ("ENA001", "survivor")]),

dict(guid="ena_shf_ivan-kalugin", pub="2026-03-04T10:40:00-09:00", title="Ivan Feodorovich Kalugin (1946 - 2026)",
body="""Ivan Feodorovich Kalugin, 79, of Nikolaevsk, reposed in the Lord on February 28, 2026.

Ivan was born in Harbin, China, to an Old Believer family that had fled Russia, and came with his parents by way of Brazil and Oregon to found the village of Nikolaevsk in 1968. He was a boat builder; dozens of the aluminum drift boats working Cook Inlet came out of his shop at the end of the road. He kept the old ways, the old calendar and a long beard to the end.

He is survived by his wife of 58 years, Marfa; his sons, Feodor and Stefan Kalugin of Nikolaevsk; his daughter, Efrosinia (Vasily) Reutov of Nikolaevsk; 23 grandchildren and 31 great-grandchildren.

Services will be held according to the Old Believer rite at the Church of St. Nicholas in Nikolaevsk. Burial will follow in the village cemetery.""",
gold=[("ENA006", "survivor"), ("ENA005", "survivor")]),

dict(guid="ena_shf_leonora-dimaculangan", pub="2026-04-02T09:25:00-08:00", title="Leonora \"Nora\" Dimaculangan (1939 - 2026)",
body="""Leonora "Nora" Macaraeg Dimaculangan, 86, of Kenai, formerly of Lipa City, Batangas, Philippines, went home to the Lord on March 29, 2026, surrounded by her family.

Lola Nora came to Kenai in 1991 to help raise her grandchildren and never stopped cooking for anyone who walked through the door. Her pancit was a fixture at every potluck at Our Lady of the Angels and every graduation party on the central Peninsula.

She is survived by her son, Rommel Dimaculangan, and his wife, Rosario "Charing," of Kenai; her daughter, Maricel Dimaculangan Santos of Daly City, California; eight grandchildren; and three great-grandchildren. She was preceded in death by her husband, Ernesto.

A novena will be prayed nightly at the family home. The Mass of Christian Burial will be celebrated at 10 a.m. Saturday at Our Lady of the Angels Catholic Church, Kenai.""",
gold=[("ENA008", "survivor")]),

dict(guid="ena_shf_linda-marie-vukovich", pub="2026-05-06T12:00:00-08:00", title="Linda Marie Vukovich (1961 - 2026)",
body="""Linda Marie Vukovich, 64, of Kenai, died May 2, 2026, at Providence Alaska Medical Center in Anchorage after a long illness.

Linda grew up in Kenai and worked for 31 years at the Kenai Peninsula Borough School District office. She was a fierce pinochle player and the unofficial historian of the Vukovich family, which has fished the Kenai since the 1930s and has, she liked to point out, more Garys and Lindas than anyone can keep straight.

She is survived by her husband of 45 years, Frank Vukovich of Kenai; her sons, Steve (Tina) Vukovich and Mark Vukovich, both of Kenai; her brother-in-law, Gary Vukovich, and his wife, Linda, of Kenai; and five grandchildren. She was preceded in death by her grandson, Gary Michael, in March.

A Mass of Christian Burial will be celebrated at 11 a.m. Friday at Our Lady of the Angels Catholic Church.""",
gold=[("ENA012", "survivor"), ("ENA013", "survivor")]),

dict(guid="ena_shf_agnes-dahlgren", pub="2026-06-10T09:50:00-08:00", title="Agnes Louise Dahlgren (1929 - 2026)",
body="""Agnes Louise Dahlgren, 96, of Homer, died June 6, 2026, at the Homer long-term care center, looking out at Kachemak Bay.

Agnes and her husband, Nels, came up the Sterling Highway in 1951 before it was paved the whole way, and ran the Dahlgren boat yard on the Homer Spit for forty years. She kept the books, ran the ways and could back a boat trailer better than any man on the Spit.

She is survived by her son, Cliff Dahlgren of Homer; her granddaughter, Kristin Dahlgren of Bellingham, Washington; and two great-grandchildren. She was preceded in death by Nels in 1996 and by her daughter, Ingrid.

A memorial gathering will be held at 4 p.m. June 20 at the Homer Elks Lodge.""",
gold=[("ENA014", "survivor")]),

dict(guid="ena_shf_walter-pankratz", pub="2026-07-15T10:05:00-08:00", title="Walter \"Walt\" Pankratz (1951 - 2026)",
body="""Walter "Walt" Pankratz, 74, of Sterling, died July 10, 2026, at his cabin on the Moose River.

Walt was born in Mountain Lake, Minnesota, came to Alaska with the Army in 1971 and never went back. He guided on the Kenai for thirty years and was known up and down the river for his patience with beginners and his impatience with combat fishermen.

He is survived by his wife, Bonnie; his sister, Joanne Pennock and her husband, Rusty, of Sterling; and his nephews, Cody and Ryan Pennock. He was preceded in death by his parents and his brother, Arnold.

A celebration of life will be held at 3 p.m. Sunday at the Sterling Community Center, with Pastor Dean Heitmann officiating. Pallbearers will be Lee Marchetti, Cody Pennock, Ryan Pennock, Mike Oberg, Dale Kasperski and Shane Ruff.""",
gold=[("ENA019", "survivor")]),
]
