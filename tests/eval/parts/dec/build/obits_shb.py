"""St. Boniface & St. Hedwig Parishes, Decatur: weekly bulletin "Pray for Our Departed" column (German and
Polish Catholic parishes on the east side), plain text. Hand-labelled."""

FEED = "shb"
ITEMS = [
dict(guid="dec_shb_bulletin_2026_02_15_rip1", pub="2026-02-13T10:00:00-06:00",
title="Pray for Our Departed: Rita A. Kuhle",
body="""Please remember in your prayers Rita A. Kuhle, 74, of Effingham, who died February 9 at St. Anthony's Memorial Hospital in Effingham. Rita grew up in our parish, made her First Communion at St. Boniface in 1958 and taught third grade at St. Anthony Grade School in Effingham for 38 years.

She is survived by her sister, Darlene (Jerry) Wetzel of Decatur, and her brother, Dennis Kuhle of Teutopolis, and by many nieces and nephews. She was preceded in death by her parents, Alvin and Hedwig Kuhle.

A funeral Mass was celebrated at St. Anthony of Padua, Effingham. Eternal rest grant unto her, O Lord.""",
gold=[("DEC002", "survivor"), ("DEC001", "survivor")]),

dict(guid="dec_shb_bulletin_2026_05_31_rip1", pub="2026-05-29T10:00:00-05:00",
title="Pray for Our Departed: Irene Klitzing (Staab)",
body="""Our parish family commends to God Irene T. Klitzing (nee Staab), 84, who died May 24 at Fair Havens. Irene was a St. Hedwig Altar and Rosary Society member for sixty years and ran the pierogi sale with an iron hand and a soft heart.

She is survived by her son, Mark Klitzing of Bloomington; her daughter, Theresa (Jim) Pruitt of Decatur; her sister-in-law, Bernadine "Bernie" Klitzing of Decatur; and five grandchildren. She was preceded in death by her husband, Edmund, and by her brother-in-law, Leonard Klitzing.

Mass of Christian Burial was offered Thursday at St. Hedwig, Fr. Tomasz Nowicki presiding, with burial at Calvary Cemetery. Wieczny odpoczynek racz jej dac, Panie.""",
gold=[("DEC020", "survivor")]),

dict(guid="dec_shb_bulletin_2026_08_09_rip1", pub="2026-08-07T10:00:00-05:00",
title="Pray for Our Departed: Dolores Fancher",
body="""Please pray for the repose of the soul of Dolores M. Fancher, 92, who died August 2 at Northcrest. Dolores was a St. Boniface parishioner for seventy years and counted the collection on Monday mornings until she was eighty-nine.

She is survived by her daughter-in-law, Mary Jo Fancher, a longtime lector at our 9:30 Mass; her grandsons, Ryan and Matthew Fancher; and a great-granddaughter, Ella. She was preceded in death by her husband, Roland, and her son, Gary Fancher.

Her funeral Mass was celebrated Wednesday at St. Boniface. May her soul and the souls of all the faithful departed rest in peace.""",
gold=[("DEC006", "survivor")]),
]
