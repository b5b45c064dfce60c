"""Bayou DeSiard Funeral Home & Chapel (Monroe and West Monroe): funeral-home site, HTML in content:encoded, a
one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "bdfh"
BASE = "mlu_bdfh_"
ITEMS = [
dict(guid=BASE + "salvatore-cascio-2026", pub="2026-02-21T11:15:00-06:00", title="Salvatore \"Sal\" Cascio (1955 - 2026)",
body="""Salvatore Anthony "Sal" Cascio, 70, of Monroe, died on Thursday, February 19, 2026, at St. Francis Medical Center, surrounded by his family and, as he had requested, a plate of his mother's fig cookies.

Sal was born in Monroe to the late Vincent and Josephine Cascio, whose grocery on Louisville Avenue fed half of the Garden District for fifty years. He ran the store himself until 2009, then spent his retirement coaching CYO basketball and tending the St. Joseph's altar every March.

He is survived by his wife of 44 years, Annette Cascio; his daughters, Gina Cascio Lowery and Maria Cascio, both of Monroe; his sister, Loretta (Iggy) Provenza of Monroe; and five grandchildren.

A rosary will be prayed at 6 p.m. Monday at Bayou DeSiard Funeral Home. A Mass of Christian Burial will be celebrated at 10 a.m. Tuesday at Our Lady of the Cedars and St. Paschal Catholic Church. Interment will follow in Mulhearn Memorial Park.""",
gold=[("MLU015", "survivor"), ("MLU014", "survivor")]),

dict(guid=BASE + "verna-lasyone-2026", pub="2026-03-23T10:05:00-05:00", title="Verna Trichel Lasyone (1938 - 2026)",
body="""Verna Trichel Lasyone, 87, of Bastrop, passed away peacefully on March 20, 2026, at the Bastrop Rehabilitation Center.

Verna was born in Sterlington, the daughter of Ernest and Lula Trichel, and was a bookkeeper for the Bastrop paper mill for thirty-three years. She was a member of First Baptist Church of Bastrop and the Morehouse Garden Club.

She is survived by her son, Roy Lasyone of Bastrop; her granddaughter, Misty Lasyone Bell of Monroe; and her sister-in-law and lifelong best friend, Sissy Trichel of Sterlington. She was preceded in death by her husband, Clovis Lasyone, and her brother, Everett Trichel.

Graveside services will be held at 2 p.m. Wednesday at Christ Church Cemetery, Bastrop.""",
gold=[("MLU006", "survivor")]),

dict(guid=BASE + "clifton-rawls-2026", pub="2026-04-17T09:40:00-05:00", title="Clifton Earl Rawls (1949 - 2026)",
body="""Clifton Earl Rawls, 76, of West Monroe, went home to be with the Lord on April 15, 2026.

Clifton was a pipefitter at the Graphic Packaging mill for thirty-eight years and a deacon at Claiborne Baptist Church. He could fix anything with an engine and most things without one.

He is survived by his wife, Patsy Rawls; his sons, Mark and Jason Rawls of West Monroe; and six grandchildren. The family wishes to thank Dr. Ravi Kotagiri and the nurses of the cardiac unit at St. Francis Medical Center for their compassion during his final weeks.

Visitation will be held 5 to 7 p.m. Friday at the West Monroe chapel, with services at 10 a.m. Saturday and burial in Hasley Cemetery.""",
gold=[]),

dict(guid=BASE + "olin-mayhall-2026", pub="2026-05-28T12:30:00-05:00", title="Olin Thomas Mayhall (1934 - 2026)",
body="""Olin Thomas Mayhall, 92, of Monroe, a veteran of the Korean War, died on May 25, 2026.

Olin was a surveyor for the City of Monroe for thirty years and could tell you the elevation of every street corner in town without looking it up. He is survived by his daughter, Janice Mayhall Caldwell of Dallas, Texas; and two grandsons. He was preceded in death by his wife, Frances.

A graveside service with military honors will be held at 10 a.m. Friday at Riverview Cemetery.""",
gold=[]),

dict(guid=BASE + "imogene-pruitt-2026", pub="2026-07-09T08:50:00-05:00", title="Imogene Lazenby Pruitt (1941 - 2026)",
body="""Imogene Lazenby Pruitt, 85, of Ruston, passed away on July 6, 2026, at Northern Louisiana Medical Center.

Imogene was born in Ruston to the late Horace and Beatrice Lazenby. She taught piano to three generations of Lincoln Parish children and played the organ at Temple Baptist Church for fifty-two years.

She is survived by her brother, Percy Lazenby of Ruston; her daughter, Cheryl Pruitt Hale of Dubach; her nephew, Tad Ouzts of Sterlington and his wife Brandi; and four grandchildren. She was preceded in death by her husband, Vernon Pruitt.

Services will be held at 11 a.m. Saturday at Temple Baptist Church, Ruston, with burial in Greenwood Cemetery.""",
gold=[("MLU022", "survivor")]),
]
