"""Rankin County Reporter (weekly, Brandon): small-town obituaries, rural white Baptist families, plain text.
Hand-labelled (gold=[...] beside each text)."""

FEED = "rcr"
ITEMS = [
dict(guid="jan_rcr_obit_2026_004", pub="2026-01-22T07:00:00-06:00", title="Velma Rhodes Tillman",
body="""Velma Rhodes Tillman, 90, of Pelahatchie, went to be with her Lord on Monday, January 19, 2026, at the Pelahatchie Nursing and Rehab Center.

Mrs. Tillman was born April 4, 1935, on the Rhodes place between Pelahatchie and Puckett, the oldest daughter of Claude and Inez Rhodes. She married Homer Tillman in 1953 and together they raised four children, two hundred laying hens and the best tomatoes in Rankin County. She taught the Ladies' Sunday School class at Pelahatchie First Baptist Church for thirty-two years.

She is survived by her sons, Dale Tillman (Sherry) and Randy Tillman, both of Pelahatchie; her daughters, Donna Tillman Boone of Florence and Carol Ann Walters of Puckett; her sister, Peggy (Harold) McAlpin of Brandon; eleven grandchildren and nineteen great-grandchildren. She was preceded in death by her husband, Homer, and her brother, Claude "Sonny" Rhodes Jr.

Services will be held at 2 p.m. Thursday at Pelahatchie First Baptist Church with Bro. Dwight Stuckey officiating. Burial will follow in the church cemetery.""",
# sister Peggy (maiden Rhodes) and her husband Harold McAlpin, both clients, both alive in January.
gold=[("JAN014", "survivor"), ("JAN013", "survivor")]),

dict(guid="jan_rcr_obit_2026_011", pub="2026-02-12T07:00:00-06:00", title="Earl Dean Purvis",
body="""Earl Dean Purvis, 80, of Puckett, passed from this life on Saturday, February 7, 2026, at his home.

Earl Dean was born in Puckett on March 22, 1945, to the late Lonnie and Ora Purvis. He drove a log truck for forty years and never owned a vehicle that wasn't a Ford. He was a deacon at Shady Grove Baptist Church and could quote the whole Book of James from memory.

Survivors include his wife of 58 years, Joyce Purvis; two sons, Wade Purvis (Tammy) and Lonnie Purvis, both of Puckett; one brother, Billy Ray Purvis (Glenda) of Flowood; five grandchildren and three great-grandchildren.

Funeral services will be held at 11 a.m. Tuesday at Shady Grove Baptist Church. Pallbearers will be Wade Purvis, Lonnie Purvis, Cody Purvis, Mike Nassar, Travis Boone and Luke Van Devender. Burial in Shady Grove Cemetery.""",
# brother Billy Ray Purvis "of Flowood" (12 km from the roster's Brandon) = JAN012, carrying the family name.
# pallbearers Mike Nassar (JAN007) and Luke Van Devender (JAN018): nothing.
gold=[("JAN012", "survivor")]),

dict(guid="jan_rcr_obit_2026_019", pub="2026-03-19T07:00:00-05:00", title="Harold Wayne McAlpin",
body="""Harold Wayne McAlpin, 78, of Brandon, died peacefully Monday, March 16, 2026, at Merit Health Rankin with his family at his side.

Harold was born September 14, 1947, in Puckett to the late J.W. and Lois McAlpin. After serving in the U.S. Army in Vietnam, he spent thirty-five years with Mississippi Power & Light as a lineman and later a crew foreman; more than one Rankin County family got their lights back after an ice storm because Harold McAlpin was up a pole. He was a member of Crossgates Baptist Church, where he ushered at the 11 o'clock service for twenty years.

He is survived by his wife of 54 years, Peggy Rhodes McAlpin; his daughter, Kim McAlpin Hardy (Steve) of Madison; his son, Wayne McAlpin of Brandon; and four grandchildren. He was preceded in death by his parents and his sister-in-law, Velma Tillman.

Visitation will be held from 5 to 7 p.m. Wednesday at Wright & Ferguson, Brandon. Funeral services will be held at 10 a.m. Thursday at Crossgates Baptist Church, Bro. Allen Shows officiating, with burial in Lakewood Memorial Park.""",
# JAN013 is the deceased: born September 14, 1947 = roster, and wife Peggy (Rhodes) = roster spouse JAN014.
gold=[("JAN013", "deceased_client"), ("JAN014", "spouse_of_deceased_client")]),

dict(guid="jan_rcr_obit_2026_024", pub="2026-04-09T07:00:00-05:00", title="Clyde Ray Boone",
body="""Clyde Ray Boone, 86, of Florence, passed away Sunday, April 5, 2026.

A retired Rankin County road foreman, Mr. Boone was a member of Florence Baptist Church and a lifelong deer hunter. He is survived by his wife, Nell; his son, Travis Boone of Florence; his daughter-in-law, Donna Tillman Boone; and three grandchildren.

Services 2 p.m. Saturday at Florence Baptist Church.""",
# nobody on the roster.
gold=[]),
]
