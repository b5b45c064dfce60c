"""Holy Redeemer Catholic Parish, New Bern, with its Havelock mission: bulletin notices in English, Spanish
(Ministerio Hispano) and from the Filipino community (Misa de novena), plain text, guids prefixed ewn_.
Hand-labelled."""

FEED = "hrp"
ITEMS = [
dict(guid="ewn_hrp_bulletin_2026_03_01", pub="2026-03-01T07:00:00-05:00",
     title="Descanse en paz: Herminia Zamudio Lara",
body="""Ministerio Hispano. Con profundo dolor anunciamos el fallecimiento de la Sra. Herminia Zamudio Lara, de 88 años, de Havelock, originaria de Moroleón, Guanajuato, quien partió a la casa del Padre el 25 de febrero de 2026.

Le sobreviven sus hijos Rosalinda Bocanegra y su esposo Efraín Medina, de Havelock; Jesús Bocanegra Zamudio, de Moroleón; y Araceli Bocanegra de Fuentes, de Houston, Texas; once nietos y cuatro bisnietos. Le precedió en la muerte su esposo, Don Aurelio Bocanegra.

El rosario se rezará el viernes a las 7 p.m. en la Misión San José, Havelock. La Misa de cuerpo presente será el sábado a las 10 a.m. en Holy Redeemer. Please keep the Bocanegra and Medina families in your prayers.""",
gold=[("EWN005", "survivor")]),

dict(guid="ewn_hrp_bulletin_2026_04_12", pub="2026-04-12T07:00:00-04:00",
     title="Please pray for the repose of the soul of Teodoro \"Teddy\" Sagun",
body="""Please pray for the repose of the soul of Teodoro "Teddy" Sagun, 79, of Havelock, who died April 6, 2026. Born in Olongapo, Zambales, Philippines, Teddy enlisted in the U.S. Navy as a steward in 1966 and retired as a Chief Mess Management Specialist after 24 years; he then cooked for the Havelock Filipino-American Association for another thirty.

He is survived by his wife of 55 years, Lourdes; his daughter, Rowena Dimaculangan (Arnel) of Havelock; his son, Dennis Sagun of San Diego; and five grandchildren.

A Misa de novena will be offered nightly at the San José mission in Havelock through April 14. The Mass of Christian Burial will be celebrated Wednesday at 11 a.m., with interment at Coastal Carolina State Veterans Cemetery, Jacksonville.""",
gold=[("EWN012", "survivor")]),

dict(guid="ewn_hrp_bulletin_2026_08_16", pub="2026-08-16T07:00:00-04:00",
     title="Descanse en paz: Concepción Ruiz de Medina",
body="""Ministerio Hispano. La comunidad de la Misión San José acompaña en su dolor a la familia Medina por el fallecimiento de la Sra. Concepción Ruiz de Medina, de 90 años, de Jacksonville, N.C., el 11 de agosto de 2026.

Doña Concha le sobreviven sus hijos Efraín (Rosalinda) Medina, de Havelock, y Marisol Medina, de Jacksonville; y nueve nietos.

Misa de difuntos: martes a las 6 p.m., Misión San José, Havelock. Descanse en paz.""",
gold=[("EWN005", "survivor")]),
]
