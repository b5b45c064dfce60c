"""Twin-State Gazette (Texarkana) obituaries: daily newspaper, plain text, "Mrs. X, 93, of Nash, Texas, died ..."
house style. Hand-labelled."""

FEED = "gazette"
ITEMS = [
dict(guid="txk_gaz_2026_0112_hargis", pub="2026-01-12T05:15:00-06:00", title="Opal Marie Hargis",
body="""Mrs. Opal Marie Hargis, 93, of Nash, Texas, died Saturday, Jan. 10, 2026, in a local hospital.

Mrs. Hargis was born Oct. 2, 1932, in Red Lick, Texas, to the late Luther and Vida Moore. She was a homemaker and for many years ran the lunchroom at Nash Elementary, where she was known for her yeast rolls and for never letting a child go hungry. She was a member of Nash First Baptist Church for 70 years and taught the Ladies' Bible Class until she was 88.

She was preceded in death by her husband of 58 years, Elvis Hargis; one son, Jimmy Hargis; and a granddaughter, Tonya.

Survivors include two sons and daughters-in-law, Vernell and Peggy Hargis of Nash and Roy Dean and Sue Hargis of Longview, Texas; one daughter and son-in-law, Glenda and Dub Pruitt of Texarkana, Texas; eight grandchildren; 14 great-grandchildren; and a host of nieces, nephews and friends.

Services will be at 2 p.m. Tuesday at Nash First Baptist Church with Bro. Kenny Ray Moss officiating. Burial will follow in Hooks Cemetery under the direction of East Memorial Chapel. Pallbearers will be Dwayne LaGrone, Trent Hargis, Cody Pruitt, Mike Moore, Jason Hargis and Ricky Stell.

Visitation will be from 6 to 8 p.m. Monday at the funeral home.""",
gold=[("TXK022", "survivor"), ("TXK002", "survivor"), ("TXK001", "survivor")]),

dict(guid="txk_gaz_2026_0203_norwood", pub="2026-02-03T05:15:00-06:00", title="Jessie Lee Norwood",
body="""Mr. Jessie Lee Norwood, 91, of Fouke, Ark., died Friday, Jan. 30, 2026, at his home.

Mr. Norwood was born May 1, 1934, in Doddridge, Ark. He served in the U.S. Army in Korea and farmed and drove a pulpwood truck in Miller County for more than fifty years. He was a deacon at Sulphur River Missionary Baptist Church and never missed a Fouke Panthers home game.

He was preceded in death by his wife, Mattie; a son, Jessie Lee Norwood Jr.; and a grandson, Darrell.

Survivors include two daughters, Carolyn Hicks of Fouke and Betty Norwood of Dallas; his brother-in-law, Cliff Arnett of Fouke; seven grandchildren; 12 great-grandchildren, including his great-grandson, Jessie Norwood of Texarkana, Ark., who was named for him; and many friends.

Services will be at 11 a.m. Saturday at Sulphur River Missionary Baptist Church with the Rev. L.C. Haynes officiating. Burial will be in Norwood Family Cemetery under the direction of Bramlett & Sons Funeral Home.""",
gold=[("TXK007", "survivor")]),

dict(guid="txk_gaz_2026_0217_boyette", pub="2026-02-17T05:15:00-06:00", title="Tanner Wade Boyette",
body="""Tanner Wade Boyette, 20, of Texarkana, Texas, died Friday, Feb. 13, 2026, in Bowie County as the result of a vehicle accident.

Tanner was born Aug. 9, 2005, in Texarkana. He graduated from Pleasant Grove High School in 2023, where he played baseball, and was a lineman apprentice with SWEPCO. He loved deer season, his Chevy and his nephew, Bentley.

He is survived by his parents, Jimmy and Rhonda Boyette of Texarkana; his sister, Kaylee Boyette of Wake Village; his grandparents, Ronnie and Jan Boyette of De Kalb and Shirley Pate of Maud; and his girlfriend, Macy Willis.

A celebration of Tanner's life will be held at 2 p.m. Saturday at Williams Memorial United Methodist Church. Burial will be in Chapelwood Memorial Gardens, Nash, under the direction of East Memorial Chapel.""",
gold=[]),

dict(guid="txk_gaz_2026_0309_cockrell", pub="2026-03-09T05:15:00-06:00", title="Ruby Nell Cockrell",
body="""Mrs. Ruby Nell Cockrell, 92, of Atlanta, Texas, died Friday, March 6, 2026, at Christus St. Michael Health System in Texarkana.

Mrs. Cockrell was born Sept. 12, 1933, in Bivins, Texas, to Otis and Lela Tolbert. She taught home economics at Atlanta High School for 31 years and sewed the Rabbit Festival queen's dress for more years than anyone can count. She was a member of First United Methodist Church of Atlanta.

She was preceded in death by her husband, Thurman Cockrell; her parents; and her brothers, Otis Tolbert Jr. and Leon Tolbert.

Survivors include her son, Thurman Cockrell Jr. of Tyler; her niece, Mrs. Rusty (Jo Beth) Satterwhite of Queen City; her nephew, Harold "Hal" Cato and his wife, Bonnie, of New Boston; three grandchildren; and five great-grandchildren.

Graveside services will be at 10 a.m. Wednesday at Pine Crest Cemetery in Atlanta under the direction of Haggard Funeral Home.""",
gold=[("TXK006", "deceased_client"), ("TXK020", "survivor"), ("TXK018", "survivor")]),

dict(guid="txk_gaz_2026_0324_bledsoe", pub="2026-03-24T05:15:00-05:00", title="Roderick Dewayne Bledsoe",
body="""Roderick Dewayne Bledsoe, 66, of Tacoma, Wash., formerly of Texarkana, died Wednesday, March 18, 2026, in Tacoma.

Mr. Bledsoe was born Jan. 4, 1960, in Texarkana, Ark., and graduated from Arkansas High School in 1978, where he ran the 440. He served 22 years in the U.S. Air Force, retiring as a master sergeant at McChord Air Force Base, and later worked for the Port of Tacoma.

Survivors include his wife of 38 years, Denise Bledsoe of Tacoma; two daughters, Keisha Bledsoe and Monique Lewis, both of Seattle; his cousin, Kendra Mosley of Texarkana; and four grandchildren.

Memorial services will be held in Tacoma. Local friends may sign the online guest book.""",
gold=[("TXK010", "survivor")]),

dict(guid="txk_gaz_2026_0414_stinnett", pub="2026-04-14T05:15:00-05:00", title="Lloyd Everett Stinnett",
body="""Mr. Lloyd Everett Stinnett, 87, of Hooks, Texas, died Saturday, April 11, 2026, in a Texarkana hospital.

Mr. Stinnett was born April 22, 1938, in Simms, Texas, to Everett and Cora Stinnett. He worked 34 years at Red River Army Depot, retiring as a shop foreman, and raised cattle on the family place east of Hooks. He was a member of Hooks First Baptist Church, a Mason, and a fixture at the Hooks Hornets' Friday night games.

He was preceded in death by his parents and by his sister, Alta Faye Mims.

Survivors include his wife of 66 years, Imogene Rhodes Stinnett of the home; two sons and daughters-in-law, Gary and Lynn Stinnett of Hooks and Keith and Dana Stinnett of Katy, Texas; five grandchildren; and nine great-grandchildren.

Services will be at 10 a.m. Thursday at Hooks First Baptist Church with Bro. Kenny Ray Moss officiating. Burial will follow in Hooks Cemetery under the direction of East Memorial Chapel. Pallbearers will be Curtis Lamb, Wade Mims, Brent Stinnett, Kyle Stinnett, Travis Rhodes and Dusty Mims.""",
gold=[("TXK004", "deceased_client"), ("TXK005", "spouse_of_deceased_client")]),

dict(guid="txk_gaz_2026_0505_simpson", pub="2026-05-05T05:15:00-05:00", title="Earlene Booker Simpson",
body="""Mrs. Earlene Booker Simpson, 84, of Hope, Ark., died Saturday, May 2, 2026, at Wadley Regional Medical Center at Hope.

Mrs. Simpson was born Nov. 19, 1941, in Hope to Rev. Amos and Clara Booker. She taught third grade at Beryl Henry Elementary for 35 years and was a member of Greater Mount Olive Baptist Church, where she sang in the choir for six decades.

She was preceded in death by her husband, Willie Simpson, and her brother, Amos Booker Jr.

Survivors include her son, Cedric Simpson of Little Rock; her sister, Odessa Fairchild of Hope; four grandchildren; and a host of nieces, nephews and church family.

Services will be at 11 a.m. Saturday at Greater Mount Olive Baptist Church. Burial will be in Rose Hill Cemetery.""",
gold=[("TXK017", "survivor")]),
]
