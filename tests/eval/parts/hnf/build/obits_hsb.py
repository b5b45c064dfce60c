"""Holy Spirit Portuguese-American Catholic Community (Hanford-Lemoore) weekly bulletin: "Please pray for ..."
notices, plain text. Hand-labelled."""

ITEMS = [
dict(guid="hnf_hsb_20260118_quaresma", pub="2026-01-18T07:00:00-08:00",
title="Alberto Quaresma - Hanford",
body="""Please pray for the repose of the soul of Alberto Quaresma of Hanford, who died January 12. He is survived by his wife, Loretta (Silveira) Quaresma, and his children. Funeral Mass was celebrated at St. Brigid. Que descanse em paz.""",
gold=[]),

dict(guid="hnf_hsb_20260503_lemos", pub="2026-05-03T07:00:00-07:00",
title="Deolinda Lemos - Lemoore",
body="""Please keep in your prayers Deolinda Lemos, 99, of Lemoore, who died April 28. She is survived by her son Everett and his wife Janice of Lemoore, and by her granddaughters. Deolinda sewed the capes for the festa queens for forty years. Rosary and Mass were at St. Peter the Apostle, Lemoore.""",
gold=[("HNF017", "survivor")]),

dict(guid="hnf_hsb_20260719_cisneros", pub="2026-07-19T07:00:00-07:00",
title="Rosa Cisneros - Corcoran",
body="""Our sister parish, St. Patrick's in Corcoran, asks our prayers for Rosa Cisneros, 95, who died July 14. She is survived by her daughter, Linda Arreola of Corcoran, her granddaughter Briana, and her sons Jesús and Ramón Cisneros of Guadalajara. Descanse en paz.""",
gold=[("HNF005", "survivor")]),

dict(guid="hnf_hsb_20260927_silveira", pub="2026-09-27T07:00:00-07:00",
title="Manuel \"Manny\" Silveira - Hanford",
body="""HANFORD - Manuel José "Manny" Silveira, 85, of Hanford, passed away on September 19, 2026, at home, with his rosary in his hand.

Manny was born May 14, 1941, in Praia da Vitória, Terceira, Azores, and came to Hanford in 1959 with twelve dollars and a cousin's address. He built Silveira Feed & Hay on 10th Avenue and was a past president of the Hanford P.F.S.A.

He is survived by his wife of 61 years, Fatima (Machado) Silveira; his son, Paul Silveira and wife Teresa of Lemoore; his daughter, Connie Mendes of Tulare; his sister, Loretta Quaresma of Hanford; eight grandchildren and five great-grandchildren.

(Reprinted from the Kings County Courier.)""",
gold=[]),

dict(guid="hnf_hsb_20261011_pedrozo", pub="2026-10-11T07:00:00-07:00",
title="Jo Anne Pedrozo - Visalia",
body="""Please pray for the repose of the soul of Jo Anne Pedrozo of Visalia, who died October 5. Arrangements are pending with Sequoia Oaks Funeral Chapel, Visalia. Eterno descanso dai-lhe, Senhor.""",
gold=[("HNF010", "possible_deceased_client")]),
]
