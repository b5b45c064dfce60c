"""Deep Fork Family Funeral Service (Okmulgee and Henryetta): Muscogee (Creek) and Cherokee family obituaries,
church and stomp-ground details, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="tul_dff_2026_0107", pub="2026-01-09T10:00:00-06:00", title="Lucinda Fixico Harjochee (1936 - 2026)",
body="""Lucinda Fixico Harjochee, 89, of Okmulgee, passed from this life on January 5, 2026, at her home west of town surrounded by family. She was born May 3, 1936, at Nuyaka to Jackson and Sallie (Deere) Fixico. She was a citizen of the Muscogee (Creek) Nation, of the Wind Clan, and a lifelong member of Nuyaka Indian Baptist Church, where she cooked for camp meetings for more than fifty years.

She is survived by her sister, Louise Yahola and her husband, Sonny, of Okmulgee; her son, Rodney Harjochee of Henryetta; five grandchildren and a host of nieces, nephews and church family.

She was preceded in death by her husband, Amos Harjochee; her parents; and her brothers, Jimmy Fixico and Paul Fixico.

Wake service will be held 7 p.m. Thursday at Nuyaka Indian Baptist Church. Funeral service 10 a.m. Friday at the church with Rev. Tommy Bemo officiating. Burial will follow at Nuyaka Cemetery. Pallbearers: Rodney Harjochee, Marcus Fixico, Dale Larney, Curtis Blackfox, Aaron Harjochee and Levi Deere.""",
gold=[("TUL002", "survivor"), ("TUL001", "survivor")]),

dict(guid="tul_dff_2026_0212", pub="2026-02-13T10:00:00-06:00", title="Pauline Bear Canard (1940 - 2026)",
body="""Pauline Bear Canard of Okmulgee was called home on February 9, 2026, at the age of 85. She was born December 1, 1940, in Okmulgee to Thomas and Emma (Tiger) Bear. A citizen of the Muscogee (Creek) Nation of the Bird Clan and Arbeka tribal town, she worked 31 years for the Nation's Division of Health and was a faithful member of Okmulgee Indian Methodist Church. She sewed ribbon shirts and patchwork skirts for every grandchild and took her shell shakers to the Arbeka ceremonial ground each summer until her knees would no longer allow it.

She is survived by her daughter, Rhonda Canard Larney of Beggs; her nephew, Rev. Tommy Bemo and his wife, Charlene, of Okmulgee, whom she raised as her own; seven grandchildren; and her sister-in-law, Ida Canard of Dustin.

She was preceded in death by her husband, Jonas Canard, in 1998; her parents; and her brothers, Samuel Bear and Woodrow Bear.

Wake will be held 6 p.m. Sunday at Okmulgee Indian Methodist Church. Funeral 11 a.m. Monday at the church, with Rev. Harvey Deere officiating. Interment at Bear Family Cemetery north of Okmulgee.""",
gold=[("TUL016", "deceased_client"), ("TUL010", "survivor")]),

dict(guid="tul_dff_2026_0305", pub="2026-03-06T10:00:00-06:00", title="Ollie Mae Hummingbird (1929 - 2026)",
body="""Ollie Mae Hummingbird, 96, of Sand Springs, formerly of Marble City, passed away peacefully on March 2, 2026. She was born April 18, 1929, at Marble City in Sequoyah County to Jess and Nannie (Soap) Christie, and spoke Cherokee before she learned English. She was a citizen of the Cherokee Nation, a member of Marble City Cherokee Baptist Church and, in later years, of Sand Springs' Westside Baptist. She was well known for her grape dumplings and her honeysuckle baskets, one of which is held in the Cherokee Heritage Center collection.

Survivors include her son, Eugene "Geno" Hummingbird of Sand Springs; her daughter, Wilma Hummingbird Proctor and husband Leon of Muskogee; four grandchildren; and nine great-grandchildren.

She was preceded in death by her husband, Walter Hummingbird; a son, Danny Hummingbird; and her parents.

Services will be held 1 p.m. Saturday at Marble City Cherokee Baptist Church with Rev. Jimmy Soap officiating; burial in Christie Cemetery. Hymns will be sung in Cherokee.""",
gold=[("TUL006", "survivor")]),

dict(guid="tul_dff_2026_0326", pub="2026-03-27T10:00:00-05:00", title="Velma Blackfox (1934 - 2026)",
body="""Velma Irene Blackfox, 91, of Broken Arrow, passed away on March 23, 2026. She was born August 8, 1934, in Hulbert, Oklahoma, to Henry and Lula Pigeon. A Cherokee Nation citizen, she taught first grade at Broken Arrow's Arrow Springs Elementary for 33 years and never missed a Cherokee National Holiday.

She was preceded in death by her husband of 47 years, Curtis Blackfox, in 2003; her parents; and a sister, Ethel Pigeon.

She is survived by her son, Curt Blackfox of Broken Arrow; her daughter, Angela Blackfox Reed and husband Tony of Fort Gibson; three grandchildren; and many Pigeon nieces and nephews.

Services 10 a.m. Wednesday at First Indian Baptist Church of Broken Arrow, burial at Park Grove Cemetery.""",
gold=[("TUL019", "survivor")]),

dict(guid="tul_dff_2026_0423", pub="2026-04-24T10:00:00-05:00", title="Amos Lee Crittenden (1944 - 2026)",
body="""Amos Lee Crittenden, 81, of Vian, went to be with the Lord on April 20, 2026. He was born January 9, 1944, at Bunch, Oklahoma, to Ned and Sallie (Wolfe) Crittenden. A Cherokee Nation citizen and Keetoowah descendant, he was a Vietnam veteran (U.S. Marine Corps), retired after 30 years with the Corps of Engineers at Webbers Falls Lock and Dam, and was a head man and singer at the Flint Creek ceremonial ground, where he led stomp dance songs for over forty years.

He is survived by his wife of 58 years, Nancy Crittenden of the home; daughters, Shawna Wildcat of Tulsa and Renee Crittenden of Vian; a son, Ned Crittenden of Sallisaw; eight grandchildren.

Preceded in death by his parents and brothers, Jesse and Lacy Crittenden.

Wake 7 p.m. Friday at the Flint Creek ceremonial ground. Funeral 2 p.m. Saturday at Vian First Baptist Church with military honors. Burial at Crittenden Cemetery.""",
gold=[("TUL011", "survivor")]),

dict(guid="tul_dff_2026_0604", pub="2026-06-05T10:00:00-05:00", title="Ruth Fourkiller Pigeon (1938 - 2026)",
body="""Ruth Fourkiller Pigeon, 87, of Kenwood, Oklahoma, passed from this life on June 1, 2026. She was born November 4, 1938, at Kenwood to Sam and Jennie Fourkiller, a citizen of the Cherokee Nation and a lifelong member of Kenwood Indian Baptist Church, where she led the Cherokee hymn singing for decades.

She is survived by her sons, Joe Pigeon and Abe Pigeon, both of Kenwood; her niece, Dr. Anita Fourkiller of Tulsa; her brother, Lewis Fourkiller of Salina; eleven grandchildren.

Preceded in death by her husband, Simon Pigeon; her parents; and two brothers.

Services will be held at Kenwood Indian Baptist Church Monday at 11 a.m.; burial in Kenwood Cemetery. Wake Sunday evening at the church.""",
gold=[("TUL014", "survivor")]),

dict(guid="tul_dff_2026_0508", pub="2026-05-08T10:00:00-05:00", title="Wilson Lee Yahola III (2003 - 2026)",
body="""Wilson Lee "Trey" Yahola III, 22, of Okmulgee, was taken from us on May 3, 2026, in a highway accident near Morris. He was born February 20, 2004, in Okmulgee to Wilson Yahola Jr. and Dana (Barnett) Yahola. Trey was a citizen of the Muscogee (Creek) Nation, of the Wind Clan, a 2022 graduate of Okmulgee High School, and a lineman apprentice with East Central Electric Cooperative. He played stickball for Nuyaka, danced at the Arbeka ground every Green Corn, and could fix anything with an engine.

He is survived by his parents, Wilson Jr. and Dana Yahola of Okmulgee; his sister, Kenzie Yahola; his grandparents, Sonny and Louise Yahola of Okmulgee and Gail Barnett of Henryetta; and many aunts, uncles and cousins.

Wake 7 p.m. Tuesday at Nuyaka Indian Baptist Church; funeral 10 a.m. Wednesday at the church, Rev. Tommy Bemo officiating. Burial at Nuyaka Cemetery.""",
gold=[("TUL001", "survivor"), ("TUL002", "survivor")]),
]
