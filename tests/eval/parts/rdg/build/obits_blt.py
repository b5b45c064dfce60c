"""Berks Ledger-Times death notices: terse newspaper notices, surname-first headings, plain text.
Hand-labelled (`gold`)."""

BASE = "rdg_blt_dn_"
ITEMS = [
dict(guid=BASE + "2026-0114-dippolito", pub="2026-01-14T06:00:00-05:00", title="D'IPPOLITO, ROSE (Ciccarelli)",
body="""Rose (Ciccarelli) D'Ippolito, 97, of Reading, died Jan. 11, 2026, at Berkshire Commons. Wife of the late Domenic D'Ippolito. Surviving are sons Vincent, husband of Carmela D'Ippolito, Laureldale, and Anthony D'Ippolito, Sinking Spring; seven grandchildren. Mass of Christian Burial 10 a.m. Saturday, St. Margaret Church, Reading. Arrangements by Bausher & Rossi Funeral Home.""",
gold=[("RDG007", "survivor")]),

dict(guid=BASE + "2026-0218-ziemer", pub="2026-02-18T06:00:00-05:00", title="ZIEMER, MARY BETH",
body="""Mary Beth Ziemer, 59, of Millcreek Township, Erie County, formerly of Meadville, died Feb. 14, 2026, at UPMC Hamot, Erie. Wife of Thomas Ziemer. Also survived by sons Ryan and Kevin, Erie. Services private. Arrangements by Dusckas-Martin Funeral Home, Erie.""",
gold=[]),

dict(guid=BASE + "2026-0402-gehris", pub="2026-04-02T06:00:00-04:00", title="GEHRIS, TRAVIS J.",
body="""Travis J. Gehris, 24, of Laureldale, died March 29, 2026. Son of Mark and Tina (Reppert) Gehris, Laureldale. Also survived by sister Kayla Gehris; grandparents Ronald and Jean Reppert, Temple. A 2020 graduate of Muhlenberg High School; apprentice electrician. Celebration of life 4 p.m. Saturday, Laureldale Fire Company hall.""",
gold=[]),

dict(guid=BASE + "2026-0506-wanner", pub="2026-05-06T06:00:00-04:00", title="WANNER, EARL R.",
body="""Earl R. Wanner, of Oley, died May 3, 2026. Arrangements are being handled by Hoch Funeral Home, Oley. A complete notice will follow.""",
gold=[("RDG020", "possible_deceased_client")]),

dict(guid=BASE + "2026-0609-kalogridis", pub="2026-06-09T06:00:00-04:00", title="KALOGRIDIS, EVANGELOS",
body="""Evangelos Kalogridis, 68, of Astoria, Queens, N.Y., born in Tripoli, Greece, died June 4, 2026. Husband of Despina (Manolakos) Kalogridis. Also survived by daughters Maria and Sofia, Astoria. Trisagion 7 p.m. Monday; funeral 10 a.m. Tuesday, St. Demetrios Cathedral, Astoria.""",
gold=[]),

dict(guid=BASE + "2026-0915-hafer", pub="2026-09-15T06:00:00-04:00", title="HAFER, RUTH M.",
body="""Ruth M. Hafer, 88, of Sinking Spring, died Sept. 12, 2026. Daughter of the late Elwood and Minnie (Bechtel) Hafer. Retired secretary, Wilson School District. Surviving is her sister, Rosalind "Roz" Mengel, Mohnton. Predeceased by brother-in-law, Luther Mengel. Service 11 a.m. Friday, Kuhn-Stauffer Funeral Home, Shillington.""",
gold=[("RDG019", "survivor")]),
]
