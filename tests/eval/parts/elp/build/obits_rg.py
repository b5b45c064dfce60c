"""Rio Grande Memorial Chapels / Capillas Rio Grande (funeral-home feed, El Paso, Socorro and Las Cruces):
bilingual Mexican-American obituaries, one-sentence teaser + HTML body. Hand-labelled."""

FEED = "rg"
ITEMS = [
dict(guid="elp_rg_2026_0112_ledesma", pub="2026-01-12T09:30:00-07:00",
title="María de Jesús Ledesma Vda. de Ruiz (1937 - 2026)",
body="""María de Jesús Ledesma Vda. de Ruiz, 88, de Ciudad Juárez y El Paso, entregó su alma al Señor el 8 de enero de 2026, rodeada de su familia. Q.E.P.D.

Doña Chuyita was born in Villa Ahumada, Chihuahua, on April 2, 1937, and crossed the bridge every Sunday for sixty years to hear Mass at San Jacinto and then buy pan dulce in the Segundo Barrio. She ran a sewing shop on Avenida 16 de Septiembre and made the quinceañera dresses of three generations of the family.

Le sobreviven sus hijas María Elena Zubiate (Lupe) de El Paso y Guadalupe Ruiz Ledesma de Ciudad Juárez; su hijo Armando Ruiz Ledesma de Chihuahua; once nietos y siete bisnietos. She is survived by her daughters María Elena Zubiate (Lupe) of El Paso and Guadalupe Ruiz Ledesma of Juárez, her son Armando, eleven grandchildren and seven great-grandchildren. La precedió en la muerte su esposo, Don Jesús Ruiz Ochoa.

Rosario: martes 13 de enero, 7 p.m., en nuestra capilla de Mesa Street. Misa de cuerpo presente: miércoles 10 a.m., Iglesia de San Jacinto. Sepultura: Panteón Jardines del Recuerdo, Ciudad Juárez.""",
gold=[("ELP002", "survivor"), ("ELP001", "survivor")]),

dict(guid="elp_rg_2026_0203_provencio", pub="2026-02-03T10:00:00-07:00",
title="Ramón Provencio Salas (1935 - 2026)",
body="""Ramón Provencio Salas, 90, of Las Cruces, passed away peacefully on January 30, 2026, at his home on the east mesa. Descanse en paz.

Ramón was born in La Mesa, New Mexico, to Teodoro and Altagracia Provencio, picked chile and cotton in the Mesilla Valley as a boy, and worked 34 years for the Elephant Butte Irrigation District, opening the headgates at four in the morning every season. He never missed the Fiesta de Nuestra Señora de Guadalupe in Tortugas.

Le sobreviven su hija Rosalinda "Rosie" Arzabal y su esposo Ernesto, de Las Cruces; su hijo Teodoro Provencio of Deming; seis nietos y tres bisnietos. He was preceded in death by his wife of 58 years, Altagracia, and by his son Ramón Jr.

Rosary will be prayed Thursday at 7 p.m. at our Las Cruces chapel on Main Street. Funeral Mass Friday at 10 a.m. at the Basilica of San Albino in Mesilla, Deacon Walt Pfannenstiel officiating. Pallbearers: Gabriel, Mateo, Isaac and Ruben Arzabal, Luis Provencio and Adrian Salas.""",
gold=[("ELP003", "survivor"), ("ELP004", "survivor")]),

dict(guid="elp_rg_2026_0219_ituarte", pub="2026-02-19T11:15:00-07:00",
title="Octavio Ituarte (1947 - 2026)",
body="""Octavio Ituarte, 78, of El Paso, died February 15, 2026, at Las Palmas Medical Center after a short illness. Q.E.P.D.

Octavio was born September 30, 1947, in Ciudad Juárez, Chihuahua, and grew up on both sides of the river. He taught Spanish literature at the University of Texas at El Paso for 38 years, lived for half a century in the same house in Kern Place, and walked up to the Rim Road every evening to watch the lights of Juárez come on. He never married; his students and his nieces were his family.

Le sobreviven su hermana, Graciela Ituarte de Sotelo, de Ciudad Juárez; sus sobrinas Marisol Sotelo Ituarte of Chihuahua and Lucía Sotelo de Escontrías of Sunland Park; his grand-niece Ana Cristina Escontrías Sotelo of Sunland Park, who cared for him in his last years; and many cousins on both sides of the border. Lo precedieron en la muerte sus padres, Octavio Ituarte Sr. and Refugio Garza de Ituarte.

A memorial Mass will be celebrated Saturday at 11 a.m. at St. Patrick Cathedral. In lieu of flowers, the family asks for gifts to the UTEP Chicano Studies scholarship fund.""",
gold=[("ELP007", "deceased_client"), ("ELP009", "survivor")]),

dict(guid="elp_rg_2026_0311_urias", pub="2026-03-11T09:00:00-06:00",
title="Herminia Urías Domínguez (1946 - 2026)",
body="""Herminia Urías Domínguez, 79, of Socorro, Texas, went home to the Lord on March 7, 2026. Q.E.P.D.

Born in San Elizario, Herminia was a lunch lady at Socorro High School for 27 years and knew every student by name and by appetite. She sang in the choir of La Purísima (Socorro Mission) for over forty years and grew the best roses on Socorro Road.

Le sobreviven sus hijas Yolanda "Yoli" Chavira y su esposo Paco, de Socorro, y Irma Urías de Odessa; su hijo Fernando Urías of Phoenix; ocho nietos. La precedieron en la muerte su esposo, Fernando Urías Sr., y su hermano Rogelio Domínguez.

Velorio y rosario: jueves 6 p.m. en nuestra capilla de Socorro. Misa: viernes 9 a.m., Misión de Nuestra Señora de la Limpia Concepción del Socorro. Entierro: Socorro Cemetery.""",
gold=[("ELP011", "survivor"), ("ELP010", "survivor")]),

dict(guid="elp_rg_2026_0402_candelaria", pub="2026-04-02T10:30:00-06:00",
title="Esperanza Candelaria (1938 - 2026)",
body="""Esperanza "Pita" Candelaria, 87, of El Paso, passed away March 29, 2026, at her home in the Lower Valley, two days after her last visit to the garden at Ysleta Mission. Q.E.P.D.

Pita was born in Ysleta, Texas, on November 20, 1938, and was a bookkeeper for the Ysleta Independent School District for 31 years. Every Christmas Eve she made four hundred tamales with her comadres, and every Easter she made capirotada for anyone who knocked.

She is survived by her grandson, Rafael "Trey" Candelaria III of El Paso, whom she raised from the age of twelve; her granddaughter, Marisa Candelaria Holt of San Antonio; her sister, Amparo Gurrola of Clint; and five great-grandchildren. She was preceded in death by her husband, Rafael Candelaria Sr., in 2004, and by her son, Rafael Candelaria Jr., in 1991.

Rosario: lunes 7 p.m. en nuestra capilla de Yarbrough. Funeral Mass Tuesday at 10 a.m. at Our Lady of Mount Carmel (Ysleta Mission). Interment at Evergreen East Cemetery.""",
gold=[("ELP018", "survivor")]),

dict(guid="elp_rg_2026_0427_bustillos", pub="2026-04-27T09:00:00-06:00",
title="Evangelina Bustillos Rentería (2002 - 2026)",
body="""Evangelina Bustillos Rentería, 23, de Chihuahua, Chihuahua, falleció el 22 de abril de 2026 en un accidente en la carretera Panamericana. Q.E.P.D.

Vangie, as her cousins in El Paso called her, was studying nursing at the Universidad Autónoma de Chihuahua and had planned to join them in Texas after graduation. She loved the Dorados, norteño music and her grandmother's menudo.

Le sobreviven sus padres, Joaquín Bustillos y Alma Rentería de Bustillos; sus hermanos Joaquín y Daniela; y su abuela, Doña Socorro Bustillos. Her body will be taken to Chihuahua; a Mass in her memory will be offered in El Paso on Saturday at 9 a.m. at St. Raphael Catholic Church, arranged by our East Side chapel.""",
gold=[]),

dict(guid="elp_rg_2026_0514_fierro", pub="2026-05-14T09:00:00-06:00",
title="Sra. Guadalupe Chávez Vda. de Fierro (1933 - 2026)",
body="""Con profundo dolor, la familia Fierro Chávez participa el sensible fallecimiento de la Sra. Guadalupe Chávez Vda. de Fierro, de 92 años, ocurrido el 10 de mayo de 2026, Día de las Madres, en Ciudad Juárez, Chihuahua. Q.E.P.D.

Doña Lupita nació en Parral, Chihuahua, el 12 de diciembre de 1933. Fue maestra normalista por 40 años en escuelas de la colonia Margaritas y catequista de la parroquia de Nuestra Señora de Guadalupe.

Le sobreviven sus hijos: Sra. Nohemí Fierro de Ontiveros (Santa Teresa, N.M.), Ing. Héctor Fierro Chávez y Lic. Martha Fierro Chávez (Ciudad Juárez); 14 nietos y 9 bisnietos. La precedió su esposo, el Sr. Ramiro Fierro Ortiz.

Velación en Capillas Rio Grande, sucursal Juárez. Misa de cuerpo presente el martes a las 11:00 horas en la Catedral de Ciudad Juárez. Sepultura en el Panteón Municipal de San Rafael.""",
gold=[("ELP019", "survivor")]),
]
