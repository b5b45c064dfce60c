"""El Heraldo del Concho (invented bilingual weekly of San Angelo's Mexican-American Catholic community):
"Esquelas / Obituaries", Spanish with an English summary, plain text. Hand-labelled."""

FEED = "heraldo"
ITEMS = [
dict(guid="sjt_heraldo_esq_2026_014", pub="2026-01-29T08:00:00-06:00",
title="Esquela: Doña Eustolia Ornelas Vda. de Balderrama (1935 - 2026)",
body="""Doña Eustolia Ornelas viuda de Balderrama, de 90 años, vecina de San Angelo por más de sesenta años, falleció el 25 de enero de 2026 en su hogar del barrio Santa Rita, rodeada de su familia. Nació en Ojinaga, Chihuahua, y llegó a San Angelo en 1961. Fue miembro fiel de la Parroquia del Sagrado Corazón y de la Guadalupana, y por treinta años hizo los tamales de la jamaica de diciembre.

Le sobreviven sus hijas, Dolores "Lola" Balderrama de Ochotorena y su esposo Ramiro, de San Angelo, y Estela Balderrama de Fierro, de Odessa; su hijo, Rubén Balderrama, de San Angelo; once nietos y nueve bisnietos. Le precedieron en la muerte su esposo, Don Anselmo Balderrama, y su hijo Jesús.

Rosario: jueves 29 de enero, 7 p.m., Concho Valley Memorial Chapel. Misa de cuerpo presente: viernes 30 de enero, 10 a.m., Catedral del Sagrado Corazón. Sepultura: Calvary Cemetery.

In English: Eustolia Ornelas Balderrama, 90, of San Angelo, died Jan. 25. Survivors include her daughters Lola Ochotorena (Ramiro) of San Angelo and Estela Fierro of Odessa, and her son Ruben Balderrama of San Angelo.""",
gold=[("SJT010", "survivor"), ("SJT009", "survivor")]),

dict(guid="sjt_heraldo_esq_2026_031", pub="2026-03-19T08:00:00-05:00",
title="Esquela: Tomás Saucedo Ibarra (1938 - 2026)",
body="""Tomás Saucedo Ibarra, de 87 años, de San Angelo, descansó en la paz del Señor el 15 de marzo de 2026 en el Shannon Medical Center. Nació en Eden, Texas, hijo de Don Pilar Saucedo y Doña Refugio Ibarra, y trabajó cuarenta años en la planta de lana y como esquilador en los ranchos del Valle del Concho. Fue socio de la Sociedad Mutualista y del club de dominó de la calle Oakes.

Le sobreviven su esposa de 63 años, Amalia Saucedo; sus hijos, Tomás Jr., Rogelio y Norma Saucedo, todos de San Angelo; su hermana, Oralia Saucedo viuda de De Hoyos, de San Angelo; catorce nietos y doce bisnietos.

Rosario: miércoles, 7 p.m., Iglesia de la Inmaculada Concepción. Misa funeral: jueves, 10 a.m., en la misma iglesia. Sepultura en Calvary Cemetery.

In English: Tomas Saucedo, 87, of San Angelo, died March 15. Survivors include his wife Amalia, his children and his sister, Oralia De Hoyos of San Angelo.""",
gold=[("SJT007", "survivor")]),

dict(guid="sjt_heraldo_esq_2026_058", pub="2026-06-04T08:00:00-05:00",
title="Esquela: Benito Zamarripa Luévano (1950 - 2026)",
body="""Benito Zamarripa Luévano, de 75 años, de San Angelo, falleció el 31 de mayo de 2026. Nació en Piedras Negras, Coahuila, hijo de Don Fidel Zamarripa y Doña Josefina Luévano. Fue mecánico de tractores por cuarenta y cinco años y mariachi los domingos; tocó la vihuela en la misa de las once en San José hasta el año pasado.

Le sobreviven sus hijos, Fidel y Ana Zamarripa, de San Angelo; su hermana, Chelo Zamarripa, de San Angelo; su hermano, Arturo Zamarripa, de Eagle Pass; y seis nietos. Le precedió en la muerte su esposa, Herminia.

Rosario: jueves, 7 p.m. Misa de cuerpo presente: viernes, 10 a.m., Parroquia de San José, San Angelo. El diácono Ramiro Ochotorena proclamará las lecturas. Sepultura: Calvary Cemetery.

In English: Benito Zamarripa, 75, of San Angelo, died May 31. Survivors include his children Fidel and Ana, his sister Chelo Zamarripa of San Angelo and his brother Arturo of Eagle Pass.""",
gold=[("SJT003", "survivor")]),

dict(guid="sjt_heraldo_esq_2026_066", pub="2026-06-25T08:00:00-05:00",
title="Esquela: Amparo Menchaca (1937 - 2026)",
body="""Doña Amparo Menchaca, de 88 años, de Robert Lee, falleció el 21 de junio de 2026 en Robert Lee. Nació en Bronte y fue esposa del difunto Don Ezequiel Menchaca Garza, caporal del rancho Sanco por treinta años. Cocinó para los trabajadores del rancho, crió a seis hijos y nunca dejó de ir a misa en la iglesia de San Juan Diego.

Le sobreviven sus hijos, Ezequiel "Zeke" Menchaca (Rosalinda), de Bronte, y Rogelio Menchaca, de Odessa; sus hijas, Irma Menchaca Solís, de San Angelo, y Nelda Menchaca, de Abilene; diecisiete nietos y varios bisnietos.

Misa funeral: sábado, 10 a.m., St. John Diego Mission, Robert Lee. Sepultura en el cementerio de Robert Lee.

In English: Amparo Menchaca, 88, of Robert Lee, died June 21. Survivors include her sons Zeke Menchaca (Rosalinda) of Bronte and Rogelio Menchaca of Odessa.""",
gold=[("SJT017", "survivor")]),
]
