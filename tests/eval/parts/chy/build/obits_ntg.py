"""La Voz de la Comunidad / Community Voice: bilingual Hispanic community weekly for Cheyenne and the North
Platte Valley, "Descansen en Paz" notices, Spanish then English, plain text. Hand-labelled."""

FEED = "ntg"
ITEMS = [
dict(guid="chy_ntg_2026-0412-sandoval", pub="2026-04-16T09:00:00-06:00", title="Descanse en paz: Refugio Sandoval Jr. / Rest in Peace: Refugio Sandoval Jr.",
body="""Refugio "Cuco" Sandoval Jr., de 86 años, de Scottsbluff, falleció el 11 de abril de 2026. Le sobreviven su hermana, Josie Aguilar, de Torrington; su sobrina, Rosie Baca, de Gering; y muchos sobrinos.

Refugio "Cuco" Sandoval Jr., 86, of Scottsbluff, died April 11, 2026. Born in a beet-worker's house west of Mitchell, Cuco worked the sugar-beet harvest as a boy, then 38 years at the Western Sugar factory in Scottsbluff. He played trumpet in the Conjunto Los Valle for fifty years of weddings and quinceañeras. He is survived by his sister, Josie Aguilar of Torrington; his niece, Rosie Baca of Gering, who cared for him in his last years; and many nieces and nephews. He was preceded in death by his wife, Evangelina, and by his brothers Tony and Manuel.

Misa / Mass: 10 a.m. Saturday, Our Lady of Guadalupe Catholic Church, Scottsbluff.""",
gold=[("CHY022", "survivor"), ("CHY012", "survivor")]),

dict(guid="chy_ntg_2026-0611-montoya", pub="2026-06-11T09:00:00-06:00", title="Descanse en paz: Cruz Montoya / Rest in Peace: Cruz Montoya",
body="""Cruz Montoya, de 83 años, de Cheyenne, falleció el 6 de junio de 2026, rodeado de su familia.

Cruz Montoya, 83, of Cheyenne, died June 6, 2026, surrounded by his family. The son of a Union Pacific section foreman, Cruz was raised in the railroad houses along the tracks on the south side and worked 40 years for the railroad himself, first on a section gang and then as a signal maintainer between Cheyenne and Sidney. He was a proud member of the Guadalupanos society and never missed the Fiestas Patrias parade.

He is survived by his wife, Amalia; his sons, Daniel and Victor Montoya of Cheyenne; his sister, Anna Marie Lucero and her husband, Eloy, of Cheyenne; and eleven grandchildren. Preceded in death by his parents and his brother, Ernesto.

Rosario / Rosary: 7 p.m. Thursday. Misa / Mass: 10 a.m. Friday, Our Lady of Guadalupe Catholic Church, Cheyenne. Burial: Olivet Cemetery.""",
gold=[("CHY014", "survivor"), ("CHY015", "survivor")]),

dict(guid="chy_ntg_2026-0903-chavez", pub="2026-09-03T09:00:00-06:00", title="Descanse en paz: María de Jesús Chávez / Rest in Peace: María de Jesús Chávez",
body="""María de Jesús Chávez, de 97 años, de Scottsbluff, falleció el 29 de agosto de 2026.

María de Jesús Chávez, 97, of Scottsbluff, died August 29, 2026. She came from Zacatecas to the North Platte Valley in 1947 with her husband, Ramón, to work the beet fields, and the two of them later ran the Chávez grocery on East Overland for thirty years. She is survived by her daughters, Guadalupe Ortiz and Esperanza Chávez, both of Scottsbluff; her son, Ramón Jr., of Denver; 16 grandchildren and 31 great-grandchildren. Preceded in death by her husband, Ramón, in 1996.

Misa / Mass: 10 a.m. Tuesday, Our Lady of Guadalupe Catholic Church, Scottsbluff. Entierro / Burial: Fairview Cemetery.""",
gold=[]),
]
