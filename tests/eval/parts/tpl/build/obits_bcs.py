"""The Bell County Sentinel (Temple) obituaries and death notices: a daily newspaper, legacy-style titles for the
full obituaries, surname-first headings for the short paid notices, plain text. Hand-labelled."""

FEED = "bcs"
ITEMS = [
dict(guid="tpl_bcs-obit-2026-0114", pub="2026-01-14T05:30:00-06:00",
title="Velma Joy Tidwell Obituary (1944 - 2026) - Belton, TX - Bell County Sentinel",
body="""BELTON - Velma Joy Tidwell, 81, of Belton passed away Sunday, January 11, 2026, at Scott Village Health Care.

Velma was born March 2, 1944, in Moody to Claude and Ima (Beard) Hollis. She married Roy Tidwell in 1962 at First Baptist Church of Moody, and together they ran Tidwell Feed & Seed on Central Avenue for thirty-one years. She taught the women's Sunday school class at Grace Baptist for as long as anyone can remember and made the best chess pie in Bell County, a title she defended at the county fair eleven times.

Survivors include her son, Danny Tidwell and wife Rhonda of Moody; her daughter, Sherry Langford of Lorena; five grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Roy, in 2015, and a brother, Wendell Hollis.

Visitation will be 6 to 8 p.m. Friday at Leon Valley Funeral Home, Belton. Services will be at 10 a.m. Saturday at Grace Baptist Church with the Rev. Lyle Birdwell officiating. Burial will follow at North Belton Cemetery.""",
gold=[]),

dict(guid="tpl_bcs-obit-2026-0307", pub="2026-03-07T05:30:00-06:00",
title="Harland Pruett Sr. Obituary (1933 - 2026) - Belton, TX - Bell County Sentinel",
body="""BELTON - Harland Eugene Pruett Sr., 92, a Belton rancher and retired Bell County commissioner, died Wednesday, March 4, 2026, at his home on the land his grandfather settled in 1881.

He was born October 14, 1933, in Belton to Amos and Lottie Pruett. After service in the Army in Korea, he came home to run cattle along the Leon River and served three terms as Precinct 2 commissioner, during which, he liked to say, he paved every road but his own. He was a member of First Methodist Church of Belton and the Bell County Cattle Raisers.

He is survived by his son, Harland Pruett Jr. and wife Gaylene of Morgan's Point Resort; his daughter, Carolyn Pruett Meeks of Georgetown; six grandchildren, including Cody Pruett of Belton; and eleven great-grandchildren. He was preceded in death by his wife of 64 years, Alta Mae Pruett, in 2019.

Services will be held at 2 p.m. Monday at First Methodist Church, Belton. Interment will follow at South Belton Cemetery. Pallbearers will be his grandsons.""",
gold=[("TPL007", "survivor"), ("TPL008", "survivor")]),

dict(guid="tpl_bcs-obit-2026-0419", pub="2026-04-19T05:30:00-05:00",
title="Reinhold Glockzin III Obituary (1981 - 2026) - Troy, TX - Bell County Sentinel",
body="""TROY - Reinhold "Trey" Glockzin III, 44, of Troy died unexpectedly Wednesday, April 15, 2026, at Baylor Scott & White Medical Center - Temple.

Trey was born July 2, 1981, in Temple and graduated from Temple High School in 1999, where he played catcher for the Wildcats. He was a lineman for Oncor for twenty years and never missed a storm callout. He coached Little League in Troy, smoked a brisket that his friends described as a religious experience, and was happiest on Lake Belton with his two boys.

Trey is survived by his wife, Amber Glockzin, and sons Cole and Wyatt, all of Troy; his parents, Reinhold "Ray" Glockzin Jr. and Edna Mae (Pietsch) Glockzin of Temple; his sister, Heidi Glockzin Burkhalter of Round Rock; and his grandmother, Irmgard Pietsch of Seaton. He was preceded in death by his grandfather, Reinhold Glockzin Sr.

A funeral service will be held at 10 a.m. Tuesday at Immanuel Lutheran Church, Temple, with Pastor Carl Dornak officiating. Burial will follow at Hillcrest Cemetery.""",
gold=[("TPL019", "survivor"), ("TPL020", "survivor")]),

dict(guid="tpl_bcs-obit-2026-0512", pub="2026-05-12T05:30:00-05:00",
title="SKRABANEK, Bohuslav J. \"Bob\"",
body="""SKRABANEK, Bohuslav J. "Bob", 84, of Ennis, died May 9, 2026. Born April 1, 1942, in Ennis. Retired from the Ennis ISD transportation department after 36 years; longtime member of the KJT Society No. 13 and St. John Nepomucene Catholic Church. Survived by his wife of 60 years, Lillian; sons Dennis of Ennis and Gary of Waxahachie; seven grandchildren. Rosary 7 p.m. Tuesday, Funeral Mass 10 a.m. Wednesday, St. John's, Ennis. Bardwell Road Funeral Chapel, Ennis.""",
gold=[]),

dict(guid="tpl_bcs-obit-2026-0610", pub="2026-06-10T05:30:00-05:00",
title="Emil J. Kubacak Obituary (1941 - 2026) - Temple, TX - Bell County Sentinel",
body="""TEMPLE - Emil Joseph Kubacak, 84, of Temple entered into eternal rest on Sunday, June 7, 2026, at his home, surrounded by his family and the rosary his mother brought from Moravia.

Emil was born November 3, 1941, in Seaton to Josef and Anna (Hlavaty) Kubacak, and spoke only Czech until he started school. He farmed cotton and milo near Seaton before joining the Santa Fe Railway shops in Temple, where he worked 34 years as a machinist. He was a lifetime member of SPJST Lodge No. 47 and of St. Ludmila Catholic Church, played the accordion in the Seaton Star Polka Band for four decades, and never let a Czech Heritage Festival go by without a dance with his wife.

On June 24, 1964, he married Ludmila "Millie" Spacek at St. Ludmila. Emil is survived by his wife of 61 years, Millie Kubacak of Temple; his sons, Joe Kubacak and wife Darlene of Rogers and Frank Kubacak of Austin; his daughter, Theresa Kubacak Mraz of Temple; eight grandchildren; and four great-grandchildren. He was preceded in death by his parents and a sister, Agnes Holub.

Rosary will be recited at 7 p.m. Wednesday at Kolarik-Vrba Funeral Home. A Funeral Mass will be celebrated at 10 a.m. Thursday at St. Ludmila Catholic Church with Father Pavel Ondrusek as celebrant. Pallbearers will be Bob Skrabanek, Leon Marek, Dale Hajda, Kevin Mraz, Jason Kubacak and Tyler Kubacak. Burial will follow at Holy Trinity Cemetery, Seaton.""",
gold=[("TPL002", "deceased_client"), ("TPL001", "spouse_of_deceased_client")]),

dict(guid="tpl_bcs-obit-2026-0702", pub="2026-07-02T05:30:00-05:00",
title="Arnulfo Cuellar Obituary (1953 - 2026) - Temple, TX - Bell County Sentinel",
body="""TEMPLE - Arnulfo "Nolo" Cuellar, 72, of Temple passed away Monday, June 29, 2026, at his home on South 25th Street.

Arnulfo was born in Cameron and moved to Temple as a boy. He worked as a welder for Wilsonart for 38 years and was a member of Our Lady of Guadalupe Catholic Church, where he cooked menudo for the parish jamaica every October for thirty years. He loved the Dallas Cowboys, conjunto music and his grandchildren, in no particular order.

He is survived by his wife of 50 years, Dolores (Garza) Cuellar; his children, Rudy Cuellar and wife Lisa of Temple, Yolanda Cuellar Ortiz of Killeen and Ramiro Cuellar of San Antonio; ten grandchildren; and his brother, Beto Cuellar of Cameron.

Rosary will be at 7 p.m. Thursday at Our Lady of Guadalupe. The Funeral Mass will be at 10 a.m. Friday, followed by burial at Bellwood Memorial Park.""",
gold=[]),

dict(guid="tpl_bcs-obit-2026-0815", pub="2026-08-15T05:30:00-05:00",
title="Dorothea Achterberg Obituary (1934 - 2026) - Salado, TX - Bell County Sentinel",
body="""SALADO - Dorothea Ruth Achterberg, 91, a painter whose Salado Creek landscapes hang in half the living rooms of the village, died Wednesday, August 12, 2026, at Stillhouse Hollow Assisted Living in Salado.

Dorothea was born in Fredericksburg and studied art at the University of Texas before marrying the geologist Hendrik Achterberg, with whom she lived in Midland, Caracas and Houston before they retired to Salado in 1988. She helped found the Salado Art Fair and taught watercolor at the Salado Civic Center until she was 85.

She is survived by her daughter, Rosalind Achterberg of Salado, owner of the glass studio on Main Street where her mother's paintings still hang; her son, Pieter Achterberg of Denver; and three grandchildren. She was preceded in death by her husband, Hendrik, in 2011.

A celebration of her life will be held at 4 p.m. Saturday at the Salado Civic Center. In lieu of flowers, the family suggests gifts to the Salado Museum and College Park.""",
gold=[("TPL010", "survivor")]),

dict(guid="tpl_bcs-obit-2026-0906", pub="2026-09-06T05:30:00-05:00",
title="VAN ZANDT, Prudence",
body="""VAN ZANDT, Prudence, of Troy, died Thursday, September 3, 2026. Arrangements are pending with Nolan Creek Funeral Home, Belton.""",
gold=[("TPL015", "possible_deceased_client")]),
]
