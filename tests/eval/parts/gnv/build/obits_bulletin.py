"""The Messenger, weekly bulletin of First Baptist Church of Newberry: "In Loving Memory" and bereavement notes,
plain text, written by the church office about its members and their families. Hand-labelled."""

FEED = "bulletin"
ITEMS = [
dict(guid="gnv_fbcn_messenger_2026_02_08_memory", pub="2026-02-08T07:00:00-05:00",
title="In Loving Memory: Clyde Dampier",
body="""Please remember our sister Mary Alice Futch and her husband, Brother Dorsey Futch, in the loss of her brother, Clyde Wendell Dampier, 81, of Archer, who went to be with the Lord on Tuesday, February 3, after a long battle with his heart.

Clyde was a lifelong cattleman and a member of Archer First Baptist Church, where he sang bass in the choir for over fifty years. Besides Mary Alice, he leaves his wife of 58 years, Joyce; his sons, Wendell Dampier of Archer and Troy Dampier of Williston; and seven grandchildren. He was preceded in death by his parents, Ellis and Ruby Dampier.

The funeral was held Saturday at Archer First Baptist. The Futch family thanks everyone for the food and the cards. Meals are still welcome; see Sister Peggy Sapp to sign up.""",
gold=[("GNV020", "survivor"), ("GNV019", "survivor")]),

dict(guid="gnv_fbcn_messenger_2026_05_24_memory", pub="2026-05-24T07:00:00-04:00",
title="In Loving Memory: Winnie Lee Altman",
body="""Our oldest member, Sister Winnie Lee Altman, 94, of Newberry, went home to glory on Tuesday, May 19, at Tri-County Nursing Home. Miss Winnie joined this church in 1947 and taught the Ladies' Bible Class for forty years. She is survived by her nephews, Ronald Altman of Newberry and Keith Altman of Dunnellon, and by a great many people she taught to quilt.

She was preceded in death by her husband, Odell Altman, and her only son, Jerry.

A graveside service will be held at 10 a.m. Saturday, May 30, at Newberry Cemetery. Bro. Dorsey Futch will lead the devotional and Sister Mary Alice Futch will sing "Precious Memories," as Miss Winnie asked. Fellowship lunch will follow in the church hall.""",
gold=[]),

dict(guid="gnv_fbcn_messenger_2026_08_16_memory", pub="2026-08-16T07:00:00-04:00",
title="In Loving Memory: Amos Crews",
body="""Our sympathy goes to the Crews and Strickland families. Brother Amos Crews, 79, of Bronson, father of our former member Tammy Strickland, passed away on Wednesday, August 12, only eleven days after his grandson Hollis Wade Strickland was taken from us at Ichetucknee.

Amos drove a pulpwood truck for forty years and never missed a Fourth of July fish fry at this church. He is survived by his wife, Inez; his daughter, Tammy Strickland (Wade) of Lake City; his son, Danny Crews of Bronson; and five grandchildren. He was preceded in death by his grandson Hollis and by his brother, Otis Crews.

Services were held Saturday at Bronson First Baptist Church.""",
gold=[]),
]
