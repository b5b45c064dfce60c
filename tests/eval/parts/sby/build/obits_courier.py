"""The Delmarva Courier (Salisbury daily): obituaries, plain text, legacy-style titles. Hand-labelled."""

FEED = "courier"
ITEMS = [
dict(guid="sby_courier_obit_2026_0114", pub="2026-01-22T05:30:00-05:00",
title="Alfred Lee Dashiell Obituary (1941 - 2026) - Princess Anne, MD - The Delmarva Courier",
body="""PRINCESS ANNE - Alfred Lee Dashiell, 84, of Princess Anne, passed away on Monday, January 19, 2026, at TidePoint Hospice House in Salisbury.

Born in Manokin, he was the son of the late Lee Roy and Hester Dashiell. He farmed corn and soybeans on the Dashiell home place along the Manokin River for more than fifty years and served on the Somerset County Farm Bureau board. He never missed a Somerset County Fair and never lost a tomato contest he entered, by his own count.

He is survived by his sister, Mary Beth Pusey of Princess Anne; his niece, Patrice Dashiell-Mezick of Salisbury; his nephew, Daniel Pusey of Annapolis; and many cousins. He was preceded in death by his wife of 49 years, Frances Dashiell, and by his brother-in-law, Thomas Pusey.

A funeral service will be held at 11 a.m. Saturday at Manokin Presbyterian Church, where friends may call one hour prior, with the Rev. Thaddeus Fooks officiating. Interment will follow in the church cemetery. In lieu of flowers, contributions may be made to the Somerset County 4-H.""",
gold=[("SBY005", "survivor"), ("SBY008", "survivor")]),

dict(guid="sby_courier_obit_2026_0167", pub="2026-02-20T05:30:00-05:00",
title="Marvin Lee Tyler Sr. Obituary (1936 - 2026) - Crisfield, MD - The Delmarva Courier",
body="""CRISFIELD - Marvin Lee Tyler Sr., 89, a Crisfield waterman for seven decades, died Tuesday, February 17, 2026, at his home on Cove Street.

He was born on Smith Island, in Rhodes Point, and moved "over to the main" as a young man. He crabbed, tonged oysters and ran a soft-shell shedding operation behind the house until he was 85. He was a lifelong member of Immanuel United Methodist Church and of the Crisfield Volunteer Fire Department.

He is survived by his son, Marvin "Bubby" Tyler Jr. and his wife, Jeanette, of Crisfield; his daughter, Carol Ann Lawson and her husband, Ricky, of Marion Station; five grandchildren; and nine great-grandchildren. He was preceded in death by his wife, Iona Tyler, in 2019, and by his brothers, Elmer and Jesse Tyler.

Services will be held at 2 p.m. Monday at Immanuel United Methodist Church, Crisfield, with the Rev. Brenda Laws officiating. Burial will be in Crisfield Cemetery. Arrangements by Lawson & Sterling Funeral Home, Crisfield.""",
gold=[("SBY003", "survivor"), ("SBY004", "survivor")]),

dict(guid="sby_courier_obit_2026_0203", pub="2026-03-03T05:30:00-05:00",
title="Geraldine M. Insley Obituary (1946 - 2026) - Hagerstown, MD - The Delmarva Courier",
body="""HAGERSTOWN - Geraldine Marie Insley, 79, of Hagerstown, died Friday, February 27, 2026, at Meritus Medical Center.

A native of Washington County, she taught second grade at Fountaindale Elementary School for 33 years and was a member of St. Ann Catholic Church. Her family asked that this notice be placed in the Eastern Shore paper, where she spent every summer of her childhood at her grandmother's in Nanticoke.

She is survived by her husband of 56 years, Donald Insley; her sons, Mark Insley of Frederick and Brian Insley of Hagerstown; and four grandchildren.

A Mass of Christian Burial will be offered Thursday at St. Ann Catholic Church, Hagerstown.""",
gold=[]),

dict(guid="sby_courier_obit_2026_0288", pub="2026-04-14T05:30:00-04:00",
title="Elwood T. \"Woody\" Dize Obituary (1944 - 2026) - Crisfield, MD - The Delmarva Courier",
body="""CRISFIELD - Elwood Thomas "Woody" Dize, 82, of Crisfield, went home to be with the Lord on Saturday, April 11, 2026, at Peninsula Shores Medical Center in Salisbury, with his family by his side.

Woody was born February 11, 1944, in Crisfield, a son of the late Thomas and Ada Dize. He followed his father on the water at fourteen, worked a crab pot boat out of Somers Cove for forty years, and later ran Dize's Marine Supply on Main Street. He was a past captain of the Crisfield Volunteer Fire Department, a judge at the National Hard Crab Derby for thirty years, and a member of Asbury United Methodist Church.

He is survived by his wife of 58 years, Loretta (Sterling) Dize; his son, Thomas Dize and his wife, Angie, of Westover; his daughter, Kim Evans of Salisbury; four grandchildren; and his sister, Ruth Ann Bradshaw of Tylerton.

A service celebrating his life will be held at 11 a.m. Thursday at Asbury United Methodist Church, Crisfield, with the Rev. Brenda Laws officiating. Pallbearers will be Tommy Marshall, Chad Dize, Wesley Bradshaw, Ricky Lawson, Kevin Sterling and Tyler Evans. Arrangements by Lawson & Sterling Funeral Home, Crisfield.""",
gold=[("SBY001", "deceased_client"), ("SBY002", "spouse_of_deceased_client")]),

dict(guid="sby_courier_obit_2026_0331", pub="2026-05-08T05:30:00-04:00",
title="Dylan Wade Truitt Obituary (2003 - 2026) - Parsonsburg, MD - The Delmarva Courier",
body="""PARSONSBURG - Dylan Wade Truitt, 22, of Parsonsburg, died unexpectedly on Tuesday, May 5, 2026.

Dylan graduated from Parkside High School in 2021 and was finishing his apprenticeship as an electrician with IBEW Local 24. He loved duck hunting on the Nanticoke, his chocolate Lab, Boone, and anything with a Chevy badge on it.

He is survived by his parents, Wade and Tonya Truitt of Parsonsburg; his sister, Kaitlyn Truitt; his grandparents, Dale and Shirley Truitt of Pittsville; and his girlfriend, Morgan Hitch.

A celebration of his life will be held at 4 p.m. Sunday at the Parsonsburg Volunteer Fire Company.""",
gold=[]),

dict(guid="sby_courier_obit_2026_0374", pub="2026-06-02T05:30:00-04:00",
title="Evelyn Ennis Bunting Obituary (1953 - 2026) - Ocean Pines, MD - The Delmarva Courier",
body="""OCEAN PINES - Evelyn Ennis Bunting, 72, of Ocean Pines, died Friday, May 29, 2026, at Atlantic General Hospital in Berlin after a long illness.

Born in Showell, she was the daughter of the late Harry and Grace Ennis. She worked for 28 years in the Worcester County Clerk of Court's office in Snow Hill and was a founding member of the Ocean Pines Garden Club.

She is survived by her husband, Roger Bunting; her sister, Mrs. Lionel (Kitty) Cropper of Berlin; her brother, Harry Ennis Jr. of Bishopville; and several nieces and nephews.

A graveside service will be held at 10 a.m. Wednesday at Evergreen Cemetery, Berlin.""",
gold=[("SBY012", "survivor"), ("SBY011", "survivor")]),
]
