"""The Palmetto Star - Homegoing Celebrations: Black community weekly (AME and Baptist homegoing notices), plain
text, "Mother", "Sister", "Brother" honorifics. Hand-labelled."""

ITEMS = [
dict(guid="cae_psh_homegoing_wannamaker", pub="2026-05-14T08:00:00-04:00", title="Homegoing: Mother Bernice Stukes Wannamaker",
body="""Mother Bernice Stukes Wannamaker, 84, of Orangeburg, transitioned from labor to reward on Sunday, May 10, 2026. She was born June 22, 1941, in Bowman to the late Rev. Isaiah and Hattie Stukes.

Mother Wannamaker taught English at Orangeburg-Wilkinson High School for 31 years and was a faithful member of Williams Chapel AME Church, where she served as president of the Missionary Society and sang in the Senior Choir.

She leaves to cherish her memory her devoted husband of 63 years, Deacon Harold Wannamaker; two daughters, Dr. Cheryl Wannamaker Jones of Atlanta and Angela Wannamaker of Orangeburg; a godson, Lamont Govan (Denise) of Orangeburg; six grandchildren; and a host of nieces, nephews, church family and friends.

Homegoing celebration Saturday at noon, Williams Chapel AME Church, the Rev. Dr. Curtis Mack, eulogist. Interment Orangeburg Cemetery.""",
gold=[("CAE003", "deceased_client"), ("CAE022", "survivor")]),

dict(guid="cae_psh_homegoing_govan", pub="2026-01-22T08:00:00-05:00", title="Homegoing: Sister Ernestine Govan",
body="""Sister Ernestine Govan, 90, of Orangeburg, was called home on January 18, 2026.

A lifelong member of Trinity United Methodist Church before joining St. Luke Missionary Baptist Church with her late husband, Sister Govan worked in the dietary department of the Regional Medical Center for 28 years. Her sweet potato pies were famous from Orangeburg to Columbia.

She leaves to mourn her passing a daughter, Loretta (Willie James) Pressley of Columbia; a son, Lamont Govan of Orangeburg; a sister, Pearlie Mae Govan Fludd of Bamberg; eight grandchildren; and a host of other relatives and friends. She was preceded in death by her husband, Eddie Govan.

The homegoing service will be held Saturday at 1 p.m. at St. Luke Missionary Baptist Church.""",
gold=[("CAE002", "survivor"), ("CAE001", "survivor"), ("CAE022", "survivor")]),

dict(guid="cae_psh_homegoing_goodwin", pub="2026-03-26T08:00:00-04:00", title="Homegoing: Brother Reginald Odell Goodwin",
body="""Brother Reginald Odell Goodwin, 73, of Camden, entered eternal rest March 22, 2026.

A U.S. Army veteran and retired barber, Brother Goodwin kept his chair at Goodwin's Barber Shop on Broad Street for forty years, and everybody in Camden had either had a haircut or an argument there.

He leaves to cherish his memory his sister, Shirley Mae Goodwin of Camden; his cousins, Reggie O'Neal (Gwendolyn) of Camden and Clarence Goodwin of Lugoff; and a host of nieces, nephews and friends.

Homegoing services Saturday at 11 a.m. at Mount Moriah Baptist Church, Camden.""",
gold=[("CAE016", "survivor")]),

dict(guid="cae_psh_homegoing_manigault", pub="2026-07-02T08:00:00-04:00", title="Homegoing: Mother Odessa Manigault",
body="""Mother Odessa Manigault, 97, of Eastover, went home to be with the Lord on June 28, 2026.

The oldest member of Mount Nebo AME Church, she raised eleven children on a farm in Lower Richland and outlived three of them, never once, her family says, missing Sunday service.

She leaves to cherish her memory eight children, 31 grandchildren, 40 great-grandchildren, and a host of relatives and friends.

Homegoing celebration Saturday at 11 a.m. at Mount Nebo AME Church, Eastover.""",
gold=[]),
]
