"""Riverview & Sunnyside Family Chapels (funeral home with chapels in Gresham, Oregon City and Hillsboro):
funeral-home site, HTML in content:encoded, one-sentence description. Hand-labelled (gold=[...])."""

FEED = "rsfc"
ITEMS = [
dict(guid="pdx_rsfc_0312_lyman-pringle", pub="2026-01-09T10:15:00-08:00", title="Lyman Everett Pringle (1931 - 2026)",
body="""Lyman Everett Pringle, 94, of Canby, Oregon, died peacefully on January 5, 2026, at the farmhouse his great-great-grandfather built of Douglas fir in 1858, eleven years after the family came over the Barlow Road with four oxen and a milk cow.

Lyman farmed hazelnuts and hay on the Pringle donation land claim his whole life, served as a Clackamas County commissioner for two terms, and for forty years led the wagon-train reenactment at the End of the Oregon Trail center in Oregon City, where he told schoolchildren, accurately, that most of the pioneers walked.

He is survived by his daughter, Martha Ann (Dale) Whitcomb of Gladstone; his son, Wendell Pringle of Canby; seven grandchildren and eleven great-grandchildren. He was preceded in death by his wife of 61 years, Evangeline, and his brother, Orrin.

A celebration of life will be held Saturday, January 17, at 1 p.m. at Canby Grange Hall. A reception will follow, with pies from Rye & Crumb Bakery, whose owner, Becky Lindqvist, is Lyman's former 4-H pupil.""",
gold=[("PDX016", "survivor"), ("PDX024", "survivor")]),

dict(guid="pdx_rsfc_0327_jedediah-mcallister-iv", pub="2026-02-03T09:40:00-08:00", title="Jedediah Cole McAllister IV (2003 - 2026)",
body="""Jedediah Cole "Cole" McAllister IV, 22, of Oregon City, died January 30, 2026, in a climbing accident at Smith Rock.

Cole graduated from Oregon City High School in 2021 and was a senior studying forestry at Oregon State University. He was the fourth Jedediah in a family that has lived above Willamette Falls since 1846, and he was the first of them to go by his middle name.

He is survived by his parents, Cody and Brianne McAllister of Oregon City; his sister, Josie; his grandparents, Jed and Sharon McAllister of Oregon City and Lorraine Batey of Molalla; and many aunts, uncles and cousins.

A memorial service will be held Saturday, February 7, at 2 p.m. at the Oregon City chapel. The family asks that memories be shared on this page.""",
gold=[("PDX015", "survivor")]),

dict(guid="pdx_rsfc_0355_harold-matsukawa", pub="2026-03-12T11:05:00-07:00", title="Harold Tadashi \"Hal\" Matsukawa (1941 - 2026)",
body="""Harold Tadashi "Hal" Matsukawa of Gresham passed away on March 8, 2026, at home, at the age of 84.

Hal was born June 3, 1941, in Hood River, Oregon, the youngest son of Tetsuo and Kiyo Matsukawa. He was an infant when the family was sent to the Tule Lake camp, and he grew up on the berry farm his parents rebuilt in east Multnomah County after the war. He taught industrial arts at Gresham High School for 33 years and built the Japanese garden behind the Gresham library with his students.

Hal is survived by his wife of 60 years, Grace (Kaneshiro) Matsukawa; his son, Dr. Kenji Matsukawa (Lisa) of Seattle; his daughter, Joy Matsukawa-Ferris of Tigard; and four grandchildren. He was preceded in death by his brothers, Sam and George.

A memorial service will be held at the Epworth United Methodist Church on Saturday, March 21, at 11 a.m., with the Rev. Alan Hirata officiating. In lieu of koden, the family suggests gifts to the Japanese American Museum of Oregon.""",
gold=[("PDX009", "deceased_client"), ("PDX010", "spouse_of_deceased_client")]),

dict(guid="pdx_rsfc_0368_martinian-zyryanov", pub="2026-03-27T08:30:00-07:00", title="Martinian Zyryanov (1955 - 2026)",
body="""Martinian Stepanovich Zyryanov, 70, of Gresham, reposed in the Lord on March 23, 2026.

Born in Harbin, China, into an Old Believer family that had fled Russia a generation before, Martinian came to Oregon by way of Brazil in 1966. He fished in Alaska every summer for forty years and spent the winters building boats in his shop off Powell Valley Road. He read the psalter in church in a voice that could fill the building without trying.

He is survived by his wife, Anisya; his sons, Ivan, Fedor and Savva; his daughters, Marfa, Evdokia and Agripina; his sister, Efimia Reutov of Gresham; and 31 grandchildren.

Prayers will be read through the night at the family home. The funeral will be at the Church of the Nativity, Gresham, on Friday. Pallbearers: Feodosiy Basargin, Gennadiy Reutov, Trifon Zyryanov, Kiril Martushev, Foma Kalugin and Luka Zyryanov.""",
gold=[]),

dict(guid="pdx_rsfc_0391_annelies-van-hoose", pub="2026-04-22T10:00:00-07:00", title="Annelies \"Anne\" Van Hoose (1947 - 2026)",
body="""Annelies "Anne" Van Hoose, née De Groot, 78, of Hillsboro, died April 18, 2026, at Tuality Hospital after a short illness.

Anne was born in Leiden, the Netherlands, and came to Oregon in 1969 as a young bride. She kept the books of the family's nursery on Tualatin Valley Highway for 35 years, grew tulips that she refused to sell, and taught half of Washington County to skate on the one week a decade that the Hillsboro ponds froze.

Her husband, Pieter, died in 2011. She is survived by her sons, Joost Van Hoose of Hillsboro and Maarten Van Hoose of Bend; her sister, Liesbeth de Groot of Utrecht; and five grandchildren.

A service will be held at the Hillsboro chapel on Monday, April 27, at 10 a.m.""",
gold=[("PDX019", "deceased_client")]),

dict(guid="pdx_rsfc_0404_orville-tuttle", pub="2026-05-06T09:10:00-07:00", title="Orville Dean Tuttle (1937 - 2026)",
body="""Orville Dean Tuttle, 88, of Estacada, died May 2, 2026.

Orville logged the Clackamas River drainage for 38 years, then drove a school bus for twelve more, and he never once was late for either. He was a founding member of the Estacada Timber Festival and held its crosscut-saw record for a decade.

He is survived by his wife, Nola; his daughters, Debra Kline of Sandy and Shelly Tuttle of Estacada; six grandchildren and two great-grandchildren.

A graveside service will be held at Estacada Cemetery on Saturday at 11 a.m.""",
gold=[]),
]
