"""Hartsock & Lindqvist Funeral Chapels (Champaign, Mahomet and Monticello): funeral-home site, HTML in
content:encoded, a one-sentence plain description. Hand-labelled (`gold=` beside each text)."""

FEED = "fh"
ITEMS = [
dict(guid="cmi_hl_walter-tieken", slug="walter-herman-tieken", pub="2026-01-09T10:15:00-06:00",
title="Walter Herman Tieken (1936 - 2026)",
body="""Walter Herman Tieken, 89, of Fisher, passed away peacefully on Tuesday, January 6, 2026, at Carle BroMenn Medical Center, with his family at his side.

Walt was born on a farm north of Fisher to Herman and Frieda (Ulfers) Tieken and farmed the same ground for fifty-one years. He was baptized, confirmed and married at Zion Lutheran Church in Fisher, where he sang bass in the choir, and he served twenty years on the Fisher Co-op Grain board. He never missed a Fisher Bunnies basketball game if the roads were open.

He is survived by his wife of 66 years, Alma (Harms) Tieken of Fisher; his daughter, Janice (Gerry) Brockschmidt of Mahomet; his son, Kurt (Lynette) Tieken of Gibson City; six grandchildren; and nine great-grandchildren. He was preceded in death by his parents and by his brother, Elmer Tieken.

Funeral services will be held at 10:30 a.m. Saturday at Zion Lutheran Church, Fisher, with Pastor Dietrich Behrends officiating. Burial will follow in Fisher Cemetery. Visitation will be from 4 to 7 p.m. Friday at the Hartsock & Lindqvist Mahomet chapel. Memorials may be made to Zion Lutheran School.""",
gold=[("CMI007", "survivor"), ("CMI006", "survivor")]),

dict(guid="cmi_hl_irene-buhrmester", slug="irene-buhrmester", pub="2026-02-17T09:40:00-06:00",
title="Irene L. Buhrmester (1928 - 2026)",
body="""Irene Louise Buhrmester, 97, of Bement, died Saturday, February 14, 2026, at Piatt County Nursing Home in Monticello.

Irene was born March 2, 1928, in Cerro Gordo, the daughter of August and Minnie (Koch) Pflum. She married Otto Buhrmester in 1949; he preceded her in death in 2004. She taught in the one-room schools of Piatt County and later kept the books for the Bement elevator for thirty years. Her pies were the first thing sold at every St. John's Lutheran bake sale.

Survivors include her daughter, Darlene, and her husband, Lavern Aschermann, of White Heath; her son, Harlan Buhrmester of Cerro Gordo; five grandchildren; and eight great-grandchildren.

Services will be held at 11 a.m. Thursday at St. John's Lutheran Church, Bement. Burial in Bement Cemetery. Hartsock & Lindqvist Funeral Chapel, Monticello, is in charge of arrangements.""",
gold=[("CMI018", "survivor"), ("CMI017", "survivor")]),

dict(guid="cmi_hl_gerald-wayne-brockschmidt", slug="gerald-wayne-brockschmidt", pub="2026-03-11T14:05:00-05:00",
title="Gerald Wayne Brockschmidt (1977 - 2026)",
body="""Gerald Wayne Brockschmidt, 48, of Mahomet, died unexpectedly on Sunday, March 8, 2026, at his home.

Jerry was born July 30, 1977, in Champaign, the son of Wayne and Bonnie Brockschmidt. He graduated from Mahomet-Seymour High School in 1995 and worked as an electrician with IBEW Local 601 for twenty-five years. He coached his son's travel baseball team and never met a bluegill he could not catch.

He is survived by his wife of 22 years, Angela (Fritz) Brockschmidt; his children, Carter and Lily, at home; his parents, Wayne and Bonnie Brockschmidt of Mansfield; and his sister, Tara Pruitt of Monticello.

A celebration of life will be held from 2 to 6 p.m. Saturday at the Mahomet American Legion. Hartsock & Lindqvist Funeral Chapel, Mahomet, is assisting the family.""",
gold=[]),   # namesake in the client's town: 48, wife Angela; roster Gerry b. 1952, wife Janice

dict(guid="cmi_hl_stanley-szczepanik", slug="stanley-szczepanik", pub="2026-04-02T11:20:00-05:00",
title="Stanley J. Szczepanik (1942 - 2026)",
body="""Stanley Joseph Szczepanik, 83, of Rantoul, passed away Monday, March 30, 2026, at Carle Foundation Hospital in Urbana.

Stan was born in Kankakee to Polish immigrants Jozef and Stanislawa Szczepanik. He served in the U.S. Air Force and was stationed at Chanute Air Force Base, where he met his late wife, Dolores, and he stayed in Rantoul for the rest of his life, running Stan's Auto Glass on Champaign Avenue for thirty-four years.

He is survived by his brother, Bernard "Bernie" Szczepanik of Champaign; his sister, Helen Wozniak of Kankakee; and many nieces and nephews. He was preceded in death by his wife, Dolores, in 2019.

A Mass of Christian Burial will be celebrated at 10 a.m. Tuesday at St. Malachy Catholic Church, Rantoul. Burial with military honors in Maple Grove Cemetery.""",
gold=[]),   # CMI021 is do_not_contact

dict(guid="cmi_hl_yvette-desmet", slug="yvette-marie-desmet", pub="2026-04-22T10:00:00-05:00",
title="Yvette Marie DeSmet (1946 - 2026)",
body="""Yvette Marie DeSmet, 79, of Urbana, née Van Hoorebeke, died Sunday, April 19, 2026, at Clark-Lindsey Village.

Yvette was born in Moline into the Belgian community there, the daughter of Achiel and Margriet Van Hoorebeke, and she kept the family rolling-bowl trophy on her mantel all her life. She came to Urbana in 1968 with her husband, Julien DeSmet, and worked for twenty-seven years in the University of Illinois library's cataloguing department.

She is survived by her brother, Maurice Van Hoorebeke of Urbana; her sons, Marc DeSmet of Bloomington and Paul DeSmet of Urbana; and four grandchildren. She was preceded in death by her husband, Julien, in 2015, and by her sister, Paula Vermeulen.

A funeral Mass will be celebrated at 11 a.m. Saturday at St. Patrick Catholic Church, Urbana. Inurnment in Mount Hope Cemetery.""",
gold=[("CMI020", "survivor")]),

dict(guid="cmi_hl_francis-oberkfell", slug="francis-oberkfell", pub="2026-05-08T15:30:00-05:00",
title="Francis X. \"Frank\" Oberkfell (1932 - 2026)",
body="""Francis Xavier "Frank" Oberkfell, 93, of Urbana, died Wednesday, May 6, 2026, at OSF Heart of Mary Medical Center.

Frank was born in Teutopolis and came to Urbana in 1956 as a draftsman for the Illinois Central. He and his late wife, Rosemary, raised their family on West Oregon Street, and for forty years he kept the books of the Urbana Knights of Columbus.

He is survived by his daughter, MaryBeth Oberkfell of Urbana, who cared for him at home; his son, Thomas (Kathy) Oberkfell of Effingham; and three grandchildren. He was preceded in death by his wife, Rosemary, in 2012.

A Mass of Christian Burial will be celebrated at 10 a.m. Monday at St. Patrick Catholic Church, Urbana, with the Rev. Anthony Quarles as celebrant. Burial in St. Anthony Cemetery, Teutopolis.""",
gold=[("CMI003", "survivor")]),

dict(guid="cmi_hl_marjorie-fulkerson", slug="marjorie-fulkerson", pub="2026-06-03T09:10:00-05:00",
title="Marjorie Ann Fulkerson (1935 - 2026)",
body="""Marjorie Ann Fulkerson, 90, of Ogden, went home to be with the Lord on Monday, June 1, 2026.

Marjorie was born in Homer and married Everett Fulkerson in 1954. She was a cook at the Ogden grade school for twenty-six years and a charter member of Ogden Christian Church, where she taught the four-year-olds' Sunday school class until she was eighty.

She is survived by her daughter, JoAnn Trimmell and her husband, Russ, of St. Joseph; her son, Kevin Fulkerson of Fithian; seven grandchildren; and twelve great-grandchildren. She was preceded in death by her husband, Everett, and by a son, Mark.

Funeral services will be held at 11 a.m. Friday at Ogden Christian Church. Burial in Ogden Cemetery.""",
gold=[("CMI010", "survivor"), ("CMI011", "survivor")]),

dict(guid="cmi_hl_harold-wendtland", slug="harold-eugene-wendtland", pub="2026-06-24T13:45:00-05:00",
title="Harold Eugene \"Hal\" Wendtland (1946 - 2026)",
body="""Harold Eugene "Hal" Wendtland, 80, of Champaign, died Sunday, June 21, 2026, at Carle Foundation Hospital, Urbana.

Hal was born February 11, 1946, in Tolono, the son of Eugene and Hilda (Rueter) Wendtland. He graduated from Unity High School and the University of Illinois, and he taught industrial arts at Champaign Centennial High School for thirty-three years. He married Loretta Schnetzler on August 20, 1966, at St. John Lutheran Church, Sidney.

He is survived by his wife of 59 years, Loretta (Schnetzler) Wendtland; his children, Karl (Brenda) Wendtland of Mahomet and Lisa (Tom) Hardesty of Naperville; and five grandchildren. He was preceded in death by his parents and his sister, Ruth Ann Jacobs.

Funeral services will be held at 11 a.m. Monday at St. John Lutheran Church, Sidney. Visitation will be from 4 to 7 p.m. Sunday at the Hartsock & Lindqvist Champaign chapel.""",
gold=[("CMI001", "deceased_client"), ("CMI002", "spouse_of_deceased_client")]),
]
