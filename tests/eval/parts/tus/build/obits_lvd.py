"""La Voz del Desierto (bilingual community weekly, south Tucson, Nogales and the Santa Cruz valley): esquelas in
Spanish, and the paper's 'Our Community' notices sent in by Pascua Yaqui and Tohono O'odham families.
Plain text. Hand-labelled (gold= beside each text)."""

FEED = "lvd"
ITEMS = [
dict(guid="tus_lvd-esquela-2026-011", pub="2026-01-15T09:00:00-07:00", title="Esquela: Refugio \"Cuca\" Ortiz Ramírez (1929 - 2026)",
body="""Con profundo dolor, la familia Ortiz participa el fallecimiento de la señora Refugio "Cuca" Ortiz Ramírez, quien descansó en la paz del Señor el 11 de enero de 2026 en Tucson, Arizona, a la edad de 96 años.

Doña Cuca nació en Magdalena de Kino, Sonora, y llegó al barrio de South Tucson en 1951. Durante cuarenta años hizo tamales para medio barrio cada Navidad, y nadie se atrevía a preguntarle la receta.

Le sobreviven sus hijas Guadalupe "Lupe" Villaseñor y su esposo Ramón Villaseñor Ochoa, de Tucson, y Rosa Ortiz Bustamante, de Hermosillo; once nietos y catorce bisnietos. Le precedieron en la muerte su esposo, don Aurelio Ortiz, y su hijo, Aurelio Jr.

El rosario se rezará el jueves a las 6 p.m. en la iglesia de Santa Cruz, y la misa de cuerpo presente será el viernes a las 10 a.m. Sepultura en el cementerio Holy Hope.

Survived by her daughters, Lupe Villaseñor (Ramón) of Tucson and Rosa Ortiz Bustamante of Hermosillo; eleven grandchildren and fourteen great-grandchildren.""",
gold=[("TUS002", "survivor"), ("TUS001", "survivor")]),

dict(guid="tus_lvd-community-2026-019", pub="2026-02-05T09:00:00-07:00", title="Teodoro Buitimea Valencia, 72, Pascua Pueblo",
body="""Teodoro Buitimea Valencia, 72, a lifelong member of the Pascua Yaqui Tribe, passed away on January 30, 2026, at his home in Pascua Pueblo, west of Tucson.

Teodoro was born in Old Pascua Village and served for many years with the tribe's maintenance department. During Lent and Holy Week he served with the fariseos, and for more than forty years he helped prepare the ramada and the plaza for the Easter ceremonies. His family remembers him as a patient teacher of the young men and a man who always had coffee on for whoever came by.

He is survived by his wife, Josefina; his sons, Ramiro and Felipe Buitimea; his daughter, Angelina Buitimea; nine grandchildren; and his cousin, Lorenzo Valencia of Old Pascua, with whom he grew up. He was preceded in death by his parents, Pedro Buitimea and Rosalía Valencia.

A velorio was held at the family home. The funeral Mass was celebrated at Christ the King Church in Pascua Pueblo, with burial at the Pascua Pueblo cemetery. The family thanks everyone who brought food and prayers.""",
gold=[("TUS007", "survivor")]),

dict(guid="tus_lvd-community-2026-027", pub="2026-02-19T09:00:00-07:00", title="Clifford Manuel, 70, San Xavier District",
body="""Clifford Manuel, 70, of Wa:k village in the San Xavier District of the Tohono O'odham Nation, went home on February 14, 2026.

Clifford worked for thirty years as a heavy-equipment operator for the Nation's roads department and was known across the districts as a singer of the old songs at feasts and saint's days. He raised cattle on the district's range land and taught his grandchildren to tell the weather from the shape of the clouds over Baboquivari.

He is survived by his sisters, Delia Antone of Sells and Rita Manuel of Topawa; his sons, Cyrus and Dwayne Manuel; his daughter, Cheryl Manuel Jose; and eleven grandchildren. He was preceded in death by his wife, Agnes, and his brother, Leonard.

A wake was held at the family home in Wa:k, and a Mass was offered at Mission San Xavier del Bac, followed by burial at the San Xavier cemetery.""",
gold=[("TUS008", "survivor")]),

dict(guid="tus_lvd-esquela-2026-034", pub="2026-03-19T09:00:00-07:00", title="Esquela: Ramiro Carrillo Ybarra (1951 - 2026)",
body="""Ramiro Carrillo Ybarra, de 74 años, vecino de Nogales, Arizona, falleció el 14 de marzo de 2026 en el Holy Cross Hospital de Nogales, rodeado de su familia.

Don Ramiro trabajó más de treinta años como agente aduanal en la garita Mariposa y era conocido en toda la calle Morley por su puesto de raspados los domingos.

Le sobreviven su esposa, Olga; sus hijos, Ramiro Jr. y Claudia; sus hermanas, Lucha Carrillo de Nogales, Arizona, y Teresa Carrillo de Hermosillo, Sonora; y siete nietos.

Misa de cuerpo presente el sábado a las 9 a.m. en la parroquia del Sagrado Corazón, Nogales, Arizona.""",
gold=[("TUS011", "survivor")]),

dict(guid="tus_lvd-esquela-2026-041", pub="2026-04-16T09:00:00-07:00", title="Esquela: Jesús \"Chuy\" Moreno Salazar (1944 - 2026)",
body="""Jesús "Chuy" Moreno Salazar, de 81 años, de Sahuarita, falleció el 12 de abril de 2026.

Don Chuy trabajó en las huertas de nuez de Sahuarita durante cincuenta años y fue mariachi aficionado hasta el último día.

Le sobreviven su esposa, Amparo; sus hijos Jesús Jr., Martín y Leticia; y doce nietos.

El rosario será el lunes a las 7 p.m. en la parroquia de San Martín de Porres, Sahuarita, dirigido por Irene Lucero del grupo de Guadalupanas. La misa será el martes a las 10 a.m.""",
gold=[]),  # Irene Lucero (TUS019) leads the rosary: nothing
]
