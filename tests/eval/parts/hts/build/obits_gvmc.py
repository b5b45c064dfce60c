"""Guyan Valley Memorial Chapel (Huntington and Milton chapels): funeral-home site, HTML in content:encoded, a
one-sentence plain description. Appalachian Baptist / Methodist house style ("went home to be with the Lord",
"Mamaw", "Papaw", pallbearers, visitation one hour before). Hand-labelled."""

ITEMS = [
dict(guid="hts_gvmc-obit-26-0112", pub="2026-02-11T09:15:00-05:00",
title="Opal Faye Queen (1934 - 2026)",
body="""Opal Faye Queen, 91, of the Guyandotte section of Huntington, went home to be with the Lord on Monday, February 9, 2026, at St. Mary's Medical Center, surrounded by her family. She was born May 2, 1934, in Lincoln County, a daughter of the late Homer and Vada Adkins.

Opal worked thirty years in the cafeteria at Guyandotte Elementary, where generations of children knew her as "Mamaw Opal." She was a faithful member of Guyandotte Missionary Baptist Church, where she taught the ladies' Sunday school class, and she never missed a Marshall home game on the radio.

She was preceded in death by her husband of 54 years, Arlie Queen; a son, Jimmy Queen; and four brothers and sisters.

She is survived by two daughters, Rosalind (Tom) Plymale of Proctorville, Ohio, and Darlene Queen of Culloden; a son, Ricky Queen (Sherry) of Salt Rock; seven grandchildren; and eleven great-grandchildren, who called her Mamaw.

Funeral services will be held at 1 p.m. Friday, February 13, at Guyan Valley Memorial Chapel, Huntington, with Pastor Jim Wellman officiating. Burial will follow in Spring Hill Cemetery. Visitation will be one hour prior to the service. Pallbearers will be her grandsons.""",
gold=[("HTS003", "survivor")]),

dict(guid="hts_gvmc-obit-26-0147", pub="2026-03-04T10:40:00-05:00",
title="Carl Wayne Messinger Sr. (1939 - 2026)",
body="""Carl Wayne Messinger Sr., 86, of Milton, passed away peacefully at his home on Sunday, March 1, 2026. He was born June 3, 1939, at Ona, a son of the late Ezra and Goldie Messinger.

Carl was a U.S. Army veteran and retired after 38 years as a brakeman and conductor for the C&O and CSX railroads. He loved his garden on Mud River, squirrel hunting, and bluegrass music, and played rhythm guitar at the Milton Pumpkin Festival for many years.

He was preceded in death by his wife, Juanita Messinger, in 2019, and a brother, Delbert Messinger.

Those left to cherish his memory include his son, Carl Messinger Jr. and his wife, Brenda, of Barboursville; a daughter, Sheila Messinger Ross (Gary) of Hurricane; a sister, Reva Nelson of Milton; five grandchildren and three great-grandchildren.

Services will be held 11 a.m. Saturday at the Milton chapel of Guyan Valley Memorial Chapel with Rev. Lonnie Fry officiating. Burial with military honors in Forest Memorial Park, Milton. Visitation Friday from 6 to 8 p.m.""",
gold=[("HTS004", "survivor"), ("HTS005", "survivor")]),

dict(guid="hts_gvmc-obit-26-0203", pub="2026-04-07T08:30:00-04:00",
title="Virgil Lee Haynie (2001 - 2026)",
body="""Virgil Lee Haynie, 24, of Milton, was taken from us far too soon on Saturday, April 4, 2026, as the result of an automobile accident on U.S. 60. He was born July 22, 2001, in Huntington.

Virgil was a 2019 graduate of Cabell Midland High School, where he played baseball, and was an apprentice electrician with IBEW Local 317. He loved fishing the Mud River, his truck, and his dog, Ranger.

He is survived by his parents, Ronnie and Deb Haynie of Milton; a sister, Kayla Haynie; his grandparents, Earl and Norma Sowards of Culloden; his girlfriend, Brooke Adams; and many aunts, uncles and cousins.

A celebration of life will be held at 2 p.m. Thursday at the Milton chapel of Guyan Valley Memorial Chapel, with Pastor Jim Wellman officiating. Visitation will be from noon until the service.""",
gold=[]),

dict(guid="hts_gvmc-obit-26-0251", pub="2026-05-19T09:00:00-04:00",
title="Willard Dean Hoschar (1938 - 2026)",
body="""Willard Dean Hoschar, 88, of Ona, went to his heavenly home on Saturday, May 16, 2026. He was born February 8, 1938, in Cabell County, the son of the late Otis and Iva Hoschar.

Willard farmed on Cyrus Creek most of his life and worked 25 years at the Inco nickel plant. He was a member of Ona Church of the Nazarene and a lifetime member of the Cabell County Farm Bureau. Nobody in the county grew a better tomato, and he would tell you so.

He was preceded in death by his wife, Velma, and a grandson, Travis.

He is survived by his daughter, Becky Kessinger (Dave) of Barboursville; two sons, Ronald Hoschar of Ona and Dale Hoschar (Lisa) of Columbus, Ohio; eight grandchildren; and a host of great-grandchildren.

Funeral service 1 p.m. Thursday at Guyan Valley Memorial Chapel, Milton, with Rev. Lonnie Fry officiating. Burial in Mount Hebron Cemetery, Ona.""",
gold=[("HTS020", "survivor")]),

dict(guid="hts_gvmc-obit-26-0288", pub="2026-06-23T11:20:00-04:00",
title="Roy Lee Bledsoe (1971 - 2026)",
body="""Roy Lee Bledsoe, 55, of Lavalette, passed away unexpectedly on Saturday, June 20, 2026, at his home. He was born April 30, 1971, in Wayne, a son of the late Clarence and Edna Bledsoe.

Roy was a heavy-equipment operator for the Wayne County Commission and a member of the Lavalette Volunteer Fire Department for 30 years. He never met a stranger.

He is survived by his sister, Patsy Stoneking and her husband, Wendell, of Lavalette; a brother, Danny Bledsoe of Prichard; his nieces, Kaitlyn and Emma Stoneking; and his faithful coonhound, Blue.

Services will be held 7 p.m. Wednesday at Guyan Valley Memorial Chapel, Huntington, with the Lavalette VFD providing honors. Friends may call from 5 p.m. until the service.""",
gold=[("HTS015", "survivor"), ("HTS014", "survivor")]),

dict(guid="hts_gvmc-obit-26-0312", pub="2026-07-15T10:05:00-04:00",
title="Harlan Ray Chafin (1935 - 2026)",
body="""Harlan Ray Chafin, 90, of Huntington, departed this life on Monday, July 13, 2026. He was born in Williamson, Mingo County, and came to Huntington in 1956 to work at the ACF car shops, retiring as a foreman in 1997.

He was a member of Highlawn Baptist Church and a Mason for more than 60 years.

He was preceded in death by his wife, Geraldine.

He is survived by his sons, Lyman Chafin of Huntington and Harlan Chafin Jr. of Ashland, Ky.; four grandchildren; and a special friend and neighbor, Imogene Fizer, who looked in on him every day.

The family wishes to thank Hospice of Huntington for their kindness. Service 11 a.m. Saturday at Guyan Valley Memorial Chapel, Huntington. Burial at Woodmere Memorial Park.""",
gold=[("HTS017", "survivor")]),  # HTS019 Lyman Chafin is do_not_contact; Imogene Fizer is named among the survivors

dict(guid="hts_gvmc-obit-26-0365", pub="2026-09-14T09:45:00-04:00",
title="Everett Glenn \"Ev\" Dingess (1941 - 2026)",
body="""Everett Glenn "Ev" Dingess, 85, of Huntington, went home to be with the Lord on Friday, September 11, 2026, at Cabell Huntington Hospital. He was born June 14, 1941, in Dingess, Mingo County, a son of the late Glenn and Ora Dingess.

Ev retired in 2003 as a machinist at the C&O (later CSX) Huntington shops after 41 years. He was a deacon at Twelfth Street Church of God, coached Little League at Ritter Park for two decades, and could fix anything with a motor in it.

He was preceded in death by a brother, Harold Dingess, and a sister, Ruby Sias.

He is survived by his wife of 62 years, Loretta Sias Dingess; a son, Gary Dingess (Tammy) of Ona; a daughter, Lisa Dingess Spurlock (Mike) of Kenova; six grandchildren; and four great-grandchildren, who knew him as Papaw Ev.

Funeral services will be 1 p.m. Wednesday at Guyan Valley Memorial Chapel, Huntington, with Pastor Jim Wellman officiating. Burial will follow in Spring Hill Cemetery. Pallbearers: Gary Dingess, Mike Spurlock, Chester Pinson, Ronnie Maynard, Kevin Sias and Dustin Dingess.""",
gold=[("HTS001", "deceased_client"), ("HTS002", "spouse_of_deceased_client")]),
]
