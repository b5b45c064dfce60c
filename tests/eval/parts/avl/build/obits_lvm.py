"""La Voz de la Montaña (bilingual Latino weekly, Asheville; invented): Spanish first, English after, Mexican
naming customs (two surnames, "viuda de", "Tapia de Zamudio"), repatriation notices. Teaser in description,
HTML in content:encoded. Hand-labelled."""

FEED = "lvm"
ITEMS = [
dict(guid="avl_lvm_2026_0318", pub="2026-03-05T12:00:00-05:00", title="Doña Esperanza Ortega viuda de Zamudio (1944 - 2026)",
body="""Doña Esperanza Ortega viuda de Zamudio, de 81 años, de West Asheville, falleció en paz el 2 de marzo de 2026, rodeada de su familia. Nació en Cherán, Michoacán, y llegó a Asheville en 1998.

Le sobreviven su hijo, Rigoberto Zamudio Ortega, y su esposa, Maricela, de Asheville; sus hijas, Lucía Zamudio Ortega de Morelia y Guadalupe Zamudio Ortega de Hendersonville; y nueve nietos. Le precedió en la muerte su esposo, Don Aurelio Zamudio.

Esperanza Ortega de Zamudio, 81, of West Asheville, died peacefully March 2, 2026, surrounded by her family. She is survived by her son, Rigoberto "Rigo" Zamudio Ortega, and his wife, Maricela, of Asheville; her daughters, Lucía of Morelia and Guadalupe of Hendersonville; and nine grandchildren.

El rosario se rezará el jueves a las 7 p.m. y la misa de cuerpo presente será el viernes a las 10 a.m. en la Iglesia Católica de San Eugenio. / Rosary Thursday at 7 p.m.; funeral Mass Friday at 10 a.m., St. Eugene Catholic Church.""",
gold=[("AVL008", "survivor"), ("AVL009", "survivor")]),

dict(guid="avl_lvm_2026_0402", pub="2026-04-16T12:00:00-04:00", title="Joven Brayan Tapia Solís (2006 - 2026)",
body="""Con profundo dolor, la familia Tapia Solís anuncia el fallecimiento de Brayan Tapia Solís, de 19 años, de Hendersonville, quien perdió la vida el 12 de abril de 2026 en un accidente de trabajo.

Brayan trabajaba en los huertos de manzana de Edneyville y soñaba con abrir su propio taller mecánico. Le sobreviven sus padres, Fidel Tapia y Rosa Solís de Tapia; sus hermanos, Kevin y Yesenia; su abuela, Doña Refugio Tapia; y su tía, Maricela Tapia de Zamudio, de West Asheville, quien lo crió sus primeros años en Asheville.

Brayan Tapia Solís, 19, of Hendersonville, died April 12, 2026, in a workplace accident. He is survived by his parents, Fidel and Rosa; his brother and sister; his grandmother; and his aunt, Maricela Tapia de Zamudio of West Asheville.

Velorio el miércoles de 5 a 9 p.m. en la Iglesia Católica de la Inmaculada Concepción, Hendersonville. Sus restos serán trasladados a Guanajuato.""",
gold=[("AVL009", "survivor")]),

dict(guid="avl_lvm_2026_0517", pub="2026-06-04T12:00:00-04:00", title="Rigoberto Zamudio Pérez: la comunidad apoya su regreso a Michoacán",
body="""Rigoberto Zamudio Pérez, de 58 años, originario de Cherán, Michoacán, falleció el 28 de mayo de 2026 en Dalton, Georgia, donde trabajó veinte años en una fábrica de alfombras. Le sobreviven su esposa, Juana Pérez, y sus tres hijos en Dalton.

Paisanos de Cherán en Dalton y en Carolina del Norte reunieron fondos para trasladar sus restos a Michoacán. Las donaciones se reciben en la Tienda La Purépecha, en Dalton.

Rigoberto Zamudio Pérez, 58, a native of Cherán, Michoacán, died May 28 in Dalton, Ga. Friends from Cherán are raising funds to return his remains to Mexico.""",
gold=[]),
]
