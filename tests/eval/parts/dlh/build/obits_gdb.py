"""Gloria Dei / Bethlehem Lutheran parish bulletin ("In Memoriam" and "We commend to God"), plain text, short
headings. Notices are written by the church office from what the families send. Hand-labelled."""

FEED = "gdb"
ITEMS = [
dict(guid="dlh_gdb_2026_0208", pub="2026-02-08T07:00:00-06:00", title="In Memoriam: Solveig Hanstad",
body="""We commend to God our sister in Christ, Solveig Hanstad, who entered the Church Triumphant on Tuesday, February 3, at the age of 96. Solveig was baptized at Gloria Dei in 1929, confirmed here in 1944 and sang alto in the Chancel Choir for 61 years; she was the last living charter member of the Lefse Guild.

Solveig is survived by her nephews, Oskar Halvorsrud of Superior and Per Hanstad of Ely, and by her goddaughter, Britt Lund of Grand Marais. She was preceded in death by her husband, Kristian, and her brother, Einar.

Her funeral was held Saturday in the sanctuary, Pastor Kjersti Dahl presiding. Memorials to the Gloria Dei music fund. Lord, now lettest thou thy servant depart in peace.""",
gold=[("DLH011", "survivor")]),

dict(guid="dlh_gdb_2026_0322", pub="2026-03-22T07:00:00-05:00", title="In Memoriam: Borghild Aas",
body="""Borghild Aas, 99, a member of Bethlehem since 1951, died March 16 at Hillside Terrace in Two Harbors, where she moved last fall to be near family. Borghild knit the baptismal shawls for this congregation for more than forty years; if your child was baptized at Bethlehem between 1968 and 2011, she was wrapped in Borghild's wool.

She is survived by her daughter, Ingrid Lofgren of Two Harbors; her granddaughter, Mrs. Warren Strandquist (Mary Beth) of Two Harbors; and three great-grandchildren. She was preceded in death by her husband, Sverre, and her son, Tormod.

A funeral was held March 20 at Bethlehem, Pastor Kjersti Dahl officiating. Please keep Ingrid and her family in your prayers.""",
gold=[("DLH010", "survivor")]),

dict(guid="dlh_gdb_2026_0517", pub="2026-05-17T07:00:00-05:00", title="We commend to God: Dagny Ekholm",
body="""Dagny Varpness Ekholm, 90, of Silver Bay, a Bethlehem member until her move up the Shore in 1988, died May 10. She was the sister of our late brother Leland Varpness, whose funeral we held in February, and she sat in the front pew for it with her cane across her knees.

Dagny is survived by her son, Jon (Kari) Ekholm of Silver Bay; her sister-in-law, Marit Varpness of Duluth; and nieces and nephews. She was preceded in death by her husband, Orville, and her brothers, Ordean and Leland Varpness.

Funeral at Our Savior's Lutheran Church, Silver Bay, on May 15.""",
gold=[("DLH004", "survivor")]),

dict(guid="dlh_gdb_2026_0621", pub="2026-06-21T07:00:00-05:00", title="In Memoriam: Pastor Emeritus Johan Brekke",
body="""Pastor Emeritus Johan Brekke, who served Gloria Dei from 1974 to 1999, died June 15 in Decorah, Iowa, at the age of 90. Pastor Brekke confirmed more than 900 young people in this congregation, and many of them still remember the oral exam on Luther's Small Catechism.

He is survived by his wife, Ragna, of Decorah, and by his children, Tor Brekke of Minneapolis and Anna Brekke Haug of Decorah.

A memorial service will be held at Gloria Dei on July 12 at 2 p.m. Council president Harlan Fjelstad will read the lessons, and former confirmands are invited to sit together.""",
gold=[]),
]
