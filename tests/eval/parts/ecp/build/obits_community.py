"""Gulf Coast Community Voice: a community weekly for Glenwood and the Bay County churches, with notices sent in by
the Vietnamese Catholic community and the Hispanic parish (Spanish with an English line). Plain text.
Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "voice"
ITEMS = [
dict(guid="ecp_gcv_2026_0118_gainous", pub="2026-01-18T07:00:00-06:00",
title="Homegoing Celebration: Mother Essie Mae Gainous",
body="""Mother Essie Mae Gainous, 101, of Panama City, transitioned from labor to reward on Tuesday, January 13, 2026. Born in Cottondale in 1924, she came to Glenwood in 1946 and was a member of St. John Missionary Baptist Church for 78 years, where she served as church mother, Mission Circle president and the keeper of the Sunday dinner plates. She cooked in the Bay High School cafeteria for 35 years and was known to every child in Glenwood as "Mother Gainous."

She leaves to cherish her memory: her daughter, Mary Alice Sconiers of Panama City; her son, Deacon Alvin Gainous (Gloria) of Tallahassee; 14 grandchildren, 31 great-grandchildren and 9 great-great-grandchildren; her devoted friend and neighbor of sixty years, Sister Lottie Bell Jenkins; and a host of nieces, nephews, cousins, church family and friends. She was preceded in death by her husband, Deacon Willie Gainous, and her son, Otis.

Homegoing services: Saturday, 11 a.m., St. John Missionary Baptist Church, E. 11th Street. Eulogist: Rev. Ozell Threatt, pastor. Viewing Friday, 4 to 7 p.m., at Sims & Goodwin Mortuary. Interment: Forest Hill Cemetery. The family will receive friends at the church fellowship hall following the repast.""",
gold=[("ECP004", "survivor")]),   # eulogist Rev. Ozell Threatt: nothing

dict(guid="ecp_gcv_2026_0301_sconiers", pub="2026-03-01T07:00:00-06:00",
title="Homegoing Celebration: Deacon Roosevelt Sconiers",
body="""Deacon Roosevelt Sconiers, 74, of Springfield, was called home on Wednesday, February 25, 2026, at Gulf Coast Medical Center.

Deacon Sconiers was born in Panama City to the late Rev. Jasper and Mother Hattie Sconiers. He graduated from Rosenwald High School in 1969, served in the U.S. Army, and drove a city bus for the Bay Town Trolley for 28 years. He was a deacon and trustee of Greater Bethel AME Church and coached Little League in Glenwood for two decades.

He leaves to cherish his memory: his wife of 49 years, Clara Sconiers; his sons, Marcus Sconiers of Atlanta and Jermaine Sconiers (Keisha) of Springfield; his sisters, Bernice Threatt (Rev. Ozell) of Panama City and Odessa Wynn of Jacksonville; his sister-in-law, Mary Alice Sconiers of Panama City, widow of his late brother, Nathaniel; seven grandchildren; and a host of nieces, nephews, cousins and friends.

Homegoing services: Saturday, 1 p.m., Greater Bethel AME Church. Eulogist: Rev. Dr. Lamont Pugh. Viewing Friday, 5 to 7 p.m., at the church. Interment with military honors at Forest Hill Cemetery. Services entrusted to Sims & Goodwin Mortuary.""",
gold=[("ECP015", "survivor"), ("ECP014", "survivor"), ("ECP004", "survivor")]),

dict(guid="ecp_gcv_2026_0322_doan", pub="2026-03-22T07:00:00-05:00",
title="Cáo Phó: Cụ Bà Maria Đoàn Thị Mai (1937 - 2026)",
body="""Cáo Phó. Cộng đoàn Công Giáo Việt Nam Panama City thành kính báo tin: Cụ Bà Maria Đoàn Thị Mai, sinh năm 1937 tại Phát Diệm, Ninh Bình, đã được Chúa gọi về ngày 18 tháng 3 năm 2026 tại Panama City, hưởng thọ 89 tuổi.

Tang gia đồng kính báo: Con: Đoàn Văn Phúc và vợ (Houston, Texas); Đoàn Thị Hạnh và chồng Quách Văn Khiêm (Panama City); Đoàn Thị Loan (Biloxi, Mississippi). Cùng các cháu chắt nội ngoại.

Maria Mai Thi Doan, 89, of Panama City, died March 18, 2026. She came to Panama City in 1980 with her husband, the late Joseph Doan Van Tin, who worked on the shrimp boats at Massalina Bayou. She is survived by her son, Phuc Doan of Houston; her daughters, Hanh Quach (Khiem) of Panama City and Loan Doan of Biloxi, Miss.; and eleven grandchildren and great-grandchildren.

Thánh Lễ An Táng / Funeral Mass: Thursday, 10 a.m., St. Dominic Catholic Church, Panama City. Rosary Wednesday evening at 7 p.m. at Harrell-Pruett Funeral Home.""",
gold=[("ECP010", "survivor"), ("ECP009", "survivor")]),

dict(guid="ecp_gcv_2026_0405_villafuerte_solis", pub="2026-04-05T07:00:00-05:00",
title="Esquela: Rigoberto Villafuerte Solís (1969 - 2026)",
body="""Con profundo dolor, la familia Villafuerte Solís comunica el fallecimiento de Rigoberto Villafuerte Solís, de 56 años, ocurrido el 30 de marzo de 2026 en la Ciudad de Panamá, Panamá.

Don Rigoberto fue ingeniero de la Autoridad del Canal de Panamá durante 27 años. Le sobreviven su esposa, Yesenia Castrellón de Villafuerte; sus hijos, Ricardo y Daniela; y su madre, doña Aminta Solís.

Rigoberto Villafuerte Solís, 56, a Panama Canal engineer, died March 30 in Panama City, Panama. His cousins in Bay County asked us to share the notice. Misa de difuntos en la Ciudad de Panamá.""",
gold=[]),   # namesake in Panama City, Panama (ECP006 Beto Villafuerte of Callaway, wife Graciela): nothing

dict(guid="ecp_gcv_2026_0517_ruelas", pub="2026-05-17T07:00:00-05:00",
title="Esquela: Doña Refugio Ruelas viuda de Anaya (1935 - 2026)",
body="""Doña Refugio Ruelas viuda de Anaya, de 90 años, originaria de Tepatitlán, Jalisco, falleció en paz el 12 de mayo de 2026 en Callaway, Florida, en casa de su hija.

Doña Cuca, como la conocían todos en la parroquia de San Pablo, llegó a Bay County en 2019, después del huracán Michael, para cuidar a sus nietos. Rezaba el rosario cada tarde y hacía los mejores tamales de la comunidad.

Le sobreviven sus hijos, Graciela Anaya de Villafuerte y su esposo Rigoberto ("Beto") Villafuerte, de Callaway, y José Anaya Ruelas, de Guadalajara; y nueve nietos. Le precedió en la muerte su esposo, don Evaristo Anaya.

Refugio Ruelas Anaya, 90, died May 12 in Callaway. She is survived by her daughter and son-in-law, Graciela and Beto Villafuerte of Callaway. Rosario: miércoles a las 7 p.m. Misa: jueves a las 10 a.m., Iglesia Católica de San Pablo (St. Paul), Callaway.""",
gold=[("ECP005", "survivor"), ("ECP006", "survivor")]),

dict(guid="ecp_gcv_2026_0607_pettaway", pub="2026-06-07T07:00:00-05:00",
title="Homegoing Celebration: Sister Lillie Mae Pettaway",
body="""Sister Lillie Mae Pettaway, 97, of Panama City, was called to rest on Tuesday, June 2, 2026. A lifelong member of Macedonia Missionary Baptist Church, she sang in the Gospel Choir for seventy years and ran the church's clothes closet until she was 94.

She leaves to cherish her memory: her son, Virgil Pettaway of Lynn Haven; her daughters, Ernestine Pettaway Cobb (Willie) of Panama City and Doris Pettaway of Dothan, Ala.; 12 grandchildren; and a host of great-grandchildren, nieces, nephews and church family.

Homegoing services: Saturday, 11 a.m., Macedonia Missionary Baptist Church. Eulogist: Rev. Calvin Mims. Services entrusted to Sims & Goodwin Mortuary.""",
gold=[]),   # Virgil Pettaway is ECP016, do_not_contact: nothing
]
