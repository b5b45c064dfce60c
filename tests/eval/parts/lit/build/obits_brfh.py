"""Bethel & Rosewood Funeral Home (Little Rock / Jacksonville; Black Baptist homegoing style): HTML in
content:encoded, a one-sentence plain description. Hand-labelled."""

FEED = "brfh"
ITEMS = [
dict(guid="lit_brfh-2026-0211", pub="2026-02-11T10:30:00-06:00", title="Mother Hattie Pearl Mabry",
body="""Mother Hattie Pearl Mabry, 91, of Marvell, Arkansas, was called home to glory on Saturday, February 7, 2026, at the Delta Health and Rehab in Helena. She was born in Phillips County to the late Booker and Sallie Freeman and joined Little Zion Missionary Baptist Church at the age of nine, where she served as Mother of the Church for thirty years.

She chopped cotton until she was nineteen, married the late Deacon Amos Mabry in 1953, and raised seven children on a farm outside Marvell. Her sweet potato pies were known from Elaine to Clarendon.

She leaves to cherish her memory three daughters, Essie (Lavern) Hightower of Jacksonville, Arkansas, Lula Mabry Key of Memphis and Dorothy Mabry of Marvell; two sons, Amos Mabry Jr. (Gloria) of Chicago and Earnest Mabry of Marvell; twenty-two grandchildren, a host of great-grandchildren, and church family.

Homegoing celebration will be held 11 a.m. Saturday, February 14, at Little Zion M.B. Church, Marvell, Rev. Otis Coleman, eulogist. Interment Freeman Family Cemetery. Arrangements entrusted to Bethel & Rosewood Funeral Home.""",
gold=[("LIT005", "survivor"), ("LIT004", "survivor")]),

dict(guid="lit_brfh-2026-0319", pub="2026-03-19T09:00:00-05:00", title="Mrs. Odessa Gatewood",
body="""Mrs. Odessa Gatewood, 96, of North Little Rock, entered eternal rest on March 14, 2026. She was born September 2, 1929, in Wabbaseka, Jefferson County, the eleventh of twelve children.

Mother Gatewood taught first grade in the North Little Rock schools for thirty-four years and was a charter member of Shorter Chapel's Willing Workers. Generations of Dixie Addition children learned to read at her kitchen table.

She was preceded in death by her husband, Rev. Walter Gatewood, and two sons, Walter Jr. and Leon. Left to cherish her memory are her daughter, Bernice (Clarence) Tolbert of Sherwood; her son, Calvin Gatewood of Pine Bluff; five grandchildren, nine great-grandchildren; and a host of nieces, nephews and friends.

Celebration of life 11 a.m. Saturday at Shorter Chapel Missionary Baptist Church, North Little Rock. Visitation Friday 5-7 p.m. at our North Little Rock chapel.""",
gold=[("LIT003", "survivor"), ("LIT002", "survivor")]),

dict(guid="lit_brfh-2026-0502", pub="2026-05-02T11:15:00-05:00", title="Brother Curtis Lee Jenkins Sr.",
body="""Brother Curtis Lee Jenkins Sr., 71, of Little Rock, went home to be with the Lord on April 27, 2026, at Baptist Health Medical Center. A Vietnam veteran and retired Union Pacific carman, he sang bass in the Greater Mount Pisgah Male Chorus for forty years.

He is survived by his wife, Gloria Jenkins; sons Curtis Jr. (Alicia) of Little Rock and Terrence Jenkins of Houston; a daughter, Sharonda Jenkins Moore of Conway; a sister, Ruby Nell Jenkins of Dumas; eight grandchildren and a host of relatives and friends.

Service 10 a.m. Saturday at Greater Mount Pisgah M.B. Church, Rev. Dr. Harvey Mills, eulogist. Burial with military honors at Arkansas State Veterans Cemetery, North Little Rock.""",
gold=[]),

dict(guid="lit_brfh-2026-0614", pub="2026-06-14T15:40:00-05:00", title="Mr. Odell Starks",
body="""Mr. Odell Starks, 80, of Little Rock, peacefully transitioned on Tuesday, June 9, 2026, surrounded by his family. Born in Lake View, Phillips County, he came to Little Rock in 1964, drove a city bus for twenty-nine years and never missed a Sunday at Mount Zion Missionary Baptist Church, where he served on the Deacon Board.

He leaves to cherish his memory his loving wife of 58 years, Willie Mae Pettaway Starks; a daughter, Tamika (Derrick) Ransom of Maumelle; a son, Odell Starks Jr. of Atlanta; his nephew, whom he raised as a son, Marcus Pettaway of Little Rock; six grandchildren; a sister, Lillie Starks Watson of Helena-West Helena; and a host of cousins and church family.

Homegoing service 11 a.m. Saturday at Mount Zion M.B. Church, 3900 W. 14th St. Pallbearers: the Deacon Board. Arrangements by Bethel & Rosewood.""",
gold=[("LIT001", "survivor"), ("LIT022", "survivor"), ("LIT021", "survivor")]),

dict(guid="lit_brfh-2026-0722", pub="2026-07-22T10:00:00-05:00", title="Mrs. Ernestine Pettaway Mitchell",
body="""Mrs. Ernestine Pettaway Mitchell, 93, of Helena-West Helena, departed this life on July 17, 2026. She was the last surviving child of Rev. Elijah and Cora Pettaway and a retired home economics teacher at Central High School in Helena.

She was preceded in death by her husband, Roosevelt Mitchell, and her brothers, Samuel, Isaiah and Luther Pettaway. She leaves a host of nieces and nephews who loved her dearly, among them Willie Mae Starks and Marcus Pettaway, both of Little Rock, and Bettye Pettaway Graham of St. Louis; her goddaughter, Sandra Hicks; and her church family at First Baptist Church, Helena.

Graveside service 2 p.m. Friday at Magnolia Cemetery, Helena.""",
gold=[("LIT001", "survivor"), ("LIT021", "survivor")]),

dict(guid="lit_brfh-2026-0928", pub="2026-09-28T13:20:00-05:00", title="Deacon Lavern Hightower",
body="""Deacon Lavern Hightower, 73, of Jacksonville, answered the Master's call on Wednesday, September 23, 2026, at Baptist Health-North Little Rock. He was born January 17, 1953, in Marvell, Arkansas, to the late Rufus and Ola Hightower.

He retired from Little Rock Air Force Base after thirty-two years as a civilian aircraft mechanic, and for twenty-five years he served on the Deacon Board of Second Baptist Church of Jacksonville. He never met a stranger and never let a neighbor's lawn go unmowed.

He leaves to cherish his memory his devoted wife of 50 years, Essie Mabry Hightower; two sons, Cedric Hightower (Monique) of Dallas and Lavern Hightower Jr. of Jacksonville; a daughter, Keisha Hightower of Little Rock; a brother, Rufus Hightower Jr. of Marvell; seven grandchildren; and a host of other relatives and friends.

Homegoing celebration 11 a.m. Saturday, October 3, at Second Baptist Church, Jacksonville. Pallbearers: Clarence "Buddy" Tolbert Jr., Jerry Tolbert, James Key, Darnell Hightower, Curtis Jenkins Jr. and Marcus Pettaway.""",
gold=[("LIT004", "deceased_client"), ("LIT005", "spouse_of_deceased_client")]),
]
