"""Range parish bulletins (invented cluster: Blessed Sacrament Hibbing, Resurrection Eveleth, Holy Family Eveleth,
and Faith Lutheran notes): "Please remember in your prayers ..." notices, plain text. Hand-labelled."""

FEED = "bulletin"
ITEMS = [
dict(guid="hib_bulletin_2026_02_08_zupancich", pub="2026-02-08T07:00:00-06:00", title="Frank Zupancich Sr. - Eveleth",
body="""Please remember in your prayers Frank Zupancich Sr., 89, of Eveleth, who was called home to the Lord on Tuesday, February 3. Frank was an usher at Resurrection for more than forty years and never missed the 8 o'clock Mass if he could help it.

Frank is the father of Frank "Butch" Zupancich Jr. (Darlene) of Eveleth and of Theresa Kuznik of Gilbert, and grandfather of five. He was preceded in death by his wife, Dorothy, and his brother, Anton.

The Funeral Mass was celebrated Saturday at Resurrection Church, the Rev. Joseph Kochevar presiding, with burial at Eveleth Cemetery. The Altar and Rosary Society thanks all who brought food for the luncheon. Eternal rest grant unto him, O Lord.""",
gold=[("HIB003", "survivor"), ("HIB004", "survivor")]),

dict(guid="hib_bulletin_2026_05_24_helen_kochevar", pub="2026-05-24T07:00:00-05:00", title="Helen Kochevar - Hibbing",
body="""Our parish family extends its sympathy to Father Joe Kochevar on the death of his mother, Helen Kochevar, 93, of Hibbing, who died peacefully on Monday, May 18, at Guardian Angels.

Helen was a founding member of the Blessed Sacrament quilters and made more than two hundred baptismal blankets for the parish. She is survived by her sons, the Rev. Joseph Kochevar of Hibbing and Thomas (Diane) Kochevar of Cloquet, and by six grandchildren. She was preceded in death by her husband, Stanley, and her daughter, Anne Marie.

The Mass of Christian Burial was celebrated Friday by Bishop Daniel Felton with many priests of the diocese concelebrating. Please keep Father Joe and the Kochevar family in your prayers.""",
gold=[("HIB018", "survivor")]),

dict(guid="hib_bulletin_2026_07_12_richard_skubic", pub="2026-07-12T07:00:00-05:00", title="Richard Skubic - Gilbert",
body="""Please remember in your prayers Richard "Dick" Skubic, 84, of Gilbert, who died July 6 at Essentia Health-Virginia after a short illness. Dick sang in the choir at Holy Family for sixty years and ran the Slovenian bake sale with an iron hand.

He is survived by his wife, Ann; his daughter, Kristine "Kris" (Jeff) Skubic-Maki of Mountain Iron; his son, David Skubic of Gilbert; his nephew, Wayne Prebonich of Gilbert; and four grandchildren. He was preceded in death by his brother, Joseph Skubic.

The Funeral Mass was celebrated Friday at Holy Family. May his soul and the souls of all the faithful departed rest in peace.""",
gold=[("HIB010", "survivor")]),

dict(guid="hib_bulletin_2026_09_20_faith_lutheran", pub="2026-09-20T07:00:00-05:00", title="In Memoriam - Faith Lutheran Church, Hibbing",
body="""We commend to God's care our sister in Christ, Aune Perala, 99, of Hibbing, who entered the Church Triumphant on September 14. Aune was a member of Faith Lutheran for 78 years and taught Finnish to the confirmation classes long after anyone asked her to.

She is survived by her nieces, Jeanette Ostlund of Chisholm and Joyce Perala of Hibbing, and by many grand-nieces and grand-nephews. She never married. She was preceded in death by her brothers, Arne and Uuno Perala.

Her funeral was held Thursday with Pastor Ruth Aho officiating. Lunch was served by the Dorcas circle.""",
gold=[("HIB015", "survivor")]),
]
