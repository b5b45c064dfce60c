"""El Mensajero de Virginia (Spanish-language community weekly, south Richmond / Chesterfield): "Obituarios",
Spanish text with an English summary, plain text. Salvadoran families. Hand-labelled."""

FEED = "emv"
ITEMS = [
dict(guid="ric_emv_obit_2026_0212", pub="2026-02-12T08:00:00-05:00", title="Maria Teresa Portillo viuda de Hernandez (1946 - 2026)",
body="""Con profundo dolor, la familia Hernández Portillo anuncia el fallecimiento de doña María Teresa Portillo viuda de Hernández, de 79 años, de Richmond, el 9 de febrero de 2026. Nació en San Miguel, El Salvador, y llegó a Richmond en 1991.

Le sobreviven su hijo, José Roberto "Beto" Hernández Portillo, y su esposa, Marisol Alvarado, de Richmond; su hija, Ana Gloria Hernández, de San Miguel; y seis nietos. Le precedió en la muerte su esposo, don Rigoberto Hernández.

In English: Maria Teresa Portillo, widow of Rigoberto Hernandez, 79, of Richmond, died February 9. She is survived by her son, Beto Hernandez Portillo, and his wife, Marisol Alvarado, of Richmond; her daughter in El Salvador; and six grandchildren.

Misa de cuerpo presente el sábado a las 10 a.m. en la iglesia del Sagrado Corazón, Richmond.""",
gold=[("RIC016", "survivor"), ("RIC017", "survivor")]),

dict(guid="ric_emv_obit_2026_0521", pub="2026-05-21T08:00:00-04:00", title="Don Efrain Ayala Rivas",
body="""Don Efraín Ayala Rivas, de 88 años, de Petersburg, falleció el 18 de mayo de 2026 rodeado de su familia. Originario de Chalatenango, El Salvador, trabajó durante treinta años en la construcción y fue fundador de la liga de fútbol salvadoreña de Petersburg.

Le sobreviven sus hijos, Carlos Ayala (Yesenia), de Richmond, dueño de la Pupusería La Ceiba; Reina Ayala de Mejía, de Chester; y Efraín Ayala hijo, de Houston, Texas; doce nietos y cuatro bisnietos.

In English: Efrain Ayala Rivas, 88, of Petersburg, died May 18. Survived by his children Carlos (Yesenia) Ayala of Richmond, Reina Ayala de Mejia of Chester, and Efrain Ayala Jr. of Houston.

Velorio el viernes de 5 a 9 p.m. en la funeraria; misa el sábado a las 11 a.m. en la iglesia de San José, Petersburg.""",
gold=[("RIC018", "survivor")]),

dict(guid="ric_emv_obit_2026_0709", pub="2026-07-09T08:00:00-04:00", title="Santos Membreno Cruz (1981 - 2026)",
body="""Santos Membreño Cruz, de 45 años, de Richmond, falleció el 5 de julio de 2026 en un accidente de trabajo en Henrico. Era originario de La Unión, El Salvador. Le sobreviven su esposa, Delmy; sus hijos, Kevin y Jazmín; y su madre, doña Paula Cruz, en El Salvador. La comunidad ha organizado una colecta para repatriar sus restos. Vigilia el miércoles a las 7 p.m. en la iglesia del Sagrado Corazón.""",
gold=[]),
]
