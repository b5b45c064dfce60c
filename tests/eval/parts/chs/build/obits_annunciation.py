"""Annunciation Greek Orthodox Cathedral, Charleston: weekly bulletin, "Memory Eternal" notices. Plain text.
Hand-labelled."""

ITEMS = [
dict(guid="chs_agoc_bulletin_2026-02-15_me1", pub="2026-02-15T07:00:00-05:00", title="Memory Eternal: Anastasia Kouris",
body="""With sorrow we announce the falling asleep in the Lord of our beloved parishioner Anastasia Kouris, 91, of North Charleston, on Wednesday, February 11, 2026. May her memory be eternal!

Kyria Anastasia was born in Tripoli, Arcadia, and came to Charleston as a bride in 1957. For sixty years she baked prosphora for the Divine Liturgy and taught three generations of our young women to fold spanakopita for the Greek Festival. She was a founding member of the Philoptochos chapter.

She is survived by her daughter, Eleni (Gus) Stamatelos of Mount Pleasant; her son, Demetrios Kouris of Tarpon Springs, Fla.; six grandchildren and four great-grandchildren. She was preceded in death by her husband, Georgios Kouris.

The Trisagion will be offered Friday at 7 p.m. and the funeral service Saturday at 11 a.m. at the Cathedral, Father Nektarios Pappas officiating. The koliva is being prepared by the Philoptochos ladies under Penny Vlahos. In lieu of flowers, the family asks for gifts to the Cathedral's Philoptochos.""",
gold=[("CHS007", "survivor"), ("CHS006", "survivor")]),

dict(guid="chs_agoc_bulletin_2026-04-19_me1", pub="2026-04-19T07:00:00-04:00", title="Memory Eternal: Christos Lekkas",
body="""Please remember in your prayers the servant of God Christos Lekkas, 68, of Greenville, brother of our parishioner Sophia Andreadis of Mount Pleasant, who fell asleep in the Lord on April 14. He is survived by his wife, Maria, and his sons, Peter and John Lekkas of Greenville. The funeral was held at St. George Cathedral, Greenville. A Trisagion will be offered here after the Divine Liturgy on Sunday. Memory eternal!""",
gold=[]),

dict(guid="chs_agoc_bulletin_2026-11-22_me1", pub="2026-11-22T07:00:00-05:00", title="Memory Eternal: Panagiota \"Penny\" Vlahos",
body="""Our Cathedral family mourns Panagiota "Penny" Vlahos of North Charleston, who fell asleep in the Lord on Tuesday, November 17, 2026, at the age of 90. Memory eternal!

Penny was born September 21, 1936, in Kalamata, Messinia, and came to North Charleston in 1955 with her husband, Stavros, who opened the Park Circle Diner and ran it with her for forty years. Philoptochos president three times, chair of the koliva committee for as long as anyone can remember, she fed every funeral in this parish and most of the city's firemen.

She was preceded in death by her husband, Stavros Vlahos, in 2009. She is survived by her son, Nicholas Vlahos (Christina) of Summerville; her daughter, Athena Vlahos Moore of Charlotte, N.C.; and five grandchildren.

The Trisagion will be offered Monday at 7 p.m. and the funeral Tuesday at 10 a.m. at the Cathedral. Burial at the Greek Orthodox section of Live Oak Memorial Gardens. The 40-day memorial will be announced.""",
gold=[("CHS020", "deceased_client"), ("CHS021", "survivor")]),
]
