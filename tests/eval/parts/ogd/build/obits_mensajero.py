"""El Mensajero del Norte de Utah: Spanish-language weekly for Ogden's Mexican and Central American community;
"Esquelas" (death notices), bilingual, Catholic (rosario, misa de cuerpo presente). Plain text. Hand-labelled."""

FEED = "mensajero"
ITEMS = [
dict(guid="ogd_mens_esquela_2026_014", pub="2026-04-23T08:00:00-06:00", title="Don Aurelio Loera Ríos (1937 - 2026)",
body="""Con profundo dolor, la familia Loera comunica el fallecimiento de Don Aurelio Loera Ríos, de 88 años, quien descansó en la paz del Señor el 18 de abril de 2026 en su hogar de Ogden, rodeado de su familia.

Don Aurelio nació el 2 de febrero de 1937 en Villa Hidalgo, Jalisco. Llegó a Ogden en 1968 para trabajar en el ferrocarril y después fue mayordomo en la empacadora de carne de la calle 24 por veintiséis años. Fue miembro fundador del grupo Guadalupano de la parroquia de San José.

Le sobreviven su esposa, Doña Esperanza Ochoa de Loera; sus hijos Aurelio Jr. (Leticia) de Roy, Ana Cristina Loera de Zubiate y su esposo Rogelio de Ogden, y Javier (Marisela) de Phoenix, Arizona; 11 nietos y 4 bisnietos.

El santo rosario se rezará el jueves 23 de abril a las 7 p.m. y la misa de cuerpo presente será el viernes 24 de abril a las 10 a.m. en la Iglesia de San José, 2300 Adams Ave., Ogden. Sepultura en el Cementerio Municipal de Ogden.

English: Aurelio Loera Ríos, 88, of Ogden, died April 18, 2026. He is survived by his wife, Esperanza; his children, Aurelio Jr. (Leticia) of Roy, Cristy (Rogelio) Zubiate of Ogden, and Javier (Marisela) of Phoenix; 11 grandchildren and 4 great-grandchildren. Rosary Thursday 7 p.m.; funeral Mass Friday 10 a.m., St. Joseph Catholic Church, Ogden.""",
gold=[("OGD006", "survivor"), ("OGD007", "survivor")]),

dict(guid="ogd_mens_esquela_2026_022", pub="2026-06-04T08:00:00-06:00", title="Guadalupe \"Lupe\" Arellano Meza (1958 - 2026)",
body="""La comunidad de la parroquia de San José despide a Guadalupe "Lupe" Arellano Meza, de 67 años, de Ogden, quien falleció el 30 de mayo de 2026 en el Hospital McKay-Dee después de una larga enfermedad.

Lupe nació en Moroleón, Guanajuato, y llegó a Utah en 1985. Trabajó como costurera y durante veinte años cocinó las gorditas de la kermés parroquial.

Le sobreviven su esposo, Ernesto Arellano; sus hijas Yesenia (Luis) Paredes y Dulce Arellano, ambas de Ogden; y 6 nietos. La precedieron en la muerte sus padres, Rafael y Consuelo Meza.

Rosario el jueves a las 7 p.m. y misa de cuerpo presente el viernes a las 11 a.m. en la Iglesia de San José. Cargadores: Luis Paredes, Rogelio Zubiate, Esteban Duarte, Marco Ibarra, Héctor Ávila y Ramón Meza. Sepultura en el Cementerio de Ogden.""",
gold=[]),
]
