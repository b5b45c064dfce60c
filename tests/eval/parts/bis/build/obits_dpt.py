"""Dakota Prairie Tribune: newspaper death notices, surname-first headings, plain text (Minot and
Bismarck-Mandan editions). Hand-labelled."""

FEED = "dpt"
ITEMS = [
dict(guid="bis_dpt_2026_0203_rustad", pub="2026-02-03T05:30:00-06:00",
title="RUSTAD, Ingrid (Lien)",
body="""RUSTAD, Ingrid (Lien), 81, Velva, died Jan. 30, 2026, at Trinity Hospital, Minot. Born on the Lien homestead near Upham, she was a lifelong member of Our Savior's Lutheran Church, Velva, where she sang in the choir for 55 years and made lefse for every Sons of Norway bake sale. Survivors: her husband, Oscar; sons Erik (Karla) Rustad, Velva, and Paul Rustad, Grand Forks; her sister, Solveig (Arvid) Haugen, Minot; six grandchildren. Preceded in death by her brother, Nils Lien. Funeral 11 a.m. Friday at Our Savior's Lutheran Church, Velva.""",
gold=[("BIS007", "survivor"), ("BIS006", "survivor")]),

dict(guid="bis_dpt_2026_0312_schaefer", pub="2026-03-12T05:30:00-06:00",
title="Leonard \"Len\" J. Schaefer (1941 - 2026)",
body="""Leonard "Len" J. Schaefer, 84, of Mandan, passed away on Monday, March 2, 2026, at Sanford Medical Center, Bismarck.

Len was born June 14, 1941, near Glen Ullin to Anton and Magdalena (Heid) Schaefer. He left the farm at 18 to work for the Northern Pacific railroad shops in Mandan and stayed 41 years. On October 5, 1963, he married Rosalie Kraft at St. Joseph's Catholic Church in Mandan. Len never missed a Mandan Rodeo Days parade, made his own sausage every November and played the button accordion at every wedding he was asked to and several he was not.

He is survived by his wife of 62 years, Rosie; his children, Steve (Becky) Schaefer, Mandan; Julie (Craig) Meidinger, West Fargo; and Tom Schaefer, Billings, Mont.; eight grandchildren; and two great-grandchildren.

He was preceded in death by his parents and his brothers, Pius and Ed.

Mass of Christian Burial will be at 11 a.m. Saturday at St. Joseph's Catholic Church, Mandan, with Father Tobias Gerhardt celebrating. Rosary will be prayed Friday at 7 p.m. at Heart River Funeral Chapel, Mandan.""",
gold=[]),  # verbatim later copy of bis_hrfc_2026_0305_leonard-schaefer: labelled on the earlier copy only

dict(guid="bis_dpt_2026_0318_feist", pub="2026-03-18T05:30:00-06:00",
title="FEIST, Ambrose",
body="""FEIST, Ambrose, Glen Ullin, died March 15, 2026. Arrangements are pending with Heart River Funeral Chapel, Mandan.""",
gold=[("BIS016", "possible_deceased_client")]),

dict(guid="bis_dpt_2026_0519_brekke", pub="2026-05-19T05:30:00-06:00",
title="BREKKE, Kristoffer Olav",
body="""BREKKE, Kristoffer Olav, 91, Decorah, Iowa, formerly of Kenmare, died May 14, 2026. A retired Luther College chemistry professor and a founder of the Nordic Fest torchlight parade. Survivors: his wife, Marit; daughters Ingeborg Brekke, Minneapolis, and Siri (Thomas) Aune, Decorah; four grandchildren. Memorial service June 6 at First Lutheran Church, Decorah; committal at Kenmare Lutheran Cemetery, Kenmare, N.D., later this summer.""",
gold=[]),

dict(guid="bis_dpt_2026_0611_bjornstad", pub="2026-06-11T05:30:00-06:00",
title="BJORNSTAD, Alma (Tollefson)",
body="""BJORNSTAD, Alma (Tollefson), 97, Minot, died June 8, 2026, at Trinity Homes. She and her husband, Sigurd, farmed north of Minot along the Souris for 52 years. Survivors: son Orville (Joyce) Bjornstad, Minot; daughter Lorraine Ekre, Bottineau; seven grandchildren; 15 great-grandchildren. Preceded in death by Sigurd and son Harold. Funeral 1 p.m. Saturday at Vang Lutheran Church, rural Minot; Pastor Kari Lunde officiating.""",
gold=[("BIS019", "survivor")]),

dict(guid="bis_dpt_2026_0722_sorum", pub="2026-07-22T05:30:00-06:00",
title="SORUM, Palmer",
body="""SORUM, Palmer, 85, Rugby, died July 18, 2026. A country veterinarian in Pierce County for 44 years. Survivors: his wife, Gudrun; daughter Dr. Anika Sorum (Jon Halvorsen), Bismarck; son Peder (Amy) Sorum, Rugby; five grandchildren. Funeral 10:30 a.m. Tuesday at Bethany Lutheran Church, Rugby.""",
gold=[("BIS014", "survivor")]),
]
