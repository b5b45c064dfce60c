"""Sjoberg-Kallio Funeral Chapels (East Duluth, West Duluth, Cloquet): funeral-home site, HTML in content:encoded,
one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "skf"
BASE = "https://www.sjobergkallio.example/obituaries/"
ITEMS = [
dict(guid="dlh_skf_leland-varpness", pub="2026-02-11T16:40:00-06:00", title="Leland Arvid Varpness",
body="""Leland Arvid Varpness, 87, of Duluth's Lakeside neighborhood, passed away peacefully on Monday, February 9, 2026, at Lakehead Regional Medical Center.

Leland was born May 9, 1938, in Two Harbors, the son of Arvid and Thora (Engebretsen) Varpness. He sailed the Great Lakes as a deckhand at seventeen and came ashore in 1962 to join the Duluth Fire Department, where he served for 31 years and retired as a battalion chief. He married Marit Hovland on June 16, 1962, at Bethlehem Lutheran Church. Leland could smoke a herring better than anyone on the North Shore, split wood well into his eighties, and rarely let a conversation end without a story that began "When I was on the Cason J. Callaway..."

Leland is survived by his wife of 63 years, Marit (Hovland) Varpness; his children, Thor (Brenda) Varpness of Two Harbors and Solveig Varpness-Ruiz of Minneapolis; five grandchildren; and his sister, Dagny Ekholm of Silver Bay. He was preceded in death by his parents and his brother, Ordean.

The family thanks Dr. Anand Velayudhan and the nurses of the fourth-floor cardiac unit for their kindness.

Funeral service will be 11 a.m. Saturday, February 14, at Bethlehem Lutheran Church, 1100 N. 40th Ave. E., Duluth, with visitation from 9:30. Pallbearers: Brad Kauppinen, Erik Varpness, Anders Varpness, Jon Ekholm. Interment at Sunrise Memorial Park in the spring.""",
gold=[("DLH003", "deceased_client"), ("DLH004", "spouse_of_deceased_client")]),

dict(guid="dlh_skf_evelyn-ruuska", pub="2026-03-24T11:05:00-05:00", title="Evelyn Hilma Ruuska",
body="""Evelyn Hilma Ruuska, 92, of Esko, died on Saturday, March 21, 2026, at Sunnyside Health Care Center in Cloquet.

Evelyn was born December 2, 1933, on the family farm in Thomson Township to Emil and Hilma (Maki) Lahti. She married Wilho Ruuska in 1954 and together they milked forty head of Holsteins on Juntunen Road for four decades. She was a lifelong member of Apostolic Lutheran Church in Esko, made pulla every Saturday of her married life, and knitted mittens for every child born in the congregation.

Evelyn is survived by her daughters, Heidi (Brad) Kauppinen of Esko and Linnea Ruuska of Carlton; her son, Wayne (Tammy) Ruuska of Cloquet; nine grandchildren; and eleven great-grandchildren. She was preceded in death by her husband, Wilho, in 2008.

Funeral will be 11 a.m. Friday at the Apostolic Lutheran Church, Esko, with visitation one hour prior. Burial in Esko Community Cemetery.""",
gold=[("DLH018", "survivor"), ("DLH017", "survivor")]),

dict(guid="dlh_skf_walter-pelkonen", pub="2026-04-20T09:30:00-05:00", title="Walter Eino Pelkonen",
body="""Walter Eino Pelkonen, 89, of Hermantown, died Thursday, April 16, 2026, at home on the land he cleared himself.

Walt was born in Hermantown on July 1, 1936, to Eino and Aino Pelkonen. After Army service in Germany he drove truck for Twin Ports Cartage for thirty years and built, board by board, the house and the smoke sauna that his grandchildren still fight over. He was a founding member of the Hermantown Volunteer Fire Department and the Lakehead Finnish Heritage Society.

Walt is survived by his daughter, Ruth Ann (Mike) Draxler of Hermantown, whose sauna business he bragged about to anyone who would listen; his son, Dennis Pelkonen of Aurora, Colo.; and six grandchildren. He was preceded in death by his wife, Lempi, in 2020.

Memorial gathering 2 to 5 p.m. Sunday at the Hermantown Community Center, with a sauna afterward for those who knew him. Private interment at Hermantown Cemetery.""",
gold=[("DLH005", "survivor")]),

dict(guid="dlh_skf_raymond-pietila", pub="2026-09-15T14:20:00-05:00", title="Raymond Lauri Pietila",
body="""Raymond Lauri Pietila, 75, of Superior, Wisconsin, passed away on Saturday, September 12, 2026, at Essentia-St. Mary's in Superior after a short illness.

Ray was born April 9, 1951, in Superior to Lauri and Sylvi Pietila. He graduated from Superior Senior High School in 1969 and worked as a welder at Fraser Shipyards for 41 years, where he helped lengthen more lake freighters than he could count. Ray was a deer hunter, a Packers fan in a Vikings town across the bridge, and the unofficial mayor of the Billings Park Tavern.

He is survived by his sister, Janice Halvorsrud and her husband Oskar of Superior; his nephew, Anders Halvorsrud of Madison; his niece, Capt. Kirsten Halvorsrud; and his longtime companion, Doreen Kasper. He was preceded in death by his parents and his brother, Arvo.

A celebration of life will be held 3 p.m. Saturday at the Superior Eagles Club, 1902 Hammond Ave. Arrangements by Sjoberg-Kallio Funeral Chapels, Superior chapel.""",
gold=[("DLH012", "survivor"), ("DLH011", "survivor")]),

dict(guid="dlh_skf_margaret-oja", pub="2026-06-02T10:15:00-05:00", title="Margaret Helmi Oja",
body="""Margaret Helmi Oja, 101, of Duluth, died on Friday, May 29, 2026, at Chris Jensen Health and Rehabilitation Center.

Margaret was born March 18, 1925, in Cloquet. She survived the Cloquet fire of 1918 in her mother's stories and the winter of 1936 in her own, and she taught third grade at Lester Park Elementary for 35 years. At 100 she was still doing the Duluth Harbor Tribune crossword in ink.

She is survived by her nephew, Dale Oja of Lakewood, Colo., and by generations of former students. She was preceded in death by her husband, Toivo, and her sisters, Elsie and Martha.

A memorial service will be held 11 a.m. Wednesday at Glen Avon Presbyterian Church, the Rev. Linnea Sather officiating.""",
gold=[]),
]
