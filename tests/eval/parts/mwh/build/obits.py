"""Obituaries for part mwh, three house styles. Hand-labelled (gold=[(client_id, role)])."""

# feed "cbc": Columbia Basin Courier (daily newspaper, plain text)
# feed "scfc": Sage & Coulee Funeral Chapel (funeral-home site, HTML content:encoded)
# feed "gcn": Grant County Notices & Parish Bulletin (paid death notices and St. Rose bulletin, plain text)
ITEMS = [
dict(feed="cbc", guid="mwh_cbc_obit_20260212_0417", pub="2026-02-12T06:00:00-08:00", title="Evelyn Ostrander",
body="""ROYAL CITY - Evelyn Marie Ostrander, 97, of Royal City, passed away Feb. 8, 2026, at Columbia Basin Health Care in Moses Lake.

Evelyn was born Oct. 3, 1928, in Ritzville to Emil and Hulda (Kramer) Weber. She married Harold Ostrander in 1947 and the couple came to the Royal Slope with the first water in 1955, homesteading a farm unit on Road 13 that the family still works. She drove truck every harvest until she was 80.

She is survived by her daughter, Verna (Dale) Kettleson of Moses Lake; her son, Clay Ostrander of Royal City; five grandchildren and nine great-grandchildren. She was preceded in death by her husband, Harold, in 2004, and by her son, Wayne.

A funeral will be held at 11 a.m. Saturday, Feb. 14, at Royal City Community Church. Burial will follow at Royal City Cemetery. Sage & Coulee Funeral Chapel of Moses Lake is in care of arrangements.""",
gold=[("MWH002", "survivor"), ("MWH001", "survivor"), ("MWH008", "survivor")]),

dict(feed="cbc", guid="mwh_cbc_obit_20260303_0511", pub="2026-03-03T06:00:00-08:00", title="Arvid Thomas Nyhus",
body="""ROYAL CITY - Arvid Thomas Nyhus, 19, of Royal City, died Feb. 27, 2026, in a vehicle accident on State Route 26 east of Othello.

Arvid was a 2025 graduate of Royal High School, where he wrestled at 170 pounds and played offensive line for the Knights. He was working for a custom harvester and saving for a lineman program in Spokane.

He is survived by his parents, Tom and Becca Nyhus of Royal City; his sisters, Kaylee and Brynn; his grandmother, Clara Nyhus; and his uncle, Arvid Nyhus of Royal City, for whom he was named and with whom he spent every opening day of duck season.

Services will be held at 1 p.m. Friday at the Royal High School gymnasium.""",
gold=[("MWH013", "survivor")]),

dict(feed="cbc", guid="mwh_cbc_obit_20260419_0622", pub="2026-04-19T06:00:00-07:00", title="Ingrid Sather",
body="""SOAP LAKE - Ingrid Brandvold Sather, 89, of Soap Lake, died April 15, 2026, at home, with the lake out the window she had looked at for sixty years.

Born in Coulee City to Nils and Astrid Brandvold, Ingrid taught third grade in Soap Lake for 31 years and served two terms on the city council.

She is survived by her sister, Wilma Fruehauf of Ephrata; her sons, Erik Sather of Wenatchee and Paul Sather of Kennewick; and four grandchildren. She was preceded in death by her husband, Lars Sather, and her brother, Olaf Brandvold.

A memorial service will be held at 2 p.m. April 25 at Soap Lake Lutheran Church, Pastor Lyle Bergstrom officiating. Her friend Shirley Ann Brosseau will read from the Psalms.""",
gold=[("MWH007", "survivor")]),

dict(feed="cbc", guid="mwh_cbc_obit_20260607_0730", pub="2026-06-07T06:00:00-07:00", title="Leonard Schoonover",
body="""MOSES LAKE - Leonard Ray Schoonover, 76, of Moses Lake, passed away June 3, 2026, at Samaritan Hospital.

Len worked 34 years at the Larson Air Force Base shops and then at the Port of Moses Lake. He was an avid bass fisherman and a regular at the Pelican Point boat launch.

He is survived by his brother, Bernie Schoonover of Moses Lake; his nieces, Tara and Jolene; and his longtime companion, Darla Kuehn. He was preceded in death by his parents and his sister, Patsy.

At his request there will be no service.""",
gold=[]),

dict(feed="cbc", guid="mwh_cbc_obit_20260814_0811", pub="2026-08-14T06:00:00-07:00", title="Mary Jo Hinderer",
body="""BISMARCK, N.D. - Mary Jo Hinderer, 71, formerly of Moses Lake, died Aug. 9, 2026, at her home in Bismarck.

Mary Jo was born in Moses Lake in 1955 to Walt and Irene Hinderer and graduated from Moses Lake High School in 1973 before moving to North Dakota, where she was a surgical nurse for 38 years.

She is survived by her partner, Gail Lindeman of Bismarck, and her cousins in Washington and Montana.

Services were held in Bismarck.""",
gold=[]),

dict(feed="cbc", guid="mwh_cbc_obit_20260918_0906", pub="2026-09-18T06:00:00-07:00", title="Orville Tegethoff",
body="""QUINCY - Orville Dean Tegethoff, 85, of Quincy, died Sept. 14, 2026, at Quincy Valley Medical Center.

Orville farmed potatoes and seed corn west of Quincy for 50 years and served on the Quincy-Columbia Basin Irrigation District board.

He is survived by his wife of 62 years, LaDonna; his sons, Rick and Dean; and seven grandchildren.

Funeral services were held Sept. 17 at Quincy Lutheran Church with Pastor Lyle Bergstrom officiating. Pallbearers were Trevor Gallardo, Kenji Oyama, Jace Tegethoff, Cody Tegethoff, Brent Mullins and Tony Reyes.""",
gold=[]),

dict(feed="cbc", guid="mwh_cbc_obit_20261110_1002", pub="2026-11-10T06:00:00-08:00", title="Dale Arvid Kettleson",
body="""MOSES LAKE - Dale Arvid Kettleson, 82, of Moses Lake, passed away Nov. 6, 2026, at Samaritan Hospital, surrounded by his family.

Dale was born Aug. 21, 1944, in Coulee City to Arvid and Thelma Kettleson. He graduated from Coulee City High School in 1962 and served in the Army at Fort Lewis. He married Verna Ostrander on June 15, 1968, at Royal City Community Church, and for 36 years he sold John Deere equipment across the Basin.

He is survived by his wife of 58 years, Verna Kettleson of Moses Lake; his daughters, Carla (Brent) Mullins of Ephrata and Jeanine Kettleson of Seattle; his brother-in-law, Clay Ostrander of Royal City; and four grandchildren. He was preceded in death by his parents and his brother, Norman.

A funeral service will be held at 10 a.m. Nov. 14 at Moses Lake Church of the Nazarene. Pallbearers will be Gordy Pfeifle, Brent Mullins and his grandsons.""",
gold=[("MWH001", "deceased_client"), ("MWH002", "spouse_of_deceased_client"), ("MWH008", "survivor")]),

# ---------------- funeral home ----------------
dict(feed="scfc", guid="mwh_scfc_ramon-zamudio-ibarra", pub="2026-01-22T15:10:00-08:00", title="Ramón Zamudio Ibarra",
body="""Ramón Zamudio Ibarra, 88, of Quincy, went to be with the Lord on January 19, 2026, surrounded by his family.

Ramón was born in Tangancícuaro, Michoacán, and came to the Quincy Valley in 1968 to work in the orchards. He later ran his own crew for 30 years and never missed a Sunday at St. Pius X.

He is survived by his son, Rogelio Zamudio and his wife Lupe, of Quincy; his daughters, Rosa Zamudio of Wenatchee and Beatriz Orozco of Mattawa; 11 grandchildren and 6 great-grandchildren. Le sobreviven su hijo Rogelio y su esposa Lupe, sus hijas Rosa y Beatriz, y sus nietos. He was preceded in death by his wife, Amparo.

A rosary will be prayed Friday at 7 p.m. and the funeral Mass celebrated Saturday at 10 a.m. at St. Pius X Catholic Church, Quincy.""",
gold=[("MWH004", "survivor"), ("MWH003", "survivor")]),

dict(feed="scfc", guid="mwh_scfc_harlan-tobiason-sr", pub="2026-03-26T11:40:00-07:00", title="Harlan Tobiason Sr.",
body="""Harlan Edward Tobiason Sr., 90, of Ephrata, passed away peacefully on March 22, 2026.

Harlan was born in Ephrata in 1935 and spent his working life with the Bureau of Reclamation on the Columbia Basin Project, retiring as a ditch-rider supervisor. He was a charter member of the Ephrata Lions and a fixture at Sun Lakes every Fourth of July.

He is survived by his son, Harlan Tobiason Jr. (Marnie) of Ephrata; his daughter, Sharon Eckert of Spokane; six grandchildren and a great-granddaughter. He was preceded in death by his wife of 61 years, Doris.

Services will be held at 11 a.m. Monday at Ephrata Lutheran Church, with Pastor Lyle Bergstrom officiating.""",
gold=[("MWH005", "survivor"), ("MWH006", "survivor")]),

dict(feed="scfc", guid="mwh_scfc_rosalind-petrakis", pub="2026-05-02T09:20:00-07:00", title="Rosalind Petrakis",
body="""Rosalind Petrakis, 91, of Tarpon Springs, Florida, passed away April 28, 2026. The family asked that her obituary also appear here, where her late husband's brother once lived.

Rosalind was born in Tarpon Springs to a sponge-diving family and ran the Aegean Gift Shop on Dodecanese Boulevard for 45 years.

She is survived by her children, Nick Petrakis and Helen Kouris, both of Tarpon Springs, and five grandchildren.""",
gold=[]),

dict(feed="scfc", guid="mwh_scfc_marcel-dufresne", pub="2026-06-21T13:05:00-07:00", title="Marcel Dufresne",
body="""Marcel Joseph Dufresne, 84, of Wenatchee, died June 17, 2026, at Central Washington Hospital.

Marcel was born in Soap Lake and worked 40 years as an electrician at Rocky Reach Dam.

He is survived by his wife, Claudette; his sister, Shirley Ann Brosseau (Dufresne) of Soap Lake; his children, Renee and Paul; and five grandchildren. He was preceded in death by his brother, Leo.

A funeral Mass will be celebrated at St. Joseph Catholic Church, Wenatchee.""",
gold=[("MWH019", "survivor")]),

dict(feed="scfc", guid="mwh_scfc_ruth-heintzelman", pub="2026-07-30T10:00:00-07:00", title="Ruth Heintzelman",
body="""Ruth Evelyn Heintzelman, 93, of Ephrata, went home to her Savior on July 26, 2026.

Ruth was born on a dryland wheat farm near Marlin and moved to Ephrata in 1952. She was a cook at Parkway School for 25 years and made the cinnamon rolls people still talk about.

Ruth is survived by her daughter, Lorna Pfeifle and her husband, Gordy, of Ephrata; her son, Dwight Heintzelman of Moses Lake; seven grandchildren; and 12 great-grandchildren. She was preceded in death by her husband, Clarence.

Funeral services will be held at 1 p.m. Aug. 3 at Ephrata Church of the Nazarene.""",
gold=[("MWH017", "survivor"), ("MWH016", "survivor")]),

dict(feed="scfc", guid="mwh_scfc_alma-villasenor", pub="2026-10-05T16:30:00-07:00", title="Alma Villaseñor",
body="""Alma Rosa Villaseñor, 63, of Royal City, passed away October 1, 2026, after a courageous fight with cancer.

Alma was born in Zamora, Michoacán, and came to Royal City in 1984. She worked in the packing sheds and then for 20 years as a paraeducator at Red Rock Elementary, where she taught two generations of children to read in two languages.

She is survived by her husband of 40 years, Ezequiel "Cheque" Villaseñor; her children, Marisol, Jesús and Ana; and eight grandchildren.

A rosary and funeral Mass will be held at Our Lady of the Desert Catholic Church, Royal City.""",
gold=[("MWH015", "survivor")]),

# ---------------- paid notices / bulletin ----------------
dict(feed="gcn", guid="mwh_gcn_notice_20260330_fairbanks", pub="2026-03-30T08:00:00-07:00", title="FAIRBANKS, Robert \"Bob\"",
body="""FAIRBANKS, Robert "Bob," 80, of Othello, died March 26, 2026. Survived by his daughter, Naomi Oyama (Kenji) of Moses Lake; son, Russ Fairbanks of Othello; and four grandchildren. Preceded in death by his wife, Junko. Services Thursday, 11 a.m., Othello Community Church.""",
gold=[("MWH021", "survivor"), ("MWH020", "survivor")]),

dict(feed="gcn", guid="mwh_gcn_notice_20260511_gallardo", pub="2026-05-11T08:00:00-07:00", title="GALLARDO, Esperanza",
body="""GALLARDO, Esperanza, 79, of Quincy, died May 7, 2026. Survived by her sons, Arturo and Felipe; her grandson, Trevor Gallardo and his wife, Kelsey, of Quincy; and a great-granddaughter, Lucia. Rosary Tuesday 7 p.m., Mass Wednesday 10 a.m., St. Pius X, Quincy.""",
gold=[("MWH011", "survivor"), ("MWH012", "survivor")]),

dict(feed="gcn", guid="mwh_gcn_bulletin_20260823_greiling", pub="2026-08-23T07:00:00-07:00", title="Please remember in your prayers: Donald Greiling",
body="""Please remember in your prayers Donald Greiling, 86, of Wenatchee, brother of our parishioner Mrs. Harlan (Marnie) Tobiason of Ephrata, who entered eternal rest on August 18. A memorial Mass will be offered at St. Rose of Lima on Saturday at 9 a.m. Eternal rest grant unto him, O Lord.""",
gold=[("MWH006", "survivor"), ("MWH005", "survivor")]),

dict(feed="gcn", guid="mwh_gcn_notice_20260912_petrakis", pub="2026-09-12T08:00:00-07:00", title="PETRAKIS, Lorraine",
body="""PETRAKIS, Lorraine, 94, of Moses Lake, died Sept. 9, 2026. Survived by her daughter, Roz Petrakis of Moses Lake, and her son, George Petrakis of Portland, Ore. Preceded in death by her husband, Stavros. Trisagion prayers Monday 6 p.m., Sage & Coulee Funeral Chapel.""",
gold=[("MWH014", "survivor")]),

dict(feed="gcn", guid="mwh_gcn_notice_20261008_haakenson", pub="2026-10-08T08:00:00-07:00", title="HAAKENSON, Duane",
body="""HAAKENSON, Duane, of Quincy, died Oct. 4, 2026. Arrangements pending with Sage & Coulee Funeral Chapel.""",
gold=[("MWH018", "possible_deceased_client")]),

dict(feed="gcn", guid="mwh_gcn_notice_20261112_kettleson", pub="2026-11-12T08:00:00-08:00", title="KETTLESON, Dale A.",
body="""KETTLESON, Dale A., 82, of Moses Lake, died Nov. 6, 2026. Born Aug. 21, 1944. Survived by his wife of 58 years, Verna; daughters Carla Mullins and Jeanine Kettleson. Funeral Nov. 14, 10 a.m., Moses Lake Church of the Nazarene.""",
gold=[]),
]
