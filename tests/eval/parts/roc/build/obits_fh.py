"""Lakeshore & Ridge Funeral Chapels (Greece, Irondequoit, Webster): funeral-home site, HTML in content:encoded,
permalink guids. Hand-labelled."""

FEED = "fh"
BASE = "roc_lrfc-obit-"
ITEMS = [
dict(guid=BASE + "anthony-nino-ciaccio-sr", pub="2026-01-16T10:15:00-05:00", title="Anthony \"Nino\" Ciaccio Sr. (1935 - 2026)",
body="""Anthony "Nino" Ciaccio Sr., 90, of Greece, passed away peacefully on Tuesday, January 13, 2026, at Unity Hospital, surrounded by his family and, at his insistence, a tray of his sister's pizzelle.

Nino was born in Valledolmo, Sicily, and came to Rochester in 1952, where he worked for 41 years as a tool-and-die maker at Kodak Park. He grew tomatoes, figs and arguments in equal measure in his backyard on Stone Road, and he was a founding member of the Valledolmese Society of Rochester.

He was predeceased by his beloved wife of 58 years, Concetta (LoVullo) Ciaccio, in 2014. He is survived by his son, Anthony "Tony" Ciaccio Jr. (Linda) of Irondequoit; his daughter, Rosemarie (Sal) DiMarco of Greece; his sister, Giuseppina Mangione of Gates; six grandchildren; and nine great-grandchildren.

Family and friends may call Friday from 4 to 7 p.m. at our Greece chapel, 2741 Ridge Road West. A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at St. Lawrence Church. Interment, Holy Sepulchre Cemetery.""",
gold=[("ROC003", "survivor"), ("ROC002", "survivor"), ("ROC001", "survivor")]),

dict(guid=BASE + "stanley-j-wozniak", pub="2026-03-09T09:40:00-04:00", title="Stanley J. Wozniak (1940 - 2026)",
body="""Stanley Joseph Wozniak, 85, of Rochester, died Thursday, March 5, 2026, at Rochester General Hospital after a short illness.

Stan was born November 2, 1940, on Weyl Street, the youngest of five children of Jozef and Anna Wozniak, and never lived more than a mile from St. Stanislaus Kostka Church, where he was baptized, married and for fifty years served as an usher. He worked 34 years as a machinist at Gleason Works and was a proud member of the Polish Falcons, Nest 52, and the Hudson Avenue Dyngus Day committee.

Stan is survived by his wife of 61 years, Helen (Pawlak) Wozniak; his sons, Mark (Karen) Wozniak of Irondequoit and Paul Wozniak of Charlotte, N.C.; his daughter, Anne Marie Rybicki of Penfield; seven grandchildren; and two great-grandchildren. He was predeceased by his brothers Walter, Casimir and Edward and his sister Sophie.

Visitation will be Tuesday from 3 to 7 p.m. at our Irondequoit chapel, 1480 Culver Road. His funeral Mass will be offered Wednesday at 10 a.m. at St. Stanislaus Kostka Church. Burial, Holy Sepulchre Cemetery. Memorials may be made to the St. Stanislaus Kostka Restoration Fund.""",
gold=[("ROC004", "deceased_client"), ("ROC005", "spouse_of_deceased_client")]),

dict(guid=BASE + "cornelia-corrie-van-laeken", pub="2026-02-03T11:00:00-05:00", title="Cornelia \"Corrie\" Van Laeken (1937 - 2026)",
body="""Cornelia "Corrie" Van Laeken, 88, of Williamson, went to be with her Lord on January 31, 2026, at DeMay Living Center in Newark.

Corrie was born in the Netherlands, in Zeeland, and came to Wayne County with her husband in 1957 to work a rented farm on the Lake Road. Together they built Van Laeken Orchards from twelve acres of Northern Spy into one of the largest apple farms on the Ridge. She kept the books, packed apples for forty autumns, and taught Sunday school at the Pultneyville Reformed Church for longer than anyone can remember.

She is survived by her son, Gerrit Van Laeken and his wife Judy of Williamson; her daughter, Anneke Brouwer of Sodus; eight grandchildren; and eleven great-grandchildren. She was predeceased by her husband of 62 years, Pieter Van Laeken, in 2019.

A service of witness to the resurrection will be held Saturday at 11 a.m. at the Pultneyville Reformed Church. Burial in Lakeview Cemetery will be private.""",
gold=[("ROC023", "survivor")]),

dict(guid=BASE + "margaret-peg-fitzgerald", pub="2026-02-18T08:30:00-05:00", title="Margaret \"Peg\" Fitzgerald (1945 - 2026)",
body="""Margaret Mary "Peg" Fitzgerald, 80, of Irondequoit, died February 15, 2026, at home.

Peg taught third grade at Durand-Eastman School for thirty-three years and could still name most of her students when they came through her line at the Titus Avenue Wegmans, where she worked part time into her seventies "to stay out of trouble." She never married and devoted herself to her nieces and nephews, each of whom believed they were her favorite.

She is survived by her sister, Kathleen O'Leary of Boston; her nephews, Dennis O'Leary of Webster and Kevin O'Leary of Quincy, Mass.; her niece, Maureen Brady of Greece; and many grand-nieces and grand-nephews. She was predeceased by her brothers, John and Francis Fitzgerald.

Calling hours Thursday 4 to 7 p.m. at our Irondequoit chapel. Funeral Mass Friday 10 a.m. at St. Kateri Tekakwitha Parish, Irondequoit.""",
gold=[("ROC020", "survivor")]),

dict(guid=BASE + "ana-luisa-santiago-cruz", pub="2026-03-24T13:20:00-04:00", title="Ana Luisa Santiago Cruz (1946 - 2026)",
body="""Ana Luisa Santiago Cruz, 79, of Rochester, died peacefully on Saturday, March 21, 2026, at Rochester General Hospital.

Doña Ana was born in Aguadilla, Puerto Rico, and came to Rochester in 1966, settling on Avenue D, where for forty years she kept a kitchen door open to every child on the block. She worked at the Bausch & Lomb plant and later at Ibero-American Action League, and she sang in the choir at Holy Rosary and then Our Lady of the Americas.

Le sobreviven su hija, María de los Ángeles "Angie" Rivera, de Rochester; su hijo, Edwin Rivera Santiago, de Orlando, Florida; seis nietos y tres bisnietos. She is survived by her daughter, María de los Ángeles "Angie" Rivera of Rochester; her son, Edwin Rivera Santiago of Orlando, Fla.; six grandchildren; and three great-grandchildren. She was predeceased by her husband, Rafael Rivera, in 2008.

Visitation Thursday from 4 to 8 p.m. at our Greece chapel; a Mass of Christian Burial Friday at 10 a.m. at Our Lady of the Americas Church, 864 East Main Street.""",
gold=[("ROC007", "survivor")]),

dict(guid=BASE + "padam-kumari-adhikari", pub="2026-04-14T12:00:00-04:00", title="Padam Kumari Adhikari (1941 - 2026)",
body="""Padam Kumari Adhikari, 84, of Rochester, died on Saturday, April 11, 2026, at the home of her son, surrounded by her family.

She was born in Sarpang, in southern Bhutan, where her family farmed cardamom and oranges. In 1992 the family was forced to leave Bhutan, and she spent eighteen years in the Beldangi refugee camp in eastern Nepal before coming to Rochester in 2010. She never learned much English, but she learned every bus route to the Himalayan grocery stores, and she kept a small shrine and a large vegetable garden wherever she lived.

She is survived by her son, Tika Ram Adhikari, and his wife, Devi Maya, of Rochester, with whom she lived; her daughters, Chandra Kala Dahal of Akron, Ohio, and Bhagirathi Subedi of Kathmandu; eleven grandchildren; and four great-grandchildren. Her husband, Hari Prasad Adhikari, died in the camp in 2004.

Cremation and Hindu funeral rites were held April 12. The thirteenth-day ceremony will be held at the Bhutanese Hindu temple on Lyell Avenue.""",
gold=[("ROC013", "survivor"), ("ROC014", "survivor")]),

dict(guid=BASE + "bishnu-prasad-ghimire", pub="2026-05-06T16:45:00-04:00", title="Bishnu Prasad Ghimire (2003 - 2026)",
body="""Bishnu Prasad Ghimire, 22, of Rochester, died unexpectedly on May 2, 2026.

Bishnu was born in the Khudunabari refugee camp in Nepal and came to Rochester with his family at the age of six. He graduated from Greece Arcadia High School, where he ran cross-country, and was studying nursing at Monroe Community College while working nights as a patient-care technician at Strong Memorial Hospital. He loved cricket, momos and his little sister, in roughly that order, he said, though everyone knew the order was the other way around.

He is survived by his parents, Hari and Sita Ghimire of Rochester; his sister, Anita; his grandmother, Til Maya Ghimire; and many uncles, aunts and cousins in Rochester, Akron and Pittsburgh.

Hindu funeral rites were held at the family home. A memorial will be held at MCC's Brighton campus on May 16.""",
gold=[]),
]
