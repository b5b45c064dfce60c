"""The Red River Valley Forum (invented daily newspaper of Fargo-Moorhead): brief newspaper death notices and
short obituaries, headings "Name, age, Town", plain text. Hand-labelled (gold beside each text)."""

FEED = "rrvf"
ITEMS = [
dict(guid="far_rrvf_dn_2026_0117", pub="2026-01-17T05:00:00-06:00", title="Arnold Skjervheim, 83, Stoughton, Wis.",
body="""STOUGHTON, Wis. - Arnold Skjervheim, 83, Stoughton, died Tuesday, January 13, 2026, at Stoughton Hospital.

He was born April 4, 1942, in Stoughton and worked 40 years as a tool and die maker. He was a member of the Sons of Norway Mandt Lodge and danced at every Syttende Mai.

Survivors include his wife, Marlene; two sons, Eric of Madison and Paul of Stoughton; and four grandchildren. Funeral: 11 a.m. Saturday, Christ Lutheran Church, Stoughton. (Published at the request of relatives in the Red River Valley.)""",
gold=[]),

dict(guid="far_rrvf_dn_2026_0214", pub="2026-02-14T05:00:00-06:00", title="Raymond Fettig Sr., 91, Casselton",
body="""CASSELTON - Raymond J. Fettig Sr., 91, Casselton, died Feb. 5, 2026, at Casselton Good Samaritan Center.

Survivors: son, Ray Jr. (Darlene), West Fargo; daughter, Theresa (Gary) Schmaltz, Bismarck; eight grandchildren; fourteen great-grandchildren.

Services were held Wednesday at St. Leo's Catholic Church, Casselton. Arrangements: Riverbend & Lier Funeral Chapels, West Fargo.""",
gold=[]),  # a later, shorter copy of far_rlfc_raymond-fettig-sr: labelled on the earlier copy only

dict(guid="far_rrvf_dn_2026_0312", pub="2026-03-12T05:00:00-05:00", title="Harlan Vigesaa, 87, Casselton",
body="""CASSELTON - Harlan Oscar Vigesaa, 87, Casselton, died Tuesday, March 10, 2026, at his home.

Harlan was born on a farm near Hunter, N.D., served two years in the Army in Germany and ran Vigesaa Seed & Feed on Casselton's Front Street for 34 years. He was a volunteer fireman for a quarter century and never missed a Casselton Squirrels basketball game.

Survivors: his wife of 64 years, Bernice; son, Dale (Sandy) Vigesaa, Casselton; daughter, Lori (Todd) Kraabel, Moorhead; seven grandchildren; and three great-grandchildren. He was preceded in death by a brother, Elmer.

Funeral: 11 a.m. Monday, Grace Lutheran Church, Casselton. Visitation one hour before the service. Arrangements: Riverbend & Lier Funeral Chapels.""",
gold=[("FAR009", "deceased_client"), ("FAR010", "spouse_of_deceased_client")]),

dict(guid="far_rrvf_dn_2026_0406", pub="2026-04-06T05:00:00-05:00", title="Lucienne D'Amours, 88, Pembina",
body="""PEMBINA, N.D. - Lucienne Marie (Gagné) D'Amours, 88, Pembina, died Friday, April 3, 2026, at the Pembina County Memorial Hospital, Cavalier.

She was born in St. Jean Baptiste, Manitoba, and married Réal D'Amours in 1959. She taught French and Michif songs to two generations of children at Assumption Parish and made tourtière for every wedding in Pembina.

Survivors: daughter, Denise D'Amours, Fargo; son, Marc (Janine) D'Amours, Winnipeg; five grandchildren. Preceded in death by her husband, Réal, and a son, Luc.

Mass of Christian Burial: 10 a.m. Thursday, Assumption Church, Pembina.""",
gold=[("FAR018", "survivor")]),

dict(guid="far_rrvf_dn_2026_0418", pub="2026-04-18T05:00:00-05:00", title="Orville Mjolsness, Fargo",
body="""FARGO - Orville Mjolsness, Fargo, died Thursday, April 16, 2026, in Fargo. Arrangements are pending with Westgaard Funeral Home, Fargo.""",
gold=[("FAR011", "possible_deceased_client")]),

dict(guid="far_rrvf_dn_2026_0509", pub="2026-05-09T05:00:00-05:00", title="Delores Ostlie, 88, Mesa, Ariz.",
body="""MESA, Ariz. - Delores M. Ostlie, 88, Mesa, formerly of Williston, N.D., died Sunday, May 3, 2026, in Mesa.

She was born in Williams County, N.D., taught country school near Tioga and moved to Arizona in 1990 with her late husband, Kermit.

Survivors: son, Gary (Lynn) Ostlie, Williston; daughter, Janet Schafer, Phoenix; six grandchildren. Burial: Riverview Cemetery, Williston, later this summer.""",
gold=[]),

dict(guid="far_rrvf_dn_2026_0602", pub="2026-06-02T05:00:00-05:00", title="Alvina Bachmeier, 93, Napoleon",
body="""NAPOLEON, N.D. - Alvina (Dockter) Bachmeier, 93, Napoleon, died Friday, May 29, 2026, at the Napoleon Care Center.

She was born in Logan County to German-Russian homesteaders, married Anton Bachmeier in 1952 and farmed with him north of Napoleon for 45 years. Her kuchen won the Logan County Fair eleven times.

Survivors: sons, Jerome "Jerry" (Connie) Bachmeier, Fargo, and Leonard (Marcia) Bachmeier, Napoleon; daughter, Cecilia Wald, Mandan; twelve grandchildren. Preceded in death by her husband, Anton, and a son, Rudy.

Mass of Christian Burial: 10 a.m. Thursday, St. Philip Neri Catholic Church, Napoleon.""",
gold=[("FAR022", "survivor")]),
]
