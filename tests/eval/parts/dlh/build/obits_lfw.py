"""Lakehead Finnish-American Weekly (Viikkolehti), "Muistokirjoitukset / Obituaries" page: community paper of the
Finnish-American families of Duluth, Cloquet, Esko and the Iron Range; plain text, some Finnish phrases, "(née)"
maiden names. Hand-labelled."""

FEED = "lfw"
ITEMS = [
dict(guid="dlh_lfw_2026_07_aili-kangaslahti", pub="2026-02-19T08:00:00-06:00", title="Aili Kangaslahti (née Rautio), 1945-2026",
body="""VIRGINIA, Minn. - Aili Kangaslahti (née Rautio), 80, of Virginia, fell asleep in the Lord on February 12, 2026, at Essentia Health-Virginia. Lepää rauhassa.

Aili was born on March 1, 1945, in Eveleth to Jalmar and Impi Rautio and grew up speaking Finnish at home and English only at school. She married Reino Kangaslahti in 1966; they ran the Kangaslahti Bakery on Chestnut Street for 28 years, and her cardamom pulla sold out by nine o'clock every Saturday morning.

Aili is survived by her sons, Matt (Jodi) Kangaslahti of Mountain Iron and Peter Kangaslahti of Hibbing; her sister, Inga (Tor) Skaugstad of Duluth; and seven grandchildren. She was preceded in death by her husband, Reino, and her brother, Toivo Rautio.

Funeral service was held February 17 at Messiah Lutheran Church, Virginia. Siunattu olkoon hänen muistonsa.""",
gold=[("DLH002", "survivor"), ("DLH001", "survivor")]),

dict(guid="dlh_lfw_2026_09_augustine-pajari", pub="2026-02-26T08:00:00-06:00", title='Augustine "Gus" Pajari, 1940-2026',
body="""CLOQUET - Augustine "Gus" Pajari, 85, of Cloquet, died on February 20, 2026, at Community Memorial Hospital, Cloquet. He had been the oldest active member of the Cloquet Finnish Temperance Society, a title he held with a straight face.

Gus was born on October 3, 1940, in Cloquet to Matti and Sanna Pajari. He worked for 37 years at the Northwest Paper mill and built his own savusauna on the St. Louis River, where he took a sauna every Saturday of his adult life, including the Saturday before he died. He was preceded in death by his wife, Elvi, in 2019, and by his brothers, Arne and Uuno.

He is survived by his nephews, Brad Kauppinen of Esko and Dale Pajari of Virginia, and by his many friends at the Cloquet senior center.

Funeral was held February 25 at Zion Lutheran Church, Cloquet. Muistoa kunnioittaen.""",
gold=[("DLH021", "deceased_client"), ("DLH017", "survivor")]),

dict(guid="dlh_lfw_2026_23_eino-sorvisto", pub="2026-06-04T08:00:00-05:00", title="Eino Sorvisto, 1932-2026",
body="""FLOODWOOD - Eino Sorvisto, 93, of Floodwood, died May 28, 2026, at the Floodwood Nursing Home.

Eino was born August 7, 1932, on the family homestead north of Floodwood and farmed it for sixty years. He was a skier, a fiddler at the Floodwood Finn Hall dances, and a man of few words in either language.

He is survived by his sister-in-law, Ardith Sorvisto of Duluth, widow of his brother Arnold; his niece, Karen Sorvisto Holm of Gary-New Duluth; and by nephews and nieces in Minnesota and Finland. He was preceded in death by his wife, Anna, and his brothers, Arnold and Waino.

A memorial was held June 2 at the Floodwood Finnish Apostolic Lutheran Church.""",
gold=[("DLH022", "survivor")]),
]
