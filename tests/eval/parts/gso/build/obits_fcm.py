"""The Gate City Faith & Community Messenger: a community weekly for Greensboro's churches and its Montagnard
(Dega) and Lumbee communities. Teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "fcm"
ITEMS = [
dict(guid="gso_fcm-homegoing-2026-0131", pub="2026-01-31T08:00:00-05:00", title="Homegoing: Mother Ollie Mae Scales, 91",
body="""Mother Ollie Mae Scales, 91, of Greensboro, a mother of Greater Shiloh Missionary Baptist Church for more than half a century, transitioned from labor to reward on Tuesday, January 27, 2026.

Born in Rockingham County to the late Rev. Isaiah and Pearl Scales, she came to Greensboro in 1951 to work at the Cone Mills Revolution plant and joined Greater Shiloh the first Sunday she was in town. She marched with the A&T students in 1960 and never let anyone forget it. She led the Pastor's Aid Board, cooked for every revival and raised four children and a good part of the neighborhood on Phillips Avenue.

She leaves to cherish her memory a devoted daughter, Gwendolyn "Gwen" Hairston (Rev. Dr. Curtis L. Hairston) of Greensboro; a son, Lamont Scales of Durham; a sister, Bertha Scales Dillard of Reidsville; eleven grandchildren, nineteen great-grandchildren and a host of nieces, nephews, cousins and church family. She was preceded in death by her husband, Deacon Roosevelt Scales, and two sons, Jerome and Calvin.

The homegoing celebration will be held at 12 noon Saturday at Greater Shiloh Missionary Baptist Church, with the Rev. Anthony Wall delivering the eulogy. Interment will follow at Maplewood Cemetery.""",
gold=[("GSO007", "survivor"), ("GSO008", "survivor")]),

dict(guid="gso_fcm-dega-2026-0319", pub="2026-03-19T08:00:00-04:00", title="Community mourns H'Blong Rmah, 86, elder of Greensboro's Dega families",
body="""H'Blong Rmah, 86, of Greensboro, one of the first Dega (Montagnard) elders to settle in the city, died on Sunday, March 15, 2026, surrounded by her children and grandchildren.

She was born in Buon Ko Tam, near Ban Me Thuot in the Central Highlands, and came to Greensboro in 1992 with the families resettled after years in the jungle and in the camps. For three decades she grew mustard greens, eggplant and chili in a community garden off Randleman Road and wove traditional skirts that were worn at every wedding and church Christmas in the community.

She is survived by her daughter, H'Nga Rmah, and her husband, Y Duon Ksor, of Greensboro; her son, Y Thon Rmah of Charlotte; eleven grandchildren, among them Y Kong Ksor; and four great-grandchildren. She was preceded in death by her husband, Y Bhim Niê.

A service in Rhade and English will be held at 10 a.m. Saturday at Montagnard Evangelical Church of Greensboro, followed by burial at Forest Lawn Cemetery and a meal for the community.""",
gold=[("GSO006", "survivor"), ("GSO005", "survivor")]),  # roster stores "HNga" (apostrophe dropped)

dict(guid="gso_fcm-lumbee-2026-0707", pub="2026-07-07T08:00:00-04:00", title="Viola Locklear, 83, of Pembroke",
body="""Viola Locklear, 83, of the Saddletree community near Pembroke, died July 3, 2026, at Southeastern Regional Medical Center. Her family asked that the Messenger carry her notice for the many Lumbee families in the Triad who knew her.

Mrs. Locklear picked cotton and cropped tobacco as a girl, cooked at Pembroke Elementary for twenty-six years, and sang alto in the choir at Saddletree Church of God for sixty years. She never missed a Lumbee Homecoming parade.

She is survived by her daughters, Tammy Locklear Oxendine (Dwayne) of Greensboro and Sheila Locklear of Raeford; her son, Marvin Locklear of Pembroke; nine grandchildren; and many great-grandchildren. She was preceded in death by her husband, James Earl Locklear.

The funeral will be held at 2 p.m. Wednesday at Saddletree Church of God, with burial in the church cemetery.""",
gold=[("GSO012", "survivor"), ("GSO013", "survivor")]),

dict(guid="gso_fcm-homegoing-2026-0825", pub="2026-08-25T08:00:00-04:00", title="Homegoing: Darnell Antonio Siler, 29",
body="""Darnell Antonio Siler, 29, of Greensboro, was called home suddenly on Thursday, August 20, 2026.

A 2015 graduate of Dudley High School, where he ran the 400 meters, Darnell worked as a forklift operator at the Greensboro distribution center and was a youth basketball coach at the Warnersville Recreation Center. He never met a child he could not get to laugh.

He leaves to cherish his memory his parents, Marcus and Yvette Siler of Greensboro; his daughter, Amani; his brothers, Marcus Jr. and Terrence; his grandmother, Mother Louise Siler; and a host of aunts, uncles, cousins and friends.

The homegoing service will be held at 11 a.m. Saturday at St. James Presbyterian Church.""",
gold=[]),  # young namesake of GSO023 Darnell Siler (Asheboro, b. 1966): parents named, different town
]
