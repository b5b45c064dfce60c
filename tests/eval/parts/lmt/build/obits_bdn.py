"""Klamath Basin Death Notices: paid notices and the Sacred Heart / St. Pius X parish bulletin's prayer list,
terse plain text, surname-first headings. Hand-labelled."""

ITEMS = [
dict(guid="lmt_bdn_2026_0301", pub="2026-05-06T07:00:00-07:00", title="STUCKART, Wilhelmina",
body="""STUCKART, Wilhelmina - Chiloquin. Died May 2, 2026. Arrangements pending with Chapel of the Pines.""",
gold=[("LMT020", "possible_deceased_client")]),

dict(guid="lmt_bdn_2026_0302", pub="2026-04-12T07:00:00-07:00", title="KIMBRELL, Orval Dean",
body="""KIMBRELL, Orval Dean, 84, Chiloquin. Born Feb. 9, 1942; died April 4, 2026. Survived by his wife of 61 years, Nadine; sons Wade and Casey. Celebration of life 1 p.m. April 18, Chiloquin Community Center. Chapel of the Pines.""",
gold=[]),

dict(guid="lmt_bdn_2026_0303", pub="2026-01-28T07:00:00-08:00", title="HALDORSEN, Magnus O.",
body="""HALDORSEN, Magnus Olav, 83, of Decorah, Iowa, died Jan. 23, 2026. Retired Luther College chemistry professor. Survived by his wife, Ingrid; daughter, Sunniva Haldorsen of Klamath Falls, Ore.; son, Erik Haldorsen of Minneapolis. Services at First Lutheran Church, Decorah.""",
gold=[("LMT010", "survivor")]),

dict(guid="lmt_bdn_2026_0304", pub="2026-06-24T07:00:00-07:00", title="AMBROSETTI, Teresa",
body="""AMBROSETTI, Teresa (Bertolucci), 99, Keno. Died June 19, 2026. Survived by son Cletus Ambrosetti, Keno; daughter Marie Zanoni, Grants Pass; nine grandchildren. Preceded by husband Aldo. Mass 11 a.m. Friday, St. Pius X, Klamath Falls.""",
gold=[("LMT013", "survivor")]),

dict(guid="lmt_bdn_2026_0305", pub="2026-07-01T07:00:00-07:00", title="VODICKA, Harlan James",
body="""VODICKA, Harlan James, 24, Klamath Falls. Died June 27, 2026. Survived by parents Troy and Amber Vodicka, Klamath Falls; brother Cole; grandparents. Service 3 p.m. Tuesday, Klamath Christian Center.""",
gold=[]),

dict(guid="lmt_bdn_2026_0306", pub="2026-03-29T07:00:00-07:00", title="Please remember in prayer: Dolores Dunmire",
body="""Please remember in your prayers Dolores Dunmire, 81, who entered eternal rest March 24, mother of parishioner Annaliese Pruett-Dunmire and mother-in-law of Cal Pruett. Her funeral Mass will be offered at St. Pius X on Thursday at 10 a.m.; the Altar Society will host the reception. Eternal rest grant unto her, O Lord.""",
gold=[("LMT019", "survivor")]),

dict(guid="lmt_bdn_2026_0307", pub="2026-07-15T07:00:00-07:00", title="PESEK, Lonnie F.",
body="""PESEK, Lonnie Frank, 67, Malin. Died July 10, 2026. Survived by wife, Darla; daughters Jana and Kristy. Preceded by parents Frank and Lucille. Rosary 6 p.m. Sunday, Sacred Heart, Malin; funeral Monday 10 a.m. Officiant: Rev. Tomas Kubik. Honorary bearers: Rudy Hrbek, Harlan Vodicka, Kenji Okimura.""",
gold=[]),
]
