"""Trinity-Zion-St. Paul Lutheran Parish Messenger (invented newsletter of the German-Texan Lutheran parishes of
Wall, Miles and San Angelo): "Entered into Rest" notices, plain text. Hand-labelled."""

FEED = "lutheran"
ITEMS = [
dict(guid="sjt_lpm_rest_2026_03", pub="2026-02-22T07:00:00-06:00",
title="Entered into Rest: Irma Hoelscher, Wall",
body="""Irma Hoelscher (née Kasberg), 97, of Wall, fell asleep in Jesus on February 18, 2026, at the Wall home where she lived for seventy-four years. She was baptized and confirmed at St. Paul Lutheran Church, married Arnold Hoelscher there in 1951, and taught Sunday school for fifty-one years. Her kolaches and her German hymns will be missed at every church picnic.

She is survived by her son, Leon Hoelscher and his wife JoAnn of Wall; her daughter, Marlene Hoelscher Pfeiffer of Fredericksburg; seven grandchildren, among them Brent Hoelscher of Wall; and eleven great-grandchildren. She was preceded in death by her husband, Arnold, in 2008.

The funeral was held February 21 at St. Paul Lutheran Church, Wall, with Pastor Mark Reinhardt officiating. Sue Ellen Kincheloe played "Ein feste Burg" on the organ. Interment followed in the church cemetery.""",
gold=[("SJT005", "survivor"), ("SJT004", "survivor")]),

dict(guid="sjt_lpm_rest_2026_11", pub="2026-08-16T07:00:00-05:00",
title="Entered into Rest: Elnora Wohlfahrt, San Angelo",
body="""Elnora Wohlfahrt, 92, of San Angelo, formerly of Wall, entered into rest on August 11, 2026. A charter member of Trinity Lutheran Church, San Angelo, she sang alto in the choir for six decades and kept the altar guild's linens spotless.

She is survived by her son, Virgil Wohlfahrt of San Angelo; her daughter, Karen Wohlfahrt Moeller of Miles; and five grandchildren. She was preceded in death by her husband, Walter, and her sister, Alma Schwertner.

The funeral was held at Trinity Lutheran Church, San Angelo, on August 14, with Pastor Ruth Engel officiating.""",
gold=[]),
]
