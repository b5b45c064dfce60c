"""The Carpathian Herald: a weekly of the Southern Tier's Rusyn, Slovak and Ukrainian parishes. "Vičnaja
pamjat' - Eternal Memory" notices, plain text. Hand-labelled."""

ITEMS = [
dict(guid="bgm_ch_2026_03_eternal_memory_yurchak", pub="2026-03-27T08:00:00-04:00", title="Eternal Memory: Paraskeva \"Pearl\" Yurchak, 95, Johnson City",
body="""Vičnaja jej pamjat'! Paraskeva "Pearl" Yurchak, 95, reposed in the Lord on March 24, 2026, at the Vestal Park nursing home. She was the oldest member of St. Michael's Byzantine Catholic Church, Binghamton, where she sang in the cantor's choir for more than sixty years.

Pearl was born in Johnson City to immigrant parents from the Prešov region and married the late Stephen Yurchak in 1949. She is survived by her son, Gerald "Gerry" Yurchak and his wife, Bernadette, of Johnson City, and by her daughter, Irene Hudak of Forty Fort, Pa.

The Parastas was served by Father Thaddeus Kulyk on Thursday evening, and the funeral Divine Liturgy on Friday. Donations in her memory may be made to the St. Michael's iconography fund.""",
gold=[("BGM002", "survivor"), ("BGM003", "survivor")]),

dict(guid="bgm_ch_2026_05_eternal_memory_kulyk", pub="2026-05-15T08:00:00-04:00", title="Eternal Memory: Michael Kulyk, 80, Passaic, N.J.",
body="""Michael Kulyk, 80, of Passaic, New Jersey, reposed on May 9, 2026. A longtime cantor at St. Nicholas Church in Passaic and a retired machinist, he was the older brother of our own Very Rev. Thaddeus Kulyk, pastor of St. Michael's, Binghamton.

Besides Father Thaddeus and his wife, Pani Oksana, of Binghamton, he is survived by his wife of 54 years, Maria, and by their daughters, Natalia and Halyna. Father Thaddeus asks the prayers of the parish for his brother's soul. Vičnaja jemu pamjat'!""",
gold=[("BGM016", "survivor")]),

dict(guid="bgm_ch_2026_08_eternal_memory_baranyk", pub="2026-08-07T08:00:00-04:00", title="Eternal Memory: Stefania Baranyk, 99, Conklin",
body="""Stefania Baranyk, 99, reposed at home in Conklin on August 2, 2026, a month short of her hundredth birthday. She arrived from a displaced-persons camp in Bavaria in 1951 and worked at the Ansco film plant for 25 years.

She is survived by her son, CW4 (Ret.) Augustin Baranyk and his wife, Irene, of Conklin, who cared for her at home for the last six years; by three grandchildren; and by a great-grandson. Panakhyda and funeral were held at Sts. Cyril and Methodius Church with burial at St. Stephen's Cemetery. Pallbearers were Walt Krupansky, Andrew Kozak, Peter Baranyk and Daniel Kozak.""",
gold=[("BGM019", "survivor")]),
]
