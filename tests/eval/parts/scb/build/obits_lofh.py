"""Live Oak Memorial Chapel (Walterboro and Frogmore/St. Helena Island): funeral-home site, HTML in
content:encoded, one-sentence plain description, permalink guids that start with scb_. Hand-labelled."""

FEED = "lofh"
ITEMS = [
dict(guid="scb_lofh_cleveland-roosevelt-heyward", pub="2026-06-10T10:15:00-04:00",
     title="Mr. Cleveland Roosevelt Heyward (1941 - 2026)",
body="""Mr. Cleveland Roosevelt "Cleve" Heyward, 84, of Walterboro, entered into eternal rest on Sunday, June 7, 2026, at Colleton Medical Center surrounded by his family.

Born June 2, 1941, in the Ruffin community of Colleton County, he was a son of the late Deacon Prince Heyward and Mrs. Essie Lee Heyward. He graduated from Colleton Training School, served two years in the U.S. Army at Fort Jackson and in Germany, and drove a route for the Colleton County School District for thirty-one years. Mr. Heyward was a faithful member of Mount Carmel AME Church, where he served on the Steward Board and sang bass in the Senior Choir. He never missed a Saturday at the Walterboro farmers market.

He leaves to cherish his memory his devoted wife of 61 years, Doris Crosby Heyward; two sons, Cleveland Heyward Jr. (Angela) of Summerville and Marcus Heyward of Atlanta, Ga.; a daughter, Denise Heyward Brown of Walterboro; a sister-in-law, Brenda (Hal) Tuten of Walterboro; six grandchildren; three great-grandchildren; and a host of nieces, nephews, cousins and friends. He was preceded in death by his brothers, Nathaniel and Willie Heyward.

Homegoing services will be held at 11 a.m. Saturday, June 13, at Mount Carmel AME Church, with the Rev. Dr. Lorenzo Ravenel, eulogist. Interment will follow in the church cemetery. Active pallbearers: Benny Gantt, Otis Brown, Terrance Heyward and Kevin Crosby. Honorary pallbearers: Clarence Bostick and the Steward Board.

Live Oak Memorial Chapel, Walterboro, is serving the family.""",
gold=[("SCB010", "deceased_client"), ("SCB011", "spouse_of_deceased_client"), ("SCB007", "survivor"),
      ("SCB006", "survivor")]),

dict(guid="scb_lofh_mother-viola-kinloch-jenkins", pub="2026-02-03T09:40:00-05:00",
     title="Mother Viola Kinloch Jenkins (1928 - 2026)",
body="""Mother Viola Kinloch Jenkins, 97, of St. Helena Island, answered the Master's call on Friday, January 30, 2026, at her home on Eddings Point Road, where she was born.

Mother Viola was the daughter of the late Sam and Rebecca Kinloch. She attended the Penn School and taught Sunday school at Ebenezer Baptist Church for more than sixty years. She sewed quilts, picked crab, and raised nine children and any other child who came to her table. She could still shout at the praise house at ninety-five.

She leaves to mourn: four daughters, Mrs. Alberta Jenkins Brown, Mrs. Carrie Jenkins, Mrs. Ruby Jenkins Wright of Brooklyn, N.Y., and Ms. Lottie Jenkins; three sons, Deacon James Jenkins (Sara), Leroy Jenkins and Robert Jenkins; one sister, Mrs. Queen Esther "Queenie" Wigfall of St. Helena Island; a devoted nephew, Ezekiel "Zeke" Polite Jr. and his wife, Hattie Mae, of St. Helena Island; thirty-one grandchildren; and a host of great-grandchildren, great-great-grandchildren and church family. She was preceded in death by her husband, Deacon Elijah Jenkins, her brother, Rufus Kinloch, and two sons.

Homegoing celebration: Saturday, February 7, at 1 p.m., Ebenezer Baptist Church, St. Helena Island. Eulogist: Pastor Reginald Fripp. Repast at the church fellowship hall. Flower bearers: the Missionary Circle.""",
gold=[("SCB003", "survivor"), ("SCB001", "survivor"), ("SCB002", "survivor")]),

dict(guid="scb_lofh_isaiah-grayson-sr", pub="2026-04-22T11:05:00-04:00",
     title="Mr. Isaiah Grayson Sr. (1934 - 2026)",
body="""Mr. Isaiah Grayson Sr., 91, of Yemassee, departed this life on April 18, 2026, at Hampton Regional Medical Center.

Mr. Grayson was born in Yemassee to the late Isaiah and Minnie Grayson. He worked for the Seaboard Coast Line railroad for thirty-six years and was a charter member of the Yemassee Masonic Lodge No. 371. He loved his garden, his grandchildren and the Atlanta Braves, in that order.

He is survived by his daughter, Gloria Grayson Hamilton of Ridgeland; a son, Isaiah Grayson Jr. of Savannah, Ga.; his grandson and namesake, Isaiah Grayson (Tamika) of St. Helena Island; four other grandchildren; and nine great-grandchildren. He was preceded in death by his wife, Mattie Grayson.

A graveside service will be held Saturday at 2 p.m. at Salkehatchie Cemetery, Elder Thomas Mitchell officiating.""",
gold=[("SCB017", "survivor"), ("SCB018", "survivor")]),

dict(guid="scb_lofh_thaddeus-james-kinard", pub="2026-05-06T15:30:00-04:00",
     title="Thaddeus James Kinard (2005 - 2026)",
body="""Thaddeus James Kinard, 20, of Hardeeville, left us far too soon on May 2, 2026.

TJ was a 2023 graduate of Hardeeville-Ridgeland Middle High School, where he played linebacker, and was studying welding at the Technical College of the Lowcountry. He could fix anything with an engine and would drive across two counties to help a friend.

He is survived by his parents, Marcus and Renee Kinard of Hardeeville; his sisters, Kiara and Destiny; his grandmother, Mrs. Pearlie Kinard of Levy; and many aunts, uncles and cousins.

A celebration of life will be held Wednesday at 6 p.m. at Live Oak Memorial Chapel, Frogmore.""",
gold=[]),

dict(guid="scb_lofh_rosalind-bostick-freeman", pub="2026-03-05T10:00:00-05:00",
     title="Mrs. Rosalind Bostick Freeman (1953 - 2026)",
body="""Mrs. Rosalind Bostick Freeman, 72, of Walterboro, passed peacefully on March 1, 2026.

Mrs. Freeman retired from the Colleton County Department of Social Services after twenty-eight years. She was a member of Bethel AME Church and loved a good card game.

She is survived by her husband, Roosevelt Freeman; her brothers, Clarence Bostick of Walterboro and Otis Bostick of Newark, N.J.; her niece, Tamika Fields Grayson (Isaiah) of St. Helena Island; and a host of relatives and friends.

Services: Saturday at noon, Bethel AME Church, Walterboro.""",
gold=[("SCB018", "survivor"), ("SCB017", "survivor")]),

dict(guid="scb_lofh_ernestine-capers-washington", pub="2026-01-20T09:00:00-05:00",
     title="Mrs. Ernestine Capers Washington (1945 - 2026)",
body="""Mrs. Ernestine Capers Washington, 80, of Lady's Island, transitioned on January 16, 2026.

A daughter of the late Joseph and Leola Capers, she taught home economics at Beaufort High School for thirty years and was a proud member of Delta Sigma Theta Sorority. Her deviled crab was known from Coosaw to Bluffton.

She leaves her son, Dr. Kenneth Washington of Columbia; a sister, Mrs. Geneva Capers Mack of Lady's Island; two grandchildren; and a host of relatives and friends. She was preceded in death by her husband, Henry Washington.

Funeral: Friday, 11 a.m., Grace Chapel AME Church, Beaufort.""",
gold=[("SCB014", "survivor")]),
]
