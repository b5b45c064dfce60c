"""Hennessy-Kratz Funeral Service (chapels in Watertown, Carthage and Clayton): funeral-home site, a teaser
description and HTML in content:encoded, titles "Name (1932 - 2026)". Hand-labelled (`gold`)."""

ITEMS = [
dict(guid="art_hkfs-leona-m-brouillette", pub="2026-01-15T11:10:00-05:00",
title="Leona M. Brouillette (1932 - 2026)",
body="""Leona Marie Brouillette, 93, of Cape Vincent, passed away on Tuesday, January 13, 2026, at the Samaritan Keep Home in Watertown, where she had been a resident for the past two years.

Leona was born on April 21, 1932, in Cape Vincent, the daughter of Alphonse and Rose (Dezengremel) Brouillette. She never married. She taught French and Latin at Cape Vincent Central School and later at Thousand Islands Central for 36 years, and was for decades the unofficial keeper of the village's French heritage: its recipes, its songs and the names on the old stones of St. Vincent of Paul cemetery.

She is survived by her sister-in-law, Delphine Brouillette of Cape Vincent, with whom she shared Sunday dinner every week for more than sixty years; her nephews, Marc Brouillette of Rochester and Luc Brouillette of Cape Vincent; and many cousins in Cape Vincent and Kingston, Ontario. She was predeceased by her brother, Armand Brouillette, in 2009, and her sister, Simone Brouillette, in 1988.

Friends may call Friday from 10 a.m. until the 11 a.m. Mass of Christian Burial at St. Vincent of Paul Church, Cape Vincent. Interment will be in the spring in St. Vincent of Paul Cemetery. Arrangements are with the Hennessy-Kratz Funeral Service, Clayton.""",
gold=[("ART003", "survivor")]),

dict(guid="art_hkfs-theodore-marchildon", pub="2026-02-24T09:40:00-05:00",
title="Theodore A. 'Ted' Marchildon (1930 - 2026)",
body="""Theodore A. "Ted" Marchildon, 95, of Clayton, died on Saturday, February 21, 2026, at his home on Riverside Drive, above the bakery he opened in 1958.

Ted was born on November 3, 1930, in Cornwall, Ontario, and crossed the river to Clayton in 1952 with a baker's apprenticeship and very little English. He married Lucille Dorr of Clayton in 1955; she died in 2003. Marchildon's River Bakery fed three generations of Clayton schoolchildren, summer people and ice fishermen, and its maple-cream doughnut was, in Ted's opinion, the only reason anyone visited the Thousand Islands.

He is survived by his daughter, Theodosia "Teddie" Marchildon of Clayton, who has run the bakery since 1996 and learned every recipe at his elbow; his son, Paul Marchildon of Ottawa; four grandchildren; and his sister, Jeannine Lefebvre of Cornwall.

A funeral service will be held Thursday at 11 a.m. at the Clayton chapel of Hennessy-Kratz Funeral Service, with the Rev. Silas Pettengill officiating. Burial will be in Clayton Union Cemetery in the spring. The bakery will be closed Thursday.""",
gold=[("ART016", "survivor")]),

dict(guid="art_hkfs-wilfredo-alvarado-rivera", pub="2026-04-18T14:25:00-04:00",
title="Wilfredo Alvarado Rivera (1950 - 2026)",
body="""Wilfredo Alvarado Rivera, 75, of Evans Mills, formerly of Ponce, Puerto Rico, passed away on Wednesday, April 15, 2026, at Samaritan Medical Center, surrounded by his family.

Don Wilfredo was born on June 29, 1950, in Ponce, to Ramón Alvarado and Carmen Rivera. He worked for 38 years as a mechanic at the Ponce port and played the cuatro at every baptism, wedding and parranda in the barrio. After Hurricane María took his house in 2017 he came north to live with his son's family near Fort Drum, where he learned to shovel snow, complained about it every winter and never once went back.

Le sobreviven su hijo, el Sargento Primero (Ret.) Wilfredo "Freddy" Alvarado Quiñones, y su esposa, Migdalia, de Evans Mills, con quienes vivía; su hija, Marisela Alvarado Quiñones, de Orlando; y cinco nietos. He is survived by his son, Sgt. 1st Class (Ret.) Wilfredo "Freddy" Alvarado Quiñones and his wife, Migdalia, of Evans Mills, with whom he made his home; his daughter, Marisela Alvarado Quiñones of Orlando; and five grandchildren. He was predeceased by his wife of 44 years, Luz Quiñones de Alvarado.

A Mass of Christian Burial will be celebrated on Saturday at 10 a.m. at St. Mary's Church, Evans Mills. Burial will be in Puerto Rico at a later date.""",
gold=[("ART007", "survivor"), ("ART008", "survivor")]),

dict(guid="art_hkfs-ezra-j-moser", pub="2026-05-06T10:05:00-04:00",
title="Ezra J. Moser (1933 - 2026)",
body="""Ezra J. Moser, 92, of Croghan, passed away peacefully at home on Sunday, May 3, 2026.

Ezra was born on January 17, 1933, on the home farm near Naumburg, the son of Joseph and Lydia (Zehr) Moser. He married Esther Lehman in 1955, and they farmed on the Van Amber Road for more than fifty years. He was a lifelong member of the Croghan Conservative Mennonite Church, where he served as a song leader, and he built more barns in Lewis County than he could count.

He is survived by his wife, Esther; his daughters, Ardith (Everett Jr.) Zehr of Lowville and Miriam (Nelson) Yousey of Beaver Falls; his son, Daniel (Ruth) Moser of Croghan; 14 grandchildren; and 22 great-grandchildren. His brother, Elmer Moser, died in 2018.

A funeral will be held Thursday at 10 a.m. at the Croghan Conservative Mennonite Church, with burial in the church cemetery. Arrangements are with the Carthage chapel of Hennessy-Kratz Funeral Service.""",
gold=[("ART006", "survivor"), ("ART005", "survivor")]),

dict(guid="art_hkfs-dorothy-j-schoonmaker", pub="2026-06-30T15:50:00-04:00",
title="Dorothy J. Schoonmaker (1929 - 2026)",
body="""Dorothy Jane Schoonmaker, 96, of Dexter, died on Friday, June 26, 2026, at the Samaritan Summit Village in Watertown.

Dot was born on February 11, 1929, in Brownville, to Harold and Ida (Fuller) Gillette. She married Carl Schoonmaker in 1948, and they raised their family in the house on Kirby Street that Carl built. She worked in the office of the Dexter paper mill for 25 years and was a charter member of the Dexter Historical Society.

She is survived by her daughter, Ottilie "Tillie" (Ferris) Brennecke of Dexter; her son, Raymond Schoonmaker of Glen Park; five grandchildren; and nine great-grandchildren. Carl died in 1999.

Calling hours are Wednesday from 4 to 6 p.m. at the Watertown chapel of Hennessy-Kratz Funeral Service. A graveside service will follow on Thursday at 10 a.m. in Dexter Cemetery.""",
gold=[("ART012", "survivor")]),

dict(guid="art_hkfs-gary-pelletier", pub="2026-08-05T12:30:00-04:00",
title="Gary R. 'Bucky' Pelletier (1961 - 2026)",
body="""Gary R. "Bucky" Pelletier, 64, of Black River, died on Sunday, August 2, 2026, at Samaritan Medical Center after a long illness.

Bucky was born on April 19, 1961, in Watertown, to Robert and Anita (LaPointe) Pelletier. He worked for 31 years at the Knowlton paper mill in Black River and spent every spare hour on the Black River with a fly rod. He could tie a Royal Coachman in the dark.

He is survived by his wife, Sharon; his sons, Tyler and Jesse Pelletier, both of Black River; and his brother, Dennis Pelletier, of Felts Mills.

A memorial service will be held Saturday at 11 a.m. at the Black River United Methodist Church. Bearers will be Ralph Scordato, Cas Wojtaszek, Dennis Pelletier and Mike Reff.""",
gold=[]),
]
