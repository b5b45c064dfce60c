"""Parish bulletin of an (invented) Stearns County Catholic area faith community (St. Joseph, Albany, Rockville,
St. Martin): "Pray for our deceased" notices, plain text. Hand-labelled."""

FEED = "bulletin"
ITEMS = [
dict(guid="stc_sfc_bulletin_2026_0301", pub="2026-03-01T07:00:00-06:00", title="Pray for our deceased: Alvin Ebnet",
body="""Please remember in your prayers Alvin Ebnet, 84, of Albany, who died February 24. Alvin was a faithful usher at Seven Dolors for more than forty years and a Third Degree member of the Knights of Columbus Council 5117. His funeral Mass was celebrated Saturday at Seven Dolors Church. He is survived by his wife, Marian; his children, Jenna (Matt) Klaphake of St. Cloud, Nicholas (Emily) Ebnet of Albany and Brenda Ebnet of Avon; and 8 grandchildren. Eternal rest grant unto him, O Lord.""",
gold=[("STC016", "survivor"), ("STC015", "survivor")]),

dict(guid="stc_sfc_bulletin_2026_0412", pub="2026-04-12T07:00:00-05:00", title="Pray for our deceased: Cyril Lommel",
body="""Our parish family commends to God Cyril Lommel, 79, of Rockville, who went home to the Lord on April 6. Cyril was a stonecutter at the Rockville quarries and a longtime member of the parish council at Church of Mary of the Immaculate Conception. The Mass of Christian Burial was celebrated Friday; music was led by cantor Mary Beth Leyendecker and the Rockville Men's Schola. Cyril is survived by his wife, Loretta; his son, Gary (Patty) Lommel of Rockville; his granddaughter, Tess Lommel of Rockville; and his sister, Sister Mary Cyrilla Lommel, OSF. May his soul and the souls of all the faithful departed rest in peace.""",
gold=[("STC021", "survivor")]),  # Mary Beth Leyendecker (STC006) is the cantor: nothing

dict(guid="stc_sfc_bulletin_2026_0607", pub="2026-06-07T07:00:00-05:00", title="Pray for our deceased: Wilfred Terhaar",
body="""Please keep in your prayers Wilfred "Willie" Terhaar, 90, of St. Joseph, who died May 30. Willie sang bass in the parish choir for 62 years. The funeral Mass was celebrated June 4 at Church of St. Joseph; casket bearers were Len Schwinghammer, Duane Stalboerger, Joe Hennes, Mike Terhaar, Tom Pohl and Eric Salzer. Willie is survived by his daughters, Janet Terhaar of St. Paul and Kathy (Jim) Gruber of Cold Spring. He was preceded in death by his wife, Lucille.""",
gold=[]),  # two clients among the casket bearers: nothing

dict(guid="stc_sfc_bulletin_2026_0920", pub="2026-09-20T07:00:00-05:00", title="Pray for our deceased: Rosina Gertken",
body="""Rosina Gertken, 97, of St. Joseph, entered eternal life on September 14 at the Sisters' care center, where she had lived since 2023. Rosina was a Christian Mother for 74 years and the parish's most faithful rosary-maker. Her funeral Mass was celebrated Friday at Church of St. Joseph. She is the mother of parishioner Marlys (Leonard Jr.) Schwinghammer and of Raymond Gertken of Cold Spring and Alice (Dean) Hoeschen of Freeport. She was preceded in death by her husband, Hubert. Eternal rest grant unto her, O Lord, and let perpetual light shine upon her.""",
gold=[("STC002", "survivor"), ("STC001", "survivor")]),
]
