"""Prairie Rest Funeral Chapel, North Platte and Sutherland (invented funeral home site): title "Full Name",
one-sentence plain description, the whole obituary as HTML in content:encoded. Hand-labelled."""

FEED = "prfc"
ITEMS = [
dict(guid="lbf_prfc_obit_2026_ostermiller-delbert", pub="2026-02-17T09:12:00-06:00", title="Delbert Ray Ostermiller Sr.",
body="""Delbert Ray Ostermiller Sr., age 88, of North Platte, passed away on Friday, February 13, 2026, at Linden Court surrounded by his family.

Delbert was born on April 4, 1937, in Maxwell, Nebraska, to Ray and Hulda (Stieb) Ostermiller. He grew up on the family place along the South Platte and graduated from Maxwell High School in 1955. He married Norma Jean Fikes in 1958; together they ran a cow-calf operation south of Maxwell until 1999, when they moved into North Platte.

Del loved a good horse, a cold morning in a duck blind, and the Husker radio broadcast with the volume up. He served on the Maxwell Co-op board and was an usher at First Presbyterian Church for thirty years.

He is survived by his son, Del (Charlene) Ostermiller Jr. of North Platte; his daughter, Janice Ostermiller of Omaha; grandchildren Tanner, Brooke and Cole; and his brother, Harold Ostermiller of Brady.

He was preceded in death by his wife, Norma Jean, in 2020, and by his parents.

A funeral service will be held at 10:30 a.m. Thursday, February 19, at First Presbyterian Church, North Platte, with Rev. Ansel Tiedeman officiating. Burial will follow at the Maxwell Cemetery. Pallbearers will be Tanner Ostermiller, Cole Ostermiller, Tad Wiebelhaus, Ron Stieb, Jim Fikes and Harold Ostermiller Jr.

Memorials may be given to the Maxwell Volunteer Fire Department. Prairie Rest Funeral Chapel is in charge of arrangements.""",
gold=[("LBF003", "survivor"), ("LBF004", "survivor")]),

dict(guid="lbf_prfc_obit_2026_engelhaupt-tyson", pub="2026-03-24T14:40:00-05:00", title="Tyson Lee Engelhaupt",
body="""Tyson Lee Engelhaupt, 24, of North Platte, died Saturday, March 21, 2026, as the result of a vehicle accident on Highway 83 south of North Platte.

Tyson was born on August 2, 2001, in North Platte to Rodney and Debra (Schmeeckle) Engelhaupt. He graduated from North Platte High School in 2020, where he wrestled for the Bulldogs, and from Mid-Plains Community College's diesel technology program. He worked as a mechanic at Sandhills Truck & Trailer and spent every free weekend at Lake Maloney with his dog, Rooster.

He is survived by his parents, Rod and Deb Engelhaupt of North Platte; his sister, Kenzie Engelhaupt of Kearney; his grandparents, Lyle and Bonnie Schmeeckle of Sutherland; and his girlfriend, Shaylee Dush.

He was preceded in death by his grandparents, Wendell and Faye Engelhaupt.

Visitation will be 5 to 7 p.m. Wednesday at Prairie Rest Funeral Chapel. Services will be at 10 a.m. Thursday at the North Platte High School auditorium.""",
gold=[]),

dict(guid="lbf_prfc_obit_2026_wischmeier-norbert", pub="2026-04-08T10:05:00-05:00", title="Norbert A. Wischmeier",
body="""Norbert Anton Wischmeier, 90, of Seneca, Kansas, formerly of Stapleton, Nebraska, passed away April 4, 2026, at Seneca Place.

Norbert was born December 1, 1935, on the Wischmeier homestead northwest of Stapleton, the eldest of seven children of Anton and Regina Wischmeier. He ranched in Logan County until 1978, when he moved to Seneca and went to work for the Nemaha County roads department.

He is survived by his wife, Joan, of Seneca; his daughters, Marie Steinlage and Ann Koelzer, both of Seneca; nine grandchildren; his sister, Bernadine Hoegh of Gandy; and many nieces and nephews, including his nephew and namesake, Norbert (Arlene) Wischmeier of Stapleton.

Mass of Christian Burial will be held at 10 a.m. Friday at Sts. Peter and Paul Catholic Church in Seneca. A graveside committal will follow on Saturday at St. John's Cemetery, Stapleton, under the direction of Prairie Rest Funeral Chapel.""",
gold=[("LBF022", "survivor")]),

dict(guid="lbf_prfc_obit_2026_vanderploeg-hendrika", pub="2026-05-12T16:20:00-05:00", title="Hendrika \"Rika\" Vander Ploeg",
body="""Hendrika "Rika" Vander Ploeg, 95, of North Platte entered her eternal rest on May 9, 2026.

Rika was born March 14, 1931, in Sioux Center, Iowa, to Gerrit and Jantje (Kooiman) De Jong. She married Pieter Vander Ploeg in 1952 and they came to North Platte in 1961, when Pieter opened his watch repair shop on Dewey Street. She was a charter member of the North Platte Christian Reformed fellowship and quilted for Lutheran World Relief until she was 92.

Rika is survived by her son, Gerrit VanderPloeg and his wife Lavonne of North Platte; her daughter, Grietje Bosma of Pella, Iowa; seven grandchildren; and fourteen great-grandchildren.

She was preceded in death by her husband, Pieter, in 2008, and a son, Johannes, in infancy.

A service of witness to the resurrection will be held at 1 p.m. Friday at Prairie Rest Funeral Chapel.""",
gold=[("LBF012", "survivor")]),

dict(guid="lbf_prfc_obit_2026_brandl-kenneth", pub="2026-06-23T11:00:00-05:00", title="Kenneth \"Kenny\" Brandl",
body="""Kenneth "Kenny" Brandl, 70, of Sutherland died Saturday, June 20, 2026, at his home after a long illness.

Kenny was born September 3, 1955, in North Platte to Louis and Gertie Brandl. He farmed west of Sutherland and ran the Sutherland elevator scale for 25 years. He married Marla Tegtmeier in 1979.

Kenny is survived by his wife, Marla; his son, Cody (Kaylee) Brandl of North Platte; his daughter, Jessica Brandl of Denver; his sisters, Darlene (Merle) Haumesser of Sutherland and Ruth Ann Vogel of Paxton; and one grandson.

Services will be at 2 p.m. Friday at Sutherland United Methodist Church, Sutherland. Memorials to the Sutherland Volunteer Fire Department.""",
gold=[("LBF013", "survivor")]),

dict(guid="lbf_prfc_obit_2026_schick-velma", pub="2026-07-14T09:45:00-05:00", title="Velma Irene Schick",
body="""Velma Irene Schick, 97, of North Platte, passed away July 11, 2026, at Great Plains Health.

Velma was born in 1929 at Dickens. She worked as a switchboard operator for Lincoln Telephone and later for many years at the Fort Cody Trading Post.

Survivors include her nephews, Dwight Schick of Wallace and Larry Schick of Hastings, and many friends.

The family thanks Dr. Anneliese Brunkhorst and the nurses of the Great Plains Health fourth floor for their kindness.

A graveside service will be at 10 a.m. Monday at the North Platte Cemetery, with Rev. Ansel Tiedeman officiating.""",
gold=[]),

dict(guid="lbf_prfc_obit_2026_wojtalewicz-stanley", pub="2026-08-11T08:30:00-05:00", title="Stanley P. Wojtalewicz",
body="""Stanley Peter Wojtalewicz, 80, of Ravenna passed away August 7, 2026, at Good Samaritan Hospital in Kearney.

Stan was born in Loup City to Casimir and Helen Wojtalewicz. He was a rural mail carrier for 33 years.

He is survived by his wife, Bernice; his children, Mike (Jill) Wojtalewicz of Ravenna and Anne Sobotka of Grand Island; his brother, Casimir "Casey" Wojtalewicz of North Platte; and eight grandchildren.

Mass of Christian Burial will be at 10:30 a.m. Thursday at St. Ann's Catholic Church, Ravenna. Prairie Rest Funeral Chapel of North Platte is assisting the family.""",
gold=[]),   # LBF011 Casey Wojtalewicz is the brother but do_not_contact
]
