"""The Lakeshore Ledger (invented Muskegon daily): paid death notices, surname-first headings, terse, plain
text. Hand-labelled."""

FEED = "ledger"
ITEMS = [
dict(guid="mkg_ledger-dn-2026-0114", pub="2026-02-04T05:00:00-05:00", title="TOLLEFSRUD, Arne M.",
body="""TOLLEFSRUD, Arne M., 90, of Whitehall, died Feb. 1, 2026. Born in Hart to Norwegian immigrant parents, he fished commercially on Lake Michigan out of Whitehall for forty years and was a charter member of Our Savior's Lutheran Church. Survived by his daughter, Mary Jo (Erik) Lindskog of North Muskegon; his son, Dennis (Carla) Tollefsrud of Whitehall; grandchildren Brianna Tollefsrud of Whitehall and Soren Lindskog of Traverse City. Preceded in death by his wife, Solveig, in 2020. Funeral 11 a.m. Saturday at Our Savior's Lutheran, Whitehall. Arrangements by Harris & Lund Funeral Home.""",
gold=[("MKG008", "survivor"), ("MKG022", "survivor")]),

dict(guid="mkg_ledger-dn-2026-0131", pub="2026-02-19T05:00:00-05:00", title="KACZMARCZYK, Thaddeus",
body="""KACZMARCZYK, Thaddeus "Ted," 62, of Toledo, Ohio, formerly of Detroit, died Feb. 14, 2026, at ProMedica Toledo Hospital. A retired UAW tool-and-die maker at the Jeep plant. Survived by his wife, Barbara; sons Adam and Lukas of Toledo. Funeral Mass Saturday at St. Hedwig Church, Toledo. Notice placed by the family for friends in West Michigan.""",
gold=[]),

dict(guid="mkg_ledger-dn-2026-0177", pub="2026-03-11T05:00:00-04:00", title="TJALSMA, Willem \"Bill\"",
body="""TJALSMA, Willem "Bill," 79, of Zeeland, died March 8, 2026. Bill farmed turkeys near Zeeland for 45 years and sang bass in the Second Christian Reformed Church choir. Survived by his wife of 55 years, Janna; his sons, Jon and Ryan Tjalsma; his sister, Marjorie (Hank) Roelofsma of Spring Lake; and nine grandchildren. Funeral 10 a.m. Friday at Second CRC, Zeeland. Yntema Funeral Home.""",
gold=[("MKG002", "survivor"), ("MKG001", "survivor")]),

dict(guid="mkg_ledger-dn-2026-0301", pub="2026-06-10T05:00:00-04:00", title="GRZESIAK, Irene (Nowak)",
body="""GRZESIAK, Irene (Nowak), 76, of Fruitport, died June 7, 2026, at Trinity Health Muskegon. Irene was a cook at Fruitport Middle School for 27 years. She is survived by her husband of 54 years, Raymond "Ray" Grzesiak; her daughters, Sandra (Tim) Koster and Laura Grzesiak; her sister-in-law, Dottie Wojtalik of Muskegon; and four grandchildren. Preceded in death by her brother-in-law, Stanley Wojtalik. Mass 10 a.m. Tuesday at St. Mary's Church, Spring Lake. Lakeshore Van Zyl Chapel, Spring Lake.""",
gold=[("MKG018", "survivor"), ("MKG004", "survivor")]),

dict(guid="mkg_ledger-dn-2026-0455", pub="2026-09-17T05:00:00-04:00", title="SCHOLMA, Anna Mae",
body="""SCHOLMA, Anna Mae, 87, of Fruitport, died Sept. 10, 2026. Survived by daughter Bonnie (Hal) Pruim and son Kenneth (Deb) Scholma. Funeral was held Monday at Fruitport CRC. Lakeshore Van Zyl Chapel.""",
gold=[]),  # later copy of mkg_lvz-obit-anna-mae-scholma: labelled on the earlier copy only

dict(guid="mkg_ledger-dn-2026-0512", pub="2026-10-06T05:00:00-04:00", title="KACZMARCZYK, Thaddeus J.",
body="""KACZMARCZYK, Thaddeus J., of Muskegon, died Oct. 3, 2026. Arrangements are pending with Lakeshore Van Zyl Chapel, Muskegon.""",
gold=[("MKG019", "possible_deceased_client")]),
]
