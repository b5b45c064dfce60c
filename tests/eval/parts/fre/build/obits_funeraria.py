"""Funeraria del Sol (Visalia, Tulare and Sanger chapels): bilingual Mexican-American notices, Spanish first and an
English paragraph after; teaser description + HTML body. Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "funeraria"
ITEMS = [
dict(guid="fre_funeraria_2026_0710", pub="2026-07-10T12:00:00-07:00",
     title="Esperanza Villalpando (1937 - 2026)",
     body="""Con profundo dolor anunciamos el fallecimiento de la Sra. Esperanza Villalpando, de 88 años, de Tulare, quien descansó en la paz del Señor el 5 de julio de 2026, rodeada de sus hijos.

Esperanza nació el 12 de diciembre de 1937, día de la Virgen de Guadalupe, en Jalostotitlán, Jalisco. Llegó a Tulare en 1962 y durante treinta años trabajó en la empacadora de naranjas de Lindsay y en los campos de algodón del condado. Fue fundadora del grupo guadalupano de la parroquia de San Aloysius y cocinó los tamales de la kermés por más de cuarenta diciembres.

Le precedieron en la muerte su esposo, Refugio Villalpando, y su hijo Martín. Le sobreviven sus hijos Armando Villalpando (Gloria) de Tulare, Socorro Medina (Javier) de Porterville y Ramón Villalpando de Bakersfield; 14 nietos y 9 bisnietos.

English: Esperanza Villalpando, 88, of Tulare, born December 12, 1937, in Jalostotitlán, Jalisco, passed away July 5, 2026. Rosary Thursday, July 16, 7 p.m., at Funeraria del Sol, Tulare chapel; funeral Mass Friday, July 17, 10 a.m., at St. Aloysius Catholic Church, Tulare. Burial at Tulare Cemetery. Pallbearers / Cargadores: Armando Villalpando Jr., Javier Medina, Ramón Villalpando, Eduardo Medina, Ignacio "Nacho" Barragán and Luis Ochoa.""",
     # FRE017: same name, town, age 88 and birth date December 12, 1937 = roster -> deceased_client (no roster spouse).
     # Ignacio "Nacho" Barragan (FRE016) is a pallbearer: nothing.
     gold=[("FRE017", "deceased_client")]),

dict(guid="fre_funeraria_2026_0914", pub="2026-09-14T12:00:00-07:00",
     title="María de Jesús Zamudio (1936 - 2026)",
     body="""La familia Zamudio comunica con tristeza el fallecimiento de la Sra. María de Jesús Zamudio, de 90 años, vecina de Visalia por más de cincuenta años, el 9 de septiembre de 2026.

Doña Chuyita nació en Tangancícuaro, Michoacán, el 2 de febrero de 1936. Con su esposo crió siete hijos en una casita de la calle Tipton, vendió tamales y champurrado afuera de la iglesia de San Carlos Borromeo cada domingo, y nunca dejó que nadie saliera de su cocina con hambre.

Le precedieron en la muerte su esposo, Rigoberto Zamudio Sr., en 2004, y su hija Alicia. Le sobreviven su hijo Rigoberto "Rigo" Zamudio y su esposa Rosa Elena, de Visalia; sus hijas Graciela Zamudio de Ruiz (Fernando) de Exeter y Patricia Zamudio de Hanford; sus hijos José Luis Zamudio de Farmersville y Samuel Zamudio de Salinas; 21 nietos y 16 bisnietos.

English: María de Jesús "Chuyita" Zamudio, 90, of Visalia, passed away September 9, 2026. She is survived by her son Rigo Zamudio and his wife Rosa Elena of Visalia, her daughters Graciela Ruiz of Exeter and Patricia Zamudio of Hanford, her sons José Luis and Samuel, 21 grandchildren and 16 great-grandchildren. Rosary Tuesday, September 15, 7 p.m., at Funeraria del Sol, Visalia; Mass Wednesday, 10 a.m., at St. Charles Borromeo Church. Burial at Visalia Public Cemetery.""",
     # son Rigo (FRE015) and his wife Rosa Elena (FRE014) of Visalia -> survivors; "Rigoberto Zamudio Sr." is the
     # late husband, preceded in death (not the client).
     gold=[("FRE015", "survivor"), ("FRE014", "survivor")]),

dict(guid="fre_funeraria_2026_1020", pub="2026-10-20T12:00:00-07:00",
     title="Jesús \"Chuy\" Barragán (1949 - 2026)",
     body="""Jesús "Chuy" Barragán, de 77 años, de Sanger, falleció el 15 de octubre de 2026 en el hospital Adventist Health Selma, después de una larga enfermedad.

Chuy nació el 6 de enero de 1949 en Tepatitlán, Jalisco. Llegó a Sanger en 1968 para la pizca de la uva y nunca se fue: trabajó veintiocho años como mayordomo en los ranchos de durazno y ciruela al este de Sanger y fue entrenador de béisbol infantil en el parque de la calle Ninth por veinte temporadas.

Le sobreviven su esposa de 55 años, Amparo Ruelas de Barragán; sus hijos Ignacio "Nacho" Barragán y su esposa Leticia, de Sanger, y Rubén Barragán de Reedley; su hija Teresa Barragán Sánchez (Marco) de Parlier; y 11 nietos.

English: Jesús "Chuy" Barragán, 77, of Sanger, is survived by his wife of 55 years, Amparo; his sons Nacho (Leticia) Barragán of Sanger and Rubén Barragán of Reedley; his daughter Teresa Sánchez of Parlier; and 11 grandchildren. Rosary Thursday, October 22, 7 p.m., at Funeraria del Sol, Sanger chapel. Funeral Mass Friday, October 23, 10 a.m., St. Mary's Catholic Church, Sanger. Burial at Sanger Cemetery.""",
     # son Ignacio "Nacho" Barragan of Sanger = FRE016 (roster compound surname "Barragan Ruelas"; mother Ruelas) -> survivor.
     gold=[("FRE016", "survivor")]),
dict(guid="fre_funeraria_2026_1118", pub="2026-11-18T12:00:00-08:00",
     title="Petra Arreola Ochoa (1939 - 2026)",
     body="""Con gran tristeza la familia Arreola informa que la Sra. Petra Arreola Ochoa, de 87 años, de Farmersville, partió con el Señor el 13 de noviembre de 2026.

Doña Petra nació el 29 de junio de 1939 en Zamora, Michoacán, y llegó a Farmersville en 1958 como esposa de Salvador Arreola, bracero y después mayordomo de los ranchos de naranja de Lemon Cove. Trabajó en la empacadora de Exeter durante veintisiete años, cantó en el coro de la parroquia de San Vicente de Paúl y nunca perdió una peregrinación a la Virgen el 12 de diciembre.

Le precedió en la muerte su esposo, Salvador Arreola, en 1999. Le sobreviven sus hijas Rosa Elena Arreola de Zamudio y su esposo Rigoberto, de Visalia, y Carmen Arreola Díaz (Alfredo) de Exeter; sus hijos Salvador Jr. y Javier Arreola de Farmersville; 17 nietos y 12 bisnietos.

English: Petra Arreola Ochoa, 87, of Farmersville, died November 13, 2026. Survived by her daughters Rosa Elena Zamudio (Rigoberto) of Visalia and Carmen Díaz (Alfredo) of Exeter, her sons Salvador Jr. and Javier Arreola, 17 grandchildren and 12 great-grandchildren. Rosary Friday, November 20, 7 p.m., at Funeraria del Sol, Visalia; funeral Mass Saturday, November 21, 10 a.m., St. Vincent de Paul Church, Farmersville.""",
     # daughter "Rosa Elena Arreola de Zamudio y su esposo Rigoberto, de Visalia" = FRE014 (maiden Arreola) and
     # FRE015 -> survivors.
     gold=[("FRE014", "survivor"), ("FRE015", "survivor")]),
]
