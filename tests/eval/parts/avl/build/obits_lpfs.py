"""Laurel & Pisgah Funeral Service (chapels in Weaverville, Candler and Sylva): funeral-home site, HTML in
content:encoded, one-sentence plain description, non-permalink guids. Appalachian and Eastern Band Cherokee
customs. Hand-labelled: gold=[(client_id, role)] beside each text."""

FEED = "lpfs"
ITEMS = [
dict(guid="avl_lpfs_2026_0117", pub="2026-02-03T10:15:00-05:00", title="Dewey Franklin Ballew",
slug="dewey-franklin-ballew",
body="""Dewey Franklin Ballew, 79, of Candler, went home to be with the Lord on Saturday, January 31, 2026, at Mission Hospital, with his family by his side.

Dewey was born in the Hominy Valley to the late Arlie and Pearl Hensley Ballew. He drove a log truck for Champion Paper and later ran the feed store on Pisgah Highway for thirty years, where there was always a pot of coffee on and a checkerboard set up by the stove. He was a lifelong member of Hominy Baptist Church and sang bass in the Ballew Brothers Quartet.

He is survived by his wife of 54 years, Nell Ballew; his son, Travis Ballew (Amy) of Candler; his sister, Mary Beth (Ross) Tweed of Weaverville; four grandchildren; and a special friend and fishing buddy, Harold Rice. He was preceded in death by his brothers, Clyde and Herschel Ballew.

The funeral will be held at 2 p.m. Wednesday at Hominy Baptist Church, with the Rev. Gary Pless officiating. Burial will follow in the Ballew family cemetery on Stony Fork. Pallbearers will be Travis Ballew, Toby Kerlee, Wade Rice, Jimmy Pless, Dalton Ballew and Cody Ballew.""",
gold=[("AVL003", "survivor"), ("AVL004", "survivor")]),

dict(guid="avl_lpfs_2026_0162", pub="2026-03-02T09:40:00-05:00", title="Lemuel Wade Sluder",
slug="lemuel-wade-sluder",
body="""Lemuel Wade Sluder, 27, of Candler, passed away unexpectedly on Thursday, February 26, 2026.

Wade, as everyone knew him, graduated from Enka High School in 2017 and worked as a lineman for Haywood EMC. He was happiest on a creek bank with a fly rod or under the hood of his 1978 Ford. He never met a stray dog he would not take home.

He is survived by his parents, Dwayne and Tonya Sluder of Candler; his sister, Kaylee Sluder; his girlfriend, Brooke Messer; his grandmother, Juanita Sluder; and many aunts, uncles and cousins. He was preceded in death by his grandfather, Roy Sluder.

A celebration of Wade's life will be held at 3 p.m. Sunday in the Candler chapel. In lieu of flowers, the family asks that donations be made to the Brother Wolf Animal Rescue.""",
gold=[]),

dict(guid="avl_lpfs_2026_0203", pub="2026-03-19T11:00:00-04:00", title="Velma Pearl Revis",
slug="velma-pearl-revis",
body="""Velma Pearl Revis, 93, of Fairview, passed from this life on Monday, March 16, 2026, at the home she was born in on Cane Creek.

Velma was the daughter of the late Zeb and Ollie Garren. She married Lloyd Revis in 1951, and together they raised four children, a milk cow named Sukey and a garden that fed half of Fairview. She taught Sunday school at Cane Creek Methodist Church for sixty years and could still recite the names of every child she taught.

Velma is survived by her daughter, JoAnn Frisby (Wendell) of Fairview; her sons, Roy Revis of Gerton and Dennis Revis (Carla) of Mars Hill; nine grandchildren; and fourteen great-grandchildren. She was preceded in death by her husband, Lloyd, in 2009, and by a son, Larry.

A graveside service will be held at 11 a.m. Saturday at Cane Creek Methodist Church cemetery. The family will receive friends afterward in the fellowship hall.""",
gold=[("AVL011", "survivor")]),

dict(guid="avl_lpfs_2026_0248", pub="2026-04-09T10:30:00-04:00", title="Harlan Dale Stikeleather",
slug="harlan-dale-stikeleather",
body="""Harlan Dale Stikeleather, 84, of Weaverville, died peacefully at home on Monday, April 6, 2026.

Harlan was born June 14, 1941, in Weaverville, the son of the late Dale and Gertrude Stikeleather. He served in the U.S. Army in Germany and came home to run the family hardware store on Main Street, Stikeleather Hardware, which his father had opened in 1954. Three generations of Weaverville children bought their first pocketknife from him. He served on the Weaverville town council for twelve years and was an elder of Weaverville Presbyterian Church.

He is survived by his wife of 62 years, Opal Rathbone Stikeleather; his daughter, Denise Stikeleather Cole (Mark) of Raleigh; his son, Dale Stikeleather of Weaverville; and five grandchildren.

The funeral will be held at 11 a.m. Friday at Weaverville Presbyterian Church. Burial will follow in West Memorial Park. Memorials may be made to the Weaverville Fire Department.""",
gold=[("AVL001", "deceased_client"), ("AVL002", "spouse_of_deceased_client")]),

dict(guid="avl_lpfs_2026_0291", pub="2026-05-06T14:20:00-04:00", title="Amos Climbingbear",
slug="amos-climbingbear",
body="""Amos Climbingbear, 88, of the Big Cove community, Cherokee, passed away on Sunday, May 3, 2026, at Cherokee Indian Hospital.

Amos was an enrolled member of the Eastern Band of Cherokee Indians, born in Big Cove to the late Jesse and Stacy Wolfe Climbingbear. A first-language Cherokee speaker, he spent his later years teaching the language to children at the New Kituwah Academy, and he was known across the Qualla Boundary as a maker of white-oak baskets and a fierce stickball player in his youth. He was a member of Rock Springs Baptist Church and served in the U.S. Marine Corps.

He is survived by his sister, Lula Climbingbear Owle of Birdtown; his niece, Darlene Climbingbear of Asheville; his nephews, Jesse Owle and Sampson Owle, both of Cherokee; and a host of grandnieces and grandnephews. He was preceded in death by his wife, Mary Ann Climbingbear, and his brothers, Wilson and Johnson Climbingbear.

Funeral services will be held at 1 p.m. Thursday at Rock Springs Baptist Church, with burial in the Climbingbear family cemetery. The body will lie in state at the church from 6 p.m. Wednesday. Arrangements by the Sylva chapel of Laurel & Pisgah Funeral Service.""",
gold=[("AVL012", "survivor")]),

dict(guid="avl_lpfs_2026_0334", pub="2026-06-11T09:05:00-04:00", title="Orval Lee Medford",
slug="orval-lee-medford",
body="""Orval Lee Medford, 85, of Waynesville, passed away Tuesday, June 9, 2026, at Haywood Regional Medical Center.

A native of Haywood County, Orval was the son of the late Hoyt and Essie Medford. He worked forty years at the Dayco plant and raised burley tobacco and Christmas trees on the family farm on Love Lane. He was a member of Long's Chapel United Methodist Church and never missed a day of the Haywood County Fair.

Orval is survived by his brother, Alton Medford of Waynesville; his sister, Mrs. Carl (Billie) Shuford of Flat Rock; his daughters, Teresa Medford Rathbone and Connie Medford; and three grandchildren. His wife, Nora, preceded him in death in 2019.

Funeral services will be held Saturday at 2 p.m. at Long's Chapel United Methodist Church. Burial will follow in Green Hill Cemetery.""",
gold=[("AVL014", "survivor")]),
]
