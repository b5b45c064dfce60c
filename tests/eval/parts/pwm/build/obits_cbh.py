"""Casco Bay Herald death notices (Portland daily): brief paid notices, surname-first headings, plain text.
Yankee coastal families and Greater Portland. Hand-labelled (gold=[...])."""

FEED = "cbh"
ITEMS = [
dict(guid="pwm_cbh_dn_2026_0114", pub="2026-02-03T06:00:00-05:00", title="DYER, Lorna Fessenden",
body="""DYER, Lorna Fessenden, 88, of Harpswell, died Jan. 30, 2026, at Mid Coast Hospital. Born on Bailey Island, the daughter of a lobsterman, she kept the books for Dyer's Wharf for forty years and never once let a sternman leave without his thermos filled. Survived by her sister, Priscilla (Eldon) Pettengill of Cape Elizabeth; nephews Samuel and Nathan Pettengill; and many cousins along the shore. Predeceased by her husband, Wendell Dyer. A memorial service will be held in June at the Orr's Island Union Church. Memorial gifts to the Harpswell Heritage Land Trust.""",
gold=[("PWM012", "survivor"), ("PWM011", "survivor")]),

dict(guid="pwm_cbh_dn_2026_0139", pub="2026-02-17T06:00:00-05:00", title="HINCKLEY, Warren Alden",
body="""HINCKLEY, Warren Alden, 84, of Portland, died Feb. 13, 2026. A Portland Water District engineer for 33 years and a 50-year member of State Street Church. Survived by his wife of 59 years, Joan (Merrill) Hinckley of Portland; daughter, Meg Hinckley of Portland; son, Andrew Hinckley and wife Lisa of Gorham; four grandchildren. A service will be held at 11 a.m. Saturday, Feb. 21, at State Street Church. Arrangements by Conroy-Tully Walker.""",
gold=[("PWM014", "survivor")]),

dict(guid="pwm_cbh_dn_2026_0166", pub="2026-03-03T06:00:00-05:00", title="O'HALLORAN, Bridget Mary",
body="""O'HALLORAN, Bridget Mary (Foley), 90, of South Portland, died Feb. 27, 2026. Born in Galway, Ireland, she came to Portland in 1958 and nursed at Maine Medical Center for 35 years. Survived by her sons, Dennis O'Halloran of South Portland and Kevin O'Halloran of Boston; daughter, Maura Keegan of Scarborough; eight grandchildren. Predeceased by her husband, Patrick. Mass of Christian Burial 10 a.m. Friday at Holy Cross Church, South Portland.""",
gold=[]),

dict(guid="pwm_cbh_dn_2026_0191", pub="2026-03-17T06:00:00-04:00", title="CARRIER, Armand Joseph",
body="""LEWISTON - Armand Joseph Carrier, 81, died Thursday, March 5, 2026, at his home on College Street with his family at his side. He was born in Lewiston on August 3, 1944, the son of Joseph Arthur and Marie Blanche (Gosselin) Carrier.

Armand served in the U.S. Navy aboard the USS Independence and then spent 38 years as a loom fixer and later supervisor at the Bates Manufacturing Company. He sang bass in the choir at Holy Cross Church for more than fifty years and never missed a Franco-American Festival.

He leaves his wife of 58 years, Therese (Dube) Carrier; his sons, Daniel Carrier of Minot and Michel Carrier and his wife Nicole of Lewiston; his sister, Pauline Drouin of Rumford; seven grandchildren, who knew him as Pepere; and many nieces and nephews.

Deacon Maurice Vachon will preside at a Mass of Christian Burial at 11 a.m. Monday, March 16, at Holy Cross Church, Lewiston. Bearers will be his grandsons and his friends Ross Poulin and Lucien Giguere. Memorial donations may be made to St. Mary's Hospice, Lewiston.""",
gold=[]),

dict(guid="pwm_cbh_dn_2026_0230", pub="2026-04-07T06:00:00-04:00", title="GRINDLE, Eleanor Sawyer",
body="""GRINDLE, Eleanor Sawyer, 96, of Scarborough, died April 3, 2026, at Piper Shores. Taught first grade at Pleasant Hill School for 37 years. Survived by her son, Robert Grindle of Kennebunk; grandchildren Ted Grindle (Wendy) of Scarborough and Allison Grindle Marsh of Brunswick; five great-grandchildren. Predeceased by her husband, Chester, and son, Philip. Graveside service at Black Point Cemetery in May.""",
gold=[("PWM020", "survivor")]),

dict(guid="pwm_cbh_dn_2026_0262", pub="2026-05-05T06:00:00-04:00", title="LAPOINTE, Real",
body="""LAPOINTE, Real, of Auburn, died May 3, 2026. Arrangements are pending with Pinette-Roy Funeral Home, Auburn.""",
gold=[("PWM017", "possible_deceased_client")]),

dict(guid="pwm_cbh_dn_2026_0288", pub="2026-05-19T06:00:00-04:00", title="WESCOTT, Caleb Jonas",
body="""WESCOTT, Caleb Jonas, 79, of Bucksport, died May 15, 2026. A paper-mill millwright for 41 years and a lifelong deer hunter. Survived by his wife, Arlene; daughters Tammy Gray of Orland and Beth Wescott of Bangor; five grandchildren. Services 1 p.m. Thursday at the Bucksport Bay Church of the Nazarene.""",
gold=[]),
]
