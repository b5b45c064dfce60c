"""Funeraria del Sagrado Corazón (chapels in Brownsville, Harlingen and Raymondville): funeral-home site, bilingual
family-written tributes, HTML in content:encoded, a one-sentence description. Hand-labelled."""

FEED = "fsc"
ITEMS = [
dict(guid="bro_fsc_ignacio-salinas-sr", pub="2026-01-21T11:15:00-06:00", title="Ignacio Salinas Sr. (1946 - 2026)",
body="""Ignacio Salinas Sr., 79, of San Benito, passed away on Sunday, January 18, 2026, at Valley Baptist Medical Center in Harlingen.

Don Ignacio was born in Rio Hondo and spent forty years driving a route for the Coca-Cola bottler in San Benito. Everyone from the resaca to the river knew his whistle. He was a Knight of Columbus, a devoted member of St. Benedict Catholic Church and a fierce dominoes player who never admitted to losing.

Le sobreviven su esposa de 55 años, Amelia; sus hijos, Ignacio "Nacho" Salinas Jr. y su esposa Yolanda, de San Benito, y Alma Salinas de Ortiz, de Edinburg; y siete nietos.

He is survived by his wife of 55 years, Amelia; his children, Ignacio "Nacho" Salinas Jr. and his wife, Yolanda, of San Benito, and Alma Salinas Ortiz of Edinburg; and seven grandchildren. He was preceded in death by his parents and his brother, Rogelio.

Rosary will be prayed at 7 p.m. Thursday at our San Benito chapel. A funeral Mass will be celebrated at 10 a.m. Friday at St. Benedict Catholic Church. Burial will follow at Mont Meta Memorial Park.""",
gold=[("BRO005", "survivor"), ("BRO006", "survivor")]),

dict(guid="bro_fsc_guadalupe-cortez", pub="2026-03-05T10:40:00-06:00", title="Guadalupe \"Lupe\" Cortez (1934 - 2026)",
body="""Guadalupe "Lupe" Cortez, 91, of La Feria, entered eternal rest on Monday, March 2, 2026, at her home.

Doña Lupe was born in La Feria and picked cotton as a child beside her mother. She raised seven children, buried two, and never once let a visitor leave her kitchen hungry. Her tamales at Christmas were a family institution; the recipe now belongs to her granddaughters.

She is survived by her sons, Arnulfo Cortez and Reynaldo Cortez, both of La Feria; her daughters, Elsa Cortez Villegas of Mercedes, Graciela Cortez of Harlingen and Imelda Cortez of Houston; eighteen grandchildren, including Ana Lucía Reséndez (Marco) of Harlingen; and twenty-two great-grandchildren. She was preceded in death by her husband, Arnulfo Cortez Sr., and by her sons, Juan and Ramiro.

The family wishes to thank Dr. Raúl Ochoa and the hospice nurses of Valley Baptist for their tender care in her last months.

A rosary will be prayed at 7 p.m. Wednesday at our Harlingen chapel, and a funeral Mass will be celebrated Thursday at 10 a.m. at St. Francis Xavier Catholic Church, La Feria.""",
gold=[("BRO017", "survivor")]),

dict(guid="bro_fsc_dolores-garza-salazar", pub="2026-04-22T09:05:00-05:00", title="Dolores \"Lola\" Garza Salazar (1945 - 2026)",
body="""Dolores "Lola" Garza Salazar, 80, of Lyford, went to be with our Lord on Saturday, April 18, 2026, at Valley Baptist Medical Center in Harlingen.

Lola was born in Raymondville, the eldest of eight children of Cipriano Garza and Petra Cantú. She taught second grade at Lyford Elementary for 33 years and was known for the plastic crown she let each birthday child wear all day. She never missed a Lyford Bulldogs home game.

She is survived by her husband of 58 years, Humberto Salazar; her sons, Humberto Jr. and Cipriano Salazar; her daughter, Patricia Salazar Ochoa; her brothers, Ernesto "Neto" Garza of Raymondville and Rodolfo Garza of Houston; her sisters, Petra Garza Luna and Minerva Garza; and twelve grandchildren. She was preceded in death by her parents and her brothers, Cipriano Jr. and Leonel.

Visitation will be held Thursday at our Raymondville chapel, with a rosary at 7 p.m. The Rev. Tomás Villanueva, a friend of the family, will officiate the funeral service at 10 a.m. Friday at First United Methodist Church, Lyford.""",
gold=[("BRO016", "survivor")]),

dict(guid="bro_fsc_amparo-hinojosa", pub="2026-06-03T14:20:00-05:00", title="Amparo Hinojosa (1932 - 2026)",
body="""Amparo Hinojosa, 93, of Mercedes, passed away on Saturday, May 30, 2026, at the home of her son.

Born in Reynosa, Tamaulipas, Amparo came to Mercedes as a bride in 1951 and helped her husband run a small grocery on Texas Avenue for forty years. She was a Guadalupana at Our Lady of Mercy Catholic Church and made the altar flowers every Sunday until she was ninety.

Le sobreviven sus hijos, Baltazar "Balta" Hinojosa de Mercedes y Lorena Hinojosa Vela de McAllen; once nietos y nueve bisnietos.

She is survived by her son, Baltazar "Balta" Hinojosa of Mercedes; her daughter, Lorena Hinojosa Vela of McAllen; eleven grandchildren and nine great-grandchildren. She was preceded in death by her husband, Baltazar Hinojosa Sr., and by her son, Eduardo.

A rosary will be prayed at 7 p.m. Thursday at Our Lady of Mercy Catholic Church, and the funeral Mass will be celebrated there at 10 a.m. Friday.""",
gold=[("BRO022", "survivor")]),

dict(guid="bro_fsc_refugio-lerma", pub="2026-07-09T10:10:00-05:00", title="Refugio \"Cuco\" Lerma (1937 - 2026)",
body="""Refugio "Cuco" Lerma, 88, of Port Isabel, a shrimper for sixty years, passed away on Monday, July 6, 2026.

Cuco went out on his first shrimp boat at fourteen and captained the Santa Rosa out of Port Isabel for three decades. He blessed the fleet every spring with his rosary in his shirt pocket and swore that was why he never lost a man. In retirement he sat on the bench outside the Port Isabel Lighthouse and told the tourists stories, about half of them true.

He is survived by his wife, Rosa; his son, Refugio Lerma Jr. of Port Isabel; his daughters, Diana Cavazos of Brownsville and Elena Lerma Montemayor of Austin; his granddaughter, Alicia Montemayor, also of Austin; and many grandchildren and great-grandchildren. He was preceded in death by his grandson, Rogelio "Rudy" Cavazos III.

A rosary will be prayed Thursday at 7 p.m. at Our Lady Star of the Sea Catholic Church in Port Isabel, with the funeral Mass there Friday at 10 a.m. The shrimp fleet will sound its horns as the procession passes the harbor.""",
gold=[]),

dict(guid="bro_fsc_jesus-de-la-garza", pub="2026-09-16T09:30:00-05:00", title="Jesús \"Chuy\" de la Garza (1955 - 2026)",
body="""Jesús M. "Chuy" de la Garza, of Harlingen, went to be with our Lord on Sunday, September 13, 2026, one day short of his 71st birthday, surrounded by his family.

Chuy was born on September 14, 1955, in Harlingen to the late Manuel and Esperanza de la Garza. He graduated from Harlingen High School in 1973 and worked 38 years for Cameron County as a road foreman. Weekends he was in the stands for the Cardinals, at the barbecue pit, or on the water at Arroyo City with a fishing rod and a cooler.

Le sobreviven su esposa de 47 años, María del Carmen (Longoria) de la Garza; sus hijos, Manuel y Jesús Jr.; su hija, Esperanza "Pera" de la Garza Ríos; y ocho nietos.

He is survived by his wife of 47 years, María del Carmen (Longoria) de la Garza; his sons, Manuel de la Garza (Sonia) and Jesús de la Garza Jr.; his daughter, Esperanza "Pera" de la Garza Ríos (Óscar); and eight grandchildren. He was preceded in death by his parents and his brother, Rubén.

Visitation will be held Thursday from 5 to 9 p.m. at our Harlingen chapel, with a rosary at 7 p.m. A Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Anthony Catholic Church.""",
gold=[("BRO003", "deceased_client"), ("BRO004", "spouse_of_deceased_client")]),
]
