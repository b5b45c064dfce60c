"""Rosales-Whitcomb Mortuary & Cremation (Oxnard and Santa Paula chapels): funeral-home site, bilingual Mexican
Catholic notices (Rosario / Misa), HTML in content:encoded. Hand-labelled (`gold=`)."""

FEED = "rwm"
ITEMS = [
dict(guid="oxr_rwm_obit_celestino-tzintzun", pub="2026-03-03T11:15:00-08:00",
title="Celestino Tzintzun Huaroco (1942 - 2026)",
body="""Celestino Tzintzun Huaroco, 83, of Oxnard, went to be with the Lord on Thursday, February 26, 2026, at Ventura County Medical Center.

Celestino was born on January 8, 1942, in Cherán, Michoacán, and spoke P'urhépecha before he ever learned Spanish. He first came north as a bracero in 1961 and settled in Oxnard for good in 1974, working 38 years in the strawberry fields of the Oxnard Plain and, on weekends, playing the violin in a pirekua trio that played every wedding from Santa Paula to Port Hueneme.

Le sobreviven su esposa de 61 años, Josefina Campos de Tzintzun; sus hijos Efraín (Marisol) Tzintzun de Oxnard, Rosa Tzintzun de Cherán y Juan Carlos Tzintzun de Salinas; 14 nietos y 3 bisnietos.

He is survived by his wife of 61 years, Josefina; his children Efraín (Marisol) Tzintzun of Oxnard, Rosa of Cherán and Juan Carlos of Salinas; 14 grandchildren and 3 great-grandchildren.

Rosario: martes 10 de marzo, 7:00 p.m., en nuestra capilla de Oxnard, 1011 W. Fifth Street. Misa de cuerpo presente: miércoles 11 de marzo, 9:00 a.m., Our Lady of Guadalupe Church, Oxnard. Sepultura: Santa Clara Cemetery.""",
gold=[("OXR006", "survivor")]),

dict(guid="oxr_rwm_obit_guadalupe-huitron", pub="2026-04-15T10:40:00-07:00",
title="Guadalupe \"Lupe\" Huitrón Ávalos (1937 - 2026)",
body="""Guadalupe "Lupe" Huitrón Ávalos, 88, of Santa Paula, passed away on April 11, 2026, at home, in the house on Ojai Street where she raised her family.

Lupe was born in Santa Paula on December 12, 1937, the feast of the Virgin whose name she carried. She and her late husband, Refugio Huitrón, started packing oranges out of their garage in 1966; the family packing house they built is still running on Tenth Street. She was a Guadalupana at Our Lady of Guadalupe Church for 60 years and made the tamales for every Christmas posada the parish held.

She is survived by her son, Joaquín Huitrón and his wife Araceli of Santa Paula; her daughters, Yolanda Huitrón Ruiz of Fillmore and Irma Huitrón Delatorre of Oxnard; 11 grandchildren; and 9 great-grandchildren. She was preceded in death by her husband, Refugio, in 2011.

Rosario: Monday, April 20, at 7 p.m., Santa Paula chapel, 1030 E. Main Street. Funeral Mass: Tuesday, April 21, at 10 a.m., Our Lady of Guadalupe Church, Santa Paula. Burial at Santa Paula Cemetery.""",
gold=[("OXR013", "survivor"), ("OXR012", "survivor")]),

dict(guid="oxr_rwm_obit_ignacio-urquidez-jr", pub="2026-05-12T09:05:00-07:00",
title="Ignacio \"Nachito\" Urquídez Jr. (1996 - 2026)",
body="""Ignacio "Nachito" Urquídez Jr., 29, of Oxnard, was taken from us far too soon on May 6, 2026, in a motorcycle accident on Pacific Coast Highway near Point Mugu.

Nachito was born in Oxnard on August 19, 1996, and graduated from Channel Islands High School, where he played center midfield for the Raiders. He was an apprentice electrician with IBEW Local 952, a devoted uncle and the loudest fan of the Club Deportivo Jalisco adult league every Sunday at Del Sol Park.

He is survived by his parents, Ignacio and Dolores Urquidez of Oxnard; his sisters, Yesenia Urquídez and Daniela Urquídez Ponce (Marco); his grandmother, Socorro Mata of Oxnard; and his girlfriend, Briana Salcedo.

Viewing and Rosary: Monday, May 18, 5 to 9 p.m., Oxnard chapel. Funeral Mass: Tuesday, May 19, 10 a.m., Santa Clara Church. Burial at Ivy Lawn Memorial Park.""",
gold=[("OXR016", "survivor")]),

dict(guid="oxr_rwm_obit_rigoberto-chairez", pub="2026-06-25T10:00:00-07:00",
title="Rigoberto Cháirez Luján (1953 - 2026)",
body="""Rigoberto Cháirez Luján, 72, of Guadalupe, California, passed away on June 20, 2026, at Marian Regional Medical Center in Santa Maria, after a long illness.

Born in Valparaíso, Zacatecas, on October 1, 1953, Rigoberto came to the Santa Maria Valley in 1972 and spent 45 years as a foreman for a broccoli grower near Guadalupe. He loved the Chivas, his pickup and his grandchildren.

He is survived by his wife of 48 years, Amparo; his sons, Rigoberto Jr. of Guadalupe and Eliseo of Santa Maria; his daughter, Noemí Cháirez of Lompoc; seven grandchildren; and his nephews, Beto Cháirez of Oxnard and Samuel Cháirez of Fresno. Because his family in Ventura County asked, the notice is also posted on our site.

Rosary and Mass: Saturday, June 27, 10 a.m., Saint Peter's Catholic Church, Guadalupe. Burial at Guadalupe Cemetery.""",
gold=[("OXR018", "survivor")]),

dict(guid="oxr_rwm_obit_amparo-solorzano", pub="2026-07-20T10:20:00-07:00",
title="Amparo Solórzano de la Cruz (1930 - 2026)",
body="""Amparo Solórzano de la Cruz, 95, of Oxnard, fell asleep in the Lord on July 15, 2026, surrounded by her children and grandchildren.

Doña Amparo was born in Tepatitlán, Jalisco, and came to Oxnard in 1958. She sewed wedding and quinceañera dresses in her front room on Colonia Road for more than fifty years, and half the brides of La Colonia were married in her work.

Le sobreviven sus hijos Abel, Marta, Tomás y Lourdes; 19 nietos; 31 bisnietos y 4 tataranietos. She is survived by her children Abel, Marta, Tomás and Lourdes, 19 grandchildren, 31 great-grandchildren and 4 great-great-grandchildren.

Rosario: jueves 23 de julio, 7:00 p.m., Oxnard chapel. Misa: viernes 24 de julio, 10:00 a.m., Our Lady of Guadalupe Church.""",
gold=[]),

dict(guid="oxr_rwm_obit_esteban-galindo", pub="2026-08-04T09:45:00-07:00",
title="Esteban Galindo Mercado (1948 - 2026)",
body="""Esteban Galindo Mercado, 77, of Santa Paula, passed away on July 30, 2026, at Santa Paula Hospital.

Esteban drove a school bus for the Santa Paula Unified School District for 31 years and knew every child on his route by name, and most of their parents too, because he had driven them as well. He coached Little League at Las Piedras Park for two decades.

He is survived by his wife, Teresa; his daughters, Norma Galindo Ibarra and Sandra Galindo; and six grandchildren.

The Rosary will be led by Deacon Joaquín Huitrón on Thursday, August 6, at 7 p.m. at our Santa Paula chapel. The Funeral Mass will be celebrated Friday, August 7, at 10 a.m. at Our Lady of Guadalupe Church, Santa Paula. Pallbearers: Rubén Galindo, Óscar Ibarra, Beto Cháirez, Miguel Ángel Soto, Tony Reyes and Chuy Valdivia.""",
gold=[]),
]
