"""Holy Trinity Greek Orthodox Cathedral (Columbia) - parish newsletter, "Memory Eternal" notices, plain text.
Hand-labelled."""

ITEMS = [
dict(guid="cae_htg_memory_eternal_pappas", pub="2026-04-02T09:00:00-04:00", title="Memory Eternal: Vasiliki Pappas",
body="""Our parish family mourns the falling asleep in the Lord of Vasiliki Pappas, 93, of Spartanburg, on March 29, 2026. Kyria Vasiliki was born in Kalamata and came to South Carolina as a young bride in 1955.

She is survived by her daughter, Helen Kanellos, and her son-in-law, Dino, of Columbia, who are longtime stewards of our community, and by her son, Nick Pappas of Spartanburg, and five grandchildren.

The Trisagion was offered Friday evening; the funeral was held at St. Nicholas in Spartanburg. May her memory be eternal!""",
gold=[("CAE009", "survivor"), ("CAE008", "survivor")]),

dict(guid="cae_htg_memory_eternal_dimitriou", pub="2026-05-28T09:00:00-04:00", title="Memory Eternal: Anastasia Dimitriou",
body="""We ask your prayers for the repose of the soul of Anastasia Dimitriou, 78, of Tarpon Springs, Florida, the aunt of our Philoptochos president, who fell asleep in the Lord on May 24. She is survived by her sons, George and Michael Dimitriou of Tarpon Springs. Funeral at St. Nicholas Greek Orthodox Cathedral, Tarpon Springs. May her memory be eternal!""",
gold=[]),

dict(guid="cae_htg_memory_eternal_stavros", pub="2026-07-16T09:00:00-04:00", title="Memory Eternal: Stavros Alexiou",
body="""Stavros Alexiou, 84, of Columbia, fell asleep in the Lord on July 12, 2026. A founder of our Greek Festival, he fried loukoumades for forty years. He is survived by his wife, Despina, his sons Peter and John, and seven grandchildren. The funeral was chanted Wednesday at Holy Trinity, Fr. Stephanos Kalogeros officiating; Tasia Dimitriou read the Epistle. May his memory be eternal!""",
gold=[]),
]
