"""Nogales Border Herald (weekly newspaper) obituaries: plain text, "Name, age, of Town" titles. Hand-labelled."""

ITEMS = [
dict(guid="nog_nbh_obit_2026_0311", pub="2026-03-11T06:00:00-07:00", title="Walter Lee Dunagan, 84, of Patagonia",
body="""PATAGONIA - Walter Lee Dunagan, 84, a cattleman who worked the same grazing allotment on the Canelo Hills for more than half a century, died March 6, 2026, at his home on Harshaw Road with his dogs at the foot of the bed.

Walt was born in Bisbee in 1941 and moved to the Patagonia area as a boy when his father took a job at the Flux Canyon mine. He rode in the Sonoita rodeo for 30 years and served two terms on the Patagonia Town Council, where he was remembered for short speeches and long silences.

He is survived by his sister, Opal Haverstock and her husband, Clem, of Patagonia; his nephews, Wade Haverstock of Benson and Curtis Dunagan of Wilcox; and his longtime friend and neighbor, Nicanor Sandoval. He was preceded in death by his wife, Irma, and his brother, Earl.

A graveside service will be held Saturday at 10 a.m. at the Patagonia Cemetery, with Pastor Dwight Keener of Patagonia Community Church officiating. A potluck will follow at the Patagonia Community Center.""",
gold=[("NOG009", "survivor"), ("NOG008", "survivor"), ("NOG023", "survivor")]),  # friend named among survivors

dict(guid="nog_nbh_obit_2026_0408", pub="2026-04-08T06:00:00-07:00", title="Ofelia Islas Romero, 96, of Nogales",
body="""NOGALES - Ofelia Islas Romero, 96, one of the last of the Morley Avenue shopkeepers, passed away peacefully April 3, 2026, at Holy Cross Hospital.

Doña Ofelia was born in Nogales, Sonora, in 1929 and crossed the line as a young bride to run the family's dry-goods store on Morley Avenue, which she kept open for 61 years. She sold school uniforms to three generations of Ambos Nogales children and knew most of them by name.

She is survived by her sister, Consuelo Islas Vda. de Durazo of Nogales; her nephews, Octavio Ruelas of Nogales and Rubén Islas of Hermosillo; and numerous grandnieces and grandnephews on both sides of the border. She was preceded in death by her husband, Aurelio Romero, and by her brothers, Ramón and Francisco Islas.

A rosary will be recited Thursday at 6 p.m. at Capilla del Rosario Funeral Home. Mass of Christian Burial will be celebrated Friday at 10 a.m. at Sacred Heart Church, followed by interment at Nogales City Cemetery.""",
gold=[("NOG005", "survivor")]),

dict(guid="nog_nbh_obit_2026_0506", pub="2026-05-06T06:00:00-07:00", title="Rafael Munguía Serrano, 87, of Magdalena de Kino, Sonora",
body="""Rafael Munguía Serrano, 87, a retired schoolteacher from Magdalena de Kino, Sonora, died April 29, 2026, at his home, surrounded by family.

Don Rafael taught history for 40 years at the Escuela Secundaria Federal in Magdalena and led the town's Fiesta de San Francisco procession for two decades. He often crossed to Nogales to visit his children and grandchildren and was a familiar face at the Rio Rico Saturday market.

He is survived by his wife, Aurora; his children, Manuel Munguía of Magdalena, Rosa Munguía de Haro of Hermosillo and Ignacio Munguía of Rio Rico; eleven grandchildren, including his grandson and namesake, Rafael "Rafa" Munguía of Rio Rico; and six great-grandchildren.

Services were held in Magdalena de Kino. The family thanks the staff of Clínica San Francisco.""",
gold=[("NOG017", "survivor")]),

dict(guid="nog_nbh_obit_2026_0527", pub="2026-05-27T06:00:00-07:00", title="Teodoro \"Teddy\" Gallardo, 22, of Sierra Vista",
body="""SIERRA VISTA - Teodoro "Teddy" Gallardo, 22, died May 22, 2026, in a motorcycle accident on Highway 90.

Teddy was a 2022 graduate of Buena High School, where he played varsity soccer, and was a second-year apprentice electrician. He loved working on his bike, fishing at Parker Canyon Lake and making his little sister laugh.

He is survived by his parents, Ramiro and Yolanda Gallardo of Sierra Vista; his sister, Mia; his grandparents, Teodoro and Elvira Gallardo of Douglas; and many aunts, uncles and cousins.

A funeral Mass will be celebrated at St. Andrew the Apostle Church in Sierra Vista on Friday at 11 a.m.""",
gold=[]),

dict(guid="nog_nbh_obit_2026_0610", pub="2026-06-10T06:00:00-07:00", title="Nicolás Yescas Peña, 81, of Rio Rico",
body="""RIO RICO - Nicolás Yescas Peña, 81, a produce broker who helped build the winter tomato trade through the Mariposa port, died June 4, 2026, at his home in Rio Rico.

Born in Ímuris, Sonora, Nicolás came to Nogales in 1963 with a borrowed truck and a handshake agreement with a grower in Culiacán. Yescas Produce grew to three warehouses on Frank Reed Road before he sold it in 2005. He was a founding member of the Rio Rico Lions Club and never missed a Diamondbacks spring-training game.

He is survived by his wife of 58 years, Carmen; his daughter, Trinidad "Trini" Manzo (Rosalío Jr.) of Rio Rico; his sons, Gilberto Yescas of Nogales and Nicolás Yescas Jr. of Phoenix; and seven grandchildren. He was preceded in death by his parents and his brother, Arturo.

Rosary and Mass will be held Tuesday at 10 a.m. at St. Ann's Catholic Church, Tubac, with Father Anselmo Quiroga, O.F.M., celebrating. Pallbearers will be his grandsons.""",
gold=[("NOG004", "survivor"), ("NOG003", "survivor"), ("NOG021", "survivor")]),

dict(guid="nog_nbh_obit_2026_0722", pub="2026-07-22T06:00:00-07:00", title="Delfina Peralta Valdez, 86, of Nogales",
body="""NOGALES - Delfina Peralta Valdez, 86, died July 17, 2026, at Holy Cross Hospital after a long illness borne with grace.

Delfina was born in Cananea, Sonora, and worked for 30 years as a seamstress in the maquiladoras of Nogales, Sonora, before retiring to the Arizona side to be near her grandchildren. Her tamales de elote were requested at every baptism, quinceañera and funeral in the family.

She is survived by her daughter, Araceli Quijada and her husband, Fidencio "Fito," of Nogales; her son, Rogelio Peralta of Tucson; and five grandchildren, including Camila, Diego and Andrea Quijada. She was preceded in death by her husband, Anastasio Peralta.

A rosary will be prayed Sunday at 7 p.m. at Capilla del Rosario. Funeral Mass Monday at 9 a.m. at Sacred Heart Church. Pallbearers: Diego Quijada, Rogelio Peralta Jr., Gilberto Yescas, Jesús María Lizárraga, Mario Encinas and Tomás Haro.""",
gold=[("NOG007", "survivor"), ("NOG006", "survivor")]),

dict(guid="nog_nbh_obit_2026_1014", pub="2026-10-14T06:00:00-07:00", title="Heriberto \"Beto\" Arvizu Lizárraga, 80, of Nogales",
body="""NOGALES - Heriberto "Beto" Arvizu Lizárraga, 80, a customs broker for 45 years and the unofficial historian of the DeConcini port, died October 9, 2026, at his home, surrounded by his family.

Beto was born April 12, 1946, in Magdalena de Kino, Sonora, the son of Heriberto Arvizu and Guadalupe Lizárraga. He graduated from Nogales High School in 1964, served in the U.S. Army in Germany, and in 1972 opened Arvizu Customs Brokerage on Grand Avenue. He was a past president of the Nogales-Santa Cruz County Chamber of Commerce and a devoted member of Sacred Heart Parish.

He is survived by his wife of 54 years, María Elena Bojórquez de Arvizu; his children, Heriberto Arvizu Jr. (Sandra) of Tucson, Lourdes Arvizu of Phoenix and Gabriel Arvizu (Karina) of Nogales; nine grandchildren; and his cousin, Jesús María "Chuy" Lizárraga of Nogales. He was preceded in death by his parents and by his sister, Guadalupe.

Visitation will be Thursday from 5 to 8 p.m., with a rosary at 7 p.m., at Capilla del Rosario Funeral Home. Mass of Christian Burial will be celebrated Friday at 10 a.m. at Sacred Heart Church. Pallbearers will be his grandsons.""",
gold=[("NOG001", "deceased_client"), ("NOG002", "spouse_of_deceased_client"), ("NOG019", "survivor")]),
]
