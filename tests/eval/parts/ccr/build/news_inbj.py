"""Inland North Business Journal (invented business paper): plain text. Hand-labelled."""

ITEMS = [
dict(guid="ccr_inbj_260210", pub="2026-02-10T06:00:00-08:00", title="Kootenai Health names Kuykendall chief medical officer",
body="""Kootenai Health has named Dr. Anneliese Kuykendall its chief medical officer, effective March 1. Kuykendall, a palliative-care physician, has practiced in Coeur d'Alene since 2004 and led the hospital's hospice program for the last nine years. She succeeds Dr. Robert Hale, who is retiring.""",
gold=[("CCR015", "subject")]),

dict(guid="ccr_inbj_260317", pub="2026-03-17T06:00:00-07:00", title="Lake City Kolache turns 25, opens second shop in Post Falls",
body="""Lake City Kolache, the Fourth Street bakery that has sold apricot and huckleberry kolaches to Coeur d'Alene since 2001, marks its 25th anniversary this month by opening a second location in Post Falls.

Owner Priscilla "Cilla" Ostrander started the business with her grandmother's recipe and a borrowed oven. It now employs 14 people. The Post Falls shop, on Seltice Way, opens March 28.""",
gold=[("CCR013", "subject")]),

dict(guid="ccr_inbj_260505", pub="2026-05-05T06:00:00-07:00", title="Tamarack Realty promotes Achterberg to managing broker",
body="""Tamarack Realty Group has promoted Des Achterberg to managing broker of its Coeur d'Alene office. Achterberg joined the firm in 2015 and was its top-producing agent in three of the last five years. He will oversee 38 agents in Coeur d'Alene and Hayden.""",
gold=[("CCR022", "subject")]),

dict(guid="ccr_inbj_260609", pub="2026-06-09T06:00:00-07:00", title="Rathdrum library campaign passes $2 million",
body="""The Friends of the Rathdrum Library have passed $2 million in their campaign for a new branch on the Rathdrum Prairie. Lead gifts came from the Kootenai Community Foundation and Avista; individual donors at the $10,000 level include Harlan and Beatrice Mowry of Athol, Dr. Anneliese Kuykendall, and Tad and Kristin Oberholtzer of Post Falls. Construction is expected to begin next spring.""",
gold=[]),

dict(guid="ccr_inbj_260714", pub="2026-07-14T06:00:00-07:00", title="Boise engineering firm adds two principals",
body="""Boise-based Sawtooth Civil Partners has named Cole Roediger and Marisa Delgado principals. Roediger, a structural engineer, has been with the Boise firm since 2012 and leads its bridge group; he lives in Meridian with his wife, Shannon.""",
gold=[]),
]
