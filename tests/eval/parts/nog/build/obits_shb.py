"""Sacred Heart / Sagrado Corazón parish bulletin, Nogales: "Oremos por nuestros difuntos", plain text, short.
Hand-labelled."""

ITEMS = [
dict(guid="nog_shb_2026_0125_a", pub="2026-01-25T07:00:00-07:00", title="Oremos por / Let us pray for: Guillermo \"Memo\" Durazo",
body="""Please keep in your prayers Guillermo "Memo" Durazo Islas, 61, who died January 19 after a heart attack at his workshop on Arroyo Boulevard. Memo is the son of our longtime parishioner Consuelo "Chelo" Durazo of Nogales and the late Guillermo Durazo Sr. He also leaves his wife, Lety, and his daughters, Karla and Ximena. Rosary Tuesday 7 p.m.; Mass Wednesday 10 a.m. Que en paz descanse.""",
gold=[("NOG005", "survivor")]),

dict(guid="nog_shb_2026_0607_a", pub="2026-06-07T07:00:00-07:00", title="Oremos por / Let us pray for: Evangelina Lizárraga",
body="""We commend to God Evangelina Lizárraga, 77, who was called home June 2. Eva taught catechism at Sacred Heart for 30 years. She is mourned by her brother, Jesús María "Chuy" Lizárraga of Nogales, by her nieces and nephews, and by the Guadalupanas, who will lead the rosary Thursday at 7 p.m. Funeral Mass Friday 9 a.m.""",
gold=[("NOG019", "survivor")]),

dict(guid="nog_shb_2026_0809_a", pub="2026-08-09T07:00:00-07:00", title="Oremos por / Let us pray for: Candelaria Ruiz",
body="""Please pray for the repose of the soul of Candelaria Ruiz, 93, who died August 3 at Nogales Senior Living. She is survived by her nephews in Hermosillo and Guaymas. Funeral Mass was celebrated Thursday by Father Anselmo Quiroga; readings by Ysidro Bustamante and Estela Ortiz; music by the parish choir. Dale, Señor, el descanso eterno.""",
gold=[]),
]
