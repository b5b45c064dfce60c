"""The Belmont-DeVilliers Beacon (a Black community weekly of Pensacola's Westside and Belmont-DeVilliers):
"Homegoing" notices in the style of African American church programs, plain text. Hand-labelled."""

FEED = "bdb"
ITEMS = [
dict(guid="pns_bdb_homegoing_2026_0220_pickens", pub="2026-02-20T07:00:00-06:00",
title="Homegoing Celebration: Mother Ozella Pickens",
body="""Mother Ozella Pickens, 91, of Pensacola, departed this life and entered into eternal rest on Sunday, February 15, 2026, at Sacred Heart Hospital.

Mother Pickens was born in Greenville, Alabama, and came to Pensacola in 1951. She was a devoted member of Greater Little Rock Missionary Baptist Church for over seventy years, serving as president of the Mothers Board, the Pastor's Aid Society and the Culinary Ministry. For thirty years she cooked at the Palafox Street cafeteria, and no one who ate her sweet potato pie ever forgot it.

She leaves to cherish her precious memories her sons, Deacon Milton Pickens (Gloria) and Bernard Pickens, both of Pensacola; her niece, Dr. Cordelia Blackshear (Ambrose) of Pensacola, whom she helped raise; eleven grandchildren; a host of great-grandchildren, nieces, nephews, cousins and church family. She was preceded in death by her husband, Deacon Willie Pickens, and her daughter, Eloise.

Homegoing services will be held Saturday at 11 a.m. at Greater Little Rock Missionary Baptist Church, Rev. Dr. Nathaniel Crum, pastor, officiating. The obituary will be read by Sis. Tommie Grandberry. Interment in Magnolia Cemetery.""",
gold=[("PNS006", "survivor")]),

dict(guid="pns_bdb_homegoing_2026_0428_grandberry", pub="2026-04-28T07:00:00-05:00",
title="Homegoing Celebration: Deacon Leon Grandberry Sr.",
body="""Deacon Leon Grandberry Sr., 84, of Atmore, Alabama, transitioned from labor to reward on Wednesday, April 22, 2026.

Deacon Grandberry was born in Escambia County, Alabama, and worked thirty-two years at the Vanity Fair mill in Atmore. He served as chairman of the deacon board of Mount Zion Missionary Baptist Church and sang bass in the Gospel Harmonettes for half a century.

He leaves to cherish his memory his devoted wife of 62 years, Mother Essie Grandberry of Atmore; his son, Leon Grandberry Jr. (Thomasina) of Pensacola; his daughters, Patricia Grandberry Hines of Mobile and Denise Grandberry of Atlanta; his grandchildren, including Jaylen Grandberry of Pensacola; and a host of relatives and friends.

Homegoing services will be held Saturday at noon at Mount Zion Missionary Baptist Church in Atmore. Repast at the fellowship hall.""",
gold=[("PNS022", "survivor")]),

dict(guid="pns_bdb_homegoing_2026_0727_marchbanks", pub="2026-07-27T07:00:00-05:00",
title="Homegoing Celebration: Brother Cleophus Marchbanks",
body="""Brother Cleophus Marchbanks, 80, of Pensacola, answered the Master's call on July 21, 2026.

A proud Army veteran of Vietnam, Brother Marchbanks drove for the Escambia County Area Transit for twenty-nine years and never failed to say good morning to every rider. He was a faithful member of St. Paul AME Church, where he served as an usher and as a trustee.

He leaves to cherish his memory his loving wife of 55 years, Lucille Marchbanks; his daughters, Tanya Marchbanks of Pensacola and Karen Marchbanks-Oyelaran of Jacksonville; five grandchildren; and a host of other relatives and friends.

Services will be held at 11 a.m. Saturday at St. Paul AME Church. Interment with military honors at Barrancas National Cemetery.""",
gold=[]),  # the widow is do_not_contact

dict(guid="pns_bdb_homegoing_2026_0908_stallworth", pub="2026-09-08T07:00:00-05:00",
title="Homegoing Celebration: Mother Beulah Mae Stallworth",
body="""Mother Beulah Mae Stallworth, 97, of Pensacola, went home to glory on September 2, 2026.

Mother Stallworth was born in Evergreen, Alabama, and moved to Pensacola's Westside in 1948. She was a seamstress, a midwife's helper in her youth, and for sixty years a member of Mount Canaan Missionary Baptist Church, where she led the Home Mission Society.

She leaves to cherish her memory her daughter, Gladys Stallworth of Pensacola; her granddaughter, Cordelia Blackshear of Atlanta, Georgia; her great-grandson, Marcus Blackshear of Atlanta; and a host of nieces, nephews and church family. She was preceded in death by her husband, Rev. Otis Stallworth, and her son, Otis Jr.

Homegoing services will be held Saturday at 11 a.m. at Mount Canaan Missionary Baptist Church. Interment in Holy Cross Cemetery.""",
gold=[]),  # Cordelia Blackshear of Atlanta is a namesake of the Pensacola client
]
