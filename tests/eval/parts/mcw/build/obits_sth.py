"""St. Haralambos Greek Orthodox Church, Mason City: parish bulletin notices "Memory Eternal / Αιωνία η μνήμη"
(Trisagion, funeral, makaria), plain text. Hand-labelled."""

FEED = "sth"
ITEMS = [
dict(guid="mcw_sth_2026_0308_memory_eternal", pub="2026-03-08T08:00:00-06:00",
title="Memory Eternal: Eleni Zervoudakis (1935 - 2026)",
body="""Our beloved parishioner Eleni Zervoudakis fell asleep in the Lord on Wednesday, March 4, at the age of 90. Born in Anogia, Crete, she came to Mason City in 1956 with her husband, the late Stavros Zervoudakis, and for forty years she baked the prosphora for our parish.

She is survived by her daughter, Voula, and son-in-law, Jim Kallergis, of Mason City; her son, Nikos Zervoudakis, of Chicago; her grandchildren, Stavros, Eleni and Demetra; and her sister, Kalliopi, in Heraklion.

The Trisagion will be offered Monday at 7 p.m. and the funeral service Tuesday at 10 a.m. at St. Haralambos, followed by interment at Elmwood-St. Joseph Cemetery and a makaria in the community hall. Pallbearers: Van Stathakis, Peter Giannakopoulos, George Liakos, Nick Psaltis, Stavros Kallergis and Dino Kallergis.

Αιωνία η μνήμη. May her memory be eternal.""",
gold=[("MCW004", "survivor"), ("MCW003", "survivor")]),

dict(guid="mcw_sth_2026_0705_memory_eternal", pub="2026-07-05T08:00:00-05:00",
title="Memory Eternal: Angeliki Psaltis (1930 - 2026)",
body="""Angeliki Psaltis, 96, the oldest member of our parish, fell asleep in the Lord on Tuesday, June 30. Kyria Angeliki came from Tripoli, Arcadia, in 1951 and with her late husband, Konstantinos, ran the Candy Kitchen on North Federal Avenue until 1988.

She is survived by her son, Nick (Maria) Psaltis of Mason City; her nephew, Evangelos "Van" Stathakis (Niki) of Clear Lake; four grandchildren; and six great-grandchildren.

The funeral service was held Saturday at St. Haralambos. In lieu of flowers, the family asks that gifts be made to the Philoptochos Society. Αιωνία η μνήμη.""",
gold=[("MCW020", "survivor")]),
]
