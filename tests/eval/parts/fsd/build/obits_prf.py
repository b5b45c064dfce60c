"""Prairie Rose Funeral Chapel (Sioux Falls, Garretson, Canton, Lennox): funeral-home site, HTML in content:encoded,
permalink guids with the fsd_ prefix as item id. Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "prf"
ITEMS = [
dict(guid="fsd_prf_obit_2026_0109_haugland", pub="2026-01-09T10:15:00-06:00",
title="Orrin Haugland (1946 - 2026)",
body="""Orrin Leroy Haugland, 79, of Garretson passed away peacefully on Tuesday, January 6, 2026, at the Palisade Manor in Garretson, surrounded by family.

Orrin was born on August 30, 1946, on the family farm north of Garretson to Olaf and Clara (Rudd) Haugland. He was baptized and confirmed at Our Savior's Lutheran Church and graduated from Garretson High School in 1964. He served in the U.S. Army in Germany, then came home to farm the Haugland place until 2011. Orrin sang bass in the church choir for fifty years and never missed a lutefisk supper, though he privately preferred the meatballs.

Grateful for having shared his life are his wife of 54 years, Darlene; his sons, Kent (Julie) Haugland of Garretson and Brian Haugland of Rapid City; five grandchildren; his sister, Marlys (Arlen) Tollefsrud of Sioux Falls; and many nieces and nephews. He was preceded in death by his parents and his brother, Harold.

Visitation will be Friday from 5 to 7 p.m. with a 7 p.m. prayer service at Prairie Rose Funeral Chapel in Garretson. Funeral services will be 10:30 a.m. Saturday at Our Savior's Lutheran Church, with burial in the Garretson Cemetery in the spring.""",
gold=[("FSD002", "survivor"), ("FSD001", "survivor")]),

dict(guid="fsd_prf_obit_2026_0314_tollefsrud", pub="2026-03-14T09:40:00-05:00",
title="Arlen O. Tollefsrud (1941 - 2026)",
body="""Arlen Odell Tollefsrud, 84, of Sioux Falls died Wednesday, March 11, 2026, at Avera McKennan Hospital.

Arlen was born June 12, 1941, in Baltic to Tollef and Agnes (Moe) Tollefsrud. After graduating from Washington High School in 1959 he attended Augustana College, where he met Marlys Haugland in the Augustana choir. They were married on June 24, 1964, at Our Savior's Lutheran Church in Garretson. Arlen taught industrial arts at Patrick Henry Junior High for 34 years; there are birdhouses he helped build in half the back yards of Sioux Falls.

Arlen is survived by his wife of 61 years, Marlys (Haugland) Tollefsrud; his daughters, Kari (Steve) Lunde of Brookings and Ingrid Tollefsrud of Minneapolis; four grandchildren; and his brother, Norman Tollefsrud of Baltic. He was preceded in death by his parents and his sister, Borghild.

Honorary pallbearers are Gary Vander Wal and Sig Rygh, friends from the Tuesday coffee group.

Visitation will be held Monday from 5 to 7 p.m. at Prairie Rose Funeral Chapel, 4801 S Louise Ave, Sioux Falls. Funeral services will be Tuesday at 11 a.m. at First Lutheran Church, with the Rev. Kristine Aune officiating. Memorials may be directed to the Augustana Choir Tour Fund.""",
gold=[("FSD001", "deceased_client"), ("FSD002", "spouse_of_deceased_client")]),

dict(guid="fsd_prf_obit_2026_0411_rygh", pub="2026-04-11T16:20:00-05:00",
title="Sigurd \"Siggy\" Rygh (2003 - 2026)",
body="""Sigurd James "Siggy" Rygh, 22, of Canton died unexpectedly on Wednesday, April 8, 2026, as the result of a highway accident near Beloit, Iowa.

Siggy was born on May 2, 2003, in Sioux Falls to Mark and Dana (Ellefson) Rygh and grew up in Canton, where he played baseball for the C-Hawks and worked summers at the Canton grain elevator. He was finishing his lineman training at Southeast Technical College and had already signed on with a cooperative in Lincoln County. He was proud to carry the name of his grandfather, and the two of them spent many Saturday mornings fishing below the dam at Lake Alvin.

Siggy is survived by his parents, Mark and Dana Rygh of Canton; his sister, Anna Rygh of Sioux Falls; his grandparents, Sig and Evelyn Rygh of Canton and Ruth Ellefson of Hudson; and his girlfriend, Brooke Haiar.

Visitation will be Tuesday from 5 to 8 p.m. at Prairie Rose Funeral Chapel in Canton. The funeral will be Wednesday at 10:30 a.m. at Trinity Lutheran Church, Canton.""",
gold=[("FSD013", "survivor")]),

dict(guid="fsd_prf_obit_2026_0507_schaefbauer", pub="2026-05-07T11:05:00-05:00",
title="Rose M. Schaefbauer (1935 - 2026)",
body="""Rose Marie Schaefbauer, 90, of Lennox passed away on Monday, May 4, 2026, at the Lennox Good Samaritan Center.

Rose was born on the family farm near Parker on December 1, 1935, the daughter of Anton and Theresa (Kaiser) Eitreim. She married Edwin Schaefbauer at St. Magdalen Catholic Church in Lennox in 1956, and together they farmed east of Lennox for forty years. Rose was a faithful member of the Altar Society, made kolaches for every funeral lunch in the parish, and kept score for the Lennox Orioles town team until she was 85.

She is survived by her children, Gail (Dennis) Heumiller of Lennox, Thomas (Ann) Schaefbauer of Worthington, Minnesota, and Joan Schaefbauer of Sioux Falls; nine grandchildren, including Caleb Heumiller of Sioux Falls; and twelve great-grandchildren. She was preceded in death by her husband, Edwin, in 2009.

The rosary will be prayed Thursday at 7 p.m. and the Mass of Christian Burial celebrated Friday at 10:30 a.m., both at St. Magdalen Catholic Church in Lennox.""",
gold=[("FSD019", "survivor")]),

dict(guid="fsd_prf_obit_2026_0618_villanueva", pub="2026-06-18T14:30:00-05:00",
title="Ramón Villanueva Ortiz (1945 - 2026)",
body="""Ramón Villanueva Ortiz, 80, of Sioux Falls went to be with the Lord on Sunday, June 14, 2026, at home.

Ramón was born on March 19, 1945, in Jerez, Zacatecas, Mexico, to José Villanueva and Guadalupe Ortiz. He came to Sioux Falls in 1979 to work at the meatpacking plant, where he stayed for 28 years, and he was among the first families at the Spanish Mass at St. Mary's. On Sunday afternoons he could be found at the soccer fields at Sherman Park with a cooler of aguas frescas.

Le sobreviven su esposa de 56 años, María Elena Rosales de Villanueva; su hija, Rosalinda "Rosie" Villanueva Rosales y su esposo, Héctor Salcido, de Sioux Falls; su hijo, Javier Villanueva de Omaha, Nebraska; y siete nietos. He is survived by his wife of 56 years, María Elena; his daughter, Rosie Villanueva (Héctor Salcido) of Sioux Falls; his son, Javier of Omaha; and seven grandchildren.

El rosario será el jueves a las 7 p.m. en Prairie Rose Funeral Chapel, 4801 S Louise Ave. Misa de funeral el viernes a las 10 a.m. en St. Mary Catholic Church, Sioux Falls.""",
gold=[("FSD006", "survivor")]),

dict(guid="fsd_prf_obit_2026_0826_mettler", pub="2026-08-26T10:00:00-05:00",
title="Eldon R. Mettler (1952 - 2026)",
body="""Eldon Ray Mettler, 74, of Harrisburg passed away on Sunday, August 23, 2026, at the Dougherty Hospice House in Sioux Falls.

Eldon was born on January 14, 1952, in Hurley to Raymond and Edna (Paulson) Mettler. He drove truck for Lincoln County for 31 years and plowed Cliff Avenue more winters than anyone can count. He loved pheasant season, his Ford 8N and his dog, Tucker.

Eldon is survived by his wife, Sharon; his sons, Cory (Amy) Mettler of Tea and Travis Mettler of Harrisburg; and four grandchildren. He was preceded in death by his parents and his brother, Duane.

The family wishes to thank the staff of Dougherty Hospice House, and their neighbors Brendan and Kristin O'Dwyer, who mowed the lawn and walked Tucker all summer long.

A celebration of life will be held Saturday at 2 p.m. at Harrisburg Community Church.""",
gold=[]),
]
