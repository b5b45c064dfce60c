"""Minnesota Valley Tribune (invented daily, Mankato): newspaper obituaries, legacy-style titles, plain-text
descriptions. Hand-labelled: `gold` lists (client_id, role) a careful assistant would propose."""

FEED = "mvt"
ITEMS = [
dict(guid="mkt_mvt_obit_2026_00114", pub="2026-01-20T05:30:00-06:00",
title="Bradley Koehnen Sr. Obituary (1937 - 2026) - Mankato, MN - Minnesota Valley Tribune",
body="""Bradley Joseph Koehnen Sr., 88, of Mankato, died Friday, January 16, 2026, at Mayo Clinic Health System in Mankato.

Brad was born April 2, 1937, in Madison Lake to Joseph and Rose (Hanzel) Koehnen. He served in the U.S. Army in West Germany and in 1976 started Koehnen Heating & Air out of his garage on Hickory Street. He bowled Tuesday nights at Mankato Bowl for 40 years and never missed a Twins home opener.

He is survived by his wife of 66 years, Darlene; son, Brad (Tami) Koehnen Jr. of Mankato; daughter, Lisa (Mark) Stenzel of Eagan; five grandchildren and three great-grandchildren. He was preceded in death by his parents, brothers Eugene and Ray, and sister Loretta Haefner.

Funeral service will be 11 a.m. Saturday, January 24, at Good Shepherd Lutheran Church, Mankato, with Rev. Kjersti Halvorsen-Moe officiating. Visitation one hour prior. Interment in spring at Glenwood Cemetery. Memorials preferred to the Mankato Area Foundation.""",
gold=[("MKT006", "survivor"), ("MKT007", "survivor")]),

dict(guid="mkt_mvt_obit_2026_00187", pub="2026-02-02T05:30:00-06:00",
title="Orlin Zieske Obituary (1933 - 2026) - Nicollet, MN - Minnesota Valley Tribune",
body="""Orlin Fred Zieske, 92, of Nicollet, passed away January 29, 2026, at the Oaks of Nicollet.

Orlin farmed the family place in Lake Prairie Township for 51 years and served on the Nicollet Co-op Creamery board. He was confirmed and married at Trinity Lutheran Church, Nicollet.

Survivors include his daughter, Karen (Steve) Bode of Courtland; son, Dean Zieske of Nicollet; sister, LaVonne Rademacher of North Mankato; nephew, Wendell Prochnow of North Mankato; seven grandchildren. He was preceded in death by his wife, Phyllis, in 2019; brothers Arnold and Herbert; and brother-in-law, Harvey Rademacher.

Funeral 10:30 a.m. Thursday at Trinity Lutheran Church, Nicollet. Burial in Trinity Cemetery.""",
gold=[("MKT012", "survivor")]),  # MKT014 Wendell Prochnow is do_not_contact

dict(guid="mkt_mvt_obit_2026_00251", pub="2026-02-17T05:30:00-06:00",
title="Lucas Brandvold Obituary (1934 - 2026) - Lake Crystal, MN - Minnesota Valley Tribune",
body="""Lucas Arne "Luke" Brandvold, 91, of Lake Crystal, died peacefully Feb. 13, 2026, at his home.

Luke was a rural mail carrier out of the Lake Crystal post office for 33 years and knew every dog on his route by name. He sang bass in the Lake Crystal Covenant Church choir until he was 89.

Left to cherish his memory are his wife, Evelyn; sons Arne (Judy) Brandvold of Lake Crystal and Craig Brandvold of Fargo, N.D.; grandchildren, including Luke (Hannah) Brandvold of Mankato, who was named for him, and Britta Brandvold of Duluth; and two great-grandchildren.

Service 11 a.m. Saturday at Lake Crystal Covenant Church. Lunch will follow in the church basement.""",
gold=[("MKT010", "survivor")]),

dict(guid="mkt_mvt_obit_2026_00318", pub="2026-03-03T05:30:00-06:00",
title="Dale Ebert Obituary (1954 - 2026) - Mesa, AZ - Minnesota Valley Tribune",
body="""Dale Robert Ebert, 71, of Mesa, Ariz., formerly of Fairmont, died Feb. 24, 2026, in Mesa.

Dale grew up in Fairmont, graduated from Fairmont High School in 1972 and spent his career with the Arizona Department of Transportation. He loved golf, the Vikings and Blue Bell ice cream.

He is survived by his wife, Cheryl; daughters Amy Ebert of Phoenix and Sara (Nick) Loos of Tempe; and brother Larry Ebert of Fairmont. A celebration of life will be held in Fairmont this summer.""",
gold=[]),  # far-away namesake of MKT013 Dale R. Ebert (North Mankato, b. 1960): nothing

dict(guid="mkt_mvt_obit_2026_00402", pub="2026-03-21T05:30:00-05:00",
title="Thomas Rynda Obituary (2001 - 2026) - Le Center, MN - Minnesota Valley Tribune",
body="""Thomas James "TJ" Rynda, 24, of Le Center, died unexpectedly March 17, 2026, near Cleveland.

TJ graduated from Tri-City United High School in 2019, where he wrestled and showed pigs in 4-H, and worked as a lineman for Minnesota Valley Electric Cooperative. He was happiest in a duck blind on Lake Tetonka.

TJ is survived by his parents, Mark and Julie Rynda of Le Center; sister, Kaitlyn Rynda of St. Paul; grandmother, Rita Rynda of Le Center; his great-uncle and godfather, Tom (Carol) Rynda of Le Center, for whom he was named; and many aunts, uncles and cousins. He was preceded in death by his grandfather, James Rynda.

Mass of Christian Burial 11 a.m. Tuesday at St. Mary's Catholic Church, Le Center. Pallbearers: Cody Pexa, Jake Sladek, Luke Brandvold, Tyler Kahlow, Sam Pribyl and Brett Rynda. Interment in St. Mary's Cemetery.""",
gold=[("MKT022", "survivor")]),  # young namesake; client Tom Rynda (b. 1950, wife Carol) is the great-uncle

dict(guid="mkt_mvt_obit_2026_00455", pub="2026-04-02T05:30:00-05:00",
title="Marvin Pexa Obituary (1940 - 2026) - Le Center, MN - Minnesota Valley Tribune",
body="""Marvin John Pexa, 85, of Le Center, died March 30, 2026, at Le Sueur County's Central Health Care.

Marvin farmed in Sharon Township and was a proud member of the Le Center Fire Department for 30 years. He played accordion at every Czech dance within fifty miles.

He is survived by his wife, Dorothy; children, Greg (Lisa) Pexa of Le Center and Diane (Roger) Kubes of Montgomery; sister, Bernice (Al) Sladek of Le Center; 11 grandchildren. Preceded in death by brothers Frank and Joseph Pexa.

Mass of Christian Burial 10:30 a.m. Saturday, St. Mary's Catholic Church, Le Center. Rosary 4 p.m. Friday at Brandt-Hagen Funeral Chapel, Le Center.""",
gold=[("MKT020", "survivor"), ("MKT019", "survivor")]),

dict(guid="mkt_mvt_obit_2026_00530", pub="2026-04-20T05:30:00-05:00",
title="Gerhard Hillesheim Obituary (1958 - 2026) - Dubuque, IA - Minnesota Valley Tribune",
body="""Gerhard "Gerd" Hillesheim, 67, of Dubuque, Iowa, died April 14, 2026, at MercyOne Dubuque Medical Center.

Gerd was born in Dyersville, Iowa, and worked 38 years at the John Deere Dubuque Works. He was a member of Holy Ghost Catholic Church and the Dubuque Turners.

Survivors include his wife, Rosemary; sons Kurt and Stefan of Dubuque; and a sister, Anneliese Pins, of Cascade, Iowa. Mass of Christian Burial will be held Saturday at Holy Ghost Catholic Church, Dubuque.""",
gold=[]),  # far-away namesake of MKT003 (same name, nickname and age; New Ulm, wife Marlys): nothing
]
