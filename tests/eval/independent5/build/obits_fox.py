"""Fox Valley Lutheran Standard: Scandinavian-Lutheran Wisconsin weekly, plain text. Hand-labelled."""

FEED = "fox"
ITEMS = [
dict(guid="fox-obit-2026-021", pub="2026-02-12T06:00:00-06:00", title="Solveig M. Vang, 98, Neenah",
body="""NEENAH - Solveig Margit Vang, age 98, of Neenah, entered the Church Triumphant on Monday, February 9, 2026, at Valley Haven. She was born in Stoughton to Nils and Marit (Eide) Vang and was confirmed at Our Savior's Lutheran.

Solveig taught Norwegian rosemaling to anyone who sat still long enough, and her lefse was legendary at the Sons of Norway lodge.

She is survived by her daughter, Ingrid Solberg (the former Ingrid Vang) of Oshkosh; her grandson, Erik Solberg of Madison; and a sister, Astrid Nelson of Decorah, Iowa. She was preceded in death by her husband, Olaf, and her son-in-law, Roald Solberg.

A funeral service will be held at 11 a.m. Saturday at Trinity Lutheran Church, Neenah, with Pastor Kari Bjornstad officiating.""",
gold=[("P009", "survivor")]),

dict(guid="fox-obit-2026-034", pub="2026-03-19T06:00:00-05:00", title="Thorvald \"Tor\" Thorsen, 84, De Pere",
body="""DE PERE - Thorvald "Tor" Thorsen, 84, of De Pere, died Tuesday, March 17, 2026.

Tor worked 37 years at the paper mill on the river and spent every free weekend ice fishing on Green Bay. He was a member of First Lutheran Church.

Tor is survived by his daughter, Susan (Arne) Halvorsen of Green Bay; two grandsons, Nils and Anders; and his brother, Leif Thorsen of Fargo. He was preceded in death by his wife, Gudrun.

Visitation Sunday at Lyndahl Funeral Home, De Pere. Pallbearers: Nils Halvorsen, Anders Halvorsen, Curt Van der Berg, Pete Lemke.""",
gold=[("P011", "survivor"), ("P010", "survivor")]),

dict(guid="fox-obit-2026-041", pub="2026-04-09T06:00:00-05:00", title="Curtis J. Vanderberg, 41, Kaukauna",
body="""KAUKAUNA - Curtis James Vanderberg, 41, of Kaukauna, died April 6, 2026, after a motorcycle accident near Little Chute.

Curtis was a union electrician and a Packers season-ticket holder. He is survived by his wife, Amy; his sons, Tyler and Blake; and his parents, Jim and Barb Vanderberg of Kaukauna.

Services will be held at St. Mary's, Kaukauna.""",
gold=[]),
]
