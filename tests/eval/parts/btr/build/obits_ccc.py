"""The Capital City Courier: a weekly community paper of north Baton Rouge, Scotlandville and Baker, "Homegoing
Celebrations" page. African American Baptist house style (transitioned, homegoing, eulogist, "a host of nieces,
nephews", Mother/Deacon titles, spouse in parentheses). Plain text. Hand-labelled."""

FEED = "ccc"
ITEMS = [
dict(guid="btr_ccc_homegoing_20260129_ambeau", pub="2026-01-29T07:00:00-06:00", title="Homegoing Celebration: Mother Inez Ambeau",
body="""Mother Inez Celestine Ambeau, 96, of Scotlandville, transitioned from labor to reward on Thursday, January 22, 2026, at her residence.

Mother Ambeau was born in Pointe Coupee Parish and moved to Baton Rouge in 1946. She was a charter member of Shiloh Missionary Baptist Church, where she served as Mother of the Church for thirty years and directed the Senior Choir until she was 90. She worked 31 years in the Southern University dining hall and fed more students than she could count, some of them twice.

Her homegoing celebration will be held Saturday, January 31, at 11 a.m. at Shiloh Missionary Baptist Church, 185 Harding Blvd., with Rev. Dr. Alvin Prejean, pastor, eulogist. Viewing from 9 a.m. until the hour of service. Interment at Southern Memorial Gardens.

She leaves to cherish her memory her daughters, Gloria Ambeau Stampley (Rev. Clarence) of Baker and Doris Ambeau of Houston, Texas; her son, Harold Ambeau (Jeanette) of Baton Rouge; eleven grandchildren; twenty great-grandchildren; and a host of nieces, nephews, church family and friends. She was preceded in death by her husband, Deacon Leon Ambeau, and her son, Melvin.""",
gold=[("BTR013", "survivor"), ("BTR012", "survivor")]),

dict(guid="btr_ccc_homegoing_20260212_lathan_gaines", pub="2026-02-12T07:00:00-06:00", title="Homegoing Celebration: Mrs. Ruby Nell Lathan Gaines",
body="""Mrs. Ruby Nell Lathan Gaines, 77, a native of Clinton and resident of Baton Rouge, was called home on Friday, February 6, 2026, at Baton Rouge General.

Ruby Nell taught first grade at Crestworth Elementary for 33 years and could quiet a room of six-year-olds with one look. She was a faithful member of Greater Mount Pisgah Baptist Church in Baker, where she sang alto in the Voices of Praise.

She leaves to cherish her memory her husband of 54 years, Otis Gaines; her sons, Otis Gaines Jr. (Renee) and Dr. Marcus Gaines of Atlanta; her sisters, Bettye Jean Twillie (Lucius) of Baton Rouge and Velma Lathan Brooks of Clinton; six grandchildren and a host of nieces, nephews, cousins and friends.

Celebration of life Saturday, February 14, at 11 a.m. at Greater Mount Pisgah Baptist Church, Baker, with the pastor, Rev. Clarence Stampley, officiating. Viewing 9 a.m. until the hour of service.""",
gold=[("BTR003", "survivor")]),

dict(guid="btr_ccc_homegoing_20260305_oubre", pub="2026-03-05T07:00:00-06:00", title="Homegoing Celebration: Mr. Kenneth Wayne Oubre Sr.",
body="""Mr. Kenneth Wayne Oubre Sr., 79, of Baton Rouge, transitioned peacefully on Sunday, March 1, 2026, at his home, with his family by his side.

A native of Opelousas, Mr. Oubre came to Baton Rouge to attend Southern University, where he earned a degree in agriculture, and he spent 35 years with the LSU AgCenter extension service, teaching farmers in twelve parishes to test their soil. He was a deacon at Mount Zion First Baptist Church and a proud member of Omega Psi Phi Fraternity.

He leaves to cherish his memory his wife of 55 years, Evelyn Guillory Oubre; his son, Dr. Kenneth W. Oubre Jr. (Tamika) of Baton Rouge; his daughter, Angela Oubre Richard (Curtis) of Lafayette; five grandchildren, including Camille and Kenneth III; his brother, Joseph Oubre of Opelousas; and a host of nieces, nephews and friends.

Homegoing celebration Saturday, March 7, at 10 a.m. at Mount Zion First Baptist Church, with Rev. Dr. Lionel Bates, eulogist. Viewing from 8 a.m. Interment at Roselawn Memorial Park.""",
gold=[("BTR021", "survivor"), ("BTR022", "survivor")]),

dict(guid="btr_ccc_homegoing_20260416_pitcher", pub="2026-04-16T07:00:00-05:00", title="Homegoing Celebration: Deacon Roosevelt Pitcher",
body="""Deacon Roosevelt Pitcher, 88, of Baker, answered the Master's call on Friday, April 10, 2026.

Deacon Pitcher drove a city bus in Baton Rouge for 30 years and knew every rider on the Plank Road line by name. He served Greater Mount Pisgah Baptist Church as a deacon for 41 years and as chairman of the deacon board for 15.

Homegoing celebration Saturday, April 18, at 11 a.m. at Greater Mount Pisgah Baptist Church, 4040 Groom Road, Baker, with Rev. Clarence "Skeet" Stampley, pastor, eulogist. Viewing from 9 a.m.

He leaves to cherish his memory his wife of 64 years, Mother Ella Mae Pitcher; his daughters, Cheryl Pitcher Womack (Dwight) and Lynette Pitcher; his son, Roosevelt Pitcher Jr.; nine grandchildren; fourteen great-grandchildren; and a host of relatives and friends. He was preceded in death by his parents and seven brothers and sisters.""",
gold=[]),

dict(guid="btr_ccc_homegoing_20260917_twillie", pub="2026-09-17T07:00:00-05:00", title="Homegoing Celebration: Brother Lucius Twillie",
body="""Brother Lucius Earl Twillie, 78, of Baton Rouge, went home to be with the Lord on Friday, September 11, 2026, at Our Lady of the Lake Regional Medical Center.

A native of Slaughter, Brother Twillie served in the U.S. Army in Vietnam and worked 32 years at the Exxon chemical plant. He was a member of the Scotlandville Masonic Lodge and ushered at Shiloh Missionary Baptist Church every second and fourth Sunday for forty years.

He leaves to cherish his memory his wife of 52 years, Bettye Jean Lathan Twillie; his daughters, Sharon Twillie Hebert (Anthony) of Zachary and Denise Twillie of Dallas; his son, Lucius Twillie Jr.; seven grandchildren; and a host of nieces, nephews and friends.

Homegoing celebration Saturday, September 19, at 11 a.m. at Shiloh Missionary Baptist Church, Rev. Dr. Alvin Prejean, eulogist. Viewing 9 a.m. until the hour of service. Military honors at Port Hudson National Cemetery.""",
gold=[("BTR003", "survivor")]),
]
