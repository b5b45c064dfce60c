"""The Riverbend Catholic Herald (invented weekly of the Covington diocese): "Please pray for the faithful
departed" column, parish-style short notices, plain text. Hand-labelled."""

FEED = "herald"
ITEMS = [
dict(guid="cvg_herald_2026_0419_dreyer", pub="2026-04-19T07:00:00-04:00", title="Sister Mary Aloysius Dreyer, SND - Park Hills",
body="""Please pray for the repose of the soul of Sister Mary Aloysius Dreyer, SND, 91, who died April 12, 2026, at the Notre Dame provincial center in Park Hills, in her 72nd year of religious life. Born Margaret Dreyer in Newport, she taught first grade at St. Augustine, Covington, and at St. Therese, Southgate, for a combined 41 years and later served as sacristan at the provincial chapel.

She is survived by her Sisters in community; her sister, Kathleen O'Hearn of Bellevue; her nephew, Denny O'Hearn of Newport; and many nieces and nephews. She was preceded in death by her parents, Frank and Anna Dreyer, and her brother, Rev. Francis Dreyer.

The Mass of Christian Burial was celebrated April 16 in the provincial chapel; burial in the Sisters' cemetery.""",
gold=[("CVG008", "survivor")]),

dict(guid="cvg_herald_2026_0503_huelsbeck", pub="2026-05-03T07:00:00-04:00", title="Agnes Huelsbeck - St. Paul Parish, Florence",
body="""Agnes Huelsbeck, 96, a member of St. Paul Parish, Florence, for seventy years, died April 27, 2026. She was a charter member of the parish Altar Society, a Eucharistic minister at St. Remigius Hospital and, for thirty-one years, the voice of the bingo caller's booth on Friday nights.

She was the widow of Lawrence Huelsbeck. She is survived by her daughter, Mrs. Dale Tewes of Florence; her sons, Lawrence Jr. of Hebron and Paul Huelsbeck of Lexington; fourteen grandchildren and twenty-two great-grandchildren.

Her funeral Mass was celebrated April 30 at St. Paul Church by Rev. Martin Stuempel; burial in St. Paul Cemetery.""",
gold=[("CVG004", "survivor"), ("CVG005", "survivor")]),

dict(guid="cvg_herald_2026_0712_beiting", pub="2026-07-12T07:00:00-04:00", title="Clarence A. Beiting - St. Joseph Parish, Cold Spring",
body="""Clarence A. Beiting, 93, of Highland Heights, a parishioner of St. Joseph, Cold Spring, died July 5, 2026. A farmer on the Alexandria Pike until the land became a subdivision, he served forty years as an usher and counted the Sunday collection every week until he was 90.

He was preceded in death by his wife, Eleanor (Hils) Beiting, and his brother, Urban Beiting. He is survived by his sister, Jo Ann Ostertag of Cold Spring; his children, Thomas Beiting of Wilder and Ann (Gary) Schadler of California, Ky.; and eleven grandchildren.

Deacon Keith Rabenstein presided at the vigil service; the Mass of Christian Burial was celebrated July 9 at St. Joseph Church. Burial in St. Joseph Cemetery, Cold Spring.""",
gold=[("CVG023", "survivor")]),

dict(guid="cvg_herald_2026_0920_kathman", pub="2026-09-20T07:00:00-04:00", title="Joyce Kathman Ruschman - Immaculate Heart of Mary, Burlington",
body="""Please remember in your prayers Joyce Ruschman, 78, of Hebron, the former Joyce Kathman, who died September 13, 2026, three months after her husband, Norbert. She taught music at Immaculate Heart of Mary School for twenty-six years and directed its children's choir.

She is survived by her daughter, Kristen Brinkmoeller, and her son-in-law, Joe, of Burlington; her son, Todd Ruschman of Taylor Mill; and her grandchildren, Ava, Luke and Sam Brinkmoeller.

Her funeral Mass was celebrated September 17 at Immaculate Heart of Mary Church.""",
gold=[("CVG014", "survivor"), ("CVG013", "survivor")]),
]
