"""Holy Name of Jesus parish bulletin, Indialantic (serves the beaches, Melbourne and, with its Haitian Creole
Mass, the Haitian families of Palm Bay): "Please pray for the repose of the souls of ..." notices, some in French
and Kreyol sent in by families, plain text. Hand-labelled."""

FEED = "hnp"
ITEMS = [
dict(guid="mlb_hnp-rip-2026-03-01", pub="2026-03-01T07:30:00-05:00", title="Mme Yolette Joachim - Palm Bay",
body="""Avis de décès / Anons lanmò. Les familles Joachim, Dorvilien et alliées ont la profonde douleur de vous faire part du décès de Madame Yolette Joachim, née Mésidor, 83 ans, survenu le 24 février 2026 à Palm Bay, Floride.

Native des Cayes, Haïti, Madame Joachim était couturière et mère de famille; elle chantait dans la chorale créole de Holy Name depuis son arrivée en 2009.

Elle laisse dans le deuil: sa fille, Marie-Claude Dorvilien et son époux Jean-Robert Dorvilien, de Palm Bay; son fils, Frantz Joachim, de Miami; ses petits-enfants Nadège, Wesley et Christelle; ses soeurs Anne-Rose et Gisèle aux Cayes; et beaucoup d'autres parents et amis.

The funeral Mass will be celebrated in Kreyol and English on Saturday, March 7, at 10 a.m. at Holy Name of Jesus, with Father Wilner Jean-Baptiste presiding. Repose en paix, Manman Yolette.""",
gold=[("MLB009", "survivor"), ("MLB008", "survivor")]),

dict(guid="mlb_hnp-rip-2026-03-22", pub="2026-03-22T07:30:00-04:00", title="Agnes Thistlewood Purcell - Cocoa",
body="""Please pray for the repose of the soul of Agnes Thistlewood Purcell, 90, of Cocoa, who died March 16 at Rockledge Hospital after a short illness. Agnes was a founding member of our parish's Bereavement Ministry and baked the funeral luncheon pound cakes for more than thirty years, so it is fitting that we now pray for her.

She is survived by her son, Michael Purcell of Orlando; her nephew and niece-in-law, Dwight and Rosalind Thistlewood of Cocoa, with whom she made her home; and her many friends in the Altar Society. Her husband, Francis, predeceased her.

Her funeral Mass was celebrated on March 20, with Deacon Lucius Bramwell assisting. Eternal rest grant unto her, O Lord.""",
gold=[("MLB016", "survivor"), ("MLB015", "survivor")]),

dict(guid="mlb_hnp-rip-2026-05-03", pub="2026-05-03T07:30:00-04:00", title="Winifred Ashby Coultas - Rockledge",
body="""Please pray for the repose of the soul of Winifred Ashby Coultas, 96, of Rockledge, our oldest parishioner, who died peacefully on April 27.

Winnie is survived by her daughter, Mrs. Clifford Ravenscroft of Rockledge; her grandsons, Peter and Andrew Ravenscroft; and five great-grandchildren. Her husband, Dr. Harold Coultas, went before her in 1998.

A memorial Mass will be offered on May 9 at 11 a.m., Deacon Lucius Bramwell officiating. May she rest in peace.""",
gold=[("MLB018", "survivor")]),

dict(guid="mlb_hnp-rip-2026-07-12", pub="2026-07-12T07:30:00-04:00", title="Timothy Gildersleeve - Satellite Beach",
body="""Please pray for the repose of the soul of Timothy Paul Gildersleeve, 67, of Satellite Beach, who died July 6 after a long illness. Tim was an usher at the 9:30 Mass for twenty years and never once let a late family stand.

He is survived by his wife, Kathleen; his daughters, Erin and Molly; and his mother, Rose Gildersleeve, 94. The family thanks their Cassia Boulevard neighbors, especially Dottie Kessinger, for the meals and the company during the long months.

His funeral Mass will be celebrated July 15 at 10 a.m., Deacon Lucius Bramwell assisting.""",
gold=[]),
]
