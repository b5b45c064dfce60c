"""Parkview-Bethel Funeral Chapels (Joplin, Carthage, Pittsburg and Grove chapels): funeral-home site, one-sentence
plain description and HTML in content:encoded. Hand-labelled (`gold`)."""

ITEMS = [
dict(guid="jln_pbf_ethel-stufflebeam", slug="ethel-stufflebeam", pub="2026-01-08T14:10:00-06:00",
title="Ethel Irene Stufflebeam (1931 - 2026)",
body="""Ethel Irene Stufflebeam, 94, of rural Carthage, passed from this life on Monday, January 5, 2026, at her home on the farm where she had lived for seventy-three years.

Ethel was born April 18, 1931, near Avilla, Mo., to Floyd and Maude Cupp (no relation, she always said, to the Webb City Cupps). She married Harold Stufflebeam in 1950. Together they milked Jerseys until 1988, and she sold brown eggs from the porch until the week she died. She was a charter member of the Jasper County Extension Homemakers and a 60-year member of Bethel Baptist Church.

Those left to cherish her memory include two daughters, Norma Jean (Loyd) Pennock of Carthage and Carolyn (Dwight) Rinehart of Lamar; a son, Kenny Stufflebeam and wife Marla of Avilla; nine grandchildren; 17 great-grandchildren; and two great-great-grandchildren.

She was preceded in death by her husband, Harold, in 2004; a son, Ronnie, in infancy; and her sisters, Opal and Inez.

Funeral services will be 10:30 a.m. Saturday at Bethel Baptist Church with Bro. Leon Haskins officiating. Interment at Avilla Cemetery. Visitation will be Friday evening from 5 to 7 at the Carthage chapel.""",
gold=[("JLN004", "survivor"), ("JLN003", "survivor")]),

dict(guid="jln_pbf_virgil-lomax-sr", slug="virgil-lomax-sr", pub="2026-02-17T10:45:00-06:00",
title="Virgil Dean Lomax Sr. (1937 - 2026)",
body="""Virgil Dean Lomax Sr., 88, of Galena, Kan., passed away Saturday, February 14, 2026, at Via Christi Hospital in Pittsburg.

Virgil was born in Treece, Kan., in 1937, when it was still a mining town, and went to work in the Picher field at fifteen. In 1964 he opened Lomax Tire & Alignment on Main Street in Galena with one hydraulic jack and a borrowed air compressor, and he kept a hand in the shop until he was 85.

He is survived by his son, Virgil "Butch" Lomax Jr. (Connie) of Galena; a daughter, Sharon Kay Fitts of Columbus, Kan.; six grandchildren; and eleven great-grandchildren.

He was preceded in death by his wife of 61 years, Lavonne, in 2019, and by a sister, Juanita Holt.

Services will be 2 p.m. Thursday at the First Baptist Church of Galena with Rev. Don Ketchum officiating. Pallbearers will be Cody Lomax, Tyler Fitts, Brandon Fitts, Dustin Kirkendoll, Marvin Holt and Jim Seabourn. Burial in Galena Cemetery.""",
gold=[("JLN007", "survivor"), ("JLN008", "survivor")]),

dict(guid="jln_pbf_rose-marie-zerngast", slug="rose-marie-zerngast", pub="2026-03-24T11:20:00-05:00",
title="Rose Marie Zerngast (1944 - 2026)",
body="""Rose Marie Zerngast, 81, of Frontenac, Kan., died Friday, March 20, 2026, at Mt. Carmel Medical Center in Pittsburg.

Rose Marie was born in Frontenac to Angelo and Teresa Bertoncino, and grew up in the Little Balkans in a house that smelled of garlic, anise and coal smoke. She made povitica for every wedding, funeral and first communion at Our Lady of Lourdes for fifty years and taught half of Crawford County how to roll the dough thin enough to read a newspaper through it.

She is survived by her husband of 60 years, Joseph Zerngast, of the home; two sons, Mark Zerngast of Pittsburg and Paul Zerngast of Overland Park; a brother, Tony Bertoncino of Frontenac; a niece, Bobbie Kinnick of Joplin; and five grandchildren.

She was preceded in death by her parents and a sister, Angela Mazzocchi.

A Mass of Christian Burial will be celebrated at 10 a.m. Tuesday at Our Lady of Lourdes Catholic Church, Pittsburg. Rosary will be prayed Monday at 6 p.m. at the Pittsburg chapel.""",
gold=[("JLN018", "survivor")]),

dict(guid="jln_pbf_opal-marie-threlkeld", slug="opal-marie-threlkeld", pub="2026-04-22T09:00:00-05:00",
title="Opal Marie Threlkeld (1936 - 2026)",
body="""Opal Marie Threlkeld, 89, of Grove, Okla., passed away Sunday, April 19, 2026, at Grove Nursing Center.

Opal was born May 22, 1936, in Jay, Okla., to Claude and Nettie Gaddis. She married Lavern Threlkeld in 1954 and together they ran the Threlkeld Bait & Tackle on Grand Lake for nearly forty years. She could clean a mess of crappie faster than any man on the lake, and she taught Sunday school at Grove First Baptist for over half a century.

She is survived by two sons, Danny Threlkeld of Grove and Roger Threlkeld of Jay; a daughter, Linda Sue Pate of Siloam Springs, Ark.; seven grandchildren; and 14 great-grandchildren.

She was preceded in death by her husband, Lavern, in 2008, and by her brothers, Harold and Buster Gaddis.

Funeral services will be held at 11 a.m. Friday at Grove First Baptist Church. Burial will follow at Olympus Cemetery.""",
gold=[("JLN022", "deceased_client")]),

dict(guid="jln_pbf_harold-dean-coble", slug="harold-dean-coble", pub="2026-06-03T15:30:00-05:00",
title="Harold Dean Coble (1941 - 2026)",
body="""Harold Dean Coble, 84, of Webb City, passed away Monday, June 1, 2026, at his home, surrounded by his family.

Harold was born in Webb City in 1941 and never saw a reason to leave. He ran Coble Hardware on Main Street for 38 years, coached Little League for twenty, and served two terms on the Webb City council. He was a member of the First Baptist Church of Webb City.

He is survived by his wife, Jolene Coble, of the home; his son, Kevin Coble and wife Angie of Carl Junction; his granddaughter, Brittany (Jace) Hollenbeck of Carl Junction; his grandson, Blake Coble of Springfield; and three great-grandchildren.

He was preceded in death by his parents and a daughter, Tracy Coble.

The family wishes to thank Dr. Lionel Achterberg and the nurses of Freeman Hospice for their kindness in his last months.

Funeral services will be 10 a.m. Saturday at the First Baptist Church of Webb City, with special music by Mary Lou Brashear. Burial in Mount Hope Cemetery.""",
gold=[("JLN015", "survivor"), ("JLN014", "survivor")]),

dict(guid="jln_pbf_norman-eugene-pruitt", slug="norman-eugene-pruitt", pub="2026-07-15T13:00:00-05:00",
title="Norman Eugene Pruitt (1951 - 2026)",
body="""Norman Eugene Pruitt, 74, of Carthage, passed away Sunday, July 12, 2026, at Mercy Hospital Carthage.

Norman was born in Sarcoxie in 1951. He worked 41 years at the Leggett & Platt plant, the last fifteen as a line supervisor, and he was known on the floor for learning enough Spanish to joke with every man on his crew. He loved bass fishing at Stockton Lake and the Carthage Tigers.

He is survived by his wife, Glenda Pruitt, of the home; a daughter, Shelly Pruitt of Carthage; and two grandsons.

He was preceded in death by his parents and a brother, Loyd Pruitt.

Funeral services will be 2 p.m. Wednesday at the Carthage chapel. Pallbearers will be Efraín Villalobos, Tony Hernández, Mike Pruitt, Dale Pruitt, Steve Elliott and Rick Moss. Burial at Park Cemetery, Carthage.""",
gold=[]),
]
