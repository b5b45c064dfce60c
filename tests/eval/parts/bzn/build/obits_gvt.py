"""Gallatin Valley Tribune death notices: short newspaper notices with surname-first headings, plain text.
Hand-labelled; every person invented."""

FEED = "gvt"
ITEMS = [
dict(guid="bzn_gvt_dn_20260205_arbogast", pub="2026-02-05T06:00:00-07:00", title="ARBOGAST, Delphine M.",
body="""ARBOGAST, Delphine Marie, 72, of Elkins, W.Va., died Feb. 1, 2026, at Davis Medical Center. Born in Randolph County, she worked 40 years as a bookkeeper for the Elkins Coal Co. Survived by her husband of 51 years, Roy; sons Dwayne and Travis; and her sister, Wanda Pruett of Bozeman. Services were held in Elkins.""",
gold=[]),   # namesake in West Virginia (BZN019 is of Big Sky, husband Lyle): nothing

dict(guid="bzn_gvt_dn_20260218_skogstad", pub="2026-02-18T06:00:00-07:00", title="SKOGSTAD, Einar Olav",
body="""SKOGSTAD, Einar Olav, 80, of Fergus Falls, Minn., formerly of Bozeman, died Feb. 14, 2026. A retired Otter Tail Power lineman and a Bozeman High graduate (1963). Survived by his wife, Gudrun; daughter Kari Lund of Moorhead, Minn.; and his brother, Hal (Marit) Skogstad of Bozeman. Funeral Feb. 21 at Bethlehem Lutheran Church, Fergus Falls.""",
gold=[("BZN001", "survivor"), ("BZN002", "survivor")]),

dict(guid="bzn_gvt_dn_20260311_quintanilla", pub="2026-03-11T06:00:00-06:00", title="QUINTANILLA OCHOA, José Refugio",
body="""QUINTANILLA OCHOA, José Refugio, 79, of Delicias, Chihuahua, Mexico, died March 6, 2026. Don Cuco, as he was known, farmed cotton and pecans on the Río San Pedro for fifty years. Le sobreviven su esposa, Carmen Barrón de Quintanilla; sus hijos, Ernesto Quintanilla Barrón (Yolanda) of Bozeman and Leticia Quintanilla de Rivas of Chihuahua; and eleven grandchildren. A rosary will be prayed at 7 p.m. Friday at Resurrection Parish, Bozeman. Misa de cuerpo presente en Delicias.""",
gold=[("BZN006", "survivor")]),

dict(guid="bzn_gvt_dn_20260407_tostenrud", pub="2026-04-07T06:00:00-06:00", title="TOSTENRUD, Merle",
body="""TOSTENRUD, Merle, Bozeman. Died April 3, 2026. Arrangements pending with Sourdough Creek Funeral Chapel.""",
gold=[("BZN020", "possible_deceased_client")]),   # name and town only: please verify

dict(guid="bzn_gvt_dn_20260421_fjelstad", pub="2026-04-21T06:00:00-06:00", title="FJELSTAD, Lowell A.",
body="""FJELSTAD, Lowell Arnold, 85, of Gallatin Gateway, died April 17, 2026, at home on the ranch his grandfather homesteaded in 1889. A Korean-era Navy veteran and 4-H leader for forty years. Survived by his daughter, Mrs. Wade (Kristin) Halvorsrud of Gallatin Gateway; his son, Dean Fjelstad of Dillon; and seven grandchildren, including Colt and Hanna Halvorsrud. Preceded in death by his wife, Arlene. Services 11 a.m. April 25 at Gallatin Gateway Community Church.""",
gold=[("BZN016", "survivor"), ("BZN015", "survivor")]),

dict(guid="bzn_gvt_dn_20260519_arbogast", pub="2026-05-19T06:00:00-06:00", title="ARBOGAST, Lyle Dean",
body="""ARBOGAST, Lyle Dean, 75, of Big Sky, died May 15, 2026, at Bozeman Health Deaconess Hospital. A retired Big Sky Resort lift-maintenance supervisor who never once missed opening day. Survived by his wife, Delphine; his daughter, Shannon Cole of Ennis; and two grandsons. Memorial gathering 4 p.m. May 23 at the Big Sky Chapel.""",
gold=[("BZN019", "survivor")]),   # roster spouse (not a client) dies: the client is the widow
]
