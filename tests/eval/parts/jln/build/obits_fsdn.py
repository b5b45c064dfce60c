"""Four-State Death Notices: brief paid notices, surname-first headings, plain text. Hand-labelled (`gold`)."""

ITEMS = [
dict(guid="jln_fsdn_2026_0311_hathcock", pub="2026-03-11T06:00:00-05:00",
title="HATHCOCK, Delbert Ray \"Del\"",
body="""HATHCOCK, Delbert Ray "Del," 79, Joplin, died March 6, 2026. Born Feb. 14, 1947, Galena, Kan. Retired Tamko driver, Army veteran. Survivors: wife of 55 years Wanda (Ruark) Hathcock, of the home; son Rick (Lisa), Broken Arrow, Okla.; daughter Tammy Brewer, Joplin; sister Faye Goodnight, Baxter Springs. Services 11 a.m. Wed., Central Christian Church, Joplin.""",
gold=[]),  # later, shorter copy of jln_tsl_obit_260309_hathcock: labelled on the earlier copy only

dict(guid="jln_fsdn_2026_0406_weatherby", pub="2026-04-06T06:00:00-05:00",
title="WEATHERBY, Ronald L.",
body="""WEATHERBY, Ronald L., of Webb City, died Friday, April 3, 2026. Arrangements are pending with Mason-Woodard Mortuary, Joplin.""",
gold=[("JLN020", "possible_deceased_client")]),

dict(guid="jln_fsdn_2026_0612_tharp", pub="2026-06-12T06:00:00-05:00",
title="THARP, Wilma Jean",
body="""THARP, Wilma Jean, 87, Bakersfield, Calif., formerly of Taft, Calif., died June 8, 2026. Retired school cafeteria manager, Kern High School District. Survivors: sons Bobby Tharp and Wayne Tharp, both of Bakersfield; five grandchildren. Preceded in death by husband Clifford Tharp. Graveside services Tuesday, Union Cemetery, Bakersfield. Notice placed by the family, who have relatives in the Joplin area.""",
gold=[]),

dict(guid="jln_fsdn_2026_0819_lomax", pub="2026-08-19T06:00:00-05:00",
title="LOMAX, Harvey D.",
body="""LOMAX, Harvey D., 80, Lubbock, Texas, died Aug. 15, 2026. Born in Baxter Springs, Kan.; moved to Texas in 1968 and worked 40 years for the Santa Fe railroad. Survivors: wife Connie Lomax, of the home, Lubbock; daughter Trisha Gaines, Amarillo. Services were held in Lubbock.""",
gold=[]),
]
