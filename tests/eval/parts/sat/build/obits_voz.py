"""La Voz Parroquial / The Parish Voice: bilingual community and parish paper of the South Side and the
Karnes-Wilson Polish parishes (Panna Maria, Cestohowa, Falls City). Plain text, "Descansen en paz" / "Pray for"
headings, Spanish-language notices. Hand-labelled (gold=[...] beside each text)."""

FEED = "voz"
ITEMS = [
dict(guid="sat_voz_2026_0107", pub="2026-01-11T08:00:00-06:00", title="Descanse en paz: Don Tomás Villarreal Garza",
body="""Don Tomás Villarreal Garza, de 88 años, falleció el 6 de enero de 2026 en su hogar del West Side, rodeado de su familia. Nació en Sabinas Hidalgo, Nuevo León, y llegó a San Antonio en 1958. Trabajó treinta años en la panadería La Superior y fue miembro fiel de la Sociedad Guadalupana de la parroquia de San Alfonso.

Le sobreviven sus hijas, Beatriz Villarreal de Zamora (Armando) de San Antonio y Graciela Villarreal de Peña de Houston; su hijo, Tomás Villarreal Jr. de Del Rio; doce nietos y siete bisnietos. Le precedió en la muerte su esposa, Doña Eloisa Garza de Villarreal.

El rosario se rezará el jueves a las 7 p.m. y la misa de cuerpo presente será el viernes a las 10 a.m. en la parroquia de San Alfonso.""",
gold=[("SAT023", "survivor")]),

dict(guid="sat_voz_2026_0133", pub="2026-02-22T08:00:00-06:00", title="Pray for Agnes Moczygemba, Panna Maria",
body="""Agnes Moczygemba, 97, of Panna Maria, died February 18, 2026, at the Karnes City nursing center. She was born in Panna Maria in 1928, a great-granddaughter of one of the Silesian families who arrived under the oak tree in 1854, and she was baptized, married and buried from Immaculate Conception Church. For fifty years she made the kołaczki for the parish picnic.

Survivors include her daughter, Mrs. Stan (Helen) Kotzur of Floresville; her sons, Leonard Moczygemba of Floresville and Felix Moczygemba of Karnes City; 14 grandchildren and 22 great-grandchildren. She was preceded in death by her husband, Ben Moczygemba, in 1999.

The Rosary will be prayed Sunday at 6 p.m. and the Funeral Mass celebrated Monday at 10 a.m. at Immaculate Conception Church, Panna Maria. Wieczny odpoczynek racz jej dać, Panie.""",
gold=[("SAT013", "survivor"), ("SAT012", "survivor")]),

dict(guid="sat_voz_2026_0158", pub="2026-03-29T08:00:00-05:00", title="Pray for Joseph \"Joe\" Pawelek, Falls City",
body="""Joseph "Joe" Pawelek, 84, of Falls City, died March 24, 2026. A rancher and a lifelong member of Holy Trinity Church, he served in the Texas National Guard and was a past president of the Falls City Polish Society.

He is survived by his wife, Rose (Kolodziejczyk) Pawelek; his sons, Dale Pawelek of Falls City and Stephen Pawelek of Karnes City; his sister-in-law, Theresa "Terry" Pawelek of San Antonio, and her son, Michael; and seven grandchildren. He was preceded in death by his brother, Frank Pawelek, and his great-niece, Tessa Pawelek.

Funeral Mass Saturday at 10 a.m. at Holy Trinity Church, Falls City.""",
gold=[("SAT014", "survivor")]),

dict(guid="sat_voz_2026_0171", pub="2026-04-19T08:00:00-05:00", title="Descanse en paz: Rosalinda Rendón",
body="""Rosalinda Rendón, 90, of Floresville, went to be with the Lord on April 14, 2026. Doña Rosa was born in Poth and picked peanuts as a girl before raising seven children on a ranch off FM 536. She was a member of the Guadalupanas of Sacred Heart Church for seventy years.

Le sobreviven sus hijos: Irma Castañeda y su esposo Rubén de Floresville; Rogelio Rendón de Poth; Elisa Rendón Salinas de Pleasanton; and many grandchildren and great-grandchildren. She was preceded in death by her husband, Isidro Rendón, and her son, Isidro Jr.

Funeral Mass Saturday at 10 a.m., Sacred Heart Catholic Church, Floresville. Interment at the Floresville city cemetery.""",
gold=[("SAT021", "survivor"), ("SAT020", "survivor")]),

dict(guid="sat_voz_2026_0190", pub="2026-06-14T08:00:00-05:00", title="Descanse en paz: José Luis de la Garza Sr.",
body="""José Luis de la Garza Sr., 89, of San Antonio, died June 9, 2026. A Korean War veteran and for 40 years a letter carrier on the streets around Mission San José, he sang in the Spanish choir at St. Ann's until last Christmas.

He is survived by his son, José Luis "Pepe" de la Garza Jr. and wife Yolanda of Alamo Heights; his daughters, Rebecca de la Garza Lozano of Laredo and Patricia de la Garza of Austin; nine grandchildren. Preceded in death by his wife, Amparo, and his son, Ricardo.

Rosario el martes a las 7 p.m.; misa el miércoles a las 10 a.m., St. Ann's Catholic Church. Military honors at Fort Sam Houston National Cemetery.""",
gold=[("SAT003", "survivor")]),

dict(guid="sat_voz_2026_0214", pub="2026-09-06T08:00:00-05:00", title="Pray for Sister Mary Clare Dziuk, CDP",
body="""Sister Mary Clare Dziuk, CDP, 93, died September 1, 2026, at the Congregation of Divine Providence motherhouse in San Antonio, in the 74th year of her religious life. Born in Cestohowa to a Panna Maria family, she taught first grade in Floresville, Poth and San Antonio for 41 years; generations of Wilson County children learned to read from her.

She is survived by her Sisters in community and by her nieces and nephews. The Mass of Christian Burial will be celebrated Thursday at 10 a.m. at Our Lady of the Lake chapel. Readers will be Stan Kotzur and Irma Castañeda, her former students; the homily will be given by Msgr. Ed Sniezyk.""",
gold=[]),
]
