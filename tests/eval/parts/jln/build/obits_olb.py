"""Our Lady of the Mines & St. Barbara Parishes (Carthage, Mo. / Frontenac, Kan.) weekly bulletin: "Please pray
for" notices, some in Spanish and English, plain text. Hand-labelled (`gold`)."""

ITEMS = [
dict(guid="jln_olb_2026_02_01_villalobos", pub="2026-02-01T07:00:00-06:00",
title="Please pray for Don Jesús Villalobos Durán / Oremos por Don Jesús Villalobos Durán",
body="""Please keep in your prayers Don Jesús Villalobos Durán, 84, who died on January 27 in Jerez, Zacatecas, Mexico, the town he never left. He is the father of our parishioner Efraín Villalobos Rangel, who with his wife Maricela and their children travelled to Jerez for the funeral. Don Jesús is also survived by his wife, Doña Guadalupe Rangel, and eight other children in Zacatecas and California.

Oremos por el eterno descanso de Don Jesús Villalobos Durán, padre de Efraín Villalobos Rangel y suegro de Maricela Ortiz de Villalobos, de nuestra comunidad en Carthage. Una misa de novenario se celebrará el sábado 7 de febrero a las 7 p.m. en español.""",
gold=[("JLN006", "survivor"), ("JLN005", "survivor")]),

dict(guid="jln_olb_2026_05_10_pichler", pub="2026-05-10T07:00:00-05:00",
title="Eternal rest: Josephine \"Josie\" Pichler, Arma",
body="""Eternal rest grant unto her, O Lord. Josephine "Josie" Pichler, 86, of Arma, a member of St. Barbara Parish for sixty years, died peacefully on May 4. She was the widow of Frank Pichler, who worked at the Jackson Walker strip pit, and for thirty years she ran the altar society's fish fry. She is survived by her son, Gary Pichler and his wife Donna of Arma; her granddaughter, Alyssa Kirkendoll and her husband, Dustin, of Pittsburg, with their new baby, Josie's first great-grandchild; and by her sister, Sr. Mary Clement Gorence, ASC.

The Funeral Mass was celebrated on Friday, May 8, by Fr. Thomas Kinnaman, with burial at Mt. Olive Cemetery.""",
gold=[("JLN017", "survivor"), ("JLN016", "survivor")]),

dict(guid="jln_olb_2026_09_13_gorence", pub="2026-09-13T07:00:00-05:00",
title="Please pray for Rudolph \"Rudy\" Gorence, Frontenac",
body="""Please pray for the repose of the soul of Rudolph "Rudy" Gorence, 90, of Frontenac, who died September 8. Rudy was the last of the Frontenac men who could still sing the old Slovenian hymns from memory, and he sang them in our choir loft until Easter of this year. He is survived by his wife of 66 years, Angela Gorence; his daughters, Theresa Dugan of Frontenac and Annette Spigarelli of Girard; and his sister, Sr. Mary Clement Gorence, ASC.

His Funeral Mass was celebrated Saturday by Fr. Thomas Kinnaman. The readings were proclaimed by Alyssa Kirkendoll and Tony Bertoncino, and the parish choir sang "Marija, skoz' življenje" at the end of Mass.""",
gold=[]),
]
