"""Royal Palm Memorial Chapels (West Palm Beach and Lake Worth Beach): a funeral home's web site serving Haitian,
African American, Guatemalan and Caribbean families. HTML in content:encoded, a one-sentence plain description.
Hand-labelled: `gold` beside each text."""

FEED = "rpm"
ITEMS = [
dict(guid="pbi_rpm_obit_20260226_tzul", pub="2026-02-26T11:15:00-05:00", title="Baltazar Tzul Chuc (1954 - 2026)",
body="""Baltazar Tzul Chuc, 71, of Lake Worth Beach, passed away peacefully on February 22, 2026, at Palms West Hospital, with his family praying beside him.

Don Baltazar was born on September 30, 1954, in the aldea of Chuicruz, Totonicapan, Guatemala, where he learned to weave on his father's foot loom. He came to Lake Worth in 1991, one of the first Maya K'iche' men to settle near the old downtown, and for twenty years he worked the landscaping crews of Palm Beach by day and taught younger men to read at the San Lucas mission by night. He was an elder of the Asociacion Maya Kiche de Lake Worth and carried the image of San Miguel in the procession every September for as long as his knees allowed.

Don Baltazar is survived by his wife of 50 years, Micaela Ajanel de Tzul; his sons, Baltazar Tzul Ajanel (Rosalinda) of Lake Worth Beach and Mateo Tzul Ajanel of Totonicapan; his daughter, Juana Tzul de Xicara of Immokalee; and eleven grandchildren, among them Yesenia, who read the scriptures at his bedside.

Le sobreviven su esposa Micaela, sus hijos Baltazar, Mateo y Juana, y once nietos. Descanse en paz.

A wake (velorio) will be held Friday from 6 p.m. at the Lake Worth Beach chapel, 1400 Lake Avenue, followed by a rosary in K'iche' and Spanish. The funeral Mass will be celebrated Saturday at 11 a.m. at Sacred Heart Catholic Church, Lake Worth Beach; his body will be repatriated to Totonicapan for burial.""",
gold=[("PBI010", "survivor"), ("PBI011", "survivor")]),

dict(guid="pbi_rpm_obit_20260318_desravines", pub="2026-03-18T10:40:00-04:00", title="Jean-Robert Desravines (1953 - 2026)",
body="""Jean-Robert Desravines, 72, of Lake Worth Beach, entered into eternal rest on Saturday, March 14, 2026, at home, surrounded by the family he loved and the hymns he had sung all his life.

Born on April 2, 1953, in Jacmel, Haiti, to Dieudonne and Marie-Ange Desravines, Jean-Robert taught mathematics at the Lycee Pinchinat before coming to South Florida in 1981. He drove a Palm Tran bus for 27 years, and generations of Lake Worth Beach schoolchildren knew him as the driver who made them say bonjou before they sat down. He was a deacon of Eglise Baptiste Bethanie and sang bass in its choir for four decades.

He leaves to mourn his wife of 46 years, Lucienne (Pierre-Louis) Desravines; his daughter, Nadege Desravines-Toussaint (Wesner) of Wellington; his son, Fritz Desravines of Brooklyn, New York; his grandchildren, Jonathan, Melissa and Kervens; his sister, Yolande Desravines of Port-au-Prince; and a host of cousins, godchildren and friends in Jacmel, Miami and Lake Worth Beach.

Li ale nan pe. Repoze an pe, Jean-Robert.

Viewing will be held Friday from 5 to 9 p.m. at the Royal Palm Memorial Chapels, Lake Worth Beach. The homegoing service will be Saturday at 10 a.m. at Eglise Baptiste Bethanie, 1702 N. Dixie Highway, Lake Worth Beach, the Rev. Wilner Chery officiating. Interment at Pinecrest Cemetery.""",
gold=[("PBI003", "deceased_client"), ("PBI004", "spouse_of_deceased_client")]),

dict(guid="pbi_rpm_obit_20260414_castellanos", pub="2026-04-14T09:05:00-04:00", title="Wilhelmina \"Billie\" Castellanos (1939 - 2026)",
body="""Wilhelmina "Billie" Castellanos, 86, of West Palm Beach, went to be with her Lord on April 9, 2026.

Billie was born in Nassau, Bahamas, and came to West Palm Beach as a girl in 1951. She taught home economics at Roosevelt Junior High for thirty-one years and never let a student leave her classroom without knowing how to sew on a button and balance a checkbook. She was a member of Tabernacle Missionary Baptist Church for seventy years.

She is survived by her daughters, Patrice Castellanos-Moore (Gerald) of Riviera Beach and Denise Castellanos of Atlanta; her sister, Ernestine Rolle of Nassau; four grandchildren; and two great-grandchildren. She was preceded in death by her husband, Alfonso Castellanos.

The homegoing celebration will be held Saturday at 11 a.m. at Tabernacle Missionary Baptist Church, the Rev. Dr. Calvin Ostrander, eulogist. Pallbearers: Delroy Blackwood, Marcus Rolle, Gerald Moore Jr., Andre Castellanos, Keith Simms and Darnell Moore. Repast to follow in the fellowship hall.""",
gold=[]),

dict(guid="pbi_rpm_obit_20260512_pettaway", pub="2026-05-12T12:30:00-04:00", title="Mother Lottie Mae Pettaway Grimes (1942 - 2026)",
body="""Mother Lottie Mae Pettaway Grimes, 83, of Riviera Beach, was called home on Wednesday, May 6, 2026, at St. Mary's Medical Center.

Lottie Mae was born in Live Oak, Florida, the eldest of the nine children of Deacon Willie and Rosa Lee Pettaway, and came down to West Palm Beach with the family in 1953. She worked in the kitchens of Palm Beach for forty years, cooked for three governors and never once, she said, for one she voted for. A Mother of the Church at Greater Mount Zion AME, she ran its food pantry from her own carport until the church built her a building.

She leaves to cherish her memory her devoted sister, Odessa "Dessa" Fairclough of West Palm Beach; her brother, Willie Pettaway Jr. of Live Oak; her son, Cornell Grimes (Yvette) of Riviera Beach; her nephew, Thaddeus "Tad" Fairclough Jr. (Monique) of West Palm Beach, whom she raised as her own for six summers; a special goddaughter, Keisha Lamb; and a host of grandchildren, nieces, nephews and church family. She was preceded in death by her husband, Rev. Clarence Grimes; six brothers and sisters; and her brother-in-law, Thaddeus Fairclough Sr.

The homegoing celebration will be held Saturday at 11 a.m. at Greater Mount Zion AME Church, 1001 W. 13th Street, Riviera Beach. Interment at Woodlawn Cemetery, West Palm Beach.""",
gold=[("PBI012", "survivor"), ("PBI013", "survivor")]),

dict(guid="pbi_rpm_obit_20260730_blackwood", pub="2026-07-30T15:20:00-04:00", title="Winsome Latoya Blackwood (1997 - 2026)",
body="""Winsome Latoya Blackwood, 29, of Lake Worth, was called home suddenly on July 25, 2026, in a car accident on Interstate 95.

Latoya, as everybody called her, was born in Spanish Town, Jamaica, and grew up in Lake Worth, graduating from Santaluces Community High School and the nursing program of Palm Beach State College. She was a labor and delivery nurse at JFK Medical Center, and the mothers she cared for still send her cards.

She leaves to cherish her memory her parents, Errol and Pauline Blackwood of Lake Worth; her fiance, Andre Whyte; her brothers, Jermaine and Kevin Blackwood; her grandmother, Icilda Blackwood of Spanish Town; and a host of aunts, uncles and cousins.

A thanksgiving service will be held Saturday at 10 a.m. at New Covenant Church of God, Lake Worth. Interment at Palm Beach Memorial Park.""",
gold=[]),

dict(guid="pbi_rpm_obit_20260902_pierrelouis", pub="2026-09-02T10:10:00-04:00", title="Yves-Marie Pierre-Louis (1962 - 2026)",
body="""Yves-Marie Pierre-Louis, 64, of Boynton Beach, passed away on August 29, 2026, at Bethesda Hospital East.

Yves-Marie was born in Jacmel, Haiti, and came to Florida in 1984. He was a respiratory therapist for thirty years and a fixture of the Haitian konpa scene as the rhythm guitarist of Tabou Jacmelien, the band that played every wedding on the Treasure Coast in the 1990s.

He is survived by his wife, Marie-Carmel Pierre-Louis; his sons, Stevenson and Wilkenson; his sister, Lucienne Desravines of Lake Worth Beach, widow of the late Jean-Robert Desravines; his brother, Gesner Pierre-Louis of Montreal; and his nieces and nephews, among them Nadege Desravines-Toussaint of Wellington.

Viewing Friday from 6 to 9 p.m. at the Royal Palm Memorial Chapels, Lake Worth Beach. Funeral service Saturday at 9 a.m. at Sainte Marie Catholic Church, Boynton Beach. Interment at Boynton Beach Memorial Park.""",
gold=[("PBI004", "survivor")]),
]
