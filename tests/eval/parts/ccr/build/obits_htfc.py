"""Hennessey-Tollefson Funeral Chapels, Kellogg and Coeur d'Alene (invented funeral home): HTML in
content:encoded, a one-sentence plain description. Hand-labelled."""

ZANETTI_BODY = """Bernard Louis "Bernie" Zanetti, 85, of Wallace, passed away on March 20, 2026, at Shoshone Medical Center in Kellogg, with his wife and children beside him.

Bernie was born March 14, 1941, in Wallace, the son of Italian immigrants Luigi and Angela Zanetti. He went underground at the Sunshine Mine at 18, and after the 1972 fire he came up and never went back down; instead he bought the hardware store on Bank Street that still carries his name. He sold nails by the pound, keys by the dozen and advice for free.

He is survived by his wife of 61 years, Loretta (Kapinos) Zanetti; his sons, Mark Zanetti of Spokane and Anthony Zanetti of Boise; his daughter, Gina Marquez of Hayden; eight grandchildren; and his brother-in-law, Stan Kapinos of Kellogg.

Mass of Christian Burial will be celebrated at 11 a.m. Thursday, March 26, at St. Alphonsus Catholic Church in Wallace, Father Thomas Brightman officiating. Interment will follow at Nine Mile Cemetery. Pallbearers will be his grandsons. In lieu of flowers, the family suggests gifts to the Wallace District Mining Museum."""

ITEMS = [
dict(guid="ccr_htfc_2026_0214", pub="2026-02-20T16:00:00-08:00", title="Helmi Hakala Rantanen",
body="""Helmi Hakala Rantanen, 86, of Pinehurst, left us on February 16, 2026, at her home in the house her father built.

Helmi was born December 1, 1939, in Pinehurst to Finnish parents, Eino and Aili Hakala, and spoke Finnish before English. She married Reino Rantanen in 1959 and the two ran the sauna at the Pine Creek grange hall every Saturday night for twenty years.

She is survived by her sister, Sigrid (Hakala) Aune of Pinehurst; her son, Daniel Rantanen of Kalispell, Mont.; and three grandchildren. Helmi was preceded in death by Reino in 2009 and by her brother, Toivo Hakala.

A memorial service will be held at 1 p.m. Saturday at Pinehurst Community Church, Pastor Ruth Engstrom officiating. The family thanks Dr. Anneliese Kuykendall and the nurses of Heartland Hospice.""",
gold=[("CCR017", "survivor")]),

dict(guid="ccr_htfc_2026_0322", pub="2026-03-22T15:30:00-07:00", title="Bernard L. \"Bernie\" Zanetti",
body=ZANETTI_BODY,
gold=[("CCR003", "deceased_client"), ("CCR004", "spouse_of_deceased_client")]),

dict(guid="ccr_htfc_2026_0410", pub="2026-04-10T15:00:00-07:00", title="Orville Mowry",
body="""Orville Dean Mowry, 94, of Athol, died April 6, 2026, at the Coeur d'Alene Veterans Home.

Orville was born in 1931 in Athol and served with the Army in Korea. He logged the Coeur d'Alene National Forest with his brother for forty years, and the two of them still argued about who felled the biggest cedar.

Orville is survived by his brother, Harlan (Trixie) Mowry of Athol; his nephew, Neil Mowry of Spirit Lake; and his longtime friend, Ada Brisbois. He was preceded in death by his wife, Velma, and his sister, June.

Graveside services with military honors will be held at 10 a.m. Monday at the Athol Cemetery.""",
gold=[("CCR021", "survivor"), ("CCR020", "survivor")]),

dict(guid="ccr_htfc_2026_0502", pub="2026-05-02T14:00:00-07:00", title="Josu Iturbe",
body="""Josu Iturbe, 80, of Boise, died April 27, 2026, surrounded by his family and the songs of his youth.

Josu was born in 1945 in Gernika, in the Basque Country, and came to Idaho in 1964 to herd sheep in the Owyhees. He later ran a masonry business in Boise and danced with the Oinkari Basque Dancers for twelve years.

He is survived by his wife, Miren (Alday) Iturbe of Boise; his daughter, Carmen Iturbe of Coeur d'Alene; his son, Andoni Iturbe of Nampa; and four grandchildren.

A funeral Mass will be celebrated at St. John's Cathedral in Boise. The family asks that memorials go to the Basque Museum and Cultural Center. Hennessey-Tollefson of Coeur d'Alene is assisting the family in the north.""",
gold=[("CCR009", "survivor")]),

dict(guid="ccr_htfc_2026_0615", pub="2026-06-15T14:00:00-07:00", title="Angelo Gesualdi",
body="""Angelo Peter Gesualdi, 97, of Mullan, died June 11, 2026, at the Mountain Valley care center in Kellogg.

Angelo was born in 1929 in Mullan and worked 41 years at the Morning Star mine. He grew tomatoes in a place everyone said tomatoes could not grow and made the wine to prove it.

He is survived by his son, Leroy "Roy" Gesualdi and his wife, Donna, of Mullan; his daughter, Carla Jenkins of Missoula, Mont.; five grandchildren; and nine great-grandchildren. His wife, Teresa, died in 2018.

A funeral Mass will be held at 10 a.m. Saturday at St. Michael's Catholic Church in Mullan. The family extends special thanks to Dr. Anneliese Kuykendall.""",
gold=[("CCR016", "survivor")]),
]
