"""Eastside Parishes Bulletin: St. Nicholas Greek Orthodox (Highlandtown), St. Michael Ukrainian Catholic and
St. Casimir (Polish) parish notices, plain text, short headings. Hand-labelled."""

FEED = "pb"
ITEMS = [
dict(guid="bal_pb_2026-02-08-stcasimir-nowak", pub="2026-02-08T07:00:00-05:00", title="St. Casimir: Please pray for Jadwiga Nowak",
body="""Please remember in your prayers our parishioner Jadwiga Nowak, 89, of Fells Point, who fell asleep in the Lord on February 3. Jadwiga sang in the Polish choir for 50 years and baked the paczki for Fat Tuesday until she was 85.

She is survived by her nephew, Piotr Nowak of Krakow, and by her many friends of the Rosary Society. The Rosary will be led by Helen Wojcik on Tuesday evening, and the Mass of Christian Burial will be Wednesday at 10 a.m. Wieczny odpoczynek racz jej dać, Panie.""",
gold=[]),   # Helen Wojcik (BAL006) leads the Rosary: nothing

dict(guid="bal_pb_2026-03-22-stnicholas-kourakis", pub="2026-03-22T07:00:00-04:00", title="St. Nicholas: Memory Eternal - Vasiliki Kourakis",
body="""Memory Eternal! Our beloved Kyria Vasiliki Kourakis, 97, of Highlandtown, reposed in the Lord on March 18. She came to Baltimore from Chios in 1956 and was a founding member of the Philoptochos chapter.

Vasiliki is survived by her daughter, Eleni (Gus) Raftopoulos of Highlandtown; her son, Nikolaos Kourakis of Chios; five grandchildren and seven great-grandchildren.

The Trisagion will be chanted Thursday evening at 7 and the funeral service will be Friday at 11 a.m., Fr. Demetrios Kalogeropoulos officiating. Makaria will follow in the church hall. Aionia i mnimi.""",
gold=[("BAL016", "survivor"), ("BAL015", "survivor")]),

dict(guid="bal_pb_2026-04-12-stmichael-hrytsenko", pub="2026-04-12T07:00:00-04:00", title="St. Michael: Vichnaya Pamyat - Mykola Hrytsenko",
body="""Our parish family extends sympathy to Oksana Hrytsenko of Towson, a member of our choir, on the death of her father, Mykola Hrytsenko, 76, of Parma, Ohio, who reposed on April 7. Mykola was a longtime cantor at St. Josaphat Cathedral in Parma.

He is also survived by his wife, Lesia, and his son, Taras Hrytsenko of Cleveland. A Panakhyda will be served here after the Sunday Divine Liturgy on April 19. Vichnaya yomu pamyat!""",
gold=[("BAL008", "survivor")]),
]
