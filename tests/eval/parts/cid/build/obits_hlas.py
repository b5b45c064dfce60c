"""Hlas Koridoru - the Corridor Czech & Slovak community newsletter: "Vzpominame / We Remember" column, plain
text, notices sent in by families and lodges. Hand-labelled."""

ITEMS = [
dict(guid="cid_hlas-vzpominame-2026-01a", pub="2026-01-20T08:00:00-06:00", title="Vzpomínáme: Ludmila \"Millie\" Hoskovec",
body="""We remember Ludmila "Millie" Hoskovec, 90, of Cedar Rapids, who died January 16. Millie was a charter member of the women's auxiliary of the Bohemian lodge and made kolaches for every lodge supper for sixty years (apricot and poppy seed, never cherry). She sang in the Czech choir at St. Ludmila's.

She leaves her daughter, Vera Hoskovec of Iowa City, her sister-in-law, Lorraine Hoskovec (the former Lorraine Petrzelka) of Cedar Rapids, and many friends. Her husband, Emil, died in 2004. Odpočívej v pokoji.""",
gold=[("CID010", "survivor")]),

dict(guid="cid_hlas-vzpominame-2026-01b", pub="2026-01-27T08:00:00-06:00", title="Vzpomínáme: Albina Kuchera",
body="""Albina Kuchera, 98, of Cedar Rapids, the oldest member of our Slovak lodge, died January 23 at the Meth-Wick Community. She came to Cedar Rapids from Pittsburgh as a bride in 1948 and for thirty years ran the lodge's Christmas bazaar.

She is survived by her son, Gerald (Mary Pat) Kuchera of Cedar Rapids, three grandchildren and five great-grandchildren. Her husband, Stefan, died in 1991. A Parastas service will be held Friday evening at Linnwood & Prairie Memorial Chapels.""",
gold=[("CID003", "survivor")]),

dict(guid="cid_hlas-vzpominame-2026-03a", pub="2026-03-03T08:00:00-06:00", title="Vzpomínáme: František \"Frank\" Vavricka",
body="""František "Frank" Vavricka, 92, of Ely, died February 27. Frank was born in Ely to Czech immigrant parents and farmed there his whole life; he played the accordion in the Vavricka Family Band at Czech Village dances from 1950 until his hands gave out.

Survivors include his daughter, Mrs. Wendell (Rochelle) Ostergaard Jr., of Marion; his son, Jim Vavricka of Ely; and seven grandchildren. He was preceded in death by his wife, Irma, in 2015. Funeral at St. Wenceslaus, with burial at the Czech National Cemetery.""",
gold=[("CID002", "survivor"), ("CID001", "survivor")]),

dict(guid="cid_hlas-vzpominame-2026-06a", pub="2026-06-23T08:00:00-05:00", title="Vzpomínáme: Rudolf Zeman",
body="""Rudolf Zeman, 87, of Solon, died June 18. A retired shop teacher at Solon High School, Rudy built the lodge's hall stage and kept its furnace running for forty winters.

He is survived by his wife, Jarmila; his daughters, Hana Zeman of Chicago and Petra (Dan) Oakes of Solon; and four grandchildren. Pastor Anselm Tjaden officiated at the funeral at Solon's St. Olaf Lutheran Church. Pallbearers were Bernie Klostermann, Harry Bhandarkar, Dan Oakes, Tom Zeman, Karel Novy and Jiri Bures.

The family thanks those who gave to the lodge's hall-roof fund in Rudy's name, among them Lorraine Hoskovec, Phyllis Rasmusson and the Solon Lions Club.""",
gold=[]),
]
