"""La Voz del Desierto (invented bilingual community paper for the Hispanic community of Washington County,
Utah): "Esquelas / Obituaries", Spanish first with an English paragraph, Hispanic naming customs (two surnames,
"viuda de", "Doña/Don", one surname alone in running text, "Q.E.P.D."). Plain text. Hand-labelled."""

FEED = "lvd"
ITEMS = [
dict(guid="sgu_lvd_2026_esq_014", pub="2026-02-16T08:00:00-07:00", title="Doña Refugio Pérez Lozano viuda de Zamudio (1939 - 2026)",
body="""Con profundo dolor, la familia Zamudio Pérez comunica el fallecimiento de Doña Refugio Pérez Lozano viuda de Zamudio, de 86 años, ocurrido el 12 de febrero de 2026 en St. George, Utah, en casa de su hijo. Nació en San Juan de los Lagos, Jalisco, y llegó a Utah en 1998. Fue catequista por veinte años y sus tamales de Navidad eran famosos en toda la parroquia.

Le sobreviven sus hijos Rogelio Zamudio Pérez y su esposa Ana Cristina Arreola, de St. George; María Elena Zamudio de Solís, de Las Vegas, Nevada; y Jesús Zamudio Pérez, de Guadalajara; once nietos y cuatro bisnietos. La precedió en la muerte su esposo, Don Rogelio Zamudio Ruiz.

Rosario: jueves 19 de febrero, 7 p.m., Vermilion Cliffs Family Mortuary, St. George. Misa de cuerpo presente: viernes 20 de febrero, 10 a.m., en la parroquia. Descanse en paz.

English: Refugio Pérez Lozano de Zamudio, 86, of St. George died Feb. 12. She is survived by her son Rogelio Zamudio and his wife Ana Cristina of St. George, among others. Rosary Thursday 7 p.m.; funeral Mass Friday 10 a.m.""",
gold=[("SGU007", "survivor"), ("SGU008", "survivor")]),

dict(guid="sgu_lvd_2026_esq_029", pub="2026-04-20T08:00:00-06:00", title="Rogelio Zamudio Ortiz (1991 - 2026)",
body="""Rogelio Zamudio Ortiz, de 34 años, vecino de North Las Vegas, Nevada, falleció el 15 de abril de 2026 en un accidente de trabajo en una obra en Henderson. Nació en Fresnillo, Zacatecas. Trabajaba como soldador y era entrenador de fútbol infantil los sábados.

Le sobreviven su esposa, Yesenia Campos; sus hijos Rogelio Jr., Daniela y Mateo; y sus padres, Ernesto Zamudio y Lucía Ortiz, de Fresnillo. La familia agradece a la comunidad de St. George y Mesquite que ha ayudado con los gastos del traslado a México.

English: Rogelio Zamudio Ortiz, 34, of North Las Vegas, Nev., died April 15 in a construction accident in Henderson. Survived by his wife, three children and his parents in Zacatecas. Q.E.P.D.""",
gold=[]),

dict(guid="sgu_lvd_2026_esq_041", pub="2026-06-08T08:00:00-06:00", title="Don Esteban Arreola Cárdenas (1945 - 2026)",
body="""Falleció en Tepatitlán de Morelos, Jalisco, el 2 de junio de 2026, Don Esteban Arreola Cárdenas, a los 80 años de edad. Fue maestro de primaria durante cuarenta años y fundador de la banda municipal.

Le sobreviven su esposa, Doña Guadalupe Villegas de Arreola; sus hijos Ana Cristina Arreola Villegas, de St. George, Utah, casada con Rogelio Zamudio; Esteban y Martín Arreola Villegas, de Tepatitlán; y nueve nietos. Su hija Ana Cristina y su yerno viajaron a Jalisco para el sepelio.

La comunidad de La Voz acompaña a la familia Arreola en su dolor. Se ofrecerá una misa de difuntos en St. George el domingo 14 de junio a la 1 p.m.

English: Esteban Arreola Cárdenas, 80, father of Ana Cristina Arreola Villegas of St. George (wife of Rogelio Zamudio), died June 2 in Tepatitlán, Jalisco. A memorial Mass will be said in St. George on June 14.""",
gold=[("SGU008", "survivor"), ("SGU007", "survivor")]),

dict(guid="sgu_lvd_2026_esq_052", pub="2026-07-27T08:00:00-06:00", title="Consuelo Ibarra Mendoza (1952 - 2026)",
body="""Consuelo Ibarra Mendoza, de 73 años, vecina de Washington, Utah, falleció el 22 de julio de 2026. Originaria de Uruapan, Michoacán, trabajó veinticinco años en la lavandería del hospital regional.

Le sobreviven sus hijas Rosa y Leticia Mendoza Ibarra, de Washington, y siete nietos. Le precedió su esposo, Aurelio Mendoza.

Cargarán el féretro sus nietos y los amigos de la familia Rogelio Zamudio, Tomás Quintero y Efraín Solís. Misa: sábado 1 de agosto, 10 a.m.; sepultura en el cementerio de Washington City.

English: Consuelo Ibarra Mendoza, 73, of Washington died July 22. Survived by two daughters and seven grandchildren. Pallbearers: her grandsons and family friends Rogelio Zamudio, Tomás Quintero and Efraín Solís.""",
gold=[]),
]
