"""Northeast Rochester parishes bulletin (St. Stanislaus Kostka, Hudson Avenue; St. Josaphat Ukrainian Catholic,
Irondequoit): "Remember in prayer" / "Vichnaya Pam'yat" notices, plain text. Hand-labelled."""

FEED = "pb"
ITEMS = [
dict(guid="roc_nerb-2026-02-01-a", pub="2026-02-01T07:30:00-05:00", title="Jadwiga \"Hedy\" Nowak - Rochester",
body="""Please remember in your prayers Jadwiga "Hedy" Nowak, 90, of Lux Street, who fell asleep in the Lord on January 26. Hedy came from Poznan after the war, sewed costumes for the Polish folk dancers for forty years and made the pierogi for every Lenten fish fry until her hands would not let her.

She is survived by her nieces, Theresa "Terri" Kaminski of Webster and Barbara Nowak Gill of Chili, and by her godchildren. Her husband, Zygmunt, and her son, Richard, went before her.

Her funeral Mass was celebrated January 30 at St. Stanislaus Kostka. The rosary was led by the Altar and Rosary Society, Helen Wozniak, president, and the Polish Heritage Choir sang the Serdeczna Matko. Wieczny odpoczynek racz jej dać Panie.""",
gold=[("ROC006", "survivor")]),

dict(guid="roc_nerb-2026-02-22-b", pub="2026-02-22T07:30:00-05:00", title="Maria Hrynyk - Irondequoit",
body="""Vichnaya Pam'yat - Eternal Memory. Our parish commends to God the soul of Maria Hrynyk, 97, of Irondequoit, who reposed in the Lord on February 17 at St. John's Home.

Maria was born in the village of Bilche near Ternopil, survived forced labor in Germany and the displaced-persons camp at Regensburg, and came to Rochester in 1950. She was a founding member of the parish sisterhood and embroidered the altar cloths that still cover our holy table.

She leaves her daughter, Olha (Bohdan) Kovalchuk of Irondequoit; her son, Yaroslav Hrynyk of Cleveland; five grandchildren; and eight great-grandchildren. Her husband, Mykola, reposed in 1998.

The Panakhyda was served Thursday evening and the Divine Liturgy of Christian Burial Friday morning at St. Josaphat Ukrainian Catholic Church. Burial at Holy Sepulchre, Ukrainian section.""",
gold=[("ROC011", "survivor"), ("ROC010", "survivor")]),

dict(guid="roc_nerb-2026-04-19-c", pub="2026-04-19T07:30:00-04:00", title="Ivan Stasiuk - Henrietta",
body="""Vichnaya Pam'yat. Please pray for the repose of the soul of Ivan Stasiuk, 67, of Henrietta, who died suddenly on April 13.

Ivan came to Rochester from Lviv in 1998 with his wife and their young daughter and worked as an electrical engineer at a Henrietta optics firm. He sang bass in the parish choir and served on the parish council for many years.

He is survived by his wife, Halyna; his daughter, Oksana Stasiuk of Henrietta; his brother, Petro, in Lviv; and his mother, Kateryna, in Ukraine.

The Panakhyda was served April 16 and the funeral on April 17 at St. Josaphat. Donations may be made to the Ukrainian Relief Fund of Rochester.""",
gold=[("ROC012", "survivor")]),
]
