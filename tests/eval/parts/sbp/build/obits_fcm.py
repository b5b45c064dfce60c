"""Five Cities Messenger - "In Loving Memory": community/ethnic page of a South County weekly that prints the
notices the Portuguese halls (I.D.E.S.), the Filipino community, the Buddhist temple, the Spanish-language
parish ministries and the Dutch Reformed congregation send in, in their own words and languages. Plain text,
teaser description plus the full text in content:encoded. Hand-labelled."""

FEED = "fcm"
ITEMS = [
dict(guid="sbp_fcm_2026_004", pub="2026-01-20T07:00:00-08:00",
title="Shizuko Kawaoka, 96, Nisei farmer and temple elder",
body="""Shizuko "Shiz" Kawaoka, 96, of Arroyo Grande, passed away January 15, 2026, at home, in the farmhouse her father built on Branch Mill Road in 1924.

Shizuko was born in Arroyo Grande to Issei parents from Hiroshima prefecture. In 1942, at 12, she was sent with her family to the Gila River incarceration camp in Arizona. The family returned in 1945 to find their land farmed by a neighbor who had kept it for them, a kindness she spoke of for the rest of her life. She and her late husband, Tom, grew snow peas and celery for fifty years, and she served the Arroyo Grande Buddhist Temple as a Fujinkai leader and its best maker of inari sushi.

She is survived by her daughter, Joyce (Kenji) Umemoto of Arroyo Grande; her son, Dean Kawaoka of San Jose; four grandchildren; and three great-grandchildren.

A funeral service will be held at 1 p.m. Sunday, January 25, at the temple, with Rev. Shinji Okada officiating. In lieu of koden, the family asks for gifts to the temple's youth program.""",
gold=[("SBP004", "survivor"), ("SBP003", "survivor")]),

dict(guid="sbp_fcm_2026_031", pub="2026-03-25T07:00:00-07:00",
title="Remedios Dizon Macaraeg, 89; novena begins Friday",
body="""Remedios "Remy" Dizon Macaraeg, 89, of Grover Beach, went home to the Lord on March 20, 2026, at Arroyo Grande Community Hospital. She was born in Lingayen, Pangasinan, and came to the Central Coast in 1971 to join her husband, Teodoro, who worked the lettuce and broccoli fields of the Santa Maria Valley for forty years.

Lola Remy cooked for every baptism, wedding and debut at St. Paul the Apostle Parish and the Filipino Community Hall, and she never let a guest leave without a foil-covered plate of pancit and leche flan.

She is survived by her children, Ferdinand "Ferdie" Macaraeg (Lourdes) of Grover Beach, Rosario Macaraeg-Tan (Edwin) of Daly City and Nestor Macaraeg of Stockton; eleven grandchildren; and six great-grandchildren. She was preceded in death by her husband, Teodoro, and her son, Danilo.

The novena will be prayed nightly at 7 p.m. at the family home beginning Friday. The Funeral Mass will be at St. Paul the Apostle Church, Arroyo Grande, on Saturday, April 4, at 10 a.m. Salamat po to all who have prayed with the family.""",
gold=[("SBP017", "survivor")]),   # Lourdes is not a client

dict(guid="sbp_fcm_2026_058", pub="2026-06-12T07:00:00-07:00",
title="Don Eusebio Tafoya Lomelí, 90 / Don Eusebio Tafoya Lomelí, 90 años",
body="""Don Eusebio Tafoya Lomelí, de 90 años, vecino de Santa María, falleció el 7 de junio de 2026 rodeado de su familia. Nació en Tepatitlán, Jalisco, y llegó al Valle de Santa María en 1956 como bracero. Trabajó cuarenta años en el campo y fue fundador de la Guadalupana de la parroquia de San Juan Diego.

Le sobreviven su esposa, Doña Amparo Lomelí de Tafoya; sus hijos Eusebio Jr. (Leticia) de Guadalupe y Javier de Santa María; su hija Graciela "Chela" Tafoya de Arreguín y su esposo Rogelio Arreguín, de Nipomo; catorce nietos y nueve bisnietos.

Don Eusebio Tafoya Lomelí, 90, of Santa Maria, died June 7, 2026, surrounded by his family. He came to the Santa Maria Valley from Tepatitlán, Jalisco, in 1956 as a bracero and worked the fields for forty years. He is survived by his wife, Amparo; his sons, Eusebio Jr. (Leticia) of Guadalupe and Javier of Santa Maria; his daughter, Graciela "Chela" Arreguín and her husband, Rogelio, of Nipomo; 14 grandchildren and nine great-grandchildren.

Rosario el jueves a las 7 p.m. / Rosary Thursday at 7 p.m.; Misa / Mass Friday at 10 a.m., St. John Neumann Church, Santa Maria.""",
gold=[("SBP008", "survivor"), ("SBP007", "survivor")]),

dict(guid="sbp_fcm_2026_066", pub="2026-07-02T07:00:00-07:00",
title="José Sequeira, 86, of Santa Maria; Portuguese Hall rosary Tuesday",
body="""José Manuel Sequeira, 86, of Santa Maria, faleceu no dia 27 de junho de 2026. Nasceu na freguesia da Candelária, ilha do Pico, Açores, e emigrou para a Califórnia em 1958. Trabalhou como ordenhador e depois teve a sua própria vacaria em Guadalupe. Foi mordomo da Festa do Espírito Santo por três vezes e membro fiel da I.D.E.S. de Santa Maria.

Deixa a sua esposa, Conceição; a sua irmã, Maria de Fátima Furtado, de Arroyo Grande; os seus filhos, Tony Sequeira (Lisa) e Joe Sequeira; e seis netos.

José Manuel Sequeira, 86, of Santa Maria, died June 27, 2026. A native of Pico in the Azores, he came to California in 1958, milked cows and later ran his own dairy in Guadalupe, and served three times as mordomo of the Holy Ghost festa. Survived by his wife, Conceição; his sister, Maria de Fatima Furtado of Arroyo Grande; his sons, Tony (Lisa) and Joe; and six grandchildren.

O terço será rezado terça-feira às 7 da noite no Salão Português (Portuguese Hall) de Santa Maria; Missa de corpo presente quarta-feira às 10 da manhã, St. Mary of the Assumption Church.""",
gold=[("SBP013", "survivor")]),   # "Maria de Fátima" = roster "Maria Fatima", maiden Sequeira

dict(guid="sbp_fcm_2026_088", pub="2026-09-10T07:00:00-07:00",
title="Fallece en Jalisco Rogelio Arreguín Solórzano, tío de familias de Santa María",
body="""Rogelio Arreguín Solórzano, de 67 años, falleció el 4 de septiembre de 2026 en Zapopan, Jalisco, donde vivió toda su vida y fue maestro de primaria durante 35 años. Lo sobreviven su esposa, Mercedes Ibarra de Arreguín; sus hijos Rogelio, Paola y Mariana; y sus sobrinos en Santa María y Guadalupe, California, quienes invitan a un rosario en su memoria el viernes 11 de septiembre a las 7 p.m. en la parroquia de San Juan Diego, Santa María.

Rogelio Arreguín Solórzano, 67, a retired schoolteacher of Zapopan, Jalisco, died September 4. His nieces and nephews in Santa Maria and Guadalupe invite friends to a rosary Friday at 7 p.m. at San Juan Diego parish.""",
gold=[]),   # namesake in Mexico with another wife (Mercedes): nothing for SBP007 / SBP008

dict(guid="sbp_fcm_2026_101", pub="2026-10-30T07:00:00-07:00",
title="Geertruida \"Truus\" Oosterhuis, 99",
body="""Geertruida "Truus" Oosterhuis, 99, of Arroyo Grande, fell asleep in the Lord on October 25, 2026, at Arroyo Grande Care Center. She was born in Groningen, the Netherlands, survived the hunger winter of 1944, and came to California in 1956 with her husband, Hendrik, and three children to work on a dairy in Chino before the family settled in the Five Cities.

She is survived by her daughter, Beatrix "Trixie" van Tongeren and her husband, Wim, of Shell Beach; her son, Klaas Oosterhuis of Lynden, Washington; eight grandchildren and fourteen great-grandchildren. She was preceded in death by Hendrik and by her son, Jan.

A service of witness to the resurrection will be held on Saturday, November 7, at 11 a.m. at Five Cities Christian Reformed Church, with Pastor Dirk Hoekstra officiating. Koffie en koek to follow.""",
gold=[("SBP020", "survivor"), ("SBP019", "survivor")]),   # "of Shell Beach" (part of Pismo Beach); lower-case "van"
]
