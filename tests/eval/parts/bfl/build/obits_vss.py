"""El Valle Sureño (Spanish-language community weekly, Bakersfield / Lamont / Arvin / Delano): "Esquelas" in
Spanish, surname-first titles, plain text. Hand-labelled."""

FEED = "vss"
ITEMS = [
dict(guid="bfl_vss_esquela_2026_0214", pub="2026-02-14T08:00:00-08:00",
title="LANDEROS RUIZ, Evaristo",
body="""Con profundo dolor, la familia Landeros participa el sensible fallecimiento de Don Evaristo Landeros Ruiz, de 81 años, ocurrido el 9 de febrero de 2026 en Bakersfield.

Originario de Tepatitlán, Jalisco, Don Evaristo llegó al valle en 1968 y trabajó como panadero por más de cuarenta años. Fue él quien enseñó el oficio a su hija.

Le sobreviven su esposa, Hortensia Ruiz de Landeros; sus hijos, Marisol Landeros, dueña de la Panadería La Espiga en Bakersfield, y Joel Landeros, de Delano; y cinco nietos. Le precedió en la muerte su hijo Evaristo Jr.

Rosario el miércoles a las 7 p.m. en la capilla de Mesa Verde. Misa de cuerpo presente el jueves a las 10 a.m. en la iglesia de Nuestra Señora de Guadalupe, Bakersfield. Descanse en paz.""",
gold=[("BFL017", "survivor")]),

dict(guid="bfl_vss_esquela_2026_0912", pub="2026-09-12T08:00:00-07:00",
title="CANDELAS, Rosa Elvira",
body="""Rosa Elvira Candelas, de 73 años, vecina de Wasco, falleció el 6 de septiembre de 2026 en el Hospital Memorial de Delano.

Nacida en Ures, Sonora, doña Rosa trabajó en los campos de rosas de Wasco durante treinta y cinco años y fue fundadora del grupo de oración de la parroquia de San Juan en Wasco.

Le sobreviven su esposo, Nicolás Candelas; sus hijas, Yadira y Mónica; y ocho nietos, todos de Wasco. Misa de cuerpo presente el sábado a las 9 a.m. en la parroquia de San Juan, Wasco.""",
gold=[]),
]
