"""Lakeshore Van Zyl Chapel (invented funeral home, chapels in Muskegon, Norton Shores and Spring Lake):
funeral-home site, titles "Name (1945 - 2026)", one-sentence plain description, HTML in content:encoded.
Hand-labelled: gold=[(client_id, role), ...] beside each text."""

FEED = "lvz"
ITEMS = [
dict(guid="mkg_lvz-obit-gerald-kooiman-sr", pub="2026-01-21T10:15:00-05:00", title="Gerald Kooiman Sr. (1945 - 2026)",
body="""Gerald "Gerry" Kooiman Sr., age 80, of Norton Shores, passed away on Sunday, January 18, 2026, at Trinity Health Muskegon, surrounded by his family.

Gerry was born June 2, 1945, in Muskegon to Gerrit and Jennie (Bolt) Kooiman. He graduated from Muskegon High School in 1963 and worked 34 years as a pattern maker at the foundry on Sherman Boulevard. He served as an elder at Lakeside Reformed Church, coached Little League for two decades and could back a boat trailer down the Hoffmaster ramp faster than anyone on the lake.

Gerry is survived by his wife of 58 years, Lois (Brink) Kooiman; his son, Jerry (Tammy) Kooiman of Norton Shores; his daughter, Karen (Mike) DeYoung of Hudsonville; six grandchildren, including Caleb and Owen Kooiman; and his sister, Arlene Bosma of Jenison. He was preceded in death by his brother, Wilbur.

A funeral service will be held at 11 a.m. Saturday at Lakeside Reformed Church, with Rev. Daniel Terpstra officiating. Visitation will be Friday from 5 to 7 p.m. at the Norton Shores chapel. Memorial contributions may be made to Harbor Hospice.""",
gold=[("MKG010", "survivor"), ("MKG011", "survivor")]),

dict(guid="mkg_lvz-obit-jose-luis-zamarripa-rios", pub="2026-02-12T09:30:00-05:00", title="José Luis Zamarripa Ríos (1944 - 2026)",
body="""José Luis Zamarripa Ríos, 81, of Muskegon, went to be with the Lord on February 9, 2026, at his home on Wood Street, with his rosary in his hand.

José Luis was born August 25, 1944, in Moroleón, Guanajuato, México. He came to Michigan in 1966 to pick cherries and asparagus in Oceana County and stayed to work 31 years at the paper mill. He was a founding member of the Guadalupanos at St. Joseph Church and grilled the carne asada for every parish festival for forty years.

He is survived by his wife of 57 years, María Guadalupe Olvera de Zamarripa; his daughter, Rosa Elena Zamarripa and her husband, Joaquín Castellanos, of Muskegon; his sons, Luis Alberto Zamarripa of Holland and Miguel Zamarripa of Chicago; eight grandchildren; and his brother, Ramón, in Moroleón.

Le sobreviven su esposa María Guadalupe; sus hijos Rosa Elena (Joaquín), Luis Alberto y Miguel; y sus nietos, que lo recordarán siempre.

A Rosary will be prayed Thursday at 7 p.m. at the Muskegon chapel. The Mass of Christian Burial will be celebrated Friday at 10 a.m. at St. Joseph Church, with Father Tomás Aguilar as celebrant.""",
gold=[("MKG012", "survivor")]),

dict(guid="mkg_lvz-obit-stanley-wojtalik", pub="2026-04-09T11:00:00-04:00", title="Stanley J. Wojtalik (1944 - 2026)",
body="""Stanley Joseph Wojtalik, 81, of Muskegon, died peacefully on Monday, April 6, 2026, at Hackley Hospice Residence.

Stan was born November 20, 1944, in Muskegon to Jozef and Helena (Nowicki) Wojtalik, and grew up on Lemuel Street a block from St. Michael's, where he served Mass as a boy and later ushered for fifty years. He retired in 2006 after 38 years as a millwright at the engine plant. He polkaed at every wedding at the Polish Falcons hall and made kielbasa in his garage every December with a recipe no one has ever seen written down.

He is survived by his wife of 59 years, Dorothy "Dottie" (Grzesiak) Wojtalik; his children, Mark (Julie) Wojtalik of Grand Rapids and Christine (Paul) Maris of Spring Lake; five grandchildren; his sister, Bernice Przybylski of Whitehall; and his brother-in-law, Ray (Irene) Grzesiak of Fruitport.

A Mass of Christian Burial will be celebrated at 11 a.m. Saturday at St. Michael's Church, with visitation one hour before. Pallbearers will be his grandsons and his longtime friend Ted Kaczmarczyk. Burial will follow in St. Mary's Cemetery.""",
gold=[("MKG003", "deceased_client"), ("MKG004", "spouse_of_deceased_client"), ("MKG018", "survivor")]),

dict(guid="mkg_lvz-obit-lucas-allen-boerema", pub="2026-05-19T14:20:00-04:00", title="Lucas Allen Boerema (2006 - 2026)",
body="""Lucas Allen Boerema, 19, of Montague, died unexpectedly on Friday, May 15, 2026, as the result of a car accident on Whitehall Road.

Lucas was born March 3, 2006, in Muskegon. He graduated from Montague High School in 2024, where he played tight end for the Wildcats, and was in his second year of the welding program at Muskegon Community College. He loved his truck, deer camp and his dog, Rocco.

He is survived by his parents, Dale and Kristin Boerema of Montague; his sister, Emma; his grandparents, Wayne and Judy Boerema of Rothbury; and his girlfriend, Kaylee.

A celebration of Lucas's life will be held at 2 p.m. Thursday at the Montague High School gymnasium.""",
gold=[]),

dict(guid="mkg_lvz-obit-dolores-lisowski", pub="2026-08-04T10:05:00-04:00", title="Dolores A. Lisowski (1954 - 2026)",
body="""Dolores Ann "Dee" Lisowski, 72, of Muskegon, went home to the Lord on Saturday, August 1, 2026, after a brave fight with pancreatic cancer.

Dee was born April 11, 1954, in Muskegon and worked 30 years as a unit secretary at Hackley Hospital, where the nurses called her the real charge nurse. She bowled on Tuesday nights at Northway Lanes, never missed a Lumberjacks hockey game and was the first one in line for paczki every Fat Tuesday.

She is survived by her son, Connor Lisowski, and his fiancée, Brianna Tollefsrud, of Whitehall; her daughter, Megan Lisowski of Kalamazoo; and her brother, Richard Zielinski. She was preceded in death by her husband, Edward, in 2019.

A funeral Mass will be held at 10 a.m. Thursday at St. Francis de Sales Church.""",
gold=[("MKG022", "survivor")]),

dict(guid="mkg_lvz-obit-anna-mae-scholma", pub="2026-09-14T09:40:00-04:00", title="Anna Mae Scholma (1938 - 2026)",
body="""Anna Mae Scholma, age 87, of Fruitport, went to be with her Savior on Thursday, September 10, 2026, at her home on Pontaluna Road.

Anna Mae was born December 1, 1938, in Coopersville to Harm and Grace (Bouwman) Kamps. She married Jacob Scholma in 1959, and together they ran a dairy farm and a roadside blueberry stand that drew customers from three counties. She taught Sunday school at Fruitport Christian Reformed Church for 45 years and made a banket every Christmas for the mail carrier.

Anna Mae is survived by her daughter, Bonnie (Hal) Pruim of Twin Lake; her son, Kenneth (Deb) Scholma of Coopersville; seven grandchildren; and twelve great-grandchildren. She was preceded in death by her husband, Jacob, in 2015.

A funeral service will be held at 11 a.m. Monday at Fruitport Christian Reformed Church. Visitation will be Sunday from 3 to 5 p.m. at the Spring Lake chapel.""",
gold=[("MKG009", "deceased_client"), ("MKG021", "survivor"), ("MKG020", "survivor")]),
]
