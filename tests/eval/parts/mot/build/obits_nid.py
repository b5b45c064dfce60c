"""Nidaros Lutheran Church "Messenger" (Minot, invented): the weekly e-bulletin's "Entered the Church Triumphant"
and prayer notices, Norwegian-Lutheran style, plain text. Hand-labelled (`gold`)."""

FEED = "nid"
ITEMS = [
dict(guid="mot_nid_2026-03-22_prayers", pub="2026-03-22T07:00:00-05:00", title="Prayers for the Tollefsrud family",
body="""Please remember in your prayers Solveig Tollefsrud and her family. Solveig's husband, Arnie Tollefsrud, entered the Church Triumphant on Saturday, March 14. Arnie and Solveig were married at this altar in 1964, and Arnie built the oak lectern from which our lessons are read every Sunday. His funeral was held here on March 20. Cards may be sent to the family in care of the church office.

"Blessed are the dead who die in the Lord." - Revelation 14:13""",
gold=[]),

dict(guid="mot_nid_2026-04-26_haugrud", pub="2026-04-26T07:00:00-05:00", title="Entered the Church Triumphant: Marvin Haugrud",
body="""Marvin Edvard Haugrud, 83, entered the Church Triumphant on Tuesday, April 21, at Trinity Homes. Marvin was baptized and confirmed at Nidaros and ushered at the 8:30 service for more than forty years; many of us remember him handing out bulletins with a peppermint on top.

Marvin is survived by his sister, Solveig Tollefsrud of Minot, and by nieces and nephews. He was preceded in death by his wife, LaVonne; his parents, Edvard and Gunhild Haugrud; and his brother-in-law, Arnie Tollefsrud, who died only last month.

His funeral will be Thursday, April 30, at 11 a.m. here at Nidaros, Pastor Linnea Moe officiating, with lunch served by the Ruth Circle. Fred være med hans minne - peace be with his memory.""",
gold=[("MOT002", "survivor")]),

dict(guid="mot_nid_2026-05-24_stavenes", pub="2026-05-24T07:00:00-05:00", title="Entered the Church Triumphant: Oline Stavenes",
body="""Oline "Ollie" Stavenes, 101, mother of our Pastor Emeritus, the Rev. Erling Stavenes, entered the Church Triumphant on Wednesday, May 20, at the Minot Health & Rehabilitation Center. Born in Westby, Montana, in 1924, Ollie taught country school for a dozen years before her marriage to Knut Stavenes and was for decades the quiet heart of the Dorcas Circle here.

She is survived by her sons, Pastor Erling (Marlys) Stavenes of Minot and Nils Stavenes of Great Falls, Mont.; eight grandchildren; and fifteen great-grandchildren. Knut preceded her in death in 1999.

Her funeral will be Saturday, May 30, at 10 a.m. at Nidaros, Pastor Linnea Moe officiating. Please keep Pastor Erling and Marlys in your prayers.""",
gold=[("MOT024", "survivor")]),

dict(guid="mot_nid_2026-06-28_vogelsang", pub="2026-06-28T07:00:00-05:00", title="Our sympathy: Gerhard Vogelsang",
body="""Our sympathy and prayers are with Dr. Anneliese Vogelsang, a member of our Nidaros choir, whose father, Gerhard Vogelsang, 89, of Velva, died on June 23 at his home. Gerhard was born in Hamburg, Germany, in 1936 and farmed near Velva for fifty years after coming to America. He is survived by his daughter Anneliese of Minot and his son, Friedrich Vogelsang of Saskatoon, Sask.; his wife, Hildegard, preceded him in death in 2010. His funeral was held June 27 at Bethany Lutheran Church, Velva.""",
gold=[("MOT007", "survivor")]),

dict(guid="mot_nid_2026-08-16_ekberg", pub="2026-08-16T07:00:00-05:00", title="Entered the Church Triumphant: Lydia Ekberg",
body="""Lydia Ekberg, 88, entered the Church Triumphant on Tuesday, August 11. Lydia taught Sunday school at Nidaros for thirty-two years and led the quilters who send more than two hundred quilts each year to Lutheran World Relief. Her dear friend Vangie, who sat beside her at the quilting frame every Wednesday for twenty years, will read the lesson at her funeral.

Lydia is survived by her son, Paul (Karla) Ekberg of Fargo, and her granddaughter, Hanna. Her husband, Carl, preceded her in death.

Her funeral will be Friday, August 21, at 11 a.m. here at Nidaros. Memorials to Lutheran World Relief.""",
gold=[]),
]
