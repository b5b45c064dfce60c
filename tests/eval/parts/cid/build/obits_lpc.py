"""Linnwood & Prairie Memorial Chapels (Cedar Rapids, Marion, Iowa City): funeral-home site, HTML in
content:encoded, a one-sentence plain description. Hand-labelled (gold=[...] beside each text)."""

ITEMS = [
dict(guid="cid_lpc-ignatius-brabec", pub="2026-02-03T10:15:00-06:00", title="Ignatius J. \"Iggy\" Brabec (1941 - 2026)",
body="""Ignatius John "Iggy" Brabec, 84, of Cedar Rapids, died peacefully Friday, January 30, 2026, at Mercy Medical Center, with his family at his side.

Iggy was born August 3, 1941, in the Czech Village neighborhood of Cedar Rapids, the son of the late Josef and Anna (Hruby) Brabec. He graduated from Jefferson High School in 1959 and spent 38 years as a machinist at the Quaker Oats plant, where he was known for fixing anything with a coffee can of spare parts. He married Loretta Soukup on June 12, 1965, at St. Wenceslaus Church.

He was a member of the Sokol gymnastics club for seventy years and never missed the Houby Days parade.

Survivors include his wife of 61 years, Loretta (Soukup) Brabec; his sons, Michael (Jana) Brabec of Ely and Paul Brabec of Des Moines; five grandchildren; and his sister, Helen Kopecky of Swisher. He was preceded in death by his parents and a brother, Frank.

Mass of Christian Burial will be 10:30 a.m. Thursday at St. Wenceslaus Catholic Church. Pallbearers will be Kenny Wubbena, Dale Kopecky, Tom Brabec, Luke Brabec, Nate Kopecky and Joe Soukup. Memorials may be directed to the Czech Village flood fund.""",
gold=[("CID004", "deceased_client")]),

dict(guid="cid_lpc-elmer-trettin", pub="2026-02-18T09:40:00-06:00", title="Elmer Carl Trettin (1943 - 2026)",
body="""Elmer Carl Trettin, 82, of rural Riverside, passed away Sunday, February 15, 2026, at the Pleasantview Home in Kalona.

Elmer was born on the family farm near Frytown and farmed it for more than fifty years, raising hogs, corn and a great many barn cats. He served on the Washington County Farm Bureau board and as an usher at St. Paul Lutheran Church for four decades.

He is survived by his sisters, Gwen Haack of Kalona and Ardith (Leroy) Miller of Wellman; his nephews and nieces; and his faithful dog, Rusty. He was preceded in death by his parents, Carl and Martha Trettin, and his wife, Evelyn, in 2019.

Funeral services will be 11 a.m. Saturday at St. Paul Lutheran Church, Riverside, with Pastor Anselm Tjaden of Solon officiating. Burial in Riverside Cemetery.""",
gold=[("CID020", "survivor")]),

dict(guid="cid_lpc-dolores-ruckdaschel", pub="2026-03-10T14:05:00-05:00", title="Dolores M. Ruckdaschel (1931 - 2026)",
body="""Dolores Margaret Ruckdaschel, 94, of Anamosa, formerly of Marion, died Saturday, March 7, 2026, at Anamosa Care Center.

Dolores was born in Springville and worked for twenty-five years in the cafeteria of Marion Independent schools, where she made cinnamon rolls that former students still ask about. She was a member of St. Joseph Catholic Church in Marion and of its Altar and Rosary Society.

Survivors include her daughter, Darla (Kenny) Wubbena of Hiawatha; her son, Gary Ruckdaschel of Anamosa; her sister, Mrs. Orville (Phyllis) Rasmusson of Marion; six grandchildren and nine great-grandchildren. She was preceded in death by her husband, Leo, and a granddaughter.

A funeral Mass will be celebrated at 10 a.m. Friday at St. Joseph Catholic Church, Marion. Visitation Thursday from 4 to 7 p.m. at our Marion chapel.""",
gold=[("CID012", "survivor"), ("CID011", "survivor"), ("CID021", "survivor")]),

dict(guid="cid_lpc-kenneth-ray-wubbena", pub="2026-04-02T11:30:00-05:00", title="Kenneth Ray \"Kenny\" Wubbena (1998 - 2026)",
body="""Kenneth Ray "Kenny" Wubbena, 27, of Hiawatha, died unexpectedly Sunday, March 29, 2026.

Kenny graduated from Cedar Rapids Kennedy High School in 2016 and from Kirkwood Community College's welding program, and worked at a fabrication shop in Hiawatha. He loved his Ford Ranger, bow hunting in the Wapsipinicon bottoms and every dog he ever met.

He is survived by his parents, Rodney and Tami Wubbena of Hiawatha; his brother, Tyler; his grandmother, Joyce Wubbena of Center Point; and his great-uncle and namesake, Kenny Wubbena, and wife Darla, of Hiawatha, who taught him to weld in their garage.

A celebration of life will be held from 2 to 6 p.m. Saturday at the Hiawatha Community Center.""",
gold=[("CID011", "survivor"), ("CID012", "survivor")]),

dict(guid="cid_lpc-mary-pat-kuchera", pub="2026-05-14T10:00:00-05:00", title="Mary Patricia \"Mary Pat\" Kuchera (1949 - 2026)",
body="""Mary Patricia "Mary Pat" Kuchera, 77, of Cedar Rapids, died Monday, May 11, 2026, at St. Luke's Hospital after a brief illness.

Mary Pat was born March 9, 1949, in Dubuque, the eldest of eight children of Francis and Rose Kennedy. She taught first grade at Grant Wood Elementary for 33 years, and more than a few Cedar Rapids adults still hold their pencils the way she showed them.

She is survived by her husband of 54 years, Gerald "Jerry" Kuchera; her children, Anne (Brian) Slaymaker of Robins and Patrick Kuchera of Minneapolis; four grandchildren; and her siblings. She was preceded in death by her parents and a brother, Michael.

Mass of Christian Burial will be 11 a.m. Monday at St. Pius X Catholic Church. Scripture readings by Lou Ann Schwickerath and Mary Slaymaker. Burial at Mount Calvary Cemetery.""",
gold=[("CID003", "deceased_client")]),

dict(guid="cid_lpc-aurelio-ontiveros-paredes", pub="2026-06-09T16:20:00-05:00", title="Aurelio Ontiveros Paredes (1937 - 2026)",
body="""Aurelio Ontiveros Paredes, 88, of Iowa City, a native of Moroleón, Guanajuato, went home to the Lord on Friday, June 5, 2026, surrounded by his family.

Don Aurelio came to Iowa in 1979 to work at the packing plant in West Liberty and later cleaned offices at the University of Iowa for twenty-two years. He grew tomatoes and chiles in every patch of dirt he could find and shared them with the whole block.

Le sobreviven sus hijos, Rigoberto "Beto" Ontiveros y su esposa Chela, de Iowa City, y Rosalba Ontiveros de Chicago; y ocho nietos. He is survived by his son, Rigoberto "Beto" Ontiveros and his wife, Chela, of Iowa City; his daughter, Rosalba Ontiveros of Chicago; and eight grandchildren. He was preceded in death by his wife, Consuelo Paredes.

A rosary will be prayed at 6 p.m. Thursday at our Iowa City chapel, and a funeral Mass celebrated Friday at 10 a.m. at St. Patrick Catholic Church, Iowa City.""",
gold=[("CID006", "survivor"), ("CID005", "survivor")]),

dict(guid="cid_lpc-bernard-klostermann", pub="2026-07-21T09:10:00-05:00", title="Bernard J. Klostermann (1934 - 2026)",
body="""Bernard Joseph Klostermann, 91, of Dyersville, died Saturday, July 18, 2026, at Mercy Medical Center in Dyersville.

Ben, as everyone called him, farmed north of town for sixty years and was a lifelong member of the Basilica of St. Francis Xavier. He bowled in the Tuesday league until he was 89.

He is survived by his wife of 66 years, Rita; his daughters, Jean (Mark) Schmitt of Earlville and Carol Klostermann of Dubuque; eleven grandchildren; and many great-grandchildren. He was preceded in death by his parents and his brothers, Alphonse and Herman.

Mass of Christian Burial will be 10:30 a.m. Thursday at the Basilica of St. Francis Xavier. Arrangements by our Dyersville affiliate.""",
gold=[]),
]
