"""La Voz del Valle (bilingual Catholic community paper for the Western Slope; Hispano and Basque families):
"Descansen en paz" notices, teaser description, HTML in content:encoded. Hand-labelled (gold=[...] beside each)."""

FEED = "lvv"
ITEMS = [
dict(guid="gjt_lvv-2026-01-arrieta", pub="2026-01-20T12:00:00-07:00", title="Descanse en paz: Juan Bautista Arrieta, 1935 - 2026",
body="""Juan Bautista Arrieta, 90, of Rifle, a Basque sheepman who trailed his bands from the Book Cliffs to the Roan Plateau for half a century, died January 15, 2026, at Grand River Hospital.

Born in Aulesti, Bizkaia, Juan came to Colorado in 1957 and herded for the Etcheverry outfit before buying his own sheep in 1968. He was a founding member of the Western Slope Basque Club and a fierce pelota player well into his sixties.

He is survived by his sons, Mikel Arrieta of Rifle and Andoni Arrieta of Silt; his sister, Josie (Nacho) Urrutia of Grand Junction; nine grandchildren; and relatives in Aulesti. He was preceded in death by his wife, Pilar.

Funeral Mass will be at 10 a.m. Wednesday at St. Mary Catholic Church, Rifle. Agur Jauna will be sung by the Basque Club choir.""",
gold=[("GJT011", "survivor"), ("GJT010", "survivor")]),

dict(guid="gjt_lvv-2026-02-eloy-gallegos", pub="2026-02-16T12:00:00-07:00", title="Descanse en paz: Eloy Gallegos, 1991 - 2026",
body="""Eloy Gallegos, 34, of Alamosa, died February 11, 2026, in a highway accident on U.S. 160 near Fort Garland.

Eloy was a lineman for San Luis Valley Rural Electric and coached his son's Little League team. He was a member of the Penitente Morada of San Acacio, as his grandfather had been.

Le sobreviven su esposa, Brianna; sus hijos, Mateo y Lucia; sus padres, Ramon and Priscilla Gallegos of San Luis; y su abuela, Adelina Gallegos.

Rosario a las 7 p.m. el jueves; Misa a las 10 a.m. el viernes en la iglesia de Sangre de Cristo, San Luis.""",
gold=[]),  # namesake in Alamosa, aged 34: nothing for GJT003 (Montrose, b. 1949)

dict(guid="gjt_lvv-2026-03-ramona-manzanares", pub="2026-03-30T12:00:00-06:00", title="Descanse en paz: Ramona Lucero de Manzanares, 1938 - 2026",
body="""Ramona Lucero de Manzanares, 87, of Grand Junction, died peacefully on March 26, 2026, at the home of her daughter.

Ramona was born in San Pablo, in the San Luis Valley, and came to the Grand Valley in 1961 with her husband, Fidel Manzanares, who worked for the Denver & Rio Grande Western railroad. She cooked for St. Joseph's parish fiestas for forty years and taught three generations of girls to make biscochitos.

Le sobreviven su hija, Dora Manzanares, de Grand Junction, con quien vivió sus últimos años; su hijo, Fidel Manzanares Jr., de Pueblo; ocho nietos y doce bisnietos. She was preceded in death by her husband, Fidel, and her son, Tony.

Rosary will be prayed at 7 p.m. Tuesday and the funeral Mass celebrated at 10 a.m. Wednesday at St. Joseph Catholic Church, Grand Junction.""",
gold=[("GJT005", "survivor")]),

dict(guid="gjt_lvv-2026-05-celestina-vigil", pub="2026-05-26T12:00:00-06:00", title="Descanse en paz: Celestina Vigil, 1946 - 2026",
body="""Celestina Vigil, 79, of Delta, died May 21, 2026.

Born in Capulin, Colo., Celestina worked in the Delta onion sheds and later for thirty years as a school cook at Garnet Mesa Elementary. She sang in the Spanish choir at St. Michael's for as long as anyone can remember.

Le sobreviven sus hijas, Yolanda Vigil of Delta and Irene (Frank) Romero of Grand Junction; sus nietos, Adrian and Carla; and her comadre of sixty years, Eppie Trujillo.

The rosary will be led by Rosella Gallegos of the Guadalupanas of Montrose at 7 p.m. Thursday, and the funeral Mass celebrated at 10 a.m. Friday at St. Michael Catholic Church, Delta.""",
gold=[]),  # GJT004 Rosella Gallegos leads the rosary: not a survivor, nothing
]
