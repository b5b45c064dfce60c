"""Piney Woods Funeral Home (chapels in Kilgore, Longview and Jacksonville): HTML in content:encoded, a
one-sentence plain description. Hand-labelled."""

ITEMS = [
dict(guid="tyr_pwfh_obit_hightower-ozella", pub="2026-02-24T09:00:00-06:00",
title="Mrs. Ozella Mims Hightower",
body="""Mrs. Ozella Mims Hightower, 87, of Jacksonville entered into eternal rest on Friday, February 20, 2026.

Sister Hightower was born February 14, 1939, in Rusk to the late Rev. Isaiah and Pearlie Mims. She taught home economics at Fred Douglass School and later Jacksonville High School for 34 years and was a faithful member of Greater New Mount Zion Baptist Church, where she served on the Mothers Board.

She was preceded in death by her husband, Deacon Luther Hightower, and her brothers, Otha and Willie Mims.

She leaves to cherish her memory her nephew, Cedric Mims of Dallas; her goddaughter, Toni Reese of Jacksonville; and a host of cousins, church family and friends.

Homegoing services will be held at 1:00 p.m. Saturday at Greater New Mount Zion Baptist Church with Pastor Alvin Rountree delivering the eulogy. Interment will follow at Resthaven Cemetery.""",
gold=[("TYR005", "deceased_client")]),

dict(guid="tyr_pwfh_obit_bostick-harlan", pub="2026-03-21T15:00:00-05:00",
title="Harlan Wayne Bostick",
body="""Harlan Wayne Bostick, 84, of Kilgore passed away Thursday, March 19, 2026, at Christus Good Shepherd Medical Center in Longview.

Harlan was born June 12, 1941, in Overton to Wayne and Lois Bostick. He roughnecked in the East Texas Oil Field as a young man and later owned Bostick Pump & Supply in Kilgore for 30 years. He was a Kilgore College Rangerette booster, a Mason and a member of First Baptist Church of Kilgore.

He is survived by his wife of 61 years, Imogene Cates Bostick; his daughters, Sherry Lynn Waddell and husband Mike of Henderson and Karen Bostick of Austin; and four grandchildren.

Services will be held at 10:00 a.m. Monday at First Baptist Church of Kilgore with Bro. Tim Hargis officiating. Pallbearers will be Bubba Cheatwood, Mike Waddell, Darrell Cates, Jody Waddell, Clint Bostick and Ray Satterwhite.""",
gold=[("TYR007", "deceased_client"), ("TYR008", "spouse_of_deceased_client")]),

dict(guid="tyr_pwfh_obit_pickering-opal", pub="2026-04-06T10:00:00-05:00",
title="Opal Faye Pickering",
body="""Opal Faye Pickering, 94, of Gladewater passed from this life on April 3, 2026.

Opal was born in Big Sandy on July 9, 1931. She and her late husband, J.T. Pickering, ran Pickering's Grocery on Highway 80 for 38 years, and she was a charter member of the Gladewater Garden Club.

Those left to cherish her memory include her daughter, Darlene Dossett (Bobby Ray) of Longview; her son, Larry Pickering and wife Connie of Big Sandy; five grandchildren; and twelve great-grandchildren.

Funeral services will be held at 10:00 a.m. Thursday at the Piney Woods Funeral Home Longview chapel, with burial at Gladewater Memorial Park.""",
gold=[("TYR004", "survivor"), ("TYR003", "survivor")]),

dict(guid="tyr_pwfh_obit_gilmore-otis", pub="2026-05-11T11:00:00-05:00",
title="Deacon Otis Gilmore",
body="""Deacon Otis Gilmore, 79, of Longview transitioned from labor to reward on Wednesday, May 6, 2026.

Deacon Gilmore was born in Longview in 1946 and retired from LeTourneau after 31 years as a welder. He served Mount Pisgah Missionary Baptist Church as a deacon for over forty years.

He leaves to cherish his memory his devoted wife, Mattie Gilmore; his daughter, Latrice Wyatt (Demetrius) of Longview; his son, Otis Gilmore Jr. of Houston; his sister-in-law, Cleotha "Cleo" Mabry of Longview; four grandchildren, including Malik Wyatt; and a host of nieces, nephews and friends.

A Celebration of Life will be held at 11:00 a.m. Saturday at Mount Pisgah Missionary Baptist Church.""",
gold=[("TYR015", "survivor"), ("TYR014", "survivor"), ("TYR019", "survivor")]),

dict(guid="tyr_pwfh_obit_cardenas-tomas", pub="2026-06-02T10:00:00-05:00",
title="Tomás Cárdenas Olvera",
body="""Tomás Cárdenas Olvera, 80, of Jacksonville passed away May 29, 2026, surrounded by his family.

Don Tomás was born in San Luis Potosí, Mexico, and came to Cherokee County in 1972 to work in the tomato sheds and later at the Jacksonville poultry plant. He was a devoted member of Our Lady of Sorrows Catholic Church.

He is survived by his wife, María Elena; his daughters, Rosalinda Cárdenas Mireles (Arturo) and Leticia Cárdenas, both of Jacksonville; his son, Tomás Cárdenas Jr. of Dallas; and nine grandchildren.

The Holy Rosary will be prayed at 7:00 p.m. Monday at the Jacksonville chapel. Mass of Christian Burial will be celebrated at 10:00 a.m. Tuesday at Our Lady of Sorrows.""",
gold=[("TYR017", "survivor")]),
]
