"""Capital District Community Messenger: church and community notices (Arbor Hill congregations, the
Guyanese mandirs and masjids of Schenectady, the Polish parishes of Cohoes), plain text.
Hand-labelled: `gold` beside each text."""

FEED = "ccm"
ITEMS = [
dict(guid="alb_ccm_2026_homegoing_whitlock", pub="2026-01-28T07:00:00-05:00", title="Homegoing: Mother Essie Mae Whitlock, 97",
body="""Mother Essie Mae Whitlock, the oldest member of the Wesley Chapel A.M.E. Zion congregation on Clinton Avenue, was called home on January 24, 2026, at the age of 97.

Born in Greenwood, South Carolina, Mother Whitlock came north to Albany in 1946 and kept house for a family on State Street before going to work at the old Tobin packing plant. She joined Wesley Chapel in 1947 and served on the Mothers' Board for 50 years. Generations of Arbor Hill children learned their Easter speeches at her kitchen table.

She leaves to cherish her memory her daughter, Bernice Jeffries of Albany; her grandson, Andre Jeffries (Tasha) of Atlanta; four great-grandchildren; and a host of church family. She was preceded in death by her husband, Deacon Willie Whitlock, and her son, Clarence.

Homegoing service Saturday at 11 a.m. at Wesley Chapel, Deacon Lamont Pettaway presiding, the Rev. Dr. Harold Simms delivering the eulogy. Interment Albany Rural Cemetery.""",
gold=[("ALB015", "survivor")]),

dict(guid="alb_ccm_2026_homegoing_hairston", pub="2026-05-20T07:00:00-04:00", title="Homegoing: Sister Ollie Mae Hairston",
body="""Sister Ollie Mae Hairston, 83, a faithful member of Wesley Chapel and a crossing guard at the corner of Clinton and North Pearl for 25 years, went to be with the Lord on May 16, 2026.

Sister Hairston never married. She raised her brother's children after his passing and was "Aunt Ollie" to all of Arbor Hill.

She leaves her niece, Gloria (Lamont) Pettaway of Albany, whom she raised as her own; her nephew, Reginald Hairston of Newburgh; and many grand-nieces and grand-nephews.

The obituary will be read by Mother Bernice Jeffries. Service Friday at noon at Wesley Chapel; repast to follow in the fellowship hall.""",
gold=[("ALB017", "survivor"), ("ALB016", "survivor")]),

dict(guid="alb_ccm_2026_baichan", pub="2026-06-03T07:00:00-04:00", title="In Memoriam: Rajkumar \"Raj\" Baichan",
body="""The Guyanese community of Schenectady mourns Rajkumar "Raj" Baichan, 74, who passed away on May 30, 2026. Born in Anna Regina on the Essequibo Coast, Raj came to Schenectady in 2003, part of the migration encouraged by then-mayor Albert Jurczynski, and bought one of the first renovated houses on Crane Street.

He was a founding trustee of the Shri Ram Mandir on Albany Street, a fierce cricketer well into his sixties, and a man who never met a stranger.

Raj leaves his wife, Kamla; his sons, Vishnu and Anand; his brother, Roop Baichan, and sister-in-law, Savitri, of Schenectady; and his sisters in Georgetown and Toronto.

Funeral rites Sunday at the mandir, followed by cremation.""",
gold=[("ALB008", "survivor")]),

dict(guid="alb_ccm_2026_sokolowski", pub="2026-07-08T07:00:00-04:00", title="Wieczny odpoczynek: Władysława \"Lottie\" Sokolowski",
body="""Władysława "Lottie" Sokolowski, 93, of Cohoes, died July 4, 2026, at the Eddy Village Green. She was born in Cohoes to Polish immigrants and sewed in the knitting mills along the Mohawk until they closed.

She was a member of the Rosary Society of Sacred Heart and St. Michael's, and her pierogi sales paid for the church's new boiler in 1988.

Lottie is survived by her daughter-in-law, Mary Jo Sokolowski of Cohoes; her grandsons, Adam and Luke; and her great-granddaughter, Zofia. She was predeceased by her husband, Kazimierz, and her son, Richard.

Wieczny odpoczynek racz jej dać, Panie. Mass Friday at 10 a.m., St. Michael the Archangel Church.""",
gold=[("ALB005", "survivor")]),

dict(guid="alb_ccm_2026_frazier", pub="2026-08-12T07:00:00-04:00", title="Homegoing: Brother Leon Frazier",
body="""Brother Leon Frazier, 71, retired Albany Housing Authority maintenance supervisor and a tenor in the Wesley Chapel male chorus, went home to glory on August 8, 2026.

He leaves his wife, Delphine; his daughters, Keisha Frazier-Boyd and Monique Frazier; and six grandchildren. Service Saturday at 10 a.m.; interment Albany Rural Cemetery.""",
gold=[]),
]
