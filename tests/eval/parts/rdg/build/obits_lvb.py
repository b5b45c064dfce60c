"""La Voz de Berks: weekly Spanish-language community paper of Reading's Puerto Rican and Dominican families.
Esquelas in Spanish with a short English paragraph, double surnames, "Vda. de", "Doña". Plain text.
Hand-labelled (`gold`)."""

BASE = "rdg_lvb_esquela_"
ITEMS = [
dict(guid=BASE + "ana-ocasio-vda-de-quinones", pub="2026-02-25T08:00:00-05:00", title="Doña Ana Ocasio Vda. de Quiñones, 88",
body="""Doña Ana Ocasio Vda. de Quiñones, de 88 años, residente de Reading y natural de Aibonito, Puerto Rico, partió con el Señor el sábado 21 de febrero de 2026 en su hogar, rodeada de su familia.

Llegó a Reading en 1968 con su esposo, el fenecido Don Luis Quiñones Rivera, y trabajó por veinte años en la fábrica de medias de la calle Oley. Fue miembro fundadora del Coro Santa Cecilia de la Iglesia St. Peter the Apostle.

Le sobreviven sus hijos Héctor Luis "Tito" Quiñones y su esposa Marisol Echevarría, de Reading; Carmen Quiñones Ocasio, de Bayamón, Puerto Rico; y Luis Quiñones Ocasio, de Orlando, Florida; además de once nietos y siete bisnietos.

English: Ana Ocasio Quiñones, 88, of Reading, is survived by her children, Hector "Tito" Quiñones and his wife Marisol of Reading, Carmen of Bayamón and Luis of Orlando. Mass of Christian Burial Friday at 10 a.m., St. Peter the Apostle Church, Reading.""",
gold=[("RDG005", "survivor"), ("RDG006", "survivor")]),

dict(guid=BASE + "ramon-negron-ortiz", pub="2026-04-22T08:00:00-04:00", title="Ramón Negrón Ortiz, 80",
body="""Ramón Negrón Ortiz, de 80 años, de Reading, falleció el 18 de abril de 2026 en el Reading Hospital. Nació en Coamo, Puerto Rico, hijo de los fenecidos Pedro Negrón y Juana Ortiz.

Don Ramón trabajó 30 años en la planta de Dana en Reading y fue músico de cuatro puertorriqueño en las parrandas navideñas de la calle Franklin por más de cuatro décadas.

Le sobreviven su esposa, Gladys Rosado; su hermana, Luz Divina Negrón de Cintrón, de Reading; sus hijos Ramón Jr. y Wilfredo; y ocho nietos. Le precedió en la muerte su hermano, Ángel Negrón.

English: Ramón Negrón Ortiz, 80, of Reading. Survived by his wife, Gladys; his sister, Luz Divina Cintrón of Reading; his sons and eight grandchildren. Viewing Monday 9 to 11 a.m., Funeraria Borinquen, 5th and Greenwich streets; Mass follows at Holy Rosary Church.""",
gold=[("RDG016", "survivor")]),

dict(guid=BASE + "rafael-almanzar-pena", pub="2026-06-17T08:00:00-04:00", title="Rafael Antonio Almánzar Peña, 71",
body="""Rafael Antonio Almánzar Peña, de 71 años, de Reading, falleció el 13 de junio de 2026. Nació en San Francisco de Macorís, República Dominicana, y llegó a Reading en 1992, donde tuvo por muchos años el colmado "La Bendición" en la calle Schuylkill.

Le sobreviven su esposa, Altagracia Peña; sus hijas, Yesenia Almánzar, de Reading, y Wendy Almánzar de Rosario, de Allentown; su hermano Julio, de Santo Domingo; y cinco nietos.

English: Rafael Almanzar, 71, of Reading, a longtime grocer on Schuylkill Avenue. Survived by his wife, Altagracia; daughters Yesenia Almanzar of Reading and Wendy Rosario of Allentown; and five grandchildren. Funeral Mass Saturday at 11 a.m., St. Joseph's Church, Reading.""",
gold=[("RDG022", "survivor")]),

dict(guid=BASE + "milagros-almanzar", pub="2026-10-02T08:00:00-04:00", title="Milagros Almánzar, 90",
body="""Milagros Almánzar, de 90 años, de Lawrence, Massachusetts, y antes de Reading, falleció el 27 de septiembre de 2026 en Lawrence. Nació en Salcedo, República Dominicana.

Le sobreviven sus hijos Manuel y Fermín Almánzar, de Lawrence; sus nietas Yesenia Almánzar y Dahiana Almánzar, de Lawrence; y muchos bisnietos.

English: Milagros Almanzar, 90, of Lawrence, Mass., formerly of Reading. Survived by sons Manuel and Fermin and granddaughters Yesenia and Dahiana Almanzar, all of Lawrence. Services in Lawrence.""",
gold=[]),
]
