"""Coastal Morning Ledger (Savannah): paid death notices, surname-first headings, plain text."""

FEED = "cml"
ITEMS = [
dict(guid="sav_cml_dn_40117", pub="2026-02-17T05:00:00-05:00", title="EXLEY, Harold Wayne",
body="""EXLEY, Harold Wayne, 84, of Springfield, died February 14, 2026, at home. A lifelong Effingham County farmer and a deacon at Ebenezer Road Baptist Church. Survived by his wife of 61 years, Nell; daughters Debra Kessinger (Ronnie) of Rincon and Sandra Exley of Springfield; his brother, William "Buddy" Exley of Guyton; and five grandchildren. Preceded in death by his brother, Carl Exley. Funeral 2 p.m. Thursday at the church; Rev. Dale Hinely officiating. Burial in the church cemetery.""",
gold=[("SAV018", "survivor")]),

dict(guid="sav_cml_dn_40162", pub="2026-03-24T05:00:00-04:00", title="STAVRAKOS, Nikolaos \"Nick\"",
body="""STAVRAKOS, Nikolaos "Nick", 69, of Pooler, died March 21, 2026. Born in Tripoli, Greece, he came to Savannah at 17 and ran the Athena Diner on Abercorn Street for thirty years. Survived by his wife of 44 years, Eleni; his son, George Stavrakos of Atlanta; his daughter, Maria Stavrakos Holt (Brian) of Pooler; his sister, Despina, in Greece; and three grandchildren. Trisagion Thursday 6 p.m., funeral Friday 11 a.m., Holy Trinity Greek Orthodox Church, Savannah, Fr. Stephanos Maragos officiating. May his memory be eternal.""",
gold=[("SAV007", "survivor")]),

dict(guid="sav_cml_dn_40208", pub="2026-05-06T05:00:00-04:00", title="KILBANE, Eamon Joseph",
body="""KILBANE, Eamon Joseph, 86, of Savannah, died May 3, 2026. Born in Ballina, County Mayo, he sailed on the Savannah-Liverpool run before settling ashore as a stevedore foreman. A member of the Hibernian Society and a fixture at the St. Patrick's Day parade for sixty years. Predeceased by his wife, Sheila (Ryan) Kilbane. Survived by his daughter, Maureen O'Shaughnessy (Denny) of Tybee Island; his son, Sean Kilbane of Charleston, S.C.; and four grandchildren. Pallbearers: Kieran Fahey, Liam Kilbane, Patrick Ryan and Conor O'Shaughnessy. Mass of Christian Burial 10 a.m. Saturday, Cathedral of St. John the Baptist. Burial, Catholic Cemetery.""",
gold=[("SAV006", "survivor"), ("SAV005", "survivor")]),

dict(guid="sav_cml_dn_40244", pub="2026-06-16T05:00:00-04:00", title="EXLEY, William \"Billy\"",
body="""EXLEY, William "Billy", 52, of Valdosta, died June 12, 2026, at South Georgia Medical Center. A Lowndes County sheriff's deputy for 24 years. Survived by his wife, Tonya; sons Tyler and Wade; his mother, Jean Exley of Valdosta. Services Saturday at Evergreen Baptist Church, Valdosta.""",
gold=[]),

dict(guid="sav_cml_dn_40390", pub="2026-10-15T05:00:00-04:00", title="POLYDORIS, Theodore \"Teddy\"",
body="""POLYDORIS, Theodore "Teddy", 78, of Savannah, fell asleep in the Lord on October 12, 2026. Born March 14, 1948, in Savannah to Greek immigrants from Chios, Teddy ran Polydoris Marine Supply on River Street for 45 years. Survived by his wife of 52 years, Anastasia (Kouvaris) Polydoris; his daughters, Katerina Polydoris of Savannah and Irene Maniatis (Paul) of Charlotte, N.C.; his cousin, Demetrios "Jimmy" Lekkas and wife Christina of Wilmington Island; and five grandchildren. Preceded in death by his brother, Stavros Polydoris. Trisagion Thursday 7 p.m.; funeral Friday 11 a.m., Holy Trinity Greek Orthodox Church, Fr. Stephanos Maragos officiating. Memorials to the church's Philoptochos Society.""",
gold=[("SAV001", "deceased_client"), ("SAV002", "spouse_of_deceased_client"), ("SAV012", "survivor"), ("SAV013", "survivor")]),

dict(guid="sav_cml_dn_40412", pub="2026-10-21T05:00:00-04:00", title="FEREBEE, Wendell",
body="""FEREBEE, Wendell, of Port Wentworth, passed away October 18, 2026. Arrangements are pending with Riverside Memorial Chapel, Port Wentworth.""",
gold=[("SAV010", "possible_deceased_client")]),

dict(guid="sav_cml_dn_40433", pub="2026-10-26T05:00:00-04:00", title="POLYDORIS, Theodore \"Teddy\"",
body="""POLYDORIS, Theodore "Teddy", 78, of Savannah, fell asleep in the Lord on October 12, 2026. Born March 14, 1948, in Savannah to Greek immigrants from Chios, Teddy ran Polydoris Marine Supply on River Street for 45 years. Survived by his wife of 52 years, Anastasia (Kouvaris) Polydoris; his daughters, Katerina Polydoris of Savannah and Irene Maniatis (Paul) of Charlotte, N.C.; his cousin, Demetrios "Jimmy" Lekkas and wife Christina of Wilmington Island; and five grandchildren. Preceded in death by his brother, Stavros Polydoris. Trisagion Thursday 7 p.m.; funeral Friday 11 a.m., Holy Trinity Greek Orthodox Church, Fr. Stephanos Maragos officiating. Memorials to the church's Philoptochos Society.""",
gold=[]),
]
