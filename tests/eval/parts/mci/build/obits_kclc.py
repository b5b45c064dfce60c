"""Kansas City Ledger-Courier paid death notices: surname-first headings, terse plain text. Hand-labelled."""

FEED = "kclc"
ITEMS = [
dict(guid="mci_kclc_dn_260311_0417", pub="2026-03-11T05:00:00-05:00", title="SCHLOTZHAUER, Bernadette",
body="""SCHLOTZHAUER, Bernadette, Overland Park, Kan., passed away March 8, 2026. Services pending with Heartland Memorial Chapels, Overland Park.""",
gold=[("MCI008", "possible_deceased_client")]),

dict(guid="mci_kclc_dn_260318_0522", pub="2026-03-18T05:00:00-05:00", title="DORSEY, Eileen M.",
body="""DORSEY, Eileen Margaret (Brennan), 93, Independence, Mo., died March 15, 2026. Survived by daughter Mary Fran (Packy) Kilcullen, Independence; son Thomas Dorsey, Sugar Creek; 7 grandchildren, 12 great-grandchildren. Preceded in death by husband James "Jimmy" Dorsey. Rosary 6 p.m. Thursday, Mass 10 a.m. Friday, St. Ann Catholic Church, Independence. Memorials to Hope House.""",
gold=[("MCI009", "survivor"), ("MCI010", "survivor")]),

dict(guid="mci_kclc_dn_260325_0608", pub="2026-03-25T05:00:00-05:00", title="WOJTASZEK, Casimir J.",
body="""WOJTASZEK, Casimir J., 94, of Hamtramck, Mich., formerly of Kansas City, Kan., died March 20, 2026. Retired Chrysler millwright. Survived by son Casimir Jr. (Dorota) of Troy, Mich.; daughter Helen Nowak of Warren, Mich. Funeral Mass at St. Florian, Hamtramck. Arrangements by Kowalski-Bielski Funeral Home.""",
gold=[]),

dict(guid="mci_kclc_dn_260402_0711", pub="2026-04-02T05:00:00-05:00", title="PFANNENSTIEL, Wendell A.",
body="""PFANNENSTIEL, Wendell Anthony, 88, Hays, Kan., died March 29, 2026. Retired wheat farmer and Ellis County commissioner. Survived by wife Irene; sons Leroy (Janet) and Wendell Jr. (Dawn), both of Hays; 9 grandchildren. Mass 10:30 a.m. Saturday, St. Joseph Catholic Church, Hays.""",
gold=[]),

dict(guid="mci_kclc_dn_260415_0803", pub="2026-04-15T05:00:00-05:00", title="ARREDONDO, Refugio \"Cuco\"",
body="""ARREDONDO, Refugio "Cuco", 78, Kansas City, Mo., died April 11, 2026. Born in Tangancícuaro, Michoacán. Retired from the Armour packing plant and 40 years an usher at Our Lady of Guadalupe Shrine. Survived by sisters Lupe Arredondo, Kansas City, Mo., and Socorro Arredondo Medina, Kansas City, Kan.; many nieces and nephews. Rosary 7 p.m. Monday, Mass 10 a.m. Tuesday, Our Lady of Guadalupe Shrine.""",
gold=[("MCI004", "survivor")]),

dict(guid="mci_kclc_dn_260429_0915", pub="2026-04-29T05:00:00-05:00", title="BRUEGGEMANN, Walter H.",
body="""BRUEGGEMANN, Walter H., 82, Kansas City, Mo., died April 25, 2026. Survived by sister Delphine Brueggemann, Independence; nephew Karl Brueggemann, Liberty. Preceded in death by wife Lorraine. Service 1 p.m. Saturday, Heartland Memorial Chapels, Independence.""",
gold=[]),

dict(guid="mci_kclc_dn_260603_1102", pub="2026-06-03T05:00:00-05:00", title="OBERKROM, Wilhelmina \"Billie\"",
body="""OBERKROM, Wilhelmina "Billie", 88, Independence, Mo., died May 29, 2026. Wife of the late Vernon Oberkrom. Survived by nephews Gary and Dale Brockhoff. Graveside 2 p.m. Thursday, Mound Grove Cemetery. Arrangements: Heartland Memorial Chapels, Independence.""",
gold=[]),
]
