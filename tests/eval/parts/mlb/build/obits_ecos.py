"""Ecos de la Costa Espacial (Spanish-language community weekly of the Puerto Rican and Latin American families of
Palm Bay, Melbourne and Kissimmee): "Esquelas" in Spanish with an English summary paragraph, plain text, both
family names written as Puerto Rican families use them. Hand-labelled."""

FEED = "ecos"
ITEMS = [
dict(guid="mlb_ecos-esquela-2026-011", pub="2026-02-12T07:00:00-05:00", title="Esquela: Doña Carmen Colón Santiago (1937 - 2026)",
body="""Con profundo dolor, la familia Irizarry Colón participa el fallecimiento de Doña Carmen Colón Santiago, viuda de Irizarry, de 88 años, natural de Mayagüez, Puerto Rico, y residente de Palm Bay desde 2004, quien partió a morar con el Señor el 8 de febrero de 2026.

Doña Carmen fue maestra de escuela elemental en Mayagüez por 30 años y una fiel servidora de la parroquia Our Lady of Grace, donde rezaba el rosario cada tarde.

Le sobreviven sus hijos: María Teresa "Maite" Irizarry Colón y su esposo Efraín Toledo, de Palm Bay; Luis Alberto Irizarry Colón y su esposa Wanda, de Bayamón, Puerto Rico; sus nietos Valeria, Andrés y Gabriel; y demás familiares. Le precedió en la muerte su esposo, Don Luis Irizarry Vélez.

English: Carmen Colón Santiago, 88, of Palm Bay, a retired teacher from Mayagüez, died February 8. She is survived by her daughter Maite Irizarry Colón (Efraín Toledo) of Palm Bay and her son Luis Alberto Irizarry Colón of Bayamón. Misa de cuerpo presente el sábado a las 10 a.m. en Our Lady of Grace, Palm Bay.""",
gold=[("MLB003", "survivor")]),

dict(guid="mlb_ecos-esquela-2026-027", pub="2026-04-09T07:00:00-04:00", title="Esquela: Ana Luisa Toledo Ruiz (1965 - 2026)",
body="""Con gran tristeza anunciamos el fallecimiento de Ana Luisa Toledo Ruiz, de 60 años, natural de Ponce, Puerto Rico, residente de Kissimmee, quien falleció el 5 de abril de 2026 tras una larga lucha contra el cáncer.

Ana Luisa trabajó 25 años como secretaria en el Hospital de Damas en Ponce y, ya en Florida, en la oficina del distrito escolar de Osceola. Era la alegría de cada parranda navideña.

Le sobreviven su hija, Nicole Rivera Toledo, de Kissimmee; sus hermanos, Efraín Toledo Ruiz y su esposa María Teresa Irizarry, de Palm Bay, y Héctor Toledo Ruiz, de Ponce; y sus sobrinos. Le precedieron sus padres, Don Efraín Toledo y Doña Aurea Ruiz.

English: Ana Luisa Toledo Ruiz, 60, of Kissimmee, died April 5. Survivors include her brother Efraín Toledo Ruiz and his wife María Teresa Irizarry of Palm Bay. Velatorio el viernes de 5 a 9 p.m. en Funeraria Borinquen, Kissimmee.""",
gold=[("MLB003", "survivor")]),

dict(guid="mlb_ecos-esquela-2026-041", pub="2026-06-04T07:00:00-04:00", title="Esquela: Rafael Irizarry Pagán (1951 - 2026)",
body="""La familia Irizarry Pagán informa el sensible fallecimiento de Rafael Irizarry Pagán, de 75 años, de Deltona, Florida, natural de Cabo Rojo, Puerto Rico, ocurrido el 31 de mayo de 2026.

Don Rafa fue mecánico de aviación en la Base Ramey y luego en Orlando por 40 años, y tocaba el cuatro en cada fiesta familiar.

Le sobreviven su esposa, Gladys Pagán; sus hijos, Rafael Jr. y Marisol Irizarry, de Deltona; y sus hermanos en Cabo Rojo. Servicios en Deltona.

English: Rafael Irizarry Pagán, 75, of Deltona, a retired aviation mechanic, died May 31. Services in Deltona.""",
gold=[]),
]
