"""North Iowa Globe-Register paid death notices: brief, surname-first headings, plain text. Hand-labelled."""

FEED = "ngr_notices"
ITEMS = [
dict(guid="mcw_ngr_dn_2026_0128_2211", pub="2026-01-28T05:00:00-06:00", title="HAAKENSTAD, Cornelius J. \"Neil\"",
body="""Cornelius J. "Neil" Haakenstad, 79, Sioux Falls, S.D., died Jan. 24, 2026. Retired John Morrell & Co. mechanic. Survived by wife, Donna; sons Kyle (Amber) and Brett, both of Sioux Falls; five grandchildren. Services 11 a.m. Friday, Our Savior's Lutheran Church, Sioux Falls.""",
gold=[]),

dict(guid="mcw_ngr_dn_2026_0415_2340", pub="2026-04-15T05:00:00-05:00", title="OSTERGAARD, Priscilla",
body="""Priscilla Ostergaard, Garner, died April 12, 2026. Arrangements pending with Hansen-Ebeling Funeral Home, Garner.""",
gold=[("MCW016", "possible_deceased_client")]),

dict(guid="mcw_ngr_dn_2026_0501_2388", pub="2026-05-01T05:00:00-05:00", title="GRABAU, Elmer F.",
body="""Elmer F. Grabau, 91, Rudd, died April 28, 2026. Survived by daughters JoAnn (Duane) Lindemeier, Nora Springs, and Carol Grabau, Charles City; son Dennis (Pam) Grabau, Rudd; seven grandchildren. Preceded in death by wife, Viola. Services 10:30 a.m. Monday, St. Paul Lutheran Church, Rudd.""",
gold=[("MCW014", "survivor")]),

dict(guid="mcw_ngr_dn_2026_0619_2456", pub="2026-06-19T05:00:00-05:00", title="AHRENDSEN, Dale R.",
body="""Dale R. Ahrendsen, 80, Manly, died June 16, 2026. Retired Rock Island railroad section foreman. Survived by wife, Phyllis; daughter Becca (Tad) Wrolstad, Clear Lake; son Troy Ahrendsen, Manly; grandchildren Anders and Linnea Wrolstad. Services 2 p.m. Saturday, Trinity Lutheran Church, Manly.""",
gold=[("MCW013", "survivor"), ("MCW012", "survivor")]),
]
