"""Funeraria Guadalupe (Gilroy and East San Jose): Spanish-language funeral home notices, teaser description and
HTML in content:encoded. Hand-labelled."""

FEED = "fgl"
ITEMS = [
dict(guid="sjc_fgl_esquela_2026_0119", pub="2026-01-19T12:00:00-08:00", title="Don Aurelio Orozco Salas (1936 - 2026)",
body="""Con profundo dolor anunciamos el fallecimiento de Don Aurelio Orozco Salas, de 89 años, vecino de San José, quien descansó en la paz del Señor el 15 de enero de 2026.

Nació en Tepatitlán, Jalisco, y llegó al valle en 1962. Trabajó treinta años en la empacadora Del Monte de la calle Auzerais y fue fundador de la Sociedad Guadalupana de la parroquia de Nuestra Señora de Guadalupe.

Le sobreviven su esposa, Carmen Medina de Orozco; sus hijos, Lupe Orozco (Rafael Hernández), Javier Orozco y Teresa Orozco de Luna, todos de San José; once nietos y cuatro bisnietos.

Rosario el martes a las 7 p.m. en nuestra capilla de la calle Alum Rock. Misa de cuerpo presente el miércoles a las 10 a.m. en la Iglesia de Nuestra Señora de Guadalupe.""",
gold=[("SJC004", "survivor")]),  # roster Maria Guadalupe "Lupe" Orozco Medina, spouse Rafael Hernandez

dict(guid="sjc_fgl_esquela_2026_0506", pub="2026-05-06T12:00:00-07:00", title="José Luis Ramírez Ochoa (1994 - 2026)",
body="""José Luis Ramírez Ochoa, de 31 años, de Gilroy, falleció el 1 de mayo de 2026 en un accidente en la carretera 152.

Egresado de Gilroy High School, trabajaba como mecánico y era el delantero del equipo Atlético Gilroy de la liga dominical.

Le sobreviven sus padres, Luis Ramírez y Elena Ochoa; su hija, Valeria; y sus hermanos, Marco y Daniela. Misa el sábado a las 11 a.m. en la Iglesia de San Mateo, Gilroy.""",
gold=[]),  # young namesake in the same town: roster SJC005 Jose Luis Ramirez Soto, b. 1952, wife Alicia -> nothing

dict(guid="sjc_fgl_esquela_2026_0620", pub="2026-06-20T12:00:00-07:00", title="Doña Esperanza Medina Vda. de Orozco (1940 - 2026)",
body="""Doña Carmen Esperanza Medina viuda de Orozco, de 86 años, de San José, falleció el 16 de junio de 2026, cinco meses después de su esposo, Don Aurelio Orozco Salas.

Fue costurera, catequista y la mejor cocinera de tamales del barrio de Mayfair.

Le sobreviven sus hijos, María Guadalupe "Lupe" Hernández, Javier Orozco y Teresa Orozco de Luna, todos de San José; once nietos y cuatro bisnietos. Rosario el lunes a las 7 p.m.; misa el martes en la Iglesia de Nuestra Señora de Guadalupe.""",
gold=[("SJC004", "survivor")]),  # Lupe under her husband's surname (Hernández), nickname in quotes
]
