"""Bay de Noc Beacon (Escanaba / Gladstone weekly): small-town newspaper obituaries, plain text, headings
"Name, age, town". Hand-labelled."""

FEED = "bdn"
ITEMS = [
dict(guid="mqt_bdn_obit_2026_0122", pub="2026-01-22T07:00:00-05:00", title="Ruth A. Perrault, 85, Gladstone",
body="""GLADSTONE - Ruth Ann Perrault, 85, of Gladstone, died Monday, January 19, 2026, at OSF St. Francis Hospital in Escanaba.

She was born in Escanaba to Leo and Marguerite (Boudreau) Thibault and married Armand Perrault at St. Anne's Church in 1959. Ruth worked at the Gladstone Public Library for twenty-seven years and was a longtime member of the Catholic Daughters.

Survivors include her daughter, Diane (Karl Erik) Bergquist of Escanaba; her sons, Marc Perrault of Gladstone and Denis Perrault of Green Bay; and seven grandchildren. She was preceded in death by her husband, Armand, and by a brother, Lucien Thibault.

A Mass of Christian Burial will be celebrated at 11 a.m. Saturday at All Saints Catholic Church, Gladstone.""",
gold=[("MQT013", "survivor"), ("MQT012", "survivor")]),

dict(guid="mqt_bdn_obit_2026_0226", pub="2026-02-26T07:00:00-05:00", title="Lucien J. Beauchamp, 91, Wells",
body="""WELLS - Lucien Joseph Beauchamp, 91, of Wells Township, died at home Sunday, February 22, 2026.

Lucien was born in Bark River, one of nine children of French-Canadian parents who came to Delta County from Quebec to cut timber. He worked forty years at the Escanaba paper mill and spent his weekends on Little Bay de Noc, where he said the walleye knew his boat by sight. He was a fourth-degree member of the Knights of Columbus and spoke French with his brothers every Sunday until the last of them was gone.

He is survived by his daughter, Mrs. Gerald (Jeanne Marie) LaFave of Escanaba; his son, Robert Beauchamp of Wells; eight grandchildren; and twelve great-grandchildren. He was preceded in death by his wife, Yvonne (Girard) Beauchamp.

Mass of Christian Burial will be at 10 a.m. Wednesday at St. Joseph & St. Patrick Church, Escanaba. Burial in Holy Cross Cemetery in the spring.""",
gold=[("MQT008", "survivor"), ("MQT009", "survivor")]),

dict(guid="mqt_bdn_obit_2026_0402", pub="2026-04-02T07:00:00-04:00", title="Ingrid M. Nordqvist, 76, Gladstone",
body="""GLADSTONE - Ingrid Margareta Nordqvist, 76, of Gladstone, died Sunday, March 29, 2026, at her home overlooking Little Bay de Noc.

Ingrid was born March 14, 1950, in Kiruna, Sweden, and came to Delta County as a young nurse in 1972. She worked at St. Francis Hospital for thirty-five years, the last twelve as director of nursing. She was a member of Bethany Lutheran Church, where she organized the Santa Lucia service every December, and of the Delta County Swedish Society.

She is survived by her son, Anders Nordqvist of Minneapolis; her daughter, Karin Lund of Gladstone; her sister, Birgitta Ek of Lulea, Sweden; and four grandchildren. She was preceded in death by her husband, Sven, in 2014.

A memorial service will be held at 2 p.m. Saturday, April 11, at Bethany Lutheran Church, Gladstone.""",
gold=[("MQT011", "deceased_client")]),

dict(guid="mqt_bdn_obit_2026_0618", pub="2026-06-18T07:00:00-04:00", title="Karl A. Bergquist, 22, Escanaba",
body="""ESCANABA - Karl Anders Bergquist, 22, of Escanaba, died unexpectedly Saturday, June 13, 2026, in a boating accident on Little Bay de Noc.

Karl graduated from Escanaba High School in 2022, where he wrestled and played trombone in the Eskymo band, and was a junior studying forestry at Michigan Tech. He loved fishing, the North Country Trail and his dog, Sisu.

He is survived by his parents, Anders and Kristin Bergquist of Escanaba; his sisters, Elsa and Maja; his grandparents, Nils and Brita Bergquist of Rapid River; and many aunts, uncles and cousins.

A funeral service will be held at 11 a.m. Monday at Immanuel Lutheran Church, Escanaba.""",
gold=[]),
]
