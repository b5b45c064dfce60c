"""Kenai Peninsula Orthodox parishes' weekly bulletin (invented; Kenai, Ninilchik, Seldovia): "Memory Eternal"
notices in church-bulletin style, plain text, short headings. Hand-labelled."""

FEED = "okb"
ITEMS = [
dict(guid="ena_okb_2026_wk07_1", pub="2026-02-15T08:00:00-09:00", title="Memory Eternal: Handmaid of God Anastasia Tepanoff",
body="""Please pray for the repose of the soul of the newly departed handmaid of God Anastasia (Nastasia) Tepanoff, 88, of Kenai, who fell asleep in the Lord on Wednesday, Feb. 11, having received Holy Communion the day before.

Nastasia was for many years our senior altar-cloth seamstress and a keeper of the old Dena'ina and Slavonic hymns. Her daughter, Annie Tepanoff of Kenai, thanks the sisterhood for the meals and asks for our prayers for the family.

Trisagion prayers Thursday at 7 p.m.; Funeral on Friday at 10 a.m. with Fr. Sergei Oskol serving. May her memory be eternal!""",
gold=[("ENA018", "survivor")]),

dict(guid="ena_okb_2026_wk33_1", pub="2026-08-16T08:00:00-08:00", title="Newly departed: Servant of God Innokenty Balashoff",
body="""The servant of God Innokenty "Kenny" Balashoff, 80, of Kenai, reposed on August 11 at Central Peninsula Hospital after a short illness. Kenny was a commercial fisherman for sixty seasons and rang our bells every Pascha that he was not on the water.

He is mourned by his daughter Crystal and her husband Lee Marchetti of Soldotna, his son Alexei Balashoff of Kodiak, and his grandchildren. His wife Zinaida fell asleep in the Lord in 2017.

The Funeral will be served Saturday at 11 a.m. The 40th-day memorial will be announced. Memory eternal!""",
gold=[("ENA017", "survivor"), ("ENA016", "survivor")]),

dict(guid="ena_okb_2026_wk38_1", pub="2026-09-20T08:00:00-08:00", title="Memory Eternal: Servant of God Peter Sacaloff",
body="""We ask your prayers for the newly departed servant of God Peter Ivanovich Sacaloff, 63, of Ninilchik, who reposed suddenly on September 14 while hunting moose in the Caribou Hills, only four months after we buried his mother, Ruth Ellen.

Peter served as a reader at Transfiguration chapel in Ninilchik for twenty years. He is mourned by his wife Vera, his sister Marina and her husband Duncan Hendry of Kenai, and a great many nieces, nephews and godchildren.

Funeral at Transfiguration, Ninilchik, on Friday at 11 a.m. Memory eternal!""",
gold=[("ENA011", "survivor")]),
]
