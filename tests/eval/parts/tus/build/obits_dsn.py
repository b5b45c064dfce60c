"""The Desert Sentinel (Tucson daily): paid death notices, surname-first headings, terse plain text.
Hand-labelled (gold= beside each text)."""

FEED = "dsn"
ITEMS = [
dict(guid="tus_dsn-dn-2026-0214", pub="2026-01-30T06:00:00-07:00", title="HASKINS, Lorraine Bernice",
body="""HASKINS, Lorraine Bernice, 81, of Killeen, Texas, died January 24, 2026. Retired civil-service payroll clerk, Fort Hood. Survived by sons Lt. Col. Derrick Haskins (Keisha) of Tucson and Marcus Haskins of Temple, Texas; five grandchildren. Preceded in death by husband, MSgt. (Ret.) Lamont Haskins. Services Feb. 3, Greater Vision Missionary Baptist Church, Killeen.""",
gold=[("TUS009", "survivor"), ("TUS010", "survivor")]),

dict(guid="tus_dsn-dn-2026-0388", pub="2026-03-05T06:00:00-07:00", title="SANDOVAL, Ernesto Miguel",
body="""SANDOVAL, Ernesto Miguel, 79, Tucson, died March 1, 2026. Retired Tucson Unified teacher and Little League umpire. Survived by wife of 54 years, Carmen; daughters Dr. Anita Sandoval (Jorge Medina) and Lisa Sandoval Kerr (Tim), both of Tucson; four grandchildren. Rosary 6 p.m. Thursday, Mass 10 a.m. Friday, St. Cyril of Alexandria.""",
gold=[("TUS017", "survivor")]),

dict(guid="tus_dsn-dn-2026-0402", pub="2026-03-09T06:00:00-07:00", title="CARRILLO, María de la Luz",
body="""CARRILLO, María de la Luz, 34, of Nogales, Sonora, died March 4, 2026, in Tucson. Survived by her parents, Héctor and Alma Carrillo; children Iker and Ximena; brother Omar. Funeral Mass March 10, Catedral de la Purísima Concepción, Nogales, Son.""",
gold=[]),  # young namesake across the border: TUS011 is 70 (b. 1955) and lives in Nogales, Ariz.: nothing

dict(guid="tus_dsn-dn-2026-0415", pub="2026-03-12T06:00:00-07:00", title="McALLISTER, Douglas James",
body="""McALLISTER, Douglas James, 68, Vail, died March 8, 2026. Retired copper-mine haul-truck driver. Survived by wife, Brenda; sons Kyle and Travis; three grandchildren. Celebration of life 1 p.m. March 21, Colossal Cave Mountain Park ramada.""",
gold=[]),

dict(guid="tus_dsn-dn-2026-0467", pub="2026-03-25T06:00:00-07:00", title="BRENNAN, Kathleen O'Shaughnessy",
body="""BRENNAN, Kathleen "Kay" O'Shaughnessy, 79, Sierra Vista, died March 21, 2026. Army wife of 30 years and retired Buena High School librarian. Survived by daughters Maureen Cole and Sheila Brennan; brother Tom O'Shaughnessy (Pat) of Hereford. Preceded in death by husband, CW4 (Ret.) Dennis Brennan. Mass 11 a.m. March 30, St. Andrew the Apostle, Sierra Vista; inurnment Southern Arizona Veterans Memorial Cemetery.""",
gold=[("TUS012", "survivor")]),  # Hereford is ~15 km from Sierra Vista; carries the family name

dict(guid="tus_dsn-dn-2026-0510", pub="2026-04-08T06:00:00-07:00", title="LINDAHL, Gary Wayne",
body="""LINDAHL, Gary Wayne, 74, Duluth, Minn., formerly of Tucson, died April 2, 2026. Retired ore-dock foreman. Survived by wife of 49 years, Judith; sons Erik and Jon. Services in Duluth. Arrangements by Crawford Funeral Service.""",
gold=[]),  # namesake: TUS022 Gary Lindahl lives in Tucson, wife Sharon: nothing

dict(guid="tus_dsn-dn-2026-0733", pub="2026-06-02T06:00:00-07:00", title="HENDERSHOT, Mary Jo",
body="""HENDERSHOT, Mary Jo, Oro Valley, formerly of Findlay, Ohio. Arrangements pending with Saguaro Memorial Chapels, Oro Valley.""",
gold=[("TUS020", "possible_deceased_client")]),  # same name and town, no age or family: possible only
]
