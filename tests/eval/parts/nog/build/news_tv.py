"""KSCV 13 Santa Cruz Valley News (TV station site): HTML descriptions, web-story style. Hand-labelled."""

ITEMS = [
dict(guid="nog_kscv_20260218_0117", pub="2026-02-18T17:45:00-07:00", title="Fire destroys hay barn at Sonoita ranch; family, horses safe",
body="""SONOITA, Ariz. (KSCV) - A fire early Wednesday destroyed a hay barn and about 400 bales of alfalfa on the Gallardo family's ranch off Elgin Road.

Teo and Marisol Gallardo woke to their dogs barking around 3 a.m. and got all six horses out of the neighboring corral before flames reached it, said Sonoita-Elgin Fire District Chief Roy Wingate. Nobody was hurt.

"We lost the barn and the winter's feed, but we have the horses and we have each other," Marisol Gallardo said. Neighbors have started a hay drive at the Sonoita Fairgrounds.""",
gold=[("NOG013", "subject"), ("NOG014", "subject")]),

dict(guid="nog_kscv_20260309_0204", pub="2026-03-09T18:10:00-07:00", title="Holy Cross Hospital names new chief nursing officer",
body="""NOGALES, Ariz. (KSCV) - Holy Cross Hospital has promoted Lorena Figueroa Tapia, a Rio Rico native who started there as a certified nursing assistant in 2001, to chief nursing officer.

Figueroa, who most recently ran the hospital's emergency department, will oversee about 180 nurses. She earned her nursing degree at Pima Community College and her master's at the University of Arizona while working nights.

"Every nurse here knows she has worked their shift," hospital president Dr. Samuel Ocampo said.""",
gold=[("NOG011", "subject")]),

dict(guid="nog_kscv_20260415_0311", pub="2026-04-15T12:30:00-07:00", title="Nogales customs brokerage marks 25 years on Mariposa Road",
body="""NOGALES, Ariz. (KSCV) - Quijada Customs Brokerage, which started in 2001 with one desk and a fax machine, celebrated 25 years Tuesday with a carne asada for clients, truckers and CBP officers.

Owners Fidencio "Fito" Quijada and his wife, Araceli, now employ 34 people in Nogales and a satellite office in Phoenix and clear about 60 trucks of Sinaloa produce a day in peak season.

"My father crossed tomatoes in a pickup," Fito Quijada said. "Now we do it with software, but it is the same handshake." Port director Gilberto Yescas presented the family with a plaque.""",
gold=[("NOG006", "subject"), ("NOG007", "subject")]),

dict(guid="nog_kscv_20260512_0402", pub="2026-05-12T16:20:00-07:00", title="Rio Rico High senior named Flinn Scholar",
body="""RIO RICO, Ariz. (KSCV) - Rio Rico High School senior Camila Quijada is one of 20 Arizona students named 2026 Flinn Scholars, a full scholarship to an Arizona public university plus study abroad.

Camila, the daughter of Fidencio and Araceli Quijada of Nogales, plans to study chemical engineering at Arizona State University. She is the first Flinn Scholar from Rio Rico High in nine years.

"She did her homework at the brokerage after school, between the phones," her mother said.""",
gold=[("NOG006", "parent_of_subject"), ("NOG007", "parent_of_subject")]),

dict(guid="nog_kscv_20260714_0509", pub="2026-07-14T09:05:00-07:00", title="Monsoon storm topples trees, floods streets in Nogales",
body="""NOGALES, Ariz. (KSCV) - A fast-moving monsoon thunderstorm dropped nickel-size hail and more than an inch of rain on Nogales on Monday evening, toppling trees on Crawford Street and flooding the Morley Avenue underpass.

Jesús María Lizárraga, who has lived on Pajarito Street for 50 years, said he had never seen water so high in the wash behind his house. "It came up in ten minutes," Lizárraga said.

UniSource Energy reported about 2,100 customers without power at the peak. City crews were clearing debris Tuesday.""",
gold=[]),

dict(guid="nog_kscv_20260820_0612", pub="2026-08-20T15:00:00-07:00", title="Nogales native named port director at Mariposa port of entry",
body="""NOGALES, Ariz. (KSCV) - U.S. Customs and Border Protection has named Gilberto Yescas, a Nogales High School graduate who began his career as a CBP officer at the DeConcini crossing in 2003, as port director for the Nogales ports of entry, including Mariposa.

Yescas, who had been acting director since February, will oversee more than 500 officers and one of the busiest commercial crossings on the southern border.

"This is home," Yescas said. "I know what a delay on this line means to families and to growers." """,
gold=[("NOG021", "subject")]),

dict(guid="nog_kscv_20260902_0701", pub="2026-09-02T18:30:00-07:00", title="Douglas deputy named Cochise County deputy of the year",
body="""DOUGLAS, Ariz. (KSCV) - Cochise County Sheriff's Deputy Teodoro Gallardo of Douglas has been named the county's deputy of the year for his work on a rural search-and-rescue team that found three lost hikers in the Chiricahuas last winter.

Gallardo, 31, joined the department in 2019. He was honored at a ceremony in Bisbee on Tuesday.""",
gold=[]),
]
