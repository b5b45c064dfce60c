"""El Puente NKY (invented bilingual community weekly for the Hispanic families of Florence, Erlanger and
Covington, many from Guatemala and Mexico): "Esquelas / Obituaries", Spanish with an English summary, plain
text. Hand-labelled."""

FEED = "puente"
ITEMS = [
dict(guid="cvg_puente_esquela_2026_031", pub="2026-03-27T09:00:00-04:00", title="Don Rigoberto Ochaeta Pérez (1951 - 2026)",
body="""Con profundo dolor, la familia Ochaeta Barrientos comunica el fallecimiento de Don Rigoberto Ochaeta Pérez, de 74 años, originario de San Juan Ostuncalco, Quetzaltenango, Guatemala, y residente de Florence desde 2004. Falleció en paz el 22 de marzo de 2026.

Don Rigo trabajó muchos años en la cocina de un hotel del aeropuerto y fue fundador del grupo de oración en español de la parroquia Santa María. Le sobreviven su esposa, Doña Amalia Barrientos de Ochaeta; sus hijos, Ana Lucía Ochaeta y su esposo Edgar Saquic, de Florence, y Byron Ochaeta Barrientos, de Quetzaltenango; y siete nietos.

English: Rigoberto Ochaeta Pérez, 74, of Florence, a native of Quetzaltenango, Guatemala, died March 22. He is survived by his wife, Amalia Barrientos de Ochaeta; his daughter, Ana Lucía Ochaeta (Edgar Saquic) of Florence; his son Byron of Guatemala; and seven grandchildren. A rosary and Mass in Spanish will be held Saturday at 6 p.m. at St. Paul Church, Florence. The family will repatriate his remains to Guatemala.""",
gold=[("CVG007", "survivor")]),

dict(guid="cvg_puente_esquela_2026_044", pub="2026-05-08T09:00:00-04:00", title="Ana Lucía Ochaeta de León (1944 - 2026)",
body="""La comunidad guatemalteca de Houston, Texas, despide a Doña Ana Lucía Ochaeta de León, de 81 años, quien falleció el 1 de mayo de 2026 en Houston. Nacida en Quetzaltenango, fue maestra de primaria durante treinta años antes de emigrar. Le sobreviven sus hijas Marta y Silvia León Ochaeta, de Houston. Varias familias de Florence, paisanos de Quetzaltenango, viajarán al sepelio.

English: Ana Lucía Ochaeta de León, 81, of Houston, Texas, a native of Quetzaltenango, died May 1. Survived by her daughters Marta and Silvia León Ochaeta of Houston.""",
gold=[]),

dict(guid="cvg_puente_esquela_2026_058", pub="2026-06-26T09:00:00-04:00", title="Juan Carlos Pac Xitumul (1993 - 2026)",
body="""Juan Carlos Pac Xitumul, de 33 años, de Erlanger, originario de Rabinal, Baja Verapaz, falleció el 20 de junio de 2026 en un accidente de trabajo en una obra en Hebron. Le sobreviven su esposa, Rosa Imelda Chen, y sus hijos Kevin y Dulce. La familia agradece a la enfermera Tamika Fullilove y al personal de la sala de emergencias por su cariño.

English: Juan Carlos Pac Xitumul, 33, of Erlanger, died June 20 after a construction accident in Hebron. He is survived by his wife, Rosa Imelda Chen, and their children, Kevin and Dulce. A collection for the family will be taken at the Spanish Mass at St. Henry, Elsmere, on Sunday.""",
gold=[]),
]
