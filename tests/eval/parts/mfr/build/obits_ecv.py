"""El Centinela del Valle (bilingual community weekly of the Rogue Valley's Mexican and Mexican-American families):
'Obituarios / Esquelas', Spanish first with a shorter English paragraph, teaser in description, HTML in
content:encoded. Hand-labelled."""

FEED = "ecv"
ITEMS = [
dict(guid="mfr_ecv_obit_2026_011", pub="2026-03-19T08:00:00-07:00",
title="María Refugio Arreola viuda de Zamudio (1941 - 2026)",
body="""Con profundo dolor, la familia Zamudio Arreola comunica el fallecimiento de la señora María Refugio Arreola viuda de Zamudio, de 84 años, vecina de Phoenix, Oregón, quien descansó en paz el 14 de marzo de 2026, rodeada de sus hijos y nietos.

Doña Cuquita nació en Cotija, Michoacán, y llegó al Valle del Rogue en 1979 para trabajar en la cosecha de pera. Durante veinte años fue empacadora en las bodegas de Phoenix y Talent, y durante cuarenta hizo los tamales de Navidad para media parroquia.

Le sobreviven sus hijos: Rogelio Zamudio Arreola (Graciela), de Phoenix; Martha Zamudio de Villalobos (Arturo), de Medford; y Efraín Zamudio Arreola, de Cotija, Michoacán; además de 14 nietos y 9 bisnietos. Le precedió en la muerte su esposo, don Efraín Zamudio Cárdenas, en 2004.

She is survived by her sons Rogelio of Phoenix and Efraín of Cotija, Mexico, her daughter Martha Villalobos of Medford, 14 grandchildren and 9 great-grandchildren. El rosario se rezará el jueves 19 de marzo a las 7 p.m. y la misa de cuerpo presente será el viernes 20 a las 10 a.m. en la parroquia del Sagrado Corazón, Medford. Descanse en paz.""",
gold=[("MFR003", "survivor")]),

dict(guid="mfr_ecv_obit_2026_017", pub="2026-05-07T08:00:00-07:00",
title="Esperanza Ybarra Solís (1944 - 2026)",
body="""La señora Esperanza Ybarra Solís, de 81 años, de White City, falleció el sábado 2 de mayo de 2026 en el Centro Médico Providence de Medford.

Nació en Tangancícuaro, Michoacán. Viuda desde 1998, sacó adelante a sus cuatro hijas trabajando en los viveros de Central Point y vendiendo champurrado y pan dulce los domingos afuera de la iglesia de San Juan Bosco. Fue fundadora del grupo guadalupano de su parroquia.

Le sobreviven sus hijas Marisol Ybarra de Del Castillo y su esposo Ignacio "Nacho" Del Castillo, de White City; Rocío Ybarra, de Medford; Yolanda Ybarra de Peña, de Salinas, California; y Lourdes Ybarra, de Tangancícuaro; así como 11 nietos.

Survived by her daughters Marisol Del Castillo (Ignacio) of White City, Rocío Ybarra of Medford, Yolanda Peña of Salinas, Calif., and Lourdes Ybarra of Mexico. Misa funeral el martes 12 de mayo a las 11 a.m., San Juan Bosco, White City.""",
gold=[("MFR009", "survivor"), ("MFR008", "survivor")]),

dict(guid="mfr_ecv_obit_2026_022", pub="2026-07-16T08:00:00-07:00",
title="Don Aurelio Carranza Méndez (1946 - 2026)",
body="""Don Aurelio Carranza Méndez, de 79 años, de Medford, partió con el Señor el 11 de julio de 2026, en su casa de la calle Beatty.

Originario de Zamora, Michoacán, don Aurelio trabajó treinta y cinco años en los huertos de pera del valle, primero como pizcador y después como mayordomo. Era conocido en el barrio por su guitarra, por sus gallos y por no perderse nunca una misa de las siete.

Le sobreviven su esposa, doña Amparo Sánchez de Carranza; su hija Leticia Carranza de Tafolla y su esposo Jesús "Chuy" Tafolla, de Medford; sus hijos Aurelio Carranza Sánchez, de Yakima, Washington, y Javier Carranza, de Zamora; y 8 nietos.

He is survived by his wife, Amparo; his daughter and son-in-law, Leticia and Chuy Tafolla of Medford; his sons Aurelio of Yakima and Javier of Zamora, Mexico; and eight grandchildren. Velorio el miércoles 15 de julio, misa el jueves 16 a las 10 a.m. en el Sagrado Corazón.""",
gold=[("MFR019", "survivor"), ("MFR018", "survivor")]),

dict(guid="mfr_ecv_obit_2026_025", pub="2026-08-13T08:00:00-07:00",
title="Jesús Tafolla Rangel (1980 - 2026)",
body="""Jesús Tafolla Rangel, de 45 años, vecino de Woodburn, Oregón, falleció el 7 de agosto de 2026 en un accidente de trabajo en un vivero de Canby. Su familia pide oraciones a la comunidad del Valle del Rogue, donde vivió de joven.

Le sobreviven su esposa, Adriana Luna de Tafolla; sus hijos Brayan, Jocelyn y Jesús Jr.; y sus padres, don Ramiro Tafolla y doña Ofelia Rangel, de Woodburn.

Jesús Tafolla Rangel, 45, of Woodburn, died Aug. 7 in a workplace accident. Survived by his wife, Adriana, three children and his parents. Funeral Mass Aug. 15 at St. Luke Catholic Church, Woodburn.""",
gold=[]),   # a namesake in Woodburn (about 300 km north), 45 with a different wife: nothing for MFR018
]
