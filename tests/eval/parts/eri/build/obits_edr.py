"""Erie Daily Record paid death notices: surname-first headings, short plain text. Hand-labelled."""

FEED = "edr"
ITEMS = [
dict(guid="eri_edr-dn-20260213-01", pub="2026-02-13T05:30:00-05:00", title="SZYMANSKI, HELEN (WISNIEWSKI)",
body="""SZYMANSKI, Helen (Wisniewski), 93, of Erie, died Feb. 11, 2026, at Pleasant Ridge Manor. Born in Erie, daughter of the late Jan and Agnieszka Wisniewski. Retired from the Erie School District cafeteria. Survived by her son, Gregory Szymanski of Lawrence Park; her nephew, Stanley Wisniewski Jr. (Dottie) of Erie; and nieces and nephews. Preceded in death by her husband, Edmund, and her brothers, Stanley Wisniewski Sr. and Casimir Wisniewski. Mass Monday 10 a.m., Holy Trinity Church. Arrangements by Dusckas-Martin.""",
gold=[("ERI001", "survivor"), ("ERI002", "survivor")]),
# Sr. is preceded in death; the roster client is the Jr. (spouse Dottie = ERI002).

dict(guid="eri_edr-dn-20260227-02", pub="2026-02-27T05:30:00-05:00", title="LUPO, DOMINIC",
body="""LUPO, Dominic, of Erie, died Thursday, Feb. 26, 2026. Arrangements are pending with the Quinn Funeral Home, 2011 East 26th St.""",
gold=[("ERI008", "possible_deceased_client")]),
# Name and town only (no age, no spouse): possible.

dict(guid="eri_edr-dn-20260306-03", pub="2026-03-06T05:30:00-05:00", title="HESS, RUTH E.",
body="""HESS, Ruth E., 91, of North East, died March 4, 2026. A lifelong member of the North East Grange, she picked grapes every fall until she was 85. Survived by her daughter, Linda (Joe) Marchetti of North East; her son, Daniel Hess of Ripley, N.Y.; seven grandchildren. Preceded in death by her husband, Walter Hess. Services Monday at the Edwards Funeral Home, North East. Memorials to the North East Community Library.""",
gold=[("ERI010", "survivor"), ("ERI009", "survivor")]),

dict(guid="eri_edr-dn-20260320-04", pub="2026-03-20T05:30:00-04:00", title="MARCHETTI, JOSEPH A.",
body="""MARCHETTI, Joseph A., 67, of Pittsburgh (Bloomfield), died March 17, 2026. Retired Port Authority bus driver. Survived by his wife of 41 years, Donna (Ruggiero) Marchetti; daughters Gina and Lisa. Mass Saturday at Immaculate Conception-St. Joseph, Bloomfield. Arrangements by the D'Alessandro Funeral Home, Pittsburgh.""",
gold=[]),
# Namesake far away (Pittsburgh), different wife: nothing for ERI009 Joseph A. "Joe" Marchetti of North East.

dict(guid="eri_edr-dn-20260402-05", pub="2026-04-02T05:30:00-04:00", title="KAMINSKI, BERNADETTE T.",
body="""KAMINSKI, Bernadette T. "Bernie", 77, of Buffalo, N.Y., died March 30, 2026. Retired nurse at Sisters Hospital. Survived by her brother, Thomas Kaminski of Cheektowaga, N.Y., and many cousins. Mass at St. John Gualbert Church, Cheektowaga. Arrangements by Kaczorowski Funeral Home.""",
gold=[]),
# Namesake far away (Buffalo, ~140 km): nothing for ERI004 Bernadette "Bernie" Kaminski of Erie.

dict(guid="eri_edr-dn-20260415-06", pub="2026-04-15T05:30:00-04:00", title="GRZEGORZEWSKI, WALTER J.",
body="""GRZEGORZEWSKI, Walter J., 85, of Erie, died April 13, 2026. Korean War veteran, U.S. Navy; retired from General Electric after 36 years. Survived by his wife, Jean; sons Michael and Thomas; five grandchildren. Mass Friday 9:30 a.m., St. Casimir Church. Military honors by the Erie County Veterans Honor Guard.""",
gold=[]),
]
