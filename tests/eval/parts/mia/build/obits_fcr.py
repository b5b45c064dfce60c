"""Funeraria Ceiba Real (invented; chapels in Hialeah and Little Havana): Cuban-American bilingual obituaries,
two surnames, 'Q.E.P.D.', survivors in Cuba and Spain. Teaser description + HTML in content:encoded. Hand-labelled."""

FEED = "fcr"
ITEMS = [
dict(guid="mia_fcr_2026_0112_hortensia-barrueco", pub="2026-01-12T09:30:00-05:00",
title="Hortensia Barrueco Vda. de Echemendía (1933 - 2026) Q.E.P.D.",
body="""Hortensia Barrueco Vda. de Echemendía, de 92 años, natural de Sagua la Grande, Cuba, falleció en paz en Hialeah el 9 de enero de 2026, rodeada de su familia. Hortensia Barrueco, widow of Echemendía, 92, a native of Sagua la Grande, Cuba, passed away peacefully in Hialeah on January 9, 2026, surrounded by her family.

Llegó a Miami en 1980 por el puerto de Mariel con dos maletas y una máquina de coser Singer, y durante veinticinco años cosió en las fábricas de Hialeah. She came through Mariel in 1980 with two suitcases and a Singer sewing machine and sewed in the Hialeah garment factories for twenty-five years. Her flan was famous on West 44th Place.

Le sobreviven su hijo Rigoberto "Rigo" Echemendía y su esposa Maritza, de Hialeah; su hermana Nieves Barrueco, en Sagua la Grande; sus sobrinos Jorge y Amparo Barrueco, en Valencia, España; y sus nietos Daniel y Lianet. She is survived by her son Rigo Echemendía and his wife Maritza of Hialeah; her sister Nieves in Cuba; nephews in Valencia, Spain; and two grandchildren. Le precedió en la muerte su esposo, Rigoberto Echemendía Solano.

Velorio: martes de 5 a 11 p.m. en nuestra capilla de Hialeah. Misa de cuerpo presente el miércoles a las 10 a.m. en la Iglesia Inmaculada Concepción, Hialeah. Sepelio en Vista Memorial Gardens. Q.E.P.D.""",
gold=[("MIA001", "survivor"), ("MIA002", "survivor")]),

dict(guid="mia_fcr_2026_0203_armando-zaldivar-pons", pub="2026-02-03T10:15:00-05:00",
title="Armando Zaldívar Pons (1938 - 2026) Q.E.P.D.",
body="""Armando Zaldívar Pons, 87, nacido en Santiago de Cuba, falleció el 31 de enero de 2026 en Miami. Armando Zaldívar Pons, 87, born in Santiago de Cuba, died January 31, 2026, in Miami.

Ingeniero agrónomo, salió de Cuba en 1962 y trabajó treinta años para el condado de Miami-Dade. An agronomist who left Cuba in 1962, he worked thirty years for the Miami-Dade County parks department and grew the best mangoes on SW 8th Street, which he gave away by the bag.

Le sobreviven su esposa de 60 años, Gladys Pons; su hija Yamilé Zaldívar de Portuondo y su esposo Ernesto, de Coral Gables; su hijo Armandito Zaldívar, de Madrid, España; sus primos en Santiago de Cuba; y tres nietos. He is survived by his wife of 60 years, Gladys; his daughter Yamilé Portuondo (Ernesto) of Coral Gables; his son Armando Jr. of Madrid; cousins in Santiago; and three grandchildren.

Oficiará el Padre Lázaro Olazábal. Velorio el jueves de 4 a 10 p.m. en nuestra capilla de la Pequeña Habana. Misa el viernes a las 11 a.m. en la Ermita de la Caridad. Q.E.P.D.""",
gold=[("MIA004", "survivor"), ("MIA005", "survivor")]),

dict(guid="mia_fcr_2026_0227_caridad-ulloa-fonts", pub="2026-02-27T08:45:00-05:00",
title="Caridad Ulloa Vda. de Fonts (1930 - 2026) Q.E.P.D.",
body="""Caridad "Cachita" Ulloa Vda. de Fonts, de 95 años, natural de Camagüey, falleció el 24 de febrero de 2026 en Coral Gables. Caridad "Cachita" Ulloa, widow of Fonts, 95, of Camagüey, Cuba, died February 24, 2026, in Coral Gables.

Maestra de piano por más de sesenta años, enseñó a tres generaciones de niños de Coral Gables a tocar a Lecuona. A piano teacher for more than sixty years, she taught three generations of Coral Gables children to play Lecuona, and kept a bowl of guava pastelitos on the piano for anyone who practiced.

Le sobreviven sus sobrinas Beatriz Ulloa de la Guardia (Manny) y Teresita Ulloa Chávez, de Coral Gables; su hermano Fermín Ulloa, en Camagüey; y sus sobrinos nietos en Sevilla, España. Survived by her nieces Betty (Manny) de la Guardia and Teresita Chávez of Coral Gables, her brother Fermín in Camagüey, and grandnephews in Seville, Spain. Le precedieron su esposo, el Dr. Ramón Fonts, y su hermana Ofelia.

Misa de réquiem el sábado a las 10 a.m. en la Iglesia de Santa Teresita, Coral Gables. Sepelio privado. Q.E.P.D.""",
gold=[("MIA019", "survivor"), ("MIA018", "survivor")]),

dict(guid="mia_fcr_2026_0318_lazaro-bergnes-hernandez", pub="2026-03-18T11:05:00-04:00",
title="Lázaro Bergnes Hernández (1934 - 2026) Q.E.P.D.",
body="""Lázaro Bergnes Hernández, de 91 años, falleció el 14 de marzo de 2026 en su ciudad natal de Cienfuegos, Cuba. Lázaro Bergnes Hernández, 91, died March 14, 2026, in his native Cienfuegos, Cuba.

Tabaquero y trovador, nunca quiso salir de Cuba, pero sus hijos en Miami le pidieron a esta casa que anunciara su partida. A cigar roller and troubadour, he never wanted to leave Cuba; his children in Miami asked this funeral home to announce his passing to friends in exile.

Le sobreviven sus hijas Mayra Bergnes de Acosta, de Westchester, y Zoila Bergnes, de Cienfuegos; y siete nietos en Miami, Cienfuegos y Tenerife, España. Survived by daughters Mayra Acosta of Westchester and Zoila of Cienfuegos, and seven grandchildren.

Se ofrecerá una misa en su memoria el domingo a las 6 p.m. en la Iglesia San Juan Bosco, Pequeña Habana. Q.E.P.D.""",
gold=[]),

dict(guid="mia_fcr_2026_0409_ofelia-quesada-arencibia", pub="2026-04-09T09:50:00-04:00",
title="Ofelia Quesada Vda. de Arencibia (1940 - 2026) Q.E.P.D.",
body="""Ofelia Quesada Vda. de Arencibia, de 85 años, natural de Pinar del Río, falleció el 6 de abril de 2026 en Miami. Ofelia Quesada, widow of Arencibia, 85, of Pinar del Río, Cuba, died April 6, 2026, in Miami.

Fue farmacéutica en Pinar del Río y, en el exilio, trabajó en la farmacia de la calle Flagler hasta los ochenta años. A pharmacist in Cuba, in exile she worked at a Flagler Street pharmacy until she was eighty, and knew every customer's blood pressure by heart.

Le sobreviven su hija María de los Ángeles "Maggie" Arencibia Quesada, de Miami; su nieta Daniela; sus hermanos Raúl y Mercedes Quesada, en Pinar del Río; y numerosos sobrinos en Cuba y en Islas Canarias. She is survived by her daughter Maggie Arencibia of Miami, a granddaughter, and siblings in Cuba. Le precedieron su esposo, Eusebio Arencibia, y su yerno, Osvaldo Carmenate.

Velorio el viernes de 6 a 11 p.m. en nuestra capilla de la Pequeña Habana. Misa el sábado a las 9 a.m. en la Iglesia San Juan Bosco. Q.E.P.D.""",
gold=[("MIA012", "survivor")]),

dict(guid="mia_fcr_2026_0521_gisela-solis-perez", pub="2026-05-21T09:20:00-04:00",
title="Gisela Solís de Pérez (1949 - 2026) Q.E.P.D.",
body="""Gisela Solís de Pérez, de 76 años, natural de Morón, Ciego de Ávila, falleció el 18 de mayo de 2026 en Westchester. Gisela Solís Pérez, 76, of Westchester, a native of Morón, Cuba, died May 18, 2026.

Contadora de profesión, trabajó veintiocho años en el Banco Republic de la calle Ocho. An accountant, she worked twenty-eight years at a Calle Ocho bank and never once let a nephew leave her house without a plate of arroz con pollo.

Le sobreviven su esposo Evelio Pérez; sus hijos Evelio Jr. y Yanet Pérez; su hermana Maritza Solís de Echemendía, de Miami Lakes; su hermano Rubén Solís, en Morón; y sus primos en Madrid y Las Palmas de Gran Canaria. Survived by her husband Evelio, her children Evelio Jr. and Yanet, her sister Maritza Echemendía of Miami Lakes, her brother Rubén in Cuba, and cousins in Spain.

Velorio el jueves de 5 a 11 p.m. en nuestra capilla de Hialeah. Misa el viernes a las 10 a.m. en la Iglesia San Brendan. Q.E.P.D.""",
gold=[("MIA002", "survivor")]),  # maiden name Solis + married name; "of Miami Lakes" (adjoins her Hialeah ZIP 33012)
]
