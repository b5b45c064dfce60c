"""Lindeman-Rhoads Funeral Home (Hastings, Aurora and Grand Island chapels): funeral-home site, HTML in
content:encoded, one-sentence plain description, permalink guids. Hand-labelled."""

BASE = "https://www.lindemanrhoads.example/obituaries/"
ITEMS = [
dict(guid="gri_lrfh-2026-eldon-rathjen", pub="2026-04-18T14:10:00-05:00", title="Eldon R. Rathjen",
body="""Eldon Ray Rathjen, age 82, of Hastings, passed away on Thursday, April 16, 2026, at Mary Lanning Healthcare.

Eldon was born on March 22, 1944, in Hastings, the son of Reinhold and Martha (Bruning) Rathjen. He graduated from Hastings High School in 1962 and served in the U.S. Army in Germany. For 38 years he was a machinist at Dutton-Lainson, and he spent his retirement restoring Farmall tractors in the shed behind his house on North Hastings Avenue.

Eldon married Marvel Kohmetscher in 1966; she preceded him in death in 2017.

He is survived by his children, Scott (Lisa) Rathjen of Omaha and Cheryl (Dan) Meyer of Juniata; six grandchildren; and his faithful dog, Ike.

Funeral services will be held at 10:00 a.m. Wednesday at First St. Paul's Lutheran Church in Hastings. Scripture will be read by his neighbor, Dottie Schimmer. Military honors by the Hastings American Legion Post 11.""",
gold=[("GRI016", "deceased_client")]),

dict(guid="gri_lrfh-2026-gerald-oltmanns-sr", pub="2026-05-22T10:45:00-05:00", title="Gerald H. Oltmanns Sr.",
body="""Gerald Henry Oltmanns Sr., 84, of Kearney, passed away peacefully on Tuesday, May 19, 2026, at CHI Health Good Samaritan.

Gerald was born on Dec. 8, 1941, in Minden. He owned Oltmanns Implement in Kearney for 30 years and served on the Kearney Public Schools board. He never sold a tractor he would not have driven himself.

He is survived by his wife of 61 years, Elaine; his son, Gerald "Jerry" Oltmanns Jr. (Tamara) of Kearney; his daughter, Paula Oltmanns of Lincoln; and five grandchildren.

Services will be held at 10:30 a.m. Saturday at Zion Lutheran Church, Kearney. Memorials to the Kearney Area Community Foundation.""",
gold=[("GRI006", "survivor")]),

dict(guid="gri_lrfh-2026-ramon-villalpando", pub="2026-06-03T16:20:00-05:00", title="Ramón Villalpando Ibarra",
body="""Ramón Villalpando Ibarra, 88, of Lexington, Nebraska, passed away on Sunday, May 31, 2026, surrounded by his family.

Ramón was born in Jerez, Zacatecas, Mexico, on April 2, 1938. He came to Nebraska in 1979 to work at the packing plant in Lexington and later at the plant in Grand Island, and he sent for his wife and six children the following year. Ramón loved his garden, his rancheras and Sunday dinner with all of his grandchildren at one table.

Le sobreviven sus hijos: Ramiro (Consuelo "Connie") Villalpando de Grand Island, Teresa Villalpando de Lexington y Javier (Maribel) Villalpando de Cozad; 19 nietos y 11 bisnietos.

He was preceded in death by his wife, Guadalupe, in 2015, and a son, Miguel.

Rosary will be recited at 7 p.m. Thursday and Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Ann Catholic Church, Lexington. Burial at Greenwood Cemetery.""",
gold=[("GRI018", "survivor"), ("GRI017", "survivor")]),

dict(guid="gri_lrfh-2026-esperanza-mejia", pub="2026-07-09T11:05:00-05:00", title="Esperanza Mejía de Ortiz",
body="""Esperanza Mejía de Ortiz, 77, of Grand Island, passed away on Monday, July 6, 2026, at St. Francis Medical Center.

Esperanza was born in Chinandega, Nicaragua, and came to Grand Island in 1996. She cooked for the Catholic Daughters' fall dinner for twenty years and taught half the women of the parish how to make nacatamales.

She is survived by her daughter, Rosa Ortiz of Grand Island; her son, Julio Ortiz of Los Angeles; and four grandchildren. She was preceded in death by her husband, Julio César Ortiz.

A funeral Mass will be celebrated at 10 a.m. Saturday at the Cathedral of the Nativity of the Blessed Virgin Mary in Grand Island. Burial at Grand Island Cemetery.""",
gold=[("GRI009", "survivor")]),

dict(guid="gri_lrfh-2026-harold-pfeifer", pub="2026-08-12T09:30:00-05:00", title="Harold D. Pfeifer",
body="""Harold Dean Pfeifer, 81, of Aurora, passed away on Sunday, August 9, 2026, at Memorial Hospital in Aurora.

Harold was born on Oct. 14, 1944, in Giltner. He drove a grain truck for the Aurora Co-op for 34 years and never once, by his own account, got it stuck.

Survivors include his wife, Carol; his sons, Brent (Janelle) Pfeifer of Aurora and Kyle Pfeifer of Grand Island; and seven grandchildren, including Kenzie Pfeifer of Aurora.

Funeral services will be at 10:30 a.m. Friday at Faith Lutheran Church, Aurora, with Pastor Ryan Oehlerking officiating. Pallbearers will be his grandsons and Lyle Bohlken.""",
gold=[("GRI014", "survivor"), ("GRI013", "survivor")]),

dict(guid="gri_lrfh-2026-marcella-sughroue", pub="2026-09-15T15:40:00-05:00", title="Marcella A. Sughroue",
body="""Marcella Ann Sughroue, 92, of Kearney, passed away on Saturday, Sept. 12, 2026, at Mount Carmel Home.

Marcella was born in Atkinson in 1934, the daughter of Irish ranchers, and married Francis Sughroue in 1955. She taught second grade at Emerson Elementary in Kearney for 28 years.

She is survived by her son, Pat (Mary Jo) Sughroue of Kearney; her daughter, Anne Ruhter of Grand Island; a grandson, Duane Ruhter of Grand Island; and three great-grandchildren. She was preceded in death by her husband, Francis.

Mass of Christian Burial will be 10 a.m. Thursday at St. James Catholic Church, Kearney.""",
gold=[("GRI008", "survivor"), ("GRI007", "survivor")]),
]
