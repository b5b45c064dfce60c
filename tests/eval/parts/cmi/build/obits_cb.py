"""Champaign County Faith & Community Bulletin: notices sent in by congregations (a North Champaign Black
Baptist church, a Nigerian fellowship, a Mexican Catholic parish in Rantoul, a Korean Presbyterian church, an
Irish Catholic family). Teaser description + HTML in content:encoded. Hand-labelled (`gold=` beside each)."""

FEED = "cb"
ITEMS = [
dict(guid="cmi_cb_2026_0130_strozier", pub="2026-01-30T08:00:00-06:00",
title="Homegoing Celebration: Mother Eula Mae Strozier",
body="""Mother Eula Mae Strozier, 96, of Champaign, answered the Master's call on Sunday, January 25, 2026, at Champaign Terrace.

Mother Strozier was born in Hattiesburg, Mississippi, and came north to Champaign in 1951, where she cooked for University sorority houses for thirty-two years. She was a faithful member of Greater Mount Olive Missionary Baptist Church on North Fifth Street for seventy years, a Mother of the Church, and president of the Usher Board.

She leaves to cherish her memory her daughter, Marvella Strozier Gatewood of Champaign; her grandson, Deacon Lamont Gatewood (Tanisha) of Champaign; her granddaughter, Keisha Gatewood; seven great-grandchildren; and a host of nieces, nephews, church family and friends. She was preceded in death by her husband, Rev. Otis Strozier, and her son, Otis Jr.

Homegoing services will be held at 11 a.m. Saturday at Greater Mount Olive, Pastor Cedric Barnwell officiating. Interment at Mount Hope Cemetery.""",
gold=[("CMI013", "survivor"), ("CMI014", "survivor")]),

dict(guid="cmi_cb_2026_0320_okonjo", pub="2026-03-20T09:00:00-05:00",
title="Transition to Glory: Mrs. Adunni Abike Okonjo (née Adeyemi)",
body="""With gratitude to God for a life well spent, the Okonjo family of Ibadan and Urbana announces the transition to glory of their mother and grandmother, Mrs. Adunni Abike Okonjo (née Adeyemi), 84, of Bodija, Ibadan, Oyo State, Nigeria, on Friday, March 13, 2026.

Mama Okonjo was a headmistress in Ibadan for thirty years and a founding member of the Christ Apostolic Church women's fellowship in Bodija. She visited Urbana six times and told everyone she met at Redeemed Fellowship that Illinois was too flat and too cold.

She is survived by her children, Dr. Babatunde "Tunde" Okonjo (Folake) of Urbana, Illinois; Mrs. Funmilayo Adeola (Segun) of Lagos; and Engr. Olumide Okonjo of London; and eleven grandchildren. She was preceded in death by her husband, Pa Samuel Okonjo.

A Service of Songs will be held at Redeemed Fellowship of Urbana, 1907 E. Main St., at 6 p.m. Friday, March 27. Burial will take place in Ibadan.""",
gold=[("CMI008", "survivor")]),

dict(guid="cmi_cb_2026_0612_ocampo", pub="2026-06-12T10:00:00-05:00",
title="Herminia Ocampo de Villaseñor (1947 - 2026)",
body="""Herminia Ocampo de Villaseñor, 79, de Rantoul, falleció el martes 9 de junio de 2026 en el Carle Foundation Hospital de Urbana. Herminia Ocampo de Villaseñor, 79, of Rantoul, died Tuesday, June 9, 2026, at Carle Foundation Hospital in Urbana.

Nació en Apaseo el Grande, Guanajuato, y llegó a Rantoul en 1989 con su esposo, Fidel Villaseñor. She worked for twenty years at the Rantoul poultry plant and was a catechist at St. Malachy Catholic Church, where she made the tamales for every Guadalupe feast.

Le sobreviven su hija, Ximena Villaseñor Ocampo, y su esposo, Rogelio Mendoza, de Rantoul; su hijo, Fidel Villaseñor Jr., de Aurora; y siete nietos. She is survived by her daughter, Ximena Villaseñor (Rogelio Mendoza) of Rantoul; her son, Fidel Villaseñor Jr. of Aurora; and seven grandchildren. She was preceded in death by her husband, Fidel.

El rosario será el jueves a las 7 p.m. y la misa de cuerpo presente el viernes a las 10 a.m. en St. Malachy Catholic Church, Rantoul.""",
gold=[("CMI005", "survivor")]),

dict(guid="cmi_cb_2026_0708_yoon", pub="2026-07-08T09:30:00-05:00",
title="In Memoriam: Kwonsa Yoon Soon-ja (윤순자)",
body="""Kwonsa (Deaconess) Yoon Soon-ja, 88, of Champaign, was called home to the Lord on Saturday, July 4, 2026, at Carle Foundation Hospital.

Born in Daegu, Korea, Mrs. Yoon came to Champaign in 2004 to live with her son's family. She rose before dawn every day for prayer at Hanbit Korean Presbyterian Church and taught a generation of church children to fold paper cranes and to bow properly at New Year.

She is survived by her son, Chae Dong-hyun (Dong-hyun Chae), and her daughter-in-law, Eun-hee (Grace) Chae, of Champaign; her daughter, Chae Mi-kyung of Seoul; and four grandchildren. Her husband, Elder Chae Byung-ho, went before her in 1999.

A funeral service will be held at 10 a.m. Thursday at Hanbit Korean Presbyterian Church, 2301 S. Neil St., Champaign, Rev. Park Joon-seo officiating.""",
gold=[("CMI012", "survivor")]),

dict(guid="cmi_cb_2026_0818_gatewood", pub="2026-08-18T08:00:00-05:00",
title="Homegoing Celebration: Lamont Jerome \"Monty\" Gatewood",
body="""Lamont Jerome "Monty" Gatewood, 19, of Champaign, was called home much too soon on Thursday, August 13, 2026.

Monty graduated from Champaign Central High School in 2025, where he ran the 400 meters, and was in his second year at Parkland College studying to be a physical therapist assistant. He sang tenor in the youth choir at Greater Mount Olive Missionary Baptist Church and could make his grandmother laugh in the middle of a sermon.

He leaves to cherish his memory his mother, Keisha Gatewood; his father, Andre Pruitt; his sister, Destiny; his grandmother, Mother Marvella Gatewood; his uncle and namesake, Deacon Lamont Gatewood (Tanisha); his cousins, Malik and Jada; and a host of relatives and friends.

Homegoing services will be held at noon Saturday at Greater Mount Olive, Pastor Cedric Barnwell officiating. Interment at Mount Hope Cemetery.""",
gold=[("CMI013", "survivor"), ("CMI014", "survivor")]),   # the deceased is a young namesake of CMI014, who survives him

dict(guid="cmi_cb_2026_0917_mayweather", pub="2026-09-17T08:00:00-05:00",
title="Homegoing Celebration: Brother Clarence Mayweather",
body="""Brother Clarence Mayweather, 87, of Champaign, entered into eternal rest on Saturday, September 12, 2026.

Brother Mayweather drove a Champaign-Urbana Mass Transit bus for thirty-one years and knew half of North Champaign by their stop. He was a deacon emeritus of Greater Mount Olive Missionary Baptist Church.

He leaves to cherish his memory his wife of 64 years, Odessa Mayweather; his daughters, Lynette Mayweather Banks of Chicago and Carolyn Mayweather of Champaign; and five grandchildren.

Homegoing services will be held at 11 a.m. Friday at Greater Mount Olive, Pastor Cedric Barnwell officiating. The obituary will be read by Mother Marvella Gatewood. Pallbearers: Deacon Lamont Gatewood, Dwayne Hollinshead Jr., Marcus Beal, Terrence Banks, Willie Odom and Curtis Mayweather.""",
gold=[]),   # reader and pallbearers are not survivors

dict(guid="cmi_cb_2026_1023_kavanagh", pub="2026-10-23T09:00:00-05:00",
title="Brendan Michael Kavanagh (1955 - 2026)",
body="""Brendan Michael Kavanagh, 71, of Bloomington, died peacefully on Tuesday, October 20, 2026, at OSF St. Joseph Medical Center, fortified by the sacraments of Holy Mother Church.

Born in Dublin, Ireland, Brendan emigrated to Chicago in 1977 and came to Bloomington in 1985 as a claims adjuster for State Farm. He never lost his accent, sang "The Parting Glass" at every wake he attended, and coached hurling for the Bloomington-Normal Gaels.

He is survived by his wife, Maureen (Doyle) Kavanagh; his sister, Deirdre O'Shaughnessy (Pat) of Savoy; his brother, Fr. Liam Kavanagh of Dublin; and his children, Niamh and Conor. He was preceded in death by his parents, Seamus and Brigid Kavanagh.

A Funeral Mass will be celebrated at 10 a.m. Monday at Holy Trinity Church, Bloomington. A reception will follow at the parish hall.""",
gold=[("CMI016", "survivor"), ("CMI015", "survivor")]),
]
