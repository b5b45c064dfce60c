"""The East Side Sentinel (community weekly of Columbus's Near East Side; church homegoing notices),
plain text. Hand-labelled."""

FEED = "ess"
ITEMS = [
dict(guid="cmh_ess-homegoing-2026-0114", pub="2026-01-14T07:00:00-05:00", title="Homegoing: Mother Lucille Harris, 97",
body="""Mother Lucille Harris, 97, the oldest member of Shiloh Missionary Baptist Church, entered into eternal rest on January 9, 2026. Born in Selma, Alabama, she came to Columbus in 1951 and worked as a cook at the Lincoln Theatre cafe and later at University Hospital.

Mother Harris was the church's Mother of the Year more times than anyone can count, and her sweet potato pies were sold out before the Christmas bazaar opened.

She leaves to cherish her memory her daughter, Gwendolyn (Rev. Darnell) Pettaway of Columbus; a son, Leon Harris of Detroit; nine grandchildren, a host of great- and great-great-grandchildren, and her church family. She was preceded in death by her husband, Deacon Alfonso Harris, and a daughter, Vera.

Homegoing celebration 11 a.m. Saturday at Shiloh Missionary Baptist Church, Mt. Vernon Avenue. Eulogy by Pastor Emeritus Rev. Harold Tisdale.""",
gold=[("CMH007", "survivor")]),

dict(guid="cmh_ess-homegoing-2026-0318", pub="2026-03-18T07:00:00-04:00", title="Mother Bernice Lee Oglesby: a life of service on Mount Vernon Avenue",
body="""Mother Bernice Lee Oglesby was born April 9, 1938, in Montgomery, Alabama, to the late Rev. Samuel and Hattie Lee. She departed this life on Friday, March 13, 2026, at the age of 87, at her home on Mount Vernon Avenue, where she had lived for 54 years.

Sister Oglesby taught third grade at Champion and Main Street elementary schools for 33 years, ushered at Shiloh Missionary Baptist Church, and served on the King-Lincoln block watch until last fall. Her husband, Clarence Oglesby, preceded her in death in 2004.

She leaves to cherish her memory her daughter, Tamika (Marcus) Greene of Reynoldsburg; her grandsons, Marcus Jr. and Jalen; her sister, Ruby Lee Watts of Montgomery; and a host of nieces, nephews, former students and church family.

Homegoing services 11 a.m. Saturday, March 21, at Shiloh Missionary Baptist Church. Officiating: Rev. Darnell Pettaway. Repast to follow in the fellowship hall.""",
gold=[("CMH006", "deceased_client"), ("CMH021", "survivor")]),  # CMH007 officiates: nothing

dict(guid="cmh_ess-homegoing-2026-0610", pub="2026-06-10T07:00:00-04:00", title="Deacon Cornelius Whitfield Sr. called home at 93",
body="""Deacon Cornelius Whitfield Sr., 93, a Tuskegee-trained mechanic who ran Whitfield's Garage on Long Street for four decades, was called home on June 5, 2026.

He served as a deacon at Second Zion Baptist Church for 61 years. Neighbors remember him fixing cars on credit for families who could not pay until payday, and sometimes never asking for the money at all.

He is survived by his son, Deacon Cornelius "Neal" Whitfield Jr., and daughter-in-law, Loretta Whitfield, of Columbus; his daughter, Bettye Whitfield Moss of Atlanta; five grandchildren and eight great-grandchildren. He was preceded in death by his wife of 66 years, Mother Alberta Whitfield.

Homegoing 11 a.m. Friday at Second Zion Baptist Church.""",
gold=[("CMH004", "survivor"), ("CMH005", "survivor")]),

dict(guid="cmh_ess-homegoing-2026-0826", pub="2026-08-26T07:00:00-04:00", title="Brother Alonzo Moten, 71",
body="""Brother Alonzo Moten, 71, retired COTA bus operator and longtime trustee of Second Zion Baptist Church, went home to glory on August 21, 2026.

He is survived by his wife, Carolyn; his sons, Alonzo Jr. and Terrence; and his sister, Alfreda Moten Byrd of Cincinnati.

Homegoing services will be held Saturday at 11 a.m. at Second Zion. The Second Zion Mass Choir will sing, with Sister Loretta Whitfield as soloist; the Rev. Darnell Pettaway of Shiloh will bring greetings from the Near East Side pastors' fellowship.""",
gold=[]),  # CMH005 soloist, CMH007 brings greetings: nothing
]
