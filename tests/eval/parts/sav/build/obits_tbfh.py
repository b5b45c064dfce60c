"""Tidewater & Bethel Funeral Home (Savannah): funeral-home site, homegoing style, HTML in content:encoded."""

FEED = "tbfh"
ITEMS = [
dict(guid="sav_tbfh_2026_0112", pub="2026-02-03T10:15:00-05:00", title="Homegoing Celebration for Deacon Alonzo Singleterry Sr.",
body="""Deacon Alonzo Singleterry Sr., 94, of Savannah, answered the Master's call on Thursday, January 29, 2026, at his residence on East 38th Street, surrounded by his family.

Born on Skidaway Island to the late Cuffee and Rosa Singleterry, Deacon Singleterry worked forty-one years on the Savannah waterfront as a longshoreman and never missed a first Sunday at First Zion Missionary Baptist Church, where he served on the Deacon Board for more than five decades. He could net a cast of shrimp faster than men half his age.

He was preceded in death by his beloved wife, Mother Estelle Singleterry; his brothers, Cuffee Jr. and Nathaniel; and his daughter, Pearlie.

He leaves to cherish his memory his son, Alonzo Singleterry Jr. (Ruthie Mae) of Savannah; his daughter, Bernice Wiggins of Hinesville; eleven grandchildren, twenty-two great-grandchildren; and a host of nieces, nephews, church family and friends.

The homegoing celebration will be held Saturday at 11 a.m. at First Zion Missionary Baptist Church, the Rev. Dr. Isaiah Ravenell, eulogist. Pallbearers: Jerome Manigo, Curtis Wiggins, Andre Polite and Lamar Singleterry. Interment, Laurel Grove South Cemetery. Tidewater & Bethel Funeral Home in charge.""",
gold=[("SAV004", "survivor"), ("SAV003", "survivor")]),

dict(guid="sav_tbfh_2026_0148", pub="2026-03-11T09:40:00-05:00", title="Mother Ophelia Screven",
body="""Mother Ophelia Screven, 89, of Pooler, went home to be with the Lord on Saturday, March 7, 2026, at Memorial Health University Medical Center.

Mother Screven was born in Harris Neck, McIntosh County, and spoke the Geechee of her grandparents until the day she died. She taught first grade in the Chatham County schools for thirty-three years and was a faithful member of Greater New Hope AME Church, where she served as president of the Missionary Society.

She leaves to cherish her memory her daughter, Yolanda Screven Bacote (Harold) of Pooler; her son, Kenneth Screven of Atlanta; her niece, Mrs. Robert (Louvenia) Quarterman of Savannah; five grandchildren; and a host of cousins and friends. She was preceded in death by her husband, Deacon Moses Screven, and her sister, Geneva Polite.

Viewing Friday, 4-7 p.m., at the funeral home chapel. Homegoing service Saturday, 12 noon, Greater New Hope AME Church, Pooler, Rev. Anthony Gadsden officiating. Interment, Harris Neck Community Cemetery.""",
gold=[("SAV015", "survivor"), ("SAV019", "survivor")]),

dict(guid="sav_tbfh_2026_0177", pub="2026-04-22T11:05:00-04:00", title="Ms. Cassandra Denise Mungin",
body="""Ms. Cassandra Denise Mungin, 27, of Hinesville, departed this life suddenly on Sunday, April 19, 2026.

Cassandra was a 2017 graduate of Liberty County High School and a certified nursing assistant at a Hinesville rehabilitation center, where residents knew her by her laugh before they saw her. She sang in the young adult choir at Mount Olive Baptist Church in Hinesville.

She leaves to cherish her memory her parents, Leroy and Patrice Mungin of Hinesville; her daughter, Ka'Nyah; her brothers, Leroy Jr. and Dante; her grandmother, Mother Essie Mungin of Midway; and a host of aunts, uncles and cousins.

Celebration of life Saturday at 1 p.m., Mount Olive Baptist Church, Hinesville.""",
gold=[]),

dict(guid="sav_tbfh_2026_0203", pub="2026-05-19T10:00:00-04:00", title="Mother Geneva Teasley",
body="""Mother Geneva Teasley, 93, of Savannah, transitioned peacefully on Friday, May 15, 2026, at the home of her granddaughter.

A native of Sandfly, Mother Teasley was a seamstress whose hand-sewn choir robes are still worn at St. Philip's Baptist Church. She raised four children and, by family count, half the neighborhood.

She was preceded in death by her husband, Elijah Teasley, and her son, Reginald.

She leaves to cherish her memory her daughters, Wilhelmina Teasley Brown of Savannah and Cora Teasley of Jacksonville, Fla.; her grandchildren, Marcus Teasley of Savannah, Alicia Brown and Reggie Teasley of Statesboro; three great-grandchildren; and a host of church family.

Homegoing Saturday at 11 a.m. at St. Philip's Baptist Church. Interment, Sandfly Community Cemetery.""",
gold=[("SAV017", "survivor")]),

dict(guid="sav_tbfh_2026_0241", pub="2026-07-08T09:30:00-04:00", title="Mother Hagar Grovner",
body="""Mother Hagar Grovner, 97, of Pin Point, the oldest member of the Pin Point community, went home to glory on Saturday, July 4, 2026.

Mother Grovner was born in a tabby house on the Moon River and shucked oysters at the Pin Point factory for twenty years. She was a Gullah Geechee storyteller, a founding member of the Sweet Field of Eden Baptist Church Mothers' Board, and the keeper of every family's recipe for deviled crab.

She leaves to cherish her memory her daughters, Ruthie Mae Singleterry (Alonzo Jr.) of Savannah and Lillie Grovner of Pin Point; her granddaughter, Tamika Grovner of Tybee Island; six other grandchildren; fourteen great-grandchildren; and a host of nieces and nephews. She was preceded in death by her husband, Jonas Grovner, and her son, Jonas Jr.

Homegoing celebration Saturday at 10 a.m., Sweet Field of Eden Baptist Church. Interment, Pin Point Cemetery. Tidewater & Bethel Funeral Home in charge.""",
gold=[("SAV003", "survivor"), ("SAV004", "survivor"), ("SAV022", "survivor")]),

dict(guid="sav_tbfh_2026_0266", pub="2026-08-04T10:20:00-04:00", title="Mrs. Willie Mae Ravenell Polite",
body="""Mrs. Willie Mae Ravenell Polite, 79, of Savannah, fell asleep in the Lord on Thursday, July 30, 2026.

Mrs. Polite retired from the Chatham County Health Department after thirty years as a public health nurse and was a member of the Eastern Star and the Usher Board of Second Bethel Baptist Church.

She is survived by her husband of 58 years, Deacon Andrew Polite; her sons, Andre Polite of Savannah and Michael Polite of Columbia, S.C.; her brother, the Rev. Dr. Isaiah Ravenell (Dorothea) of Savannah; four grandchildren; and a host of relatives and friends. She was preceded in death by her parents, Samuel and Hannah Ravenell.

Services Saturday at noon at Second Bethel Baptist Church, the Rev. Wallace Jenkins, eulogist. Interment, Bonaventure Cemetery.""",
gold=[("SAV014", "survivor")]),
]
