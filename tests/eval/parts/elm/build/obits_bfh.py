"""Brockway & Sons Funeral Home (chapels in Elmira and Corning): funeral-home site, HTML in content:encoded, a
one-sentence plain description, guids that are not permalinks. Hand-labelled."""

FEED = "bfh"
ITEMS = [
dict(guid="elm_bfh_rosaria-fanelli", pub="2026-02-17T11:15:00-05:00", title="Rosaria DeMarchis Fanelli (1932 - 2026)",
body="""Rosaria "Rose" DeMarchis Fanelli, 93, of Elmira, went home to the Lord on Saturday, February 14, 2026, surrounded by her family.

Rose was born on Elmira's Southside, the daughter of Nicola and Carmela DeMarchis, immigrants from Caramanico. She married Domenic Fanelli at St. Anthony's in 1953, and together they ran Fanelli's Market on South Main Street for forty years. She never let a child leave the store without a piece of torrone.

She is survived by her son, Paul (Deborah) Fanelli of Pine City; her sister, Philomena "Mena" Caporaletti of Elmira; four grandchildren and seven great-grandchildren. She was predeceased by her husband, Domenic, and by her brothers Vincent, Anthony, Carmine and Joseph DeMarchis and her sister Lucia Russo.

A Mass of Christian Burial will be celebrated Thursday at 10 a.m. at St. Anthony Church. Bearers will be her grandsons and Desmond Achterberg, her son's oldest friend.""",
gold=[("ELM004", "survivor")]),

dict(guid="elm_bfh_pieter-achterberg", pub="2026-03-06T09:40:00-05:00", title="Pieter Hendrik Achterberg (1941 - 2026)",
body="""Pieter Hendrik Achterberg, 84, of Hammondsport, died on Tuesday, March 3, 2026, at Ira Davenport Memorial Hospital in Bath.

Pieter was born in Zwolle, the Netherlands, and came to the Finger Lakes in 1968 as a chemist for the glassworks in Corning. In retirement he planted two acres of riesling above Keuka Lake and gave away most of what it made.

He is survived by his wife of 58 years, Anneke; his son, Desmond (Priya) Achterberg of Painted Post; his daughter, Marijke Achterberg of Rochester; and three grandchildren, including Anjali, who was, he said, the only person who ever beat him at chess fairly.

A memorial service will be held at 11 a.m. Saturday at the Corning chapel of Brockway & Sons. In lieu of flowers, memorials may be made to the Corning Museum of Glass education fund.""",
gold=[("ELM009", "survivor"), ("ELM010", "survivor")]),

dict(guid="elm_bfh_ignatius-wojtaszek", pub="2026-04-16T10:05:00-04:00", title="Ignatius \"Iggy\" Wojtaszek (1940 - 2026)",
body="""Ignatius "Iggy" Wojtaszek, 85, of Elmira, died peacefully at home on Monday, April 13, 2026, with his wife at his side.

Iggy was born in Elmira on November 21, 1940, to Stanisław and Józefa Wojtaszek, and grew up on the Southside in the shadow of St. Casimir's steeple. He served in the U.S. Army in Germany and then spent 38 years as a machinist at the Elmira plant of American LaFrance. He bowled in the Polish Falcons league for fifty years and never once missed the pierogi sale.

He is survived by his wife of 62 years, Helen (Pruszynski) Wojtaszek; his son, Casimir "Casey" (Renata) Wojtaszek of Elmira Heights; his grandsons, Tobias and Lukas; and many nieces and nephews. He was predeceased by his brother, Casimir "Cash" Wojtaszek, in January.

Friends may call Friday from 4 to 7 p.m. at the Elmira chapel. A Mass of Christian Burial will be offered Saturday at 10 a.m. at St. Casimir Church, with burial in SS. Peter and Paul Cemetery.""",
gold=[("ELM003", "deceased_client"), ("ELM013", "survivor")]),

dict(guid="elm_bfh_josephine-pennypacker", pub="2026-05-08T13:20:00-04:00", title="Josephine Lutz Pennypacker (1937 - 2026)",
body="""Josephine Lutz Pennypacker, 88, of Sayre, Pa., passed away on Wednesday, May 6, 2026, at Robert Packer Hospital.

Jo was born in Athens Township and worked for thirty years in the dietary department at the Guthrie Clinic. She was a member of the Church of the Redeemer in Sayre, where she ran the rummage sale, and of the Waverly Garden Club across the state line.

She is survived by her son, Ezekiel "Zeke" (Carla) Pennypacker of Waverly, N.Y.; her daughter, Ruth Ann Pennypacker Kline of Athens, Pa.; five grandchildren; and three great-grandchildren. She was predeceased by her husband, Harold, in 2012.

Friends may call Monday from 10 a.m. until the 11 a.m. service at the Sayre chapel. Burial in Tioga Point Cemetery, Athens.""",
gold=[("ELM022", "survivor")]),

dict(guid="elm_bfh_dale-gillingham", pub="2026-07-22T09:10:00-04:00", title="Dale Fitzroy Gillingham (1955 - 2026)",
body="""Dale Fitzroy Gillingham, 70, of Campbell, passed away on Sunday, July 19, 2026, at home.

Dale worked for the Erie Lackawanna and then Conrail for 31 years and spent every free weekend on the Cohocton River with a fly rod. He was a past master of the Campbell Masonic lodge.

He is survived by his wife, Patricia; his daughters, Amanda Gillingham of Savona and Heather (Mike) Rasmussen of Corning; and two grandsons. A graveside service will be held at Campbell Cemetery at 11 a.m. Saturday.""",
gold=[]),
]
