"""Funeraria Los Laureles (invented funeral home, Laredo and Zapata chapels): bilingual funeral-home site,
HTML in content:encoded, a one-sentence plain description, "lrd_" permalink slugs. Hand-labelled."""

FEED = "fll"
BASE = "https://www.funerarialoslaureles.example/obituarios/"
ITEMS = [
dict(guid="lrd_fll_dolores-cantu-de-ugarte", pub="2026-01-24T11:30:00-06:00",
title="Dolores Cantú de Ugarte (1937 - 2026)",
body="""Dolores "Lola" Cantú de Ugarte, 88, of Laredo, passed into the arms of Our Lord on Wednesday, January 21, 2026, at her daughter's home.

Nació en Sabinas Hidalgo, Nuevo León, and came to Laredo as a bride in 1958. For thirty years she taught first grade at Santa Maria Elementary, and a whole generation of the west side learned to read in her classroom. She was a Guadalupana at San Agustín Cathedral for fifty years.

She was preceded in death by her husband, Leopoldo Ugarte, and her son, Leopoldo Jr.

Le sobreviven / she is survived by her son, Ramón "Monchi" Ugarte (Norma) of Laredo; her daughter, Leticia Ugarte Saadeh and her husband, Dr. Jamil Saadeh, of Laredo; eight grandchildren, including Karim and Nadia Saadeh; and three great-grandchildren.

Visitation will be held Monday from 5 to 9 p.m., with the rosary at 7 p.m., in our Laredo chapel. Misa de cuerpo presente on Tuesday at 10 a.m. at San Agustín Cathedral. Interment will follow at Calvary Catholic Cemetery.""",
gold=[("LRD013", "survivor"), ("LRD011", "survivor"), ("LRD010", "survivor")]),

dict(guid="lrd_fll_cipriano-bazan-jr", pub="2026-02-27T15:40:00-06:00",
title="Cipriano \"Chanito\" Bazán Jr. (1977 - 2026)",
body="""Cipriano "Chanito" Bazán Jr., 48, of Laredo, passed away unexpectedly on Tuesday, February 24, 2026.

Chanito was a welder by trade and a Laredo Tecolotes fan by religion. He coached Little League at Father McNaboe Park for fifteen seasons and could not drive past a flat tire without stopping.

He is survived by his wife, Dalia Bazán; his children, Cipriano III, Abril and Jacobo; his parents, Cipriano "Chano" Bazán Sr. and Amparo Quijano de Bazán of Laredo; and his sisters, Yesenia Bazán Peña and Marlene Bazán.

Le sobreviven su esposa Dalia, sus hijos, sus padres Cipriano y Amparo, y sus hermanas.

The rosary will be prayed Sunday at 7 p.m. in our Laredo chapel. Funeral Mass Monday at 10 a.m. at Blessed Sacrament Catholic Church, with burial at Laredo City Cemetery.""",
gold=[("LRD014", "survivor"), ("LRD015", "survivor")]),

dict(guid="lrd_fll_maria-de-jesus-palomares", pub="2026-04-09T10:05:00-05:00",
title="María de Jesús \"Chuyita\" Palomares (1941 - 2026)",
body="""María de Jesús "Chuyita" Palomares, 84, of Zapata, went to be with the Lord on Monday, April 6, 2026, at Zapata County Medical Clinic.

She was born on June 24, 1941, in San Ygnacio, Texas, to the late Santiago and Rafaela Palomares. She kept the books for the Zapata County school district for thirty-two years and sang in the choir of Our Lady of Lourdes for longer than anyone could remember. She was preceded in death by her husband, Aurelio Palomares, in 2009.

She is survived by her sons, Aurelio Palomares Jr. (Cristina) of Zapata and Santiago Palomares of Laredo; her daughter, Rafaela "Rafa" Palomares Guerra of San Antonio; ten grandchildren; and her dear friends of the Zapata senior center.

The rosary will be led by Octavio Zertuche on Thursday at 7 p.m. at our Zapata chapel. A funeral Mass will be celebrated Friday at 10 a.m. at Our Lady of Lourdes Catholic Church, Zapata, with interment at Zapata Cemetery.""",
gold=[("LRD008", "deceased_client")]),

dict(guid="lrd_fll_eva-sifuentes-garza", pub="2026-05-02T09:50:00-05:00",
title="Eva Sifuentes Garza (1935 - 2026)",
body="""Eva Sifuentes Garza, 90, of Laredo, passed away on April 29, 2026, surrounded by her children and grandchildren.

Born in Encinal, she ran the kitchen of the Sifuentes family's café on Guadalupe Street for thirty years. Her caldo de res on Saturdays was, in her own opinion and everyone else's, the best in Webb County.

She is survived by her daughter, Griselda (Ramiro) Ledezma of Laredo; her sons, Jesús Sifuentes (Olga) of Cotulla and Rubén Sifuentes of Laredo; fourteen grandchildren; and twenty-two great-grandchildren. She was preceded in death by her husband, Jesús Sifuentes Sr.

Visitation Monday from 5 to 9 p.m. with rosary at 7 p.m. in our Laredo chapel. Funeral Mass Tuesday at 10 a.m. at St. Peter the Apostle Catholic Church.""",
gold=[("LRD012", "survivor")]),

dict(guid="lrd_fll_aurelio-ozuna", pub="2026-06-03T14:20:00-05:00",
title="Aurelio Ozuna (1955 - 2026)",
body="""Aurelio Ozuna, 70, of Rio Bravo, passed away on Sunday, May 31, 2026.

Aurelio drove a school bus for the United ISD for twenty-seven years and knew every child on his route by name and every dog on it by temperament.

He is survived by his wife, Teresa Ozuna; his sons, Aurelio Jr. and Marcos; his brother, Fidencio "Chencho" Ozuna of El Cenizo; his sister, Guillermina Ozuna Vela of Zapata; and five grandchildren.

Le sobreviven su esposa Teresa, sus hijos Aurelio y Marcos, y sus hermanos Chencho y Guillermina.

Rosary Thursday at 7 p.m. in our Laredo chapel; funeral Mass Friday at 9 a.m. at Santo Niño de Atocha Catholic Church, Rio Bravo.""",
gold=[("LRD009", "survivor")]),

dict(guid="lrd_fll_jovita-dovalina", pub="2026-07-08T10:40:00-05:00",
title="Jovita Dovalina (1932 - 2026)",
body="""Jovita Dovalina, 93, of Laredo, entered into eternal rest on July 5, 2026.

Jovita was born in Laredo and was, for forty years, the woman behind the counter at Dovalina's Fabrics on Convent Avenue. She taught half the seamstresses of the city how to lay out a pattern without wasting an inch.

She is survived by her daughters, Connie (Teo) Sciaraffa of Laredo and Imelda Dovalina of Austin; her grandchildren, Gianna and Marco Sciaraffa; and her sister, Petra Dovalina Solís. She was preceded in death by her husband, Arturo Dovalina.

Visitation Thursday from 5 to 9 p.m. with a rosary at 7 p.m. in our Laredo chapel. Funeral Mass Friday at 10 a.m. at San Agustín Cathedral.""",
gold=[("LRD007", "survivor"), ("LRD006", "survivor")]),

dict(guid="lrd_fll_xochitl-ybanez-carrizales", pub="2026-03-18T12:15:00-05:00",
title="Xóchitl Ybáñez (1980 - 2026)",
body="""Xóchitl Ybáñez, 45, of Eagle Pass, passed away on March 15, 2026, at Fort Duncan Regional Medical Center after a long illness.

She was a nurse at the Maverick County hospital for twenty years and a devoted member of Our Lady of Refuge parish in Eagle Pass.

She is survived by her husband, Rolando Carrizales; her children, Alondra and Rolando Jr.; her parents, Abel and Norma Ybáñez of Eagle Pass; and her brother, Abel Ybáñez Jr. of Del Rio.

Services will be held in Eagle Pass; our Laredo chapel is assisting the family with arrangements for relatives in Webb County.""",
gold=[]),
]
