"""The Allegheny Catholic Messenger (weekly newspaper of the diocese, Altoona edition): "Remember in Your Prayers"
notices sent in by the city's Catholic parishes (Italian national parish, Irish Catholic families, the Spanish Mass
community), plain text. Hand-labelled (gold= beside each text)."""

ITEMS = [
dict(guid="aoo_acm_rip_2026_02_12a", pub="2026-02-12T07:00:00-05:00",
title="Concetta \"Connie\" Sgro - Our Lady of Mount Carmel Parish",
body="""Please remember in your prayers Concetta "Connie" (Bonanno) Sgro, 91, of Altoona, a lifelong parishioner of Our Lady of Mount Carmel, who fell asleep in the Lord on February 7, 2026, at Mount Carmel Manor, with a rosary in her hand.

Connie was born in 1934 on Seventh Avenue in the old Italian neighborhood below the shops, the daughter of Antonio and Maria Bonanno of Castrofilippo, Sicily. For fifty years she made the pizzelle for the parish Festa and taught three generations of the parish's young women that the iron must be hot before the batter goes in.

She was the wife of the late Vincenzo "Jimmy" Sgro. She leaves her daughter, Mary Beth (Anthony) Iannacone of Altoona; her son, Vincent Sgro of Pittsburgh; five grandchildren, among them Dr. Michael Iannacone; and two great-grandchildren.

A Mass of Christian Burial was offered February 11 at Our Lady of Mount Carmel, the Rev. Msgr. Thomas Cirillo celebrant. Eternal rest grant unto her, O Lord.""",
gold=[("AOO004", "survivor"), ("AOO003", "survivor")]),

dict(guid="aoo_acm_rip_2026_04_09a", pub="2026-04-09T07:00:00-04:00",
title="Brendan P. O'Donoghue - Cathedral Parish",
body="""The Cathedral parish family asks your prayers for the repose of the soul of Brendan Patrick O'Donoghue, 79, of Altoona, who died April 4, 2026, the Saturday of Holy Week, at UPMC Altoona.

Brendan was a son of the late Patrick and Nora (Keating) O'Donoghue and grew up in the Cathedral parish in the house his grandfather built on Walton Avenue. He served the Cathedral as an usher for forty years and as the Grand Knight of Council 551, and for three decades he carried the Ancient Order of Hibernians banner in the St. Patrick's Day parade.

He is survived by his sister, Kathleen "Kitty" O'Donoghue of Altoona, with whom he shared the family home; and by his cousins in Altoona and in County Kerry. He was preceded in death by a brother, the Rev. Francis O'Donoghue.

A Mass of Christian Burial was celebrated April 8 at the Cathedral of the Blessed Sacrament. May his soul and the souls of all the faithful departed, through the mercy of God, rest in peace.""",
gold=[("AOO009", "survivor")]),

dict(guid="aoo_acm_rip_2026_06_18a", pub="2026-06-18T07:00:00-04:00",
title="Carmen Rivera viuda de Ocasio - Comunidad Hispana / Spanish Mass Community",
body="""Oremos por el eterno descanso de Carmen Rivera viuda de Ocasio, 86, de Altoona, natural de Ponce, Puerto Rico, quien falleció el 13 de junio de 2026 en la casa de su hijo. Please pray for the eternal rest of Carmen Rivera Ocasio, 86, of Altoona, a native of Ponce, Puerto Rico, who died June 13, 2026, at her son's home.

Doña Carmen came to Altoona in 1998 to be near her family and was a founding member of the Spanish Mass community at St. Mary's, where she led the rosary before Mass every Sunday.

Le sobreviven su hijo, José Luis Ocasio y su esposa Marisol, de Altoona; su hija, Nilda Ocasio Rivera, de Ponce; y seis nietos. She is survived by her son, José Luis Ocasio and his wife, Marisol, of Altoona; her daughter, Nilda, of Ponce; and six grandchildren. She was preceded in death by her husband, Luis Ocasio.

Misa de cuerpo presente / Mass of Christian Burial, June 17, St. Mary's Church. Que descanse en paz.""",
gold=[("AOO007", "survivor"), ("AOO008", "survivor")]),

dict(guid="aoo_acm_rip_2026_09_24a", pub="2026-09-24T07:00:00-04:00",
title="Angelo M. DeFazio - St. Leo Parish",
body="""Please keep in your prayers Angelo Michael DeFazio, 94, of Altoona, a parishioner of St. Leo, who died September 19, 2026, at Mount Carmel Manor.

Angelo came to Altoona from Abruzzo in 1951 with twenty dollars and his father's bread starter. DeFazio's Italian Bakery, which he opened on Lexington Avenue in 1958, still uses that starter. He was a member of the Sons of Italy and the Holy Name Society.

He is survived by his son, Vincent DeFazio and his wife, Linda, of Altoona, who carry on the bakery; a daughter, Rita Bottenfield of State College; four grandchildren and three great-grandchildren. He was preceded in death by his wife of 61 years, Assunta (Pecora) DeFazio.

A Mass of Christian Burial was celebrated September 23 at St. Leo Church. Eternal rest grant unto him, O Lord.""",
gold=[("AOO021", "survivor")]),
]
