"""The Pensacola Gulf Ledger: newspaper obituaries and paid death notices, legacy-style titles
("Name Obituary (1936 - 2026) - Pensacola, FL - Pensacola Gulf Ledger"), plain text. Hand-labelled."""

FEED = "gl"
ITEMS = [
dict(guid="pns_gl_obit_2026_0325_ladoucette", pub="2026-03-25T06:10:00-05:00",
title="Thornton Ladoucette Jr. Obituary (1935 - 2026) - Pensacola, FL - Pensacola Gulf Ledger",
body="""Thornton Auguste Ladoucette Jr., 90, of Pensacola, died Sunday, March 22, 2026, at his home on North Spring Street in East Hill, in the house his grandfather built.

Mr. Ladoucette was born in Pensacola on August 9, 1935, into one of the city's old Creole families, whose roots in the Tanyard go back to the Spanish years. He graduated from St. Michael's parochial school and Xavier University of Louisiana, taught chemistry at Booker T. Washington High School for 31 years and, in retirement, led walking tours of the Belmont-DeVilliers and Tanyard neighborhoods for the historic trust.

He was preceded in death by his wife of 58 years, Genevieve Ladoucette, and by his parents, Thornton Sr. and Marie-Therese Ladoucette.

He is survived by his son, Thornton Ladoucette III (Celestine) of Gulf Breeze; his daughter, Marie-Claire Ladoucette Boudin of Mobile, Ala.; five grandchildren; and two great-grandchildren.

A Mass of Christian Burial will be celebrated at 11 a.m. Saturday at the Basilica of St. Michael the Archangel. Interment will follow in St. Michael's Cemetery. In lieu of flowers, the family suggests gifts to the Pensacola Creole heritage oral history project.""",
gold=[("PNS004", "survivor"), ("PNS005", "survivor")]),

dict(guid="pns_gl_obit_2026_0414_fairbairn", pub="2026-04-14T06:05:00-05:00",
title="Augustus Fairbairn Jr. Obituary (1981 - 2026) - Navarre, FL - Pensacola Gulf Ledger",
body="""Augustus "Gus" Fairbairn Jr., 45, of Navarre, died unexpectedly Thursday, April 9, 2026, at Santa Rosa Medical Center in Milton.

Gus was a charter boat mate, a Navarre High School assistant football coach and the loudest man at every Raiders game. He was born in Pensacola on February 2, 1981, and grew up on Navarre Beach, where he learned to throw a cast net before he could ride a bike.

He is survived by his wife, Kristy Fairbairn; his daughters, Madison and Kaylee; his parents, Gus and Doreen Fairbairn of Navarre; and his sister, Leigh Anne Fairbairn Poole of Crestview.

A celebration of life will be held at 4 p.m. Sunday at the Navarre Beach pavilion. The family asks guests to wear Raiders green.""",
gold=[("PNS016", "survivor"), ("PNS017", "survivor")]),

dict(guid="pns_gl_obit_2026_0505_wrenfield", pub="2026-05-05T06:00:00-05:00",
title="Tobias Wrenfield Obituary (1954 - 2026) - Dothan, AL - Pensacola Gulf Ledger",
body="""Tobias Earl Wrenfield, 71, of Dothan, Ala., passed away May 1, 2026, at Southeast Health Medical Center.

Mr. Wrenfield was a peanut broker for thirty-eight years and a deacon at First Baptist Church of Dothan. He spent every summer of his childhood at his aunt's fish camp on Blackwater Bay and never stopped calling Santa Rosa County "the coast."

He is survived by his wife, Glenda Wrenfield of Dothan; his sons, Earl Wrenfield of Enterprise, Ala., and Mark Wrenfield of Montgomery; and six grandchildren.

Services will be held Tuesday at 2 p.m. at First Baptist Church of Dothan, with burial in Memory Hill Gardens.""",
gold=[]),

dict(guid="pns_gl_obit_2026_0512_ashburne", pub="2026-05-12T06:15:00-05:00",
title="Wendell Ashburne Obituary (1939 - 2026) - Pensacola, FL - Pensacola Gulf Ledger",
body="""Wendell Ray Ashburne, 86, of Pensacola, went home to be with the Lord on Friday, May 8, 2026, at Baptist Hospital, surrounded by his family.

Wendell was born June 2, 1939, in Brewton, Ala., the son of the late Ray and Opal Ashburne. He came to Pensacola in 1958 to work at the paper mill in Cantonment, retired after forty years as a shift supervisor, and then drove a school bus for Escambia County for another twelve because, he said, he missed the noise. He pitched for the mill's fast-pitch softball team for two decades and was known from Brent to Ensley for his fried mullet.

He is survived by his wife of 64 years, Inez (Coker) Ashburne; his sons, Dale Ashburne (Tammy) of Pensacola and Curtis Ashburne of Molino; four grandchildren; and a great-grandson, Wyatt.

Funeral services will be held at 10 a.m. Wednesday at Olive Baptist Church. Pallbearers will be his grandsons and Rod Fenstermacher, Keith Ammons and Jerry Lolley.""",
gold=[("PNS018", "deceased_client"), ("PNS019", "spouse_of_deceased_client")]),

dict(guid="pns_gl_obit_2026_0603_barrineau", pub="2026-06-03T06:00:00-05:00",
title="Odile Barrineau Obituary (1941 - 2026) - Pensacola, FL - Pensacola Gulf Ledger",
body="""Odile Gonsoulin Barrineau, 85, of Pensacola, died May 30, 2026. She was born February 11, 1941, in Pensacola. She is survived by her sons, Lucien Barrineau of Pensacola and Andre Barrineau of Atlanta, and her sister, Yvonne Gonsoulin Hall of Houston. A Mass will be celebrated at 10 a.m. Friday at St. Joseph Catholic Church. Arrangements by Bayou Chico & Ferry Pass Chapels.""",
gold=[]),  # second, shorter copy of the funeral home's obituary: labelled on the earlier copy only

dict(guid="pns_gl_obit_2026_0609_duchesneau_roy", pub="2026-06-09T06:05:00-05:00",
title="Philomena Roy Obituary (1937 - 2026) - Biddeford, ME - Pensacola Gulf Ledger",
body="""Philomena Duchesneau Roy, 88, of Biddeford, Maine, formerly of Pensacola, died June 4, 2026, at the Southern Maine Health Care hospice house.

Born in Pensacola to a French-Canadian father who came south to work at the naval air station, Philomena grew up on Government Street and married Armand Roy, a sailor from Biddeford, in 1959. She taught piano for sixty years and kept a Pensacola Bay calendar on her kitchen wall in Maine until the end.

She is survived by her children, Paul Roy and Therese Roy Gagne, both of Biddeford; her niece and namesake, Mena Duchesneau of Pensacola; and seven grandchildren. She was predeceased by her husband, Armand, and her brother, Lucien Duchesneau of Pensacola.

A funeral Mass will be held at St. Joseph Church in Biddeford.""",
gold=[("PNS015", "survivor")]),

dict(guid="pns_gl_notice_2026_0713_quarterman", pub="2026-07-13T06:00:00-05:00",
title="QUARTERMAN, Everard - Cantonment, FL - Death Notice - Pensacola Gulf Ledger",
body="""QUARTERMAN, Everard, of Cantonment, passed away Thursday, July 9, 2026. Arrangements are pending and will be announced by Bayou Chico & Ferry Pass Chapels, Ferry Pass Chapel.""",
gold=[("PNS010", "possible_deceased_client")]),

dict(guid="pns_gl_obit_2026_0818_stolz", pub="2026-08-18T06:10:00-05:00",
title="Gerhard Stolz Obituary (1949 - 2026) - Mobile, AL - Pensacola Gulf Ledger",
body="""Gerhard "Gary" Stolz, 77, of Mobile, Ala., died August 14, 2026, at Mobile Infirmary after a short illness.

Gary was born in Stuttgart, West Germany, and came to the Gulf Coast as a boy when his father took a job at the Brookley air base. He ran Stolz Marine Electric on the Mobile causeway for forty-one years and raced his Hobie Cat in the Pensacola regatta well into his seventies.

He is survived by his wife, Renate Stolz; his daughter, Anke Stolz of Fairhope, Ala.; and his sister, Mrs. Hollis (Marianne) Vandergriff of Gulf Breeze.

A memorial service will be held at 11 a.m. Saturday at St. Paul's Episcopal Church, Spring Hill.""",
gold=[("PNS013", "survivor"), ("PNS014", "survivor")]),

dict(guid="pns_gl_obit_2026_0901_esquivel_hardee", pub="2026-09-01T06:05:00-05:00",
title="Bartholomew Esquivel-Hardee Obituary (1960 - 2026) - Pace, FL - Pensacola Gulf Ledger",
body="""Bartholomew "Bart" Esquivel-Hardee, 66, of Pace, died peacefully at home on August 28, 2026, after a long fight with ALS.

Bart was a Navy corpsman, then a respiratory therapist at West Florida Hospital for thirty years. He built wooden skiffs in his garage, named every one of them after a hurricane that missed, and gave most of them away.

He is survived by his wife of 40 years, Rosalie Esquivel-Hardee; his daughter, Camila Hardee of Tampa; his brother, Ignacio Esquivel of Pensacola; and his nephew, Toby Wrenfield of Pace, who helped him finish the last boat.

A memorial service will be held at 3 p.m. Saturday at Pace Presbyterian Church.""",
gold=[("PNS007", "survivor")]),

dict(guid="pns_gl_obit_2026_1020_tillman", pub="2026-10-20T06:00:00-05:00",
title="Geraldine Tillman Obituary (1933 - 2026) - Pensacola, FL - Pensacola Gulf Ledger",
body="""Geraldine Parrish Tillman, 93, of Pensacola, died October 16, 2026, at Azalea Trace.

A native of Century, she was a bookkeeper at the Blount Building for forty years and a member of the Pensacola Garden Club, whose camellia show she judged for three decades.

She is survived by her daughters, Nancy Tillman Rhodes of Pensacola and Carol Tillman of Birmingham, Ala., and by five grandchildren. She was preceded in death by her husband, Frank Tillman.

Graveside services will be held at 10 a.m. Thursday at St. John's Cemetery.""",
gold=[]),
]
