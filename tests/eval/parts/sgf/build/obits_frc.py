"""Hilltop & Finley River Funeral Chapels (Springfield, Ozark, Nixa, Branson): funeral-home site, HTML in
content:encoded, a one-sentence plain description, non-permalink guids. Hand-labelled (gold=[...])."""

FEED = "frc"
ITEMS = [
dict(guid="sgf_frc_obit_2026_0112", pub="2026-01-20T10:15:00-06:00", title="Harold Eugene \"Bud\" Tindle (1943 - 2026)",
body="""Harold Eugene "Bud" Tindle, 82, of Springfield, went home to be with his Lord on Saturday, January 17, 2026, at Mercy Hospital Springfield, surrounded by family and with a hymn on the radio.

Bud was born June 14, 1943, in Marshfield, Missouri, the son of the late Orville and Pearl (Hensley) Tindle. He drove a milk truck for Producers Creamery for 31 years and could tell you which farms on Route 66 had the best dogs and which had the worst. He was a lifelong member of Glenstone Assembly of God, where he ushered, fixed whatever was broken, and sang bass whether or not the choir needed one.

On August 2, 1964, he married the love of his life, Wanda Cox, who survives him after 61 years of marriage. Also surviving are his sons, Dennis Tindle (Cheryl) of Rogersville and Kyle Tindle of Springfield; his daughter, Pamela Sue Gann (Ricky) of Marshfield; nine grandchildren; and fourteen great-grandchildren. He was preceded in death by his parents and his brother, Lloyd "Butch" Tindle.

Funeral services will be held at 10 a.m. Friday at Glenstone Assembly of God, with Pastor Wes Corbin officiating. Burial will follow in Marshfield Cemetery. In lieu of flowers, the family asks that gifts be made to the church's bus ministry.""",
gold=[("SGF001", "deceased_client"), ("SGF002", "spouse_of_deceased_client")]),

dict(guid="sgf_frc_obit_2026_0131", pub="2026-02-03T09:40:00-06:00", title="Ronald Dean Pruett Sr. (1941 - 2026)",
body="""Ronald Dean Pruett Sr., 84, of Nixa, passed away Friday, January 30, 2026, at his home on the farm he worked for more than sixty years.

Ron was born in Christian County and never saw much reason to leave it. He raised Angus cattle, served on the Nixa R-2 school board for sixteen years, and was known up and down Highway 14 for his sweet corn stand and his opinions on the weather.

He is survived by his wife of 62 years, Norma Pruett; his son, Ronnie "Junior" Pruett and wife Sheila of Nixa; his daughter, Karen Stroud (Mike) of Clever; six grandchildren and three great-grandchildren.

Services will be held at 2 p.m. Wednesday at the Nixa chapel of Hilltop & Finley River Funeral Chapels. Pallbearers will be Cody Pruett, Blake Stroud, Tyler Massey, Dwight Ammons, Lonnie Ray Prater and Jeff Hux. Burial in Friendship Cemetery.""",
gold=[("SGF003", "survivor")]),

dict(guid="sgf_frc_obit_2026_0157", pub="2026-02-17T11:05:00-06:00", title="Dale Wayne Honeycutt (1946 - 2026)",
body="""Dale Wayne Honeycutt, 79, of Sparta, left this world for a better one on Sunday, February 15, 2026, at Cox South in Springfield.

Dale was a mechanic by trade and a fisherman by calling. He ran Honeycutt's Garage on Highway 14 for forty years and spent every spare morning on Bull Shoals Lake. He was a member of Sparta First Baptist Church.

He is survived by his wife, Bonnie; his sons, Rusty Honeycutt of Sparta and Darrell Honeycutt of Ava; his sister, Sissy Blevins of Ozark; and many nieces and nephews. He was preceded in death by his parents, Arvel and Ruby Honeycutt, and a brother, Junior Honeycutt.

Funeral service will be 11 a.m. Thursday at the Ozark chapel, with Pastor Jimmy Ray Fentress officiating. Burial will follow in Sparta Cemetery.""",
gold=[("SGF004", "survivor")]),

dict(guid="sgf_frc_obit_2026_0203", pub="2026-03-06T10:00:00-06:00", title="Norma Jean Rountree (1937 - 2026)",
body="""Norma Jean Rountree, 88, of Clever, passed away peacefully Wednesday, March 4, 2026, at Clever Care Center.

Born on a farm near Billings, she married Elvis Rountree in 1956, and together they raised three children and a lot of tomatoes. She taught Sunday school at Clever Church of Christ for forty years and never once lost a quilting contest at the Christian County Fair that she was willing to talk about.

Norma Jean is survived by her children, Billie Jo (Travis) Yocum of Republic, Gary Rountree of Clever and Debra Kay Hudson of Billings; eight grandchildren, including Colt Yocum; and five great-grandchildren. She was preceded in death by her husband, Elvis, in 2011.

A celebration of her life will be held at 1 p.m. Monday at Clever Church of Christ.""",
gold=[("SGF005", "survivor"), ("SGF006", "survivor")]),

dict(guid="sgf_frc_obit_2026_0244", pub="2026-04-10T08:50:00-05:00", title="Clyde Everett Sizemore (1948 - 2026)",
body="""Clyde Everett Sizemore, 77, of Kirbyville, took his final bow on Tuesday, April 7, 2026.

Clyde played upright bass on the Branson strip for more than three decades, most of them with the Calloway Family Jubilee, where his sister sang harmony and his brother-in-law told the jokes. Before that he hauled timber out of the Mark Twain National Forest and he always said the timber was better behaved than the tourists.

He is survived by his sister, Loretta Calloway, and her husband, Buck, of Branson; his nephews, Wade and Travis Calloway; his niece, Kaylee Calloway; and his faithful coonhound, Dolly. He was preceded in death by his parents, Homer and Fern Sizemore.

A gathering of friends and music will be held Saturday at 4 p.m. at the Jubilee Theatre on 76 Country Boulevard, Branson.""",
gold=[("SGF015", "survivor"), ("SGF014", "survivor")]),

dict(guid="sgf_frc_obit_2026_0279", pub="2026-05-12T09:30:00-05:00", title="Tyler James Massey (2006 - 2026)",
body="""Tyler James Massey, 19, of Nixa, was taken from us far too soon on Saturday, May 9, 2026, in an automobile accident near Highlandville.

Tyler graduated from Nixa High School in 2025, where he played baseball and was the one in the dugout who kept everybody laughing. He was working at his uncle's body shop and was saving for a bass boat.

He is survived by his parents, Rick and Dana Massey of Nixa; his sister, Madison; his grandparents, Leon and Betty Massey of Chadwick; and more friends than the church could hold. He was preceded in death by his grandfather, Harlan Boatright.

Services will be held at 2 p.m. Friday at Cornerstone Assembly, Nixa campus, with visitation from noon until the service.""",
gold=[]),
]
