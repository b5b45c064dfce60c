"""Our Lady of the Cedars and St. Paschal Catholic Church (Monroe; Lebanese and Italian families): the weekly
bulletin's "Pray for the Faithful Departed" column, plain text. Hand-labelled."""

FEED = "bulletin"
ITEMS = [
dict(guid="mlu_olc_bulletin_2026_03_01", pub="2026-03-01T07:00:00-06:00",
title="Pray for the Faithful Departed - March 1, 2026",
body="""Please pray for the repose of the soul of Nicholas Saadeh, 90, who fell asleep in the Lord on February 24. Nick was an usher at the 9:00 Mass for sixty years and a founder of the Lebanese Heritage Festival. He is survived by his sons, Nabil and Elias Saadeh of Monroe, and by eleven grandchildren. May his memory be eternal.

Please pray also for our sick and homebound: Iggy Provenza, recovering from heart surgery; Antoinette Lamkin; Fr. Dominic's mother, Rosa.""",
gold=[]),

dict(guid="mlu_olc_bulletin_2026_08_23", pub="2026-08-23T07:00:00-05:00",
title="Pray for the Faithful Departed - August 23, 2026",
body="""Please pray for the repose of the soul of Fouad Ghattas, 79, husband of Georgette (Nassif) Ghattas, who died on August 18 after a long illness. Fouad was a pharmacist on Louisville Avenue for forty years and sang in the Arabic choir at the Divine Liturgy every Christmas. He is also survived by his daughters, Rita Ghattas Haddad of Monroe and Nadia Ghattas of Baton Rouge. His funeral Mass was celebrated here on Saturday. Allah yerhamo.""",
gold=[("MLU003", "survivor")]),

dict(guid="mlu_olc_bulletin_2026_09_13", pub="2026-09-13T07:00:00-05:00",
title="Pray for the Faithful Departed - September 13, 2026",
body="""Please pray for the repose of the souls of Theresa Lamkin, 84, who died on September 6, and of Joseph "Joe" Tarantino, 77, who died on September 9. Theresa is survived by her husband, Ray Lamkin, and her son, Philip. Joe is survived by his wife, Carmela, and his children Joseph Jr. and Angela Tarantino Durso.

Thank you to the Altar Society ladies - Loretta Provenza, Rita Haddad and Annette Cascio - who served the funeral luncheons.""",
gold=[]),
]
