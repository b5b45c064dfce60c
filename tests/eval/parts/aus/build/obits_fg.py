"""Funeraria Guadalupana (San Marcos, Kyle, East Austin): Tejano family funeral home, bilingual notices,
teaser description + HTML in content:encoded. Hand-labelled."""

FEED = "fg"
ITEMS = [
dict(guid="aus_fg_ezequiel-trevino-garza", pub="2026-02-20T11:00:00-06:00", title="Don Ezequiel Treviño Garza (1936 - 2026)",
body="""Don Ezequiel Treviño Garza, 89, of San Marcos, passed away on February 17, 2026, surrounded by his family.

Don Ezequiel was born in Martindale and picked cotton in the Hays and Caldwell County fields as a boy before working thirty-five years for the City of San Marcos water department. He sang with the choir at Our Lady of Guadalupe Church and never missed a Diez y Seis parade.

Le sobreviven su esposa de 66 años, Doña Consuelo Garza de Treviño; sus hijos, Rosa Elena Treviño Cantú y su esposo Arturo Cantú, de San Marcos, y Ezequiel Treviño Jr., de Seguin; doce nietos y nueve bisnietos.

He is survived by his wife of 66 years, Consuelo; his children, Rosa Elena Treviño Cantú (Arturo) of San Marcos and Ezequiel Jr. of Seguin; twelve grandchildren and nine great-grandchildren.

Rosario: jueves a las 7 p.m. en la capilla. Misa de cuerpo presente: viernes a las 10 a.m., Our Lady of Guadalupe Catholic Church, San Marcos.""",
gold=[("AUS008", "survivor")]),

dict(guid="aus_fg_refugio-rodriguez-hinojosa", pub="2026-04-08T10:30:00-05:00", title="Doña Refugio Rodríguez Vda. de Hinojosa (1933 - 2026)",
body="""Doña Refugio Rodríguez viuda de Hinojosa, 92, of East Austin, went to be with the Lord on April 5, 2026.

Born in Cotulla, Doña Cuca came to Austin in 1950 and raised her family on East 5th Street. For forty years she made tamales for the Christmas sale at Our Lady of Guadalupe Church on East 9th Street.

Le sobreviven sus hijas, María Guadalupe "Lupe" Salinas y su esposo Ramiro, de Austin, y Alicia Hinojosa Peña, de San Antonio; su hijo, Tomás Hinojosa, de Del Valle; 14 nietos y 20 bisnietos.

She is survived by her daughters, Lupe (Ramiro) Salinas of Austin and Alicia Hinojosa Peña of San Antonio; her son, Tomás Hinojosa of Del Valle; 14 grandchildren and 20 great-grandchildren. She was preceded in death by her husband, Don Tomás Hinojosa.

Misa: sábado 10 a.m., Our Lady of Guadalupe Catholic Church, East Austin.""",
gold=[("AUS005", "survivor"), ("AUS006", "survivor")]),

dict(guid="aus_fg_juan-carlos-de-la-garza-rios", pub="2026-07-15T09:00:00-05:00", title="Juan Carlos de la Garza Ríos (1995 - 2026)",
body="""Juan Carlos de la Garza Ríos, 31, of Laredo, passed away July 11, 2026, in Laredo.

Juan Carlos studied at Texas A&M International University and worked as a customs broker on the Laredo bridges. He loved fútbol, his nieces and nephews and his mother's caldo.

Le sobreviven sus padres, Juan Carlos de la Garza Sr. y María de los Ángeles Ríos de la Garza, de Laredo; sus hermanas, Daniela y Sofía.

Services will be held in Laredo. Family in the San Marcos area may call the chapel for details of a memorial Mass.""",
gold=[]),  # young namesake far away; his father "Juan Carlos de la Garza Sr." is also of Laredo, not AUS007 (Kyle)
]
