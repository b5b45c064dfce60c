"""Heart River Funeral Chapel (Mandan and Bismarck): funeral-home site, HTML in content:encoded. Hand-labelled.
Germans-from-Russia Catholic and Lutheran families."""

FEED = "hrfc"
ITEMS = [
dict(guid="bis_hrfc_2026_0112_theresa-baumgartner", pub="2026-01-12T10:15:00-06:00",
title="Theresa Baumgartner (1937 - 2026)",
body="""Theresa Baumgartner, 88, of Strasburg, died peacefully on Thursday, January 8, 2026, at the Strasburg Care Center, with her rosary in her hands.

Theresa was born December 2, 1937, on the family farm southwest of Strasburg to Johannes and Eva (Bichler) Schmidt, the ninth of twelve children. She grew up speaking German at home and learned English at the country school. On June 10, 1957, she married Marvin Baumgartner at Sts. Peter and Paul Catholic Church, and together they farmed and raised six children on the Baumgartner place north of town. Her Kuchen, Knoephla soup and fleischkuekle fed threshing crews, funerals and half the parish.

She is survived by her children, Marvin Jr. (Darlene) Baumgartner, Bismarck; Colette (Wayne) Ressler, Mandan; Rita (Leo) Feil, Linton; Joseph (Annette) Baumgartner, Strasburg; and Agnes Baumgartner, Fargo; 19 grandchildren; 27 great-grandchildren; and her sister, Katherine Bosch, Hague.

She was preceded in death by her husband, Marvin Sr., in 2011; her son, Raymond; her parents; and nine brothers and sisters.

Mass of Christian Burial will be at 10:30 a.m. Tuesday at Sts. Peter and Paul Catholic Church, Strasburg, with Father Tobias Gerhardt as celebrant. Burial will be in the parish cemetery. Pallbearers will be her grandsons Kyle, Brandon, Luke, Matthew and Nicholas Baumgartner and Barney Vetter.""",
gold=[("BIS003", "survivor"), ("BIS004", "survivor"), ("BIS020", "survivor")]),

dict(guid="bis_hrfc_2026_0305_leonard-schaefer", pub="2026-03-05T09:40:00-06:00",
title="Leonard \"Len\" J. Schaefer (1941 - 2026)",
body="""Leonard "Len" J. Schaefer, 84, of Mandan, passed away on Monday, March 2, 2026, at Sanford Medical Center, Bismarck.

Len was born June 14, 1941, near Glen Ullin to Anton and Magdalena (Heid) Schaefer. He left the farm at 18 to work for the Northern Pacific railroad shops in Mandan and stayed 41 years. On October 5, 1963, he married Rosalie Kraft at St. Joseph's Catholic Church in Mandan. Len never missed a Mandan Rodeo Days parade, made his own sausage every November and played the button accordion at every wedding he was asked to and several he was not.

He is survived by his wife of 62 years, Rosie; his children, Steve (Becky) Schaefer, Mandan; Julie (Craig) Meidinger, West Fargo; and Tom Schaefer, Billings, Mont.; eight grandchildren; and two great-grandchildren.

He was preceded in death by his parents and his brothers, Pius and Ed.

Mass of Christian Burial will be at 11 a.m. Saturday at St. Joseph's Catholic Church, Mandan, with Father Tobias Gerhardt celebrating. Rosary will be prayed Friday at 7 p.m. at Heart River Funeral Chapel, Mandan.""",
gold=[("BIS001", "deceased_client"), ("BIS002", "spouse_of_deceased_client"), ("BIS024", "survivor")]),

dict(guid="bis_hrfc_2026_0421_anton-hoffmann", pub="2026-04-21T14:05:00-05:00",
title="Anton \"Tony\" Hoffmann (1946 - 2026)",
body="""Anton "Tony" Hoffmann, 79, of Bismarck, died Saturday, April 18, 2026, at his home.

Tony was born in Hazen and grew up on the Hoffmann farm near Zap, one of eleven children of Wendelin and Barbara Hoffmann. He served in the U.S. Army in Germany, where he surprised the locals by speaking the old Black Sea dialect his grandmother taught him, and then worked thirty years as a lineman for the rural electric cooperative. He never married. He was the uncle everyone called when a pickup would not start.

Tony is survived by his sister, Mary Ann (Dale) Wolf, Lincoln; his brothers, Duane (Marcella) Hoffmann, Bismarck, and Gerhard Hoffmann, Beulah; his sister, Pauline Hoffmann, Bismarck; and many nieces and nephews.

He was preceded in death by his parents and six brothers and sisters.

Funeral service will be at 2 p.m. Friday at Heart River Funeral Chapel, Bismarck, with Pastor Nate Ellingson officiating. Interment will be at the North Dakota Veterans Cemetery, Mandan.""",
gold=[("BIS005", "survivor"), ("BIS022", "survivor"), ("BIS023", "survivor")]),

dict(guid="bis_hrfc_2026_0610_daniel-mosbrucker", pub="2026-06-10T16:20:00-05:00",
title="Daniel James Mosbrucker (2001 - 2026)",
body="""Daniel James Mosbrucker, 24, of Dickinson, died Saturday, June 6, 2026, in a motorcycle accident near Belfield.

Danny was born in Dickinson and graduated from Trinity High School in 2019, where he wrestled at 152 pounds. He worked as a welder for a pipeline contractor and was saving for land of his own.

He is survived by his parents, Keith and Lisa Mosbrucker, Dickinson; his sisters, Haley and Brooke; and his grandmother, Irene Mosbrucker, Richardton.

Mass of Christian Burial will be at 10 a.m. Friday at St. Patrick's Catholic Church, Dickinson. Arrangements are with Heart River Funeral Chapel.""",
gold=[]),

dict(guid="bis_hrfc_2026_0812_evelyn-kraft", pub="2026-08-12T11:00:00-05:00",
title="Evelyn Kraft (1933 - 2026)",
body="""Evelyn Kraft, 93, of Hebron, formerly of New Salem, died on August 9, 2026, at the Hebron nursing home.

Evelyn was born March 19, 1933, in Morton County to Christian and Lydia (Hertz) Kraft and was confirmed at Zion Lutheran Church. She taught country school for seven years and then kept books for the Hebron Brick Company for thirty. She never married but was "Tante Evie" to a generation of nieces and nephews, all of whom learned to play pinochle at her kitchen table.

She is survived by her niece, Rosie Schaefer, Mandan; her nephews, Clarence Kraft, New Salem, and Dennis Kraft, Spokane, Wash.; and many great-nieces and great-nephews.

She was preceded in death by her parents; her brothers, Walter and Herbert; and her nephew-in-law, Len Schaefer.

Funeral will be at 10 a.m. Monday at Zion Lutheran Church, Hebron, with Pastor Nate Ellingson officiating.""",
gold=[("BIS002", "survivor")]),

dict(guid="bis_hrfc_2026_1014_rosina-vetter", pub="2026-10-14T09:30:00-05:00",
title="Rosina Vetter (1936 - 2026)",
body="""Rosina Vetter, 90, of Mandan, died Sunday, October 11, 2026, at the Mandan Villa.

Rosina was born near Flasher to Jakob and Regina (Gross) Gerhardt. She married Alois Vetter in 1955, and they farmed near Flasher until moving to Mandan in 1989. She was a member of the Christian Mothers at Christ the King Catholic Church and crocheted more than four hundred baptismal blankets.

She is survived by her sons, Bernard "Barney" (Joan) Vetter, Mandan, and Ronald Vetter, Flasher; her daughter, Cecilia (Mark) Wanner, Bismarck; 11 grandchildren and 14 great-grandchildren.

She was preceded in death by her husband, Alois, and a granddaughter, Sarah.

Mass of Christian Burial will be at 10:30 a.m. Thursday at Christ the King Catholic Church, Mandan.""",
gold=[]),
]
