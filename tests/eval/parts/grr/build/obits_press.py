"""The Grand River Press obituaries (metro newspaper, legacy-style titles, plain text). Hand-labelled."""

ITEMS = [
dict(guid="grr_press_obit_260114", pub="2026-01-14T06:00:00-05:00",
title="Walter Kamps Obituary (1948 - 2026) - Zeeland, MI - The Grand River Press",
body="""Walter John Kamps, age 77, of Zeeland, went to be with his Lord on Saturday, January 10, 2026. He farmed the family's dairy on 84th Avenue for 45 years and was a lifelong member of First Christian Reformed Church of Zeeland, where he served as deacon and elder.

Walt is survived by his wife of 52 years, Janice (Mulder) Kamps; his children, Kevin (Sara) Kamps of Hamilton and Laurie (Todd) Bierma of Hudsonville; seven grandchildren; his sister, Joyce (Gerrit) Dykstra of Zeeland; and his brother-in-law, Henry Mulder of Byron Center. He was preceded in death by his parents, John and Hendrika Kamps.

Funeral services will be held 11 a.m. Thursday at First CRC, Zeeland, with Pastor Ryan Vos officiating. Visitation Wednesday 6-8 p.m. at Yntema Funeral Home. Memorials may be given to Zeeland Christian School.""",
gold=[("GRR017", "survivor"), ("GRR016", "survivor")]),

dict(guid="grr_press_obit_260203", pub="2026-02-03T06:00:00-05:00",
title="Johanna Bosscher Obituary (1931 - 2026) - Hudsonville, MI - The Grand River Press",
body="""Johanna "Jo" Bosscher (nee Brink), age 94, of Hudsonville, passed away peacefully on January 31, 2026, at Georgetown Manor. Born on a celery farm in Hudsonville, she raised five children and taught Sunday school at Hudsonville Reformed Church for forty years.

Surviving are her children, Trudy (Hank) Vander Molen of Jenison, Arnold (Betty) Bosscher of Allendale, and Lois Bosscher of Grand Rapids; 14 grandchildren and 22 great-grandchildren. She was preceded in death by her husband of 58 years, Gerrit Bosscher, and a son, Peter.

Funeral 10:30 a.m. Saturday at Hudsonville Reformed Church, Rev. Darla Timmer officiating. Pallbearers will be her grandsons.""",
gold=[("GRR002", "survivor"), ("GRR001", "survivor")]),

dict(guid="grr_press_obit_260219", pub="2026-02-19T06:00:00-05:00",
title="Jacob Ryan DeVries Obituary (2006 - 2026) - Sparta, MI - The Grand River Press",
body="""Jacob Ryan DeVries, 19, of Sparta, died unexpectedly on February 15, 2026, as the result of a snowmobile accident near Cedar Springs. Jake was a 2024 graduate of Sparta High School, where he wrestled and played baseball, and was studying welding at Grand Rapids Community College.

He is survived by his parents, Tom and Lisa DeVries of Sparta; his sister, Emma; and his grandparents, Ken and Marlene DeVries of Kent City. He was preceded in death by his grandfather, Jack Hollis.

A celebration of Jake's life will be held 2 p.m. Monday at Sparta Baptist Church.""",
gold=[]),

dict(guid="grr_press_obit_260305", pub="2026-03-05T06:00:00-05:00",
title="Stanislawa Kowalczyk Obituary (1934 - 2026) - Grand Rapids, MI - The Grand River Press",
body="""Stanislawa "Stella" Kowalczyk, 91, of Grand Rapids, died March 2, 2026. Born in Grand Rapids' West Side to Polish immigrants, she worked for 30 years at the American Seating plant and never missed the St. Adalbert Polish festival.

Stella is survived by her daughter, Dorothy (Stanley) Wisniewski of Grand Rapids; her son, Edward Kowalczyk of Alpine Township; five grandchildren and eight great-grandchildren. She was preceded in death by her husband, Casimir, and her sister, Helen Nowak.

Mass of Christian Burial 10 a.m. Friday at the Basilica of St. Adalbert, Rev. Tomasz Bielski celebrant. Rosary Thursday at 7 p.m. at O'Brien-Gezon Funeral Home. Pallbearers: Brian Kooistra, Mark Nowak, Adam and Peter Kowalczyk.""",
gold=[("GRR007", "survivor"), ("GRR006", "survivor")]),

dict(guid="grr_press_obit_260322", pub="2026-03-22T06:00:00-04:00",
title="Brian J. Kooistra Obituary (1964 - 2026) - Pella, IA - The Grand River Press",
body="""Brian James Kooistra, 61, of Pella, Iowa, formerly of Grand Rapids, passed away March 18, 2026, in Pella. He moved to Iowa in 1990 to work for Vermeer and coached youth soccer for two decades.

He is survived by his wife, Carla; his daughters, Anna and Rachel; and his mother, Ruth Kooistra of Pella. A memorial service will be held at Second Reformed Church, Pella.""",
gold=[]),

dict(guid="grr_press_obit_260410", pub="2026-04-10T06:00:00-04:00",
title="Arlene Bosch Obituary (1941 - 2026) - East Grand Rapids, MI - The Grand River Press",
body="""Arlene Marie Bosch (Zwiers), of East Grand Rapids, entered eternal rest on April 7, 2026. She was born March 22, 1941, in Grand Rapids to Henry and Gertrude Zwiers, graduated from Grand Rapids Christian High School and Calvin College, and taught third grade at Breton Downs for 31 years.

Arlene is survived by her nieces and nephews, including Mary Jo (Derek) Bouwkamp of Kentwood and Jon Zwiers of Lansing, and by her dear friends at Reeds Lake walking club. She was preceded in death by her husband, Richard Bosch, in 2011, and her brother, Lawrence Zwiers.

A memorial service will be held 11 a.m. Saturday at Mayflower Congregational Church. Memorials to Gilda's Club Grand Rapids.""",
gold=[("GRR015", "deceased_client"), ("GRR008", "survivor"), ("GRR009", "survivor")]),

dict(guid="grr_press_obit_260416", pub="2026-04-16T06:00:00-04:00",
title="Pham Thi Hoa Obituary (1938 - 2026) - Wyoming, MI - The Grand River Press",
body="""Pham Thi Hoa, 87, of Wyoming, passed away on April 12, 2026, surrounded by her family. Born in Nam Dinh, Vietnam, she came to Grand Rapids in 1980 with her children and was a founding member of the Vietnamese Martyrs parish community.

She is survived by her daughter, Lan Nguyen and her husband Thanh Nguyen of Wyoming; her son, Pham Van Minh of Houston, Texas; and nine grandchildren. She was preceded in death by her husband, Pham Van Duc.

Funeral Mass 10 a.m. Saturday at Our Lady of La Vang Parish, Wyoming. Burial at Resurrection Cemetery.""",
gold=[("GRR012", "survivor"), ("GRR011", "survivor")]),
]
