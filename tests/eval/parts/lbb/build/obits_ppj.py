"""The Plainsman-Journal, Lubbock: paid death notices, surname-first titles, plain text. Hand-labelled."""

FEED = "ppj"
ITEMS = [
dict(guid="lbb_ppj_dn_260114_tankersley", pub="2026-01-14T06:00:00-06:00", title="TANKERSLEY, Beauford Sr.",
body="""Beauford "B.L." Tankersley Sr., 88, Levelland, died Jan. 11, 2026. Founder of Tankersley Feed & Seed. Survived by wife, Opal; son, Buddy Tankersley (Vonda), Levelland; daughter, Rhonda Keel, Sundown; six grandchildren. Services 2 p.m. Friday, First Baptist Church of Levelland. Arrangements by Hockley Memorial Chapel.""",
gold=[("LBB005", "survivor")]),

dict(guid="lbb_ppj_dn_260129_nettles", pub="2026-01-29T06:00:00-06:00", title="NETTLES, Clifford Ray",
body="""Clifford Ray Nettles, 81, Levelland, died Jan. 26, 2026. Retired Levelland ISD bus mechanic and Navy veteran. Survived by sister, Ila Mae (Gene) Brockhaus, Levelland; brother, Doyle Nettles, Ropesville; nieces and nephews. Preceded in death by wife, Billie. Graveside 10 a.m. Saturday, Levelland City Cemetery.""",
gold=[("LBB019", "survivor")]),

dict(guid="lbb_ppj_dn_260313_pevehouse", pub="2026-03-13T06:00:00-05:00", title="PEVEHOUSE, Royce",
body="""Royce Pevehouse, Levelland, died Tuesday, March 10, 2026. Services are pending with Hockley Memorial Chapel.""",
gold=[("LBB007", "possible_deceased_client")]),

dict(guid="lbb_ppj_dn_260402_gattis", pub="2026-04-02T06:00:00-05:00", title="GATTIS, Marvella Jean",
body="""Marvella Jean Gattis, 96, Brownfield, died March 30, 2026. Survived by son, Loyd Gattis, Brownfield; daughter, Peggy Ann Sims, Seagraves; four grandchildren. Preceded in death by husband, Odis. Services 11 a.m. Saturday, Brownfield Church of Christ.""",
gold=[]),

dict(guid="lbb_ppj_dn_260508_kubacak", pub="2026-05-08T06:00:00-05:00", title="KUBACAK, Adolph J.",
body="""Adolph Joseph Kubacak, 86, Shallowater, died May 5, 2026. Cotton farmer and member of St. Philip Benizi Catholic Church, Shallowater. Survived by wife of 61 years, Lorene; daughter, Teddie Kubacak, Shallowater; son, Frank (Debbie) Kubacak, Slaton; five grandchildren. Rosary 6 p.m. Sunday; Mass 10 a.m. Monday, St. Philip Benizi.""",
gold=[("LBB021", "survivor")]),

dict(guid="lbb_ppj_dn_260611_ohlenbusch", pub="2026-06-11T06:00:00-05:00", title="OHLENBUSCH, Harvey W.",
body="""Harvey William Ohlenbusch, 77, Wolfforth, died June 8, 2026. Retired Frenship ISD agriculture teacher. Survived by wife, Bernice; sons, Trent (Amber) Ohlenbusch, Wolfforth, and Kyle Ohlenbusch, Denver; seven grandchildren. Service 10 a.m. Friday, Trinity Lutheran Church, Wolfforth.""",
gold=[("LBB012", "survivor")]),
]
