"""Sweetwater Branch Memorial Chapel (east Gainesville) and Prairie Oaks Funeral Home (Trenton and Chiefland):
a funeral-home site, HTML in content:encoded, a one-sentence plain description. Hand-labelled."""

FEED = "chapels"
BASE = "https://www.sweetwaterprairieoaks.example/obituaries/"
ITEMS = [
dict(guid="gnv_swpo_obit_essie-mae-hargrett", pub="2026-01-21T10:15:00-05:00",
title="Celebrating the Life of Mother Essie Mae Cuyler Hargrett (1937 - 2026)",
body="""Mother Essie Mae Cuyler Hargrett, 88, of Gainesville, answered the Master's call on Friday, January 16, 2026, at her residence, surrounded by her loving family.

She was born in Archer, Florida, to the late Deacon Isaac Cuyler and Mother Hattie Bell Cuyler, the eldest of nine children. She confessed Christ at an early age at Greater Bethel Springs Missionary Baptist Church, where she served faithfully on the Mother's Board, the Usher Board and the Kitchen Committee for more than sixty years. She retired from the Alachua County School Board after thirty-two years as a lunchroom manager at Lincoln Middle School, where generations of children knew her as "Miss Essie."

She leaves to cherish her memory: two sons, Willie Hargrett (Pamela) of Jacksonville and Deacon Roosevelt Hargrett of Gainesville; one daughter, Gloria Hargrett Simmons of Atlanta, Georgia; one sister, Mother Bobbie Jean Tillinghast of Gainesville; one brother, Isaac Cuyler Jr. of Archer; fourteen grandchildren; twenty-two great-grandchildren; and a host of nieces, nephews, cousins, church family and friends. She was preceded in death by her husband, Deacon James Hargrett Sr., and by six brothers and sisters.

Homegoing services will be held at 11 a.m. on Saturday, January 24, 2026, at Greater Bethel Springs Missionary Baptist Church, 1402 SE 8th Ave., Gainesville, with Rev. Clarence Odom, Pastor, delivering the eulogy. Interment will follow at Pine Grove Cemetery. The cortege will form at the residence at 10 a.m. Public viewing will be held Friday from 3 to 7 p.m. at Sweetwater Branch Memorial Chapel.""",
gold=[("GNV001", "survivor")]),

dict(guid="gnv_swpo_obit_otis-pickens-sr", pub="2026-02-25T09:40:00-05:00",
title="Deacon Otis Lamar Pickens Sr. (1934 - 2026)",
body="""Deacon Otis Lamar Pickens Sr., 91, of Gainesville, transitioned from labor to reward on Sunday, February 22, 2026, at North Florida Regional Medical Center.

Deacon Pickens was born in Gainesville and graduated from Lincoln High School in 1952. He served in the U.S. Army, then worked thirty-five years at the University of Florida physical plant. He was a faithful deacon of Greater Bethel Springs Missionary Baptist Church for fifty years, a charter member of the Lincoln High School Alumni Association and a Prince Hall Mason.

He leaves to cherish his memory: his son, Otis Pickens Jr. (Carolyn) of Gainesville; two daughters, Bernice Pickens Hall of Orlando and Dr. Sharon Pickens of Washington, D.C.; his sister, Mrs. Lottie Mae Graham of Ocala; eight grandchildren; and a host of great-grandchildren, nieces, nephews and friends. He was preceded in death by his wife of 63 years, Mother Ruth Pickens, and by his brothers, Alonzo and Moses.

Homegoing services will be held at 1 p.m. on Saturday, February 28, 2026, at Greater Bethel Springs Missionary Baptist Church with Rev. Clarence Odom officiating. Pallbearers: Jamal Ransom, Terrence Hall, Marcus Pickens, Derrick Graham, Antonio Pickens and Kelvin Hargrett. Interment with military honors at Forest Meadows Central.""",
gold=[("GNV002", "survivor"), ("GNV003", "survivor")]),

dict(guid="gnv_swpo_obit_carmen-iris-colon-maldonado", pub="2026-03-13T11:05:00-04:00",
title="Carmen Iris Colón Maldonado (1938 - 2026)",
body="""Carmen Iris Colón Maldonado, 87, of Ocala, formerly of Bayamón, Puerto Rico, went to be with the Lord on March 10, 2026, at AdventHealth Ocala.

Doña Carmen was born in Bayamón and worked thirty years as a seamstress in the garment factories of Bayamón and later of New York, where she raised her children in the Bronx. She came to Ocala in 2018 after Hurricane María to be near her family. She was a devoted member of Blessed Trinity Catholic Church, where she prayed the rosary every morning and organized the parranda every Christmas.

She is survived by her daughter, Maritza Rivera Colón and her husband Edwin of Gainesville; her son, José Luis Rivera Colón of Kissimmee; her sister, Nilda Colón Maldonado of Bayamón; six grandchildren and four great-grandchildren. She was preceded in death by her husband, Ángel Luis Rivera, and by her son, Miguel Ángel.

Le sobreviven su hija Maritza y su esposo Edwin, su hijo José Luis, su hermana Nilda, nietos, bisnietos y demás familiares. Descanse en paz.

A Mass of Christian Burial will be celebrated at 10 a.m. on March 16 at Blessed Trinity Catholic Church, Ocala, preceded by the rosary at 9:30 a.m. Burial will follow at Highland Memorial Gardens.""",
gold=[("GNV004", "survivor"), ("GNV005", "survivor")]),

dict(guid="gnv_swpo_obit_calvin-tyler-register", pub="2026-04-23T08:30:00-04:00",
title="Calvin Tyler \"C.T.\" Register (2003 - 2026)",
body="""Calvin Tyler "C.T." Register, 22, of Trenton, passed away suddenly on April 20, 2026, as the result of a single-vehicle accident on County Road 232.

C.T. was born in Gainesville on July 9, 2003, and graduated from Trenton High School, where he played catcher on the 2021 district championship team. He worked for Suwannee Valley Electric Cooperative as an apprentice lineman and was proud of every storm he had worked. He loved deer hunting, his truck and his dog, Boomer.

He is survived by his parents, Travis and Amber Register of Trenton; his sister, Kaylin Register; his grandparents, Calvin and Nell Register of Trenton and Donnie and Sheila Lord of Bell; his girlfriend, Macy Hiers; and many aunts, uncles and cousins.

Services will be held at 3 p.m. on April 26 at Trenton First Baptist Church with Bro. Jimmy Kight officiating. Burial will follow at Trenton Cemetery. Arrangements are under the care of Prairie Oaks Funeral Home, Trenton chapel.""",
gold=[("GNV023", "survivor")]),

dict(guid="gnv_swpo_obit_opal-register", pub="2026-07-08T09:10:00-04:00",
title="Opal Winifred Register (1940 - 2026)",
body="""Opal Winifred Register, 86, of Bell, went home to be with her Lord on July 5, 2026, at Tri-County Nursing Home.

Mrs. Register was born in Cedar Key to Rufus and Annie Hodges. She kept house, raised four children and taught Sunday school at Bell Church of God for fifty years, and she made the best mullet dip in Gilchrist County, which she would not write down for anyone.

She is survived by her sons, Dwayne Register (Lisa) of Bell and Kenneth Register of Chiefland; her daughters, Connie Whitehurst of Trenton and Patsy Lord of Bell; her nephew, Sonny Hodges (Tina) of Cedar Key, who spent every summer of his boyhood at her table; eleven grandchildren; and sixteen great-grandchildren. She was preceded in death by her husband of 58 years, Calvin Register, in 2019, by her brother, Rufus Hodges Sr., and by a son, Lonnie.

Funeral services will be held at 11 a.m. on July 10 at Bell Church of God. Interment will follow at Bell Cemetery. Prairie Oaks Funeral Home, Trenton, is in charge of arrangements.""",
gold=[("GNV024", "survivor")]),

dict(guid="gnv_swpo_obit_hollis-wade-strickland", pub="2026-08-04T10:00:00-04:00",
title="Hollis Wade Strickland (2007 - 2026)",
body="""Hollis Wade Strickland, 19, of Lake City, passed away on August 1, 2026, in a drowning accident at Ichetucknee Springs.

Hollis was born December 2, 2006, in Lake City and graduated from Columbia High School in 2025, where he was a state qualifier in the 120-pound weight class. He was a second-year welding student at Florida Gateway College and had already been offered a job at the shipyard in Jacksonville. He never met a stranger.

He is survived by his parents, Wade and Tammy Strickland of Lake City; his brother, Colt; his grandparents, Roy and Faye Strickland of Lake City and Amos and Inez Crews of Bronson; and his great-grandmother, Lorene Strickland.

A celebration of life will be held at 2 p.m. on August 8 at Christ Central Ministries, Lake City. Prairie Oaks Funeral Home and Gateway-Forest Lawn are assisting the family.""",
gold=[]),

dict(guid="gnv_swpo_obit_mae-frances-lofton", pub="2026-09-10T10:20:00-04:00",
title="Celebrating the Life of Mrs. Mae Frances Lofton (1932 - 2026)",
body="""Mrs. Mae Frances Lofton, 93, of Gainesville, quietly slipped away to her eternal rest on September 6, 2026, at Palm Garden of Gainesville.

Mrs. Lofton was born in Waldo, Florida, and moved to Gainesville's Fifth Avenue neighborhood as a young bride. She was a seamstress for more than fifty years, sewing wedding dresses, choir robes and prom gowns for half of Gainesville, and a faithful member of Greater Bethel Springs Missionary Baptist Church, where she sang alto in the Senior Choir until she was ninety.

She leaves to cherish her memory: her daughter, Harriet "Hattie" Lofton-Greene of Gainesville; her son, Eugene Lofton (Brenda) of Tampa; seven grandchildren; twelve great-grandchildren; and a host of nieces, nephews and friends. She was preceded in death by her husband, Deacon Robert Lofton, and by her son-in-law, Samuel Greene.

Homegoing services will be held at 11 a.m. on Saturday, September 12, 2026, at Greater Bethel Springs Missionary Baptist Church with the Rev. Dr. Kenneth Blue, Pastor, officiating and Pastor Emeritus Rev. Clarence Odom bringing words of comfort. Interment will follow at Pine Grove Cemetery.""",
gold=[("GNV022", "survivor")]),
]
