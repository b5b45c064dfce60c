"""Chattanooga Times Courier - paid death notices: surname-first headings, terse plain text. Hand-labelled."""

ITEMS = [
dict(guid="cha_tcdn_20260305_1", pub="2026-03-05T05:00:00-05:00", title="PRATER, Virgil Lee",
body="""PRATER, Virgil Lee, 84, of Apison, died Tuesday, March 3, 2026. Retired from McKee Foods after 40 years. Member of Apison Baptist Church. Preceded in death by wife, Velma. Survivors: daughter, Jo Nell (Dwight) Huskey, Ooltewah; son, Ricky Prater, Cohutta, Ga.; four grandchildren. Funeral 1 p.m. Friday, Heritage Funeral Home, East Brainerd Road; burial Apison Cemetery.""",
gold=[("CHA015", "survivor")]),

dict(guid="cha_tcdn_20260318_2", pub="2026-03-18T05:00:00-04:00", title="VENKATARAMAN, Srinivasan",
body="""VENKATARAMAN, Dr. Srinivasan, 81, of Signal Mountain, died March 16, 2026. Retired professor of chemical engineering, University of Tennessee at Chattanooga. Survived by wife of 55 years, Kamala; son, Arjun Venkataraman (Dr. Priyanka) of Signal Mountain; daughter, Lakshmi Rao (Vivek) of Cary, N.C.; three grandchildren. Cremation rites Thursday at 10 a.m., Chattanooga Funeral Home, North Chapel.""",
gold=[("CHA007", "survivor")]),

dict(guid="cha_tcdn_20260402_3", pub="2026-04-02T05:00:00-04:00", title="POINDEXTER, Lucille M.",
body="""POINDEXTER, Lucille Marie, 71, of Chattanooga, departed this life March 30, 2026. Retired nurse, Erlanger. Member of Olivet Baptist Church. Survivors: daughters, Keisha Threadgill (Marquis) and Tanya Poindexter, both of Chattanooga; son, Darrell Poindexter of Memphis; grandchildren, Amari, Nia and Jordan. Homegoing service Saturday 11 a.m., Olivet Baptist Church. Arrangements by Taylor Funeral Home.""",
gold=[("CHA017", "survivor"), ("CHA016", "survivor")]),

dict(guid="cha_tcdn_20260421_4", pub="2026-04-21T05:00:00-04:00", title="CAGLE, Homer T.",
body="""CAGLE, Homer Thomas, 93, of Rossville, Ga., died April 19, 2026. WWII-era Navy veteran; retired from Peerless Woolen Mills. Preceded in death by wife, Ethel. Survivors: daughter, Inez Brasfield and son-in-law, Wendell Sr., of Rossville; son, Doyle Cagle of Chickamauga; five grandchildren. Service 2 p.m. Thursday, Wilson Funeral Home, Fort Oglethorpe. Military honors at graveside.""",
gold=[("CHA013", "survivor"), ("CHA012", "survivor")]),

dict(guid="cha_tcdn_20260506_5", pub="2026-05-06T05:00:00-04:00", title="BARRAGAN, Teodoro",
body="""BARRAGÁN, Teodoro, 79, of Chattanooga, formerly of Jerez, Zacatecas, died May 4, 2026. Worked 25 years at the Wheland Foundry. Preceded in death by wife, Amparo Ocampo de Barragán. Survivors: sons, Ezequiel "Zeke" Barragán Ocampo and wife, Yesenia, of Chattanooga, and Rigoberto Barragán of Dalton, Ga.; daughter, Luz Barragán Ocampo of Jerez; nine grandchildren. Rosary 7 p.m. Friday and Mass of Christian Burial 10 a.m. Saturday, Our Lady of Perpetual Help.""",
gold=[("CHA005", "survivor"), ("CHA006", "survivor")]),

dict(guid="cha_tcdn_20260603_6", pub="2026-06-03T05:00:00-04:00", title="GLADDEN, Everett",
body="""GLADDEN, Everett, of Red Bank, passed away June 1, 2026. Arrangements are pending with Wilson-Harrell Funeral Home, Red Bank.""",
gold=[("CHA021", "possible_deceased_client")]),

dict(guid="cha_tcdn_20260610_7", pub="2026-06-10T05:00:00-04:00", title="MAYFIELD, Ernestine",
body="""MAYFIELD, Ernestine, 90, of Chattanooga, died June 7, 2026. Mother of the church at Greater New Hope Missionary Baptist Church. Survivors: daughter, Gloria Mayfield Sims; grandsons, Andre and Corey Sims. Homegoing service 11 a.m. Saturday at the church, the Rev. Cleotha Stribling, eulogist. Scripture by Deacon Cordell Pettijohn Jr. Interment Forest Hills Cemetery.""",
gold=[]),
]
