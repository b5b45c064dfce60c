"""Funeraria San Jacinto (Pasadena and Katy chapels): bilingual funeral-home site, teaser description, HTML in
content:encoded, permalink guids. Hand-labelled."""

FEED = "funeraria"
BASE = "https://www.funerariasanjacinto.example/obituarios/hou_"
ITEMS = [
dict(guid=BASE + "ana-lucia-hernandez-2026", pub="2026-01-22T13:00:00-06:00", title="Ana Lucía Hernández (2003 - 2026)",
body="""Ana Lucía Hernández, 22, of Katy, passed away on January 18, 2026, after a brave two-year fight with leukemia.

Ana Lucía was a senior nursing student at the University of Houston and worked weekends at the pediatric unit of Texas Children's West Campus. She loved cumbias, her nieces and her dog, Chispa.

She is survived by her parents, Roberto and Silvia Hernández of Katy; her brothers, Roberto Jr. and Iván; her grandparents, Don Felipe and Doña Amparo Hernández of Monterrey, N.L.; and her fiancé, Luis Ortega.

Rosario el jueves a las 7 p.m.; Misa funeral el viernes a las 10 a.m. en la parroquia St. Bartholomew, Katy.""",
gold=[]),

dict(guid=BASE + "rogelio-salinas-sr", pub="2026-03-02T12:20:00-06:00", title="Rogelio Salinas Sr. (1944 - 2026)",
body="""Rogelio Salinas Sr., 81, of Pasadena, passed away surrounded by his family on February 26, 2026.

Born in Alice, Texas, Rogelio came to Pasadena in 1963 and spent 38 years as a pipefitter along the Houston Ship Channel. He coached Little League at Memorial Park in Pasadena for twenty years and never lost an argument about Nolan Ryan.

He is survived by his wife of 59 years, Consuelo; his son, Rogelio "Roy" Salinas Jr. (Diana) of Baytown; his daughters, Yolanda Treviño and Irma Salinas of Pasadena; nine grandchildren and three great-grandchildren.

Velorio y rosario el domingo a las 6 p.m. en nuestra capilla de Pasadena; Misa el lunes a las 10 a.m., St. Pius V.""",
gold=[("HOU019", "survivor")]),

dict(guid=BASE + "juan-carlos-hernandez-solis", pub="2026-07-14T10:45:00-05:00", title="Juan Carlos Hernández Solís (1964 - 2026)",
body="""Juan Carlos Hernández Solís, 61, of Katy, died unexpectedly on July 10, 2026, at Memorial Hermann Katy Hospital.

Born August 5, 1964, in San Luis Potosí, Mexico, Juan Carlos came to Houston in 1983 and founded JC Hernández Roofing in 1996, a company that put roofs on half of Morton Ranch. He was a Knight of Columbus, a devoted fan of the Tigres and a generous man who never sent a widow a bill.

He is survived by his wife of 35 years, Ana Lucía (Rangel) Hernández; his sons, Carlos and Daniel; his daughter, Marisol; his mother, Doña Refugio Solís; and five grandchildren.

Velorio el miércoles de 5 a 9 p.m.; Misa el jueves a las 10 a.m. en St. Bartholomew, Katy. Descanse en paz.""",
gold=[("HOU006", "deceased_client"), ("HOU007", "spouse_of_deceased_client")]),
]
