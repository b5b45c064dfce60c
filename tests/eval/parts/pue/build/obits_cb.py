"""St. Mary Help of Christians & Our Lady of Guadalupe parishes (Bessemer and the East Side of Pueblo), weekly
bulletin, "Please pray for our beloved dead": church-bulletin style, plain text. Hand-labelled."""

FEED = "cb"
ITEMS = [
dict(guid="pue_cb-rip-2026-01-09", pub="2026-01-09T08:00:00-07:00", title="Rudolph \"Rudy\" Stimac - Bessemer",
body="""Please remember in your prayers Rudolph "Rudy" Stimac, 91, who entered eternal life on January 4. Rudy was baptized, married and confirmed at St. Mary's, sang bass in the Slovenian choir for sixty years and fixed the church boiler more times than anyone can count.

He leaves his sister, Rosalie Skul of Pueblo, his nephews and nieces, and his many friends at the Slovenian Hall. His wife, Mary, went before him in 2012.

His funeral Mass was offered Wednesday at St. Mary's. Naj počiva v miru. May he rest in peace.""",
gold=[("PUE010", "survivor")]),

dict(guid="pue_cb-rip-2026-01-28", pub="2026-01-28T08:00:00-07:00", title="Fidel Ortiz - East Side",
body="""Pray for the soul of Fidel Ortiz, 89, a faithful parishioner of Our Lady of Guadalupe for seventy years, who died on January 22 at Minnequa Care Center. Fidel was a Hermano of the Morada on the East Side, played guitar at the Spanish Mass until he was 85 and was the last of the old men who could still sing all the verses of "Bendito, Bendito."

Fidel is survived by his sister, Maria Dolores "Lola" Vigil of Pueblo, with whom he shared Sunday dinner every week since her husband died; his sons, Fidel Jr. and Samuel; and his grandchildren. He was preceded in death by his wife, Sofia, and his brothers, Cruz and Eliseo.

Velorio and Rosary were held Thursday evening. The funeral Mass was celebrated Friday at Our Lady of Guadalupe. Que descanse en paz.""",
gold=[("PUE005", "survivor")]),

dict(guid="pue_cb-rip-2026-04-19", pub="2026-04-19T08:00:00-06:00", title="Celestina \"Tina\" Jaramillo - East Side",
body="""Our parish family mourns Celestina "Tina" Jaramillo, 88, who died April 14 at St. Mary-Corwin. Tina taught catechism at Our Lady of Guadalupe for forty-one years; half the parish learned the Our Father from her, in two languages.

She is survived by her son, Frank Jaramillo of Pueblo; her grandson, Marco (Celeste) Jaramillo of Pueblo, and their baby due this summer, whom Tina knitted a blanket for in her final month; and her sister, Ruby Chavez of Walsenburg. She was preceded in death by her husband, Ernesto, and her daughter, Lorraine.

The funeral Mass was celebrated Thursday. Readers were her granddaughters; the gifts were brought up by the Guadalupanas. Que en paz descanse.""",
gold=[("PUE023", "survivor")]),

dict(guid="pue_cb-rip-2026-05-24", pub="2026-05-24T08:00:00-06:00", title="Margaret \"Peggy\" Kochevar - Bessemer",
body="""We commend to God's mercy Margaret "Peggy" Kochevar, 85, of Bessemer, who died May 18. Peggy ran the kitchen at every St. Mary's funeral luncheon for thirty years, so it is only fitting that this week the Altar Society cooked for her.

She leaves her daughters, Karen Kochevar and Lynn Petek, both of Pueblo, and four grandchildren. Her husband, Louis, died in 2009.

Her funeral Mass was celebrated Thursday at St. Mary's. Lectors were Lola Vigil and Karen Petek; the gifts were brought up by Stan and Marlene Zupancic. Deacon Leonard Romero preached the homily. Eternal rest grant unto her, O Lord.""",
gold=[]),
]
