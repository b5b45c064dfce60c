"""Riverbend & Lier Funeral Chapels (Fargo, West Fargo, Moorhead): funeral-home site, HTML in content:encoded,
a one-sentence plain description. Hand-labelled (gold beside each text)."""

FEED = "rlfc"
ITEMS = [
dict(guid="far_rlfc_raymond-fettig-sr", pub="2026-02-09T10:15:00-06:00", title="Raymond Fettig Sr. (1934 - 2026)",
body="""Raymond Joseph Fettig Sr., 91, of Casselton, died Thursday, February 5, 2026, at Casselton Good Samaritan Center, with his rosary in his hand.

Ray was born November 2, 1934, on the family farm south of Strasburg, N.D., to Anton and Magdalena (Wolf) Fettig, and grew up speaking the German his grandparents brought from the Black Sea colonies. He married Rosina Kraft at Sts. Peter and Paul Church, Strasburg, in 1956, and the couple farmed near Casselton for forty-one years. He never missed a Sunday Mass, a threshing bee or a plate of knoephla soup, and he could still name every horse his father owned.

He is survived by his son, Raymond "Ray" Fettig Jr. (Darlene) of West Fargo; his daughter, Theresa (Gary) Schmaltz of Bismarck; eight grandchildren; and fourteen great-grandchildren. He was preceded in death by his wife, Rosina, in 2019, his brothers, Anton Jr. and Pius, and his sister, Christina Bosch.

A vigil service with the rosary will be held at 7 p.m. Tuesday at St. Leo's Catholic Church, Casselton. The Mass of Christian Burial will be celebrated there at 10:30 a.m. Wednesday, with burial in St. Leo's Cemetery. Pallbearers are his grandsons Kyle, Brandon and Tyler Fettig, Nathan Schmaltz, Jerry Bachmeier and Lyle Gefroh.""",
gold=[("FAR003", "survivor"), ("FAR004", "survivor")]),

dict(guid="far_rlfc_guadalupe-escamilla", pub="2026-03-03T09:40:00-06:00", title="Guadalupe \"Lupe\" Escamilla (1946 - 2026)",
body="""Guadalupe "Lupe" Escamilla, 79, of Moorhead, went to be with the Lord on Saturday, February 28, 2026, at Sanford Medical Center Fargo, surrounded by her children and grandchildren.

Lupe was born in Crystal City, Texas, to Rafael and Juana (Ybarra) Escamilla. Every spring from the time she was eleven, her family rode north in the back of a truck to thin and hoe sugar beets in the Red River Valley, and in 1968 they stayed. She worked thirty years at the American Crystal Sugar plant in Moorhead, taught catechism at St. Francis de Sales and made the tamales for every quinceañera, baptism and wedding in the parish.

Le sobreviven sus hijas, Rosalinda "Rosie" Zamarripa (Efraín) de Moorhead y Yolanda Escamilla de Dilworth; su hijo, Rafael Escamilla de Crystal City, Texas; y once nietos. She is survived by her daughters, Rosie Zamarripa and her husband, Efrain, of Moorhead and Yolanda Escamilla of Dilworth; her son, Rafael Escamilla of Crystal City, Texas; and eleven grandchildren. She was preceded in death by her husband, Jesús, and her brother, Tomás.

El rosario se rezará el jueves a las 6 p.m. en la capilla de Moorhead. The Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Francis de Sales Catholic Church, Moorhead, with Father Luis Cárdenas presiding. Burial will follow at Calvary Cemetery, Moorhead.""",
gold=[("FAR007", "survivor"), ("FAR006", "survivor")]),

dict(guid="far_rlfc_bhim-kumari-dhakal", pub="2026-03-21T14:05:00-05:00", title="Bhim Kumari Dhakal (1941 - 2026)",
body="""Bhim Kumari Dhakal, 84, of Fargo, passed away peacefully on Wednesday, March 18, 2026, at her daughter's home in south Fargo.

She was born in Samtse, in southern Bhutan, where her family farmed cardamom and oranges. In 1992 the family was forced to leave Bhutan, and she spent eighteen years in the Beldangi refugee camp in eastern Nepal, where she was known for her garden and her patience with the camp's children. She came to Fargo in 2010. Even in winter she kept chili plants alive on every windowsill, and she never missed the evening prayers at the Hindu temple.

She is survived by her daughter, Dil Maya Kharel, and son-in-law, Hari Prasad Kharel, of Fargo; her sons, Khem Dhakal of Columbus, Ohio, and Tika Dhakal of Nepal; and nine grandchildren. She was preceded in death by her husband, Dhan Bahadur Dhakal.

Funeral rites were held Thursday at the Riverbend chapel, followed by cremation. A thirteen-day period of mourning (kiriya) is being observed by the family. Shraddha prayers will be held at the Bhutanese Community Hall on 25th Street South.""",
gold=[("FAR014", "survivor"), ("FAR015", "survivor")]),

dict(guid="far_rlfc_curtis-james-haarstad", pub="2026-04-04T11:30:00-05:00", title="Curtis James Haarstad (2001 - 2026)",
body="""Curtis James Haarstad, 24, of Fargo, died Tuesday, March 31, 2026, as the result of a highway accident near Valley City.

Curtis graduated from Fargo North High School in 2019 and from North Dakota State College of Science in Wahpeton, and was working as a diesel technician for a Fargo trucking company. He loved pheasant hunting with his dad, the Bison and his black Lab, Rooster.

He is survived by his parents, Mark and Lisa Haarstad of Fargo; his sister, Brooke Haarstad of Grand Forks; his grandparents, Vernon and Ardis Haarstad of Mayville; and his girlfriend, Kaylee Berg. He was preceded in death by his grandmother, Judith Opsahl.

Visitation will be held from 5 to 7 p.m. Monday at the Riverbend chapel in Fargo. The funeral will be at 11 a.m. Tuesday at Olivet Lutheran Church, Fargo.""",
gold=[]),

dict(guid="far_rlfc_sigurd-rustebakke", pub="2026-04-20T08:50:00-05:00", title="Sigurd \"Sig\" Rustebakke (1940 - 2026)",
body="""Sigurd Martin "Sig" Rustebakke, 85, of Hawley, died Friday, April 17, 2026, at his home, the farmhouse his grandfather built.

Sig was born June 11, 1940, in Hawley Township, Clay County, to Martin and Olga (Furuseth) Rustebakke. He was baptized and confirmed at Our Savior's Lutheran Church in Hawley and graduated from Hawley High School in 1958. He farmed wheat and sugar beets for fifty years, served on the Hawley school board and the Clay County Farm Bureau, and drove the church's lutefisk-supper van every November for as long as anyone can remember.

He married Gudrun Aune in 1963; she died in 2017. He is survived by his son, Martin Rustebakke (Julie) of Hawley; his daughter, Karin Lien (Paul) of Detroit Lakes; five grandchildren; and his sister, Olga Mae Fossum of Ada.

The funeral will be at 11 a.m. Thursday at Our Savior's Lutheran Church, Hawley, with the Rev. Kristin Aasheim officiating. Burial will be in Hawley Lutheran Cemetery. Visitation one hour before the service.""",
gold=[("FAR008", "deceased_client")]),

dict(guid="far_rlfc_maria-elena-salinas", pub="2026-05-26T16:20:00-05:00", title="María Elena Salinas de Zamarripa (1933 - 2026)",
body="""María Elena Salinas de Zamarripa, 92, of Crystal City, Texas, died Thursday, May 21, 2026, at the home of her granddaughter in Crystal City.

She was born in Carrizo Springs, Texas, and for twenty summers followed the crops north to Minnesota with her husband, Efraín Zamarripa Sr., and their eight children. The family's cooking, her sons say, fed half the beet camps between Moorhead and Crookston.

Le sobreviven sus hijos, Efraín Zamarripa (Rosalinda) de Moorhead, Minnesota; Arturo Zamarripa de Eagle Pass, Texas; y Noé Zamarripa de Crystal City; sus hijas, Irma Solís y Delia Zamarripa; 23 nietos y 31 bisnietos. She is survived by her sons, Efrain (Rosalinda) Zamarripa of Moorhead, Minnesota, Arturo of Eagle Pass and Noe of Crystal City; her daughters, Irma Solis and Delia Zamarripa; 23 grandchildren and 31 great-grandchildren.

A memorial Mass will be offered at St. Francis de Sales Church in Moorhead on Saturday, May 30, at 9 a.m., for her family and friends in the Red River Valley. Funeral services were held in Crystal City.""",
gold=[("FAR006", "survivor"), ("FAR007", "survivor")]),
]
