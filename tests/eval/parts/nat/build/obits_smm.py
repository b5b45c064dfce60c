"""Sunrise Memorial Mortuary (Natchez and Fayette): funeral-home site, homegoing style, HTML in content:encoded,
a one-sentence plain description. Hand-labelled."""

FEED = "smm"
ITEMS = [
dict(guid="nat_smm_hattie-bell-spears", pub="2026-01-27T14:00:00-06:00", title="Mother Hattie Bell Spears",
body="""Mother Hattie Bell Spears, 93, of Natchez, departed this life on Friday, January 23, 2026, at her residence, surrounded by her family.

Mother Spears was born on May 5, 1932, in Adams County to the late Moses and Ella Spears. She confessed Christ at an early age and was a faithful member of Pine Ridge Missionary Baptist Church, where she served as Mother of the Church and on the Mothers' Board for 40 years. She worked for many years in the kitchen of the old Eola Hotel.

She leaves to cherish her memory two sons, Leon Spears of Chicago and Edward Spears of Natchez; a granddaughter she raised, Kendra Spears-Ridley (Marcus) of Natchez; nine other grandchildren; a host of great-grandchildren; and her church family.

Homegoing celebration will be held Saturday, January 31, at 1 p.m. at Pine Ridge Missionary Baptist Church. Viewing Friday from 2 until 6 p.m. at Sunrise Memorial Mortuary.""",
gold=[("NAT018", "survivor")]),

dict(guid="nat_smm_ruby-nell-ellzey", pub="2026-02-17T10:30:00-06:00", title="Ruby Nell Ellzey",
body="""Ruby Nell Ellzey, 82, of Vidalia, Louisiana, went home to be with the Lord on Sunday, February 15, 2026.

Born in Clayton, La., Ms. Ruby taught first grade at Vidalia Lower Elementary for thirty-three years; half of Concordia Parish learned to read in her classroom.

She is survived by her son, Dale Ellzey and his wife, Karen, of Vidalia; her grandson, Brandon Ellzey (Caroline) of Vidalia, who made her a great-grandmother just last month; and her sister, Opal Tarver of Clayton.

She was preceded in death by her husband, Ray Ellzey.

Services will be at 11 a.m. Thursday at Vidalia First Baptist Church.""",
gold=[("NAT021", "survivor"), ("NAT022", "survivor")]),

dict(guid="nat_smm_leroy-dixon", pub="2026-03-03T11:00:00-06:00", title="Mr. Leroy Dixon",
body="""Mr. Leroy Dixon, 77, of Natchez, transitioned peacefully on Friday, February 27, 2026, at Merit Health Natchez.

Mr. Dixon retired from International Paper after 30 years and loved the Saints, his grandchildren and a Sunday drive down the Trace.

He leaves to cherish his memory his wife, Mrs. Cora Dixon; two daughters, LaShonda Dixon and Tamara Dixon Price of Natchez; and six grandchildren.

Homegoing services will be held Saturday at 11 a.m. at Antioch Missionary Baptist Church, the Rev. Alphonse Tillman, eulogist. Interment: Natchez City Cemetery. Pallbearers: Otis Fairley, Darnell Whitlock, Reginald Dixon, Cedric Dixon, Larry Bowser and Kevin Price.""",
gold=[]),

dict(guid="nat_smm_emmanuel-st-pierre", pub="2026-03-24T09:45:00-05:00", title="Emmanuel Louis St. Pierre",
body="""Emmanuel Louis "Manny" St. Pierre, 71, of Natchez, died Saturday, March 21, 2026, at St. Dominic Hospital in Jackson.

Manny was born in Opelousas, La., and came to Natchez in 1979 to teach French and Latin at Cathedral High School, where he coached the quiz bowl team to three state titles.

He is survived by his wife of 44 years, Celeste Boudreaux St. Pierre; his son, Luc St. Pierre of Lafayette; and two grandchildren.

A Mass of Christian Burial will be offered at 10 a.m. Friday at St. Mary Basilica. In lieu of flowers, the family requests donations to the Cathedral School scholarship fund.""",
gold=[("NAT013", "survivor")]),

dict(guid="nat_smm_eula-mae-stampley", pub="2026-03-31T13:15:00-05:00", title="Mother Eula Mae Stampley",
body="""Mother Eula Mae Stampley, 91, of Fayette, Mississippi, answered her Master's call on Thursday, March 26, 2026, at Jefferson County Hospital.

She was born November 2, 1934, in Fayette to the late Hiram and Lottie Bell Gaines. She was a retired cook for the Jefferson County School District and a faithful member of New Zion Hill Baptist Church for 78 years, where she sang in the Senior Choir.

She was preceded in death by her husband, Deacon Jessie Stampley, and her son, Jessie Stampley Jr.

She leaves to cherish her memory her daughters, Gloria Stampley Ware of Fayette and Loretta Stampley of Chicago, Ill.; eleven grandchildren; and a host of relatives and friends.

Homegoing services: Saturday, April 4, 11 a.m., New Zion Hill Baptist Church, Fayette.""",
gold=[("NAT006", "deceased_client")]),

dict(guid="nat_smm_inez-coleman", pub="2026-04-14T10:00:00-05:00", title="Mrs. Inez Coleman",
body="""Mrs. Inez Coleman, 86, of Sibley, Mississippi, departed this life on Saturday, April 11, 2026.

A retired nurse's aide at Jefferson Davis Memorial Hospital, she was a member of St. Paul AME Church for sixty years.

She leaves to cherish her memory her daughter, Yolanda Whitlock, and son-in-law, Darnell Whitlock, of Natchez; her son, Andre Coleman of Baton Rouge; four grandchildren, including Jasmine Whitlock; and one great-grandchild.

Homegoing services will be held Saturday at noon at St. Paul AME Church, Sibley.""",
gold=[("NAT015", "survivor"), ("NAT014", "survivor")]),
]
