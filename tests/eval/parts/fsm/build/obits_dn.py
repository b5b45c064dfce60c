"""Le Flore-Sequoyah-Crawford death notices and church prayer list: brief paid notices (surname-first) and
church-bulletin notices, plain text. Hand-labelled."""

ITEMS = [
dict(guid="fsm_dn_20260724_pettijohn", pub="2026-07-24T07:00:00-05:00", title="PETTIJOHN, Rayburn Lee",
body="""PETTIJOHN, Rayburn Lee, 77, of Poteau, died July 18, 2026. Born Dec. 11, 1948, in Heavener. Retired KCS railroad section foreman. Survived by wife of 54 years Glenda; son Brent (Amy) of Heavener; daughter Casey Morrow of Sallisaw; five grandchildren. Services were held Wednesday. Arrangements: Ozark & Sequoyah Funeral Service, Poteau.""",
gold=[]),

dict(guid="fsm_dn_20260311_teague", pub="2026-03-11T07:00:00-05:00", title="TEAGUE, Homer Lloyd",
body="""TEAGUE, Homer Lloyd, 91, of Hackett, died March 8, 2026. Retired from the Sebastian County Road Department. Preceded in death by wife Edna. Survived by daughter Mary Alice Yandell and husband Curt of Greenwood; son Dwayne Teague of Hackett; seven grandchildren. Graveside 2 p.m. Friday, Hackett Cemetery. Arrangements: Edwards Funeral Home, Greenwood.""",
gold=[("FSM012", "survivor"), ("FSM013", "survivor")]),

dict(guid="fsm_dn_20260903_birdsong", pub="2026-09-03T07:00:00-05:00", title="BIRDSONG, Lorene",
body="""BIRDSONG, Lorene, of Poteau, died Sept. 1, 2026. Services pending with Ozark & Sequoyah Funeral Service, Poteau.""",
gold=[("FSM022", "possible_deceased_client")]),

dict(guid="fsm_dn_20260621_wofford", pub="2026-06-21T07:00:00-05:00", title="WOFFORD, Harlan Sr.",
body="""WOFFORD, Harlan Sr., 86, of Alma, died June 19, 2026. Army veteran, retired from the Alma Spinach plant. Preceded in death by wife Juanita. Survived by son Harlan Wofford Jr. (Tammy) of Alma; daughter Rita Sisco of Mulberry; grandson Kaden. Funeral 10 a.m. Tuesday, First Baptist Church of Alma. Arrangements: Ocker Memorial Chapel.""",
gold=[("FSM004", "survivor"), ("FSM005", "survivor")]),

dict(guid="fsm_dn_20260426_brashears", pub="2026-04-26T08:00:00-05:00", title="Prayer list - East Side Baptist Church, Van Buren",
body="""Please remember in prayer the family of Inez Brashears, 82, who went home to be with the Lord on Thursday. Sister Inez taught the two-year-olds' Sunday school class at East Side for thirty years. She leaves her sons, Randy and Gary Brashears; her grandson, Tyler Brashears, and his wife, Kayla, of Van Buren; and three great-grandchildren. Her funeral will be Monday at 10 a.m. in our sanctuary, Bro. Jackie Sisemore officiating. The ladies of the WMU will serve the family meal in the fellowship hall afterward; see Loretta Tackett to bring a dish.""",
gold=[("FSM016", "survivor"), ("FSM017", "survivor")]),

dict(guid="fsm_dn_20260805_cochran", pub="2026-08-05T07:00:00-05:00", title="COCHRAN, Margaret Sixkiller",
body="""COCHRAN, Margaret Sixkiller, 70, of Tahlequah, died Aug. 2, 2026. Retired Cherokee Nation language teacher. Survived by husband Roy; daughter Lisa Cochran of Park Hill; cousins Vonnie Sixkiller of Tahlequah and Dale Sixkiller of Stilwell. Services Saturday at Hulbert Indian Baptist Church. Arrangements: Green Country Funeral Home, Tahlequah.""",
gold=[]),
]
