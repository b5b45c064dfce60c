"""Cedar-Knox Catholic Parish Cluster weekly bulletin (Holy Trinity, Hartington; St. Rose of Lima, Crofton;
St. Boniface, Menominee; Sts. Peter & Paul, Bow Valley; notices from neighbouring parishes): "Please remember in
your prayers ..." notices, plain text. Hand-labelled."""

FEED = "ckb"
ITEMS = [
dict(guid="ykn_ckb_2026_02_01_a", pub="2026-02-01T07:00:00-06:00", title="Rosemary Kathol - St. Rose of Lima, Crofton",
body="""Please remember in your prayers Rosemary Kathol, 89, who entered eternal life on Tuesday, January 27, at the Crofton Care Center.

Mass of Christian Burial was celebrated Saturday at St. Rose of Lima with Father Owen Korth as celebrant. Rosemary was a charter member of the Crofton Altar Society and taught CCD for forty years.

She is survived by her sons Dennis (Mary Jo) Kathol of Crofton and Thomas Kathol of Yankton, her daughter Jeanette Wuebben of Bow Valley, 13 grandchildren and 19 great-grandchildren. She was preceded in death by her husband Leo in 2011.

Eternal rest grant unto her, O Lord.""",
gold=[("YKN007", "survivor"), ("YKN006", "survivor")]),

dict(guid="ykn_ckb_2026_02_22_a", pub="2026-02-22T07:00:00-06:00", title="Loretta Bruning - Holy Trinity, Hartington",
body="""Please remember in your prayers Loretta Bruning, 84, wife of Francis Bruning, who died February 17 at Avera Sacred Heart in Yankton.

Loretta (Sudbeck) Bruning was born and raised in Hartington and served the Holy Trinity funeral lunches for more than fifty years. Her Mass of Christian Burial was celebrated Friday at Holy Trinity, Father Bernard Schmitz presiding.

She is survived by her husband Francis; her daughters Julie (Tom) Heimes of Norfolk and Ann Bruning of Omaha; her sister-in-law Evie Sudbeck of Hartington; and nine grandchildren. She was preceded in death by her brother Marvin Sudbeck.

The Christian Mothers thank all who brought food for the lunch.""",
gold=[("YKN023", "survivor")]),

dict(guid="ykn_ckb_2026_03_15_a", pub="2026-03-15T07:00:00-05:00", title="Jerome Zavadil - from St. Wenceslaus, Tabor",
body="""From our neighbors at St. Wenceslaus Parish in Tabor: please remember in your prayers Jerome Zavadil, 45, of Lincoln, who died unexpectedly on March 9.

Jerome grew up in Tabor and was a 1999 graduate of Bon Homme High School. He is survived by his wife Amy and their children Owen and Clara of Lincoln; his parents Jerry and Ruth Zavadil of Tabor; and his sister Nicole (Brett) Hacecky of Yankton.

Funeral Mass was celebrated at St. Wenceslaus on March 14. May he rest in peace.""",
gold=[("YKN013", "survivor")]),

dict(guid="ykn_ckb_2026_05_24_a", pub="2026-05-24T07:00:00-05:00", title="Bernard Wieseler - Sts. Peter & Paul, Bow Valley",
body="""Please remember in your prayers Bernard Wieseler, 82, of Fordyce, who died on May 19 at Avera Sacred Heart in Yankton.

Bernard farmed south of Fordyce all his life and was an usher at Sts. Peter & Paul for over sixty years. He is survived by his wife of 59 years, Irene; his sons Gene and Richard Wieseler, both of Fordyce; and seven grandchildren. He was preceded in death by his brothers Alfred and Norbert.

Mass of Christian Burial was celebrated Friday at Sts. Peter & Paul, Bow Valley. Eternal rest grant unto him, O Lord.""",
gold=[]),
]
