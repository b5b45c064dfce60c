"""Mining City Death Notices (invented aggregator of brief paid notices), surname-first headings. Hand-labelled."""

ITEMS = [
dict(guid="btm_dn_20260216_radakovich", pub="2026-02-16T05:00:00-07:00", title="RADAKOVICH, Milan",
body="""RADAKOVICH, Milan, 84, Butte, Feb. 9, 2026. Retired miner, Mountain Con and Berkeley Pit. Survived by wife Dee; son Nick; daughter Vesna. Funeral Friday, Holy Trinity Serbian Orthodox Church. Kearney & Pintar Mortuary.""",
gold=[]),

dict(guid="btm_dn_20260320_dolan", pub="2026-03-20T05:00:00-06:00", title="DOLAN, Mary Patricia",
body="""DOLAN, Mary Patricia "Mary Pat," 58, Great Falls, March 17, 2026. Registered nurse, Benefis Health System. Survived by husband Terry; daughters Megan and Caitlin. Services Monday, Our Lady of Lourdes Church, Great Falls. Croxford Funeral Home.""",
gold=[]),

dict(guid="btm_dn_20260611_antonioli", pub="2026-06-11T05:00:00-06:00", title="ANTONIOLI, Dolores",
body="""ANTONIOLI, Dolores, Walkerville. Rosary 7 p.m. Thursday and Mass of Christian Burial 10 a.m. Friday at Immaculate Conception Church, Butte. Arrangements by Kearney & Pintar Mortuary, Butte.""",
gold=[("BTM021", "possible_deceased_client")]),
]
