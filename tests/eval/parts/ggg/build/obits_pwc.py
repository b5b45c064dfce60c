"""The Piney Woods Courier (Longview daily): newspaper obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="ggg_pwc_obit_260114_pruett", pub="2026-01-14T05:30:00-06:00", title="Harlan Wayne \"Buddy\" Pruett",
body="""LONGVIEW - Harlan Wayne "Buddy" Pruett, 78, of Longview, went to be with his Lord on Sunday, January 11, 2026, at Christus Good Shepherd Medical Center.

Buddy was born August 2, 1947, in Kilgore to Homer and Velma Pruett. He graduated from Kilgore High School in 1965, served with the Army in Vietnam, and spent 38 years as a pumper and later a field foreman in the East Texas Oil Field. He never met a stranger, never missed a Kilgore Bulldogs home game, and fried fish for half of Gregg County every Good Friday.

He is survived by his wife of 57 years, Opal (Cagle) Pruett of Longview; his son, Darrell Pruett and wife Sherry of Hallsville; his sister, Billie Jean Stroud of Kilgore; four grandchildren and two great-grandchildren.

He was preceded in death by his parents and his brother, Wendell Pruett.

Services will be held at 2 p.m. Thursday at Mobberly Avenue Baptist Church with Bro. Curtis Langley officiating. Burial will follow at Rosewood Park. Pallbearers will be Tad Blankenship, Jerry Nance, Royce Hux, Kyle Pruett, Brandon Pruett and Dusty Gage.""",
gold=[("GGG001", "deceased_client"), ("GGG002", "spouse_of_deceased_client"), ("GGG003", "survivor")]),

dict(guid="ggg_pwc_obit_260203_mcwhorter", pub="2026-02-03T05:30:00-06:00", title="Wesley Earl McWhorter",
body="""GLADEWATER - Wesley Earl McWhorter, 91, a Gladewater fixture who could tell you which wells on the Sabine had come in and in what year, passed away Friday, January 30, 2026, at his home.

Mr. McWhorter was born March 2, 1934, in Gladewater, drove a tank truck for Humble Oil for 31 years and was a deacon at First Baptist Church of Gladewater for more than four decades. He loved antique tractors, his dominoes group at the Gladewater Antique Mall, and his grandchildren.

Survivors include his daughter, Glenda Hux and husband Royce of Gladewater; his grandson, Wes McWhorter of Gladewater, who carries his name; his niece, Peggy (Tad) Blankenship of Gladewater; and a host of other relatives and friends.

He was preceded in death by his wife of 60 years, Lottie Mae McWhorter, and his son, Wesley Jr.

A funeral service will be held Wednesday at 10 a.m. at First Baptist Church of Gladewater. Interment will be in Gladewater Memorial Park.""",
gold=[("GGG022", "survivor"), ("GGG008", "survivor"), ("GGG007", "survivor")]),

dict(guid="ggg_pwc_obit_260220_nance", pub="2026-02-20T05:30:00-06:00", title="Gerald Wayne Nance",
body="""LONGVIEW - Gerald Wayne Nance, 26, of Longview, died unexpectedly Monday, February 16, 2026.

Gerald was born in Longview, graduated from Pine Tree High School in 2017 and had just finished his lineman training with SWEPCO. He loved deer season, bass fishing on Lake Cherokee and his nephews more than anything in this world.

He is survived by his parents, Kevin and Lisa Nance of Longview; his sister, Ashley Nance Cole of Tyler; his grandparents, Gerald "Jerry" and Frances Nance of Longview, for whom he was named; and many aunts, uncles and cousins.

Visitation will be from 6 to 8 p.m. Friday at Rader Funeral Home. The funeral will be at 11 a.m. Saturday at Greggton United Methodist Church.""",
gold=[("GGG020", "survivor"), ("GGG021", "survivor")]),

dict(guid="ggg_pwc_obit_260312_stroud", pub="2026-03-12T05:30:00-05:00", title="Billie Jean Pruett Stroud",
body="""KILGORE - Billie Jean Pruett Stroud, 85, of Kilgore, passed from this life on Tuesday, March 10, 2026.

Billie Jean was born March 9, 1941, in Kilgore, the daughter of Homer and Velma Pruett. She was a Kilgore College Rangerette in 1959 and 1960, taught third grade at Chandler Elementary for 34 years, and never let a child leave her room without knowing the state capitals.

She was preceded in death by her husband of 44 years, Vernon Stroud; her parents; and her brothers, Wendell Pruett and Harlan "Buddy" Pruett.

She is survived by her daughter, Tammy Stroud Gage and husband Dusty of Tyler; her sister-in-law, Opal Pruett of Longview; three grandchildren; and her beloved cat, Pepper.

A memorial service will be held at 11 a.m. Saturday at First Presbyterian Church of Kilgore.""",
gold=[("GGG003", "deceased_client"), ("GGG002", "survivor")]),

dict(guid="ggg_pwc_obit_260408_dupree", pub="2026-04-08T05:30:00-05:00", title="Mary Alice Dupree",
body="""BATON ROUGE, La. - Mary Alice Dupree, 73, of Baton Rouge, a native of Longview, died Saturday, April 4, 2026, at Our Lady of the Lake Regional Medical Center.

Born in Longview to Leon and Ruby Dupree, she moved to Louisiana in 1974, where she was a court reporter for the 19th Judicial District for three decades.

She is survived by her son, Andre Dupree of Baton Rouge; her brother, Leon Dupree Jr. of Houston; and her cousin, Roxie Pilgrim of Longview.

Services will be held in Baton Rouge. A graveside service will be held at 2 p.m. April 11 at Grace Hill Cemetery in Longview.""",
gold=[("GGG013", "survivor")]),

dict(guid="ggg_pwc_obit_260506_ragsdale", pub="2026-05-06T05:30:00-05:00", title="Ozell Ragsdale",
body="""HALLSVILLE - Ozell Ragsdale, 88, of Hallsville, passed away Sunday, May 3, 2026.

Mr. Ragsdale farmed cattle and hay on the family place east of Hallsville all his life and served on the Hallsville ISD school board for 18 years.

He is survived by his sister, Mary Alice Dupree of Hallsville; his nephew, Everett Dobbs of White Oak; and several great-nieces and great-nephews.

He was preceded in death by his wife, Inez, and his brother, Lamar Ragsdale.

Services will be held Friday at 10 a.m. at Hallsville First Baptist Church, with burial at Mount Pleasant Cemetery.""",
gold=[("GGG019", "survivor")]),

dict(guid="ggg_pwc_obit_260603_bledsoe", pub="2026-06-03T05:30:00-05:00", title="Doris Jean Bledsoe",
body="""MARSHALL - Doris Jean Bledsoe, 84, of Marshall, passed away peacefully Sunday, May 31, 2026, surrounded by her family.

Doris was a longtime cashier at Brookshire's on East End Boulevard and a faithful member of Immanuel Baptist Church, where she taught the Dorcas Sunday school class. She made the best pear preserves in Harrison County and gave most of them away.

Left to cherish her memory are her daughter, Rhonda Easterwood and husband Claude "Sonny" Easterwood Jr. of Marshall; her son, Randy Bledsoe of Jefferson; five grandchildren and seven great-grandchildren.

She was preceded in death by her husband, J.W. Bledsoe.

Funeral services will be held at 2 p.m. Thursday at Immanuel Baptist Church in Marshall.""",
gold=[("GGG005", "survivor"), ("GGG004", "survivor")]),
]
