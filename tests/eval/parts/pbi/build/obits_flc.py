"""Kirkon Uutiset: the weekly bulletin of Lake Worth Finnish-American Lutheran Church (the Finnish community of Lake
Worth and Lantana), "In Memoriam" notices with Finnish touches, plain text. Hand-labelled: `gold` beside each."""

FEED = "flc"
ITEMS = [
dict(guid="pbi_flc_bulletin_2026_03_29a", pub="2026-03-29T07:00:00-04:00", title="In Memoriam: Eino Haapakoski",
body="""Our brother in Christ Eino Kalevi Haapakoski, 88, of Lake Worth, fell asleep in the Lord on March 24, 2026.

Eino was born in Kotka, Finland, and came to Lake Worth by way of Thunder Bay in 1962. He built cabinets, and many of the pews in our own sanctuary were finished by his hands. He sang in the men's choir for fifty years and led the Juhannus bonfire at John Prince Park every June.

He is survived by his brother, Tuomas "Tom" (Aili) Haapakoski of Hypoluxo, and his sister, Raili Vuorenmaa of Lake Worth, and by nieces and nephews in Finland and Canada. He was preceded in death by his wife, Helvi, and his brother, Arvo.

The funeral service will be held Saturday at 11 a.m. in the sanctuary, Pastor Kaisa Lindroos officiating, followed by coffee and pulla in the fellowship hall. Siunattu olkoon hänen muistonsa.""",
gold=[("PBI005", "survivor"), ("PBI006", "survivor")]),

dict(guid="pbi_flc_bulletin_2026_08_20a", pub="2026-08-20T07:00:00-04:00", title="In Memoriam: Toivo Kallio",
body="""Toivo Aleksanteri Kallio, 94, of Lantana, the last of the men who founded our congregation's Finnish choir, went home to the Lord on August 15, 2026.

Toivo came to Lantana from Lapua in 1956 and worked as a carpenter on half the houses south of Lake Worth Road. He is survived by his daughter, Pirjo Kallio-Dunn of Jupiter, and two grandsons. He was preceded in death by his wife, Martta.

The memorial service will be held Saturday at 10 a.m., Pastor Kaisa Lindroos officiating. The lessons will be read by Raili Vuorenmaa, and Tom Haapakoski will lead the choir in "Maa on niin kaunis." Coffee to follow.""",
gold=[]),

dict(guid="pbi_flc_bulletin_2026_10_11a", pub="2026-10-11T07:00:00-04:00", title="In Memoriam: Raili Vuorenmaa",
body="""With sorrow and thanksgiving we commend to God our sister Raili Annikki Vuorenmaa (nee Haapakoski), 86, of Lake Worth, who died October 6, 2026, at Trustbridge Hospice.

Raili was born June 21, 1940, in Kotka, Finland, and came to Lake Worth in 1963 as the young bride of Pentti Vuorenmaa, who preceded her in death in 2009. She taught piano to three generations of Lake Worth children, read the lessons at our services for thirty years and baked the pulla for every funeral, including, she used to say, her own if we let her.

She is survived by her brother, Tom Haapakoski (Aili) of Lantana; her nephews and nieces; and her godchildren in Finland and Florida. She was preceded in death by her husband, Pentti, and her brothers, Arvo and Eino.

The funeral service will be held Saturday, October 17, at 11 a.m. in the sanctuary, Pastor Kaisa Lindroos officiating. In lieu of flowers, gifts to the church's music fund are welcome.""",
gold=[("PBI006", "deceased_client"), ("PBI005", "survivor")]),
]
