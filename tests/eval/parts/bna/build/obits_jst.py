"""The Jefferson Street Tribune (North Nashville weekly): "Homegoing Celebrations" from the church pages, plain text.
Hand-labelled."""

FEED = "jst"
ITEMS = [
dict(guid="bna_jst_homegoing_2026_0118", pub="2026-01-29T08:00:00-06:00", title="Homegoing: Deacon Otis Lee Hobson",
body="""Deacon Otis Lee Hobson, 74, answered the Master's call on Saturday, January 24, 2026, at Ascension Saint Thomas Midtown.

Otis was born in North Nashville to the late Isaiah and Carrie Hobson and graduated from Pearl High School, where he ran the mile, and from Tennessee A&I State University. He worked thirty-three years for the Metro Water Department and served as chairman of the Deacon Board of Greater Mount Pisgah Missionary Baptist Church, where he could be found every first Sunday counting the offering twice.

He leaves to cherish his memory his devoted wife of 48 years, Mrs. Barbara Hobson; his daughter, Tonya Hobson Greer; his sister, Geraldine Batts (Rev. Lucius) of Nashville; his brother, Isaiah Hobson Jr. of Detroit, Mich.; three grandchildren; and a host of nieces, nephews, church family and friends.

Homegoing services will be held Saturday, January 31, at 11 a.m. at Greater Mount Pisgah, the Rev. Dr. Clarence Whitlow, eulogist. Interment Greenwood Cemetery. Hightower Funeral Home in charge.""",
gold=[("BNA011", "survivor"), ("BNA010", "survivor")]),
# "Geraldine Batts (Rev. Lucius)": roster maiden Hobson = the deceased's family name; husband in the parentheses.

dict(guid="bna_jst_homegoing_2026_0241", pub="2026-05-07T08:00:00-05:00", title="Homegoing: Sister Lillie Mae Overstreet",
body="""Sister Lillie Mae Overstreet, 86, of Nashville, departed this life April 30, 2026. A faithful member of the Senior Choir of Morning Star Baptist Church for 60 years, she never missed a rehearsal and was known for her sweet potato pies at every church anniversary.

She leaves her daughters, Gloria Overstreet Banks and Denise Overstreet; her nephew, Terrence Fite of Franklin, Ky.; her special friend, Mrs. Ethel Pugh; eight grandchildren and a host of relatives and friends. She was preceded in death by her husband, Willie Overstreet.

Homegoing Saturday, 1 p.m., Morning Star Baptist Church. Rev. Lucius Batts, officiating. Interment Greenwood Cemetery West.""",
gold=[]),
# decoys: "Terrence Fite of Franklin, Ky." (BNA013 lives in Nashville, ~95 km away): nothing;
# Rev. Lucius Batts (BNA010) officiates: nothing.

dict(guid="bna_jst_homegoing_2026_0307", pub="2026-07-13T08:00:00-05:00", title="Homegoing: Mother Odessa Mae Gooch Fite",
body="""Mother Odessa Mae Gooch Fite was born June 3, 1936, in Nashville, Tennessee, to the late Rev. Amos Gooch and Pearl Gooch. She accepted Christ at an early age and was a member of Greater Mount Pisgah Missionary Baptist Church for more than seventy years, where she served as President of the Mothers' Board and never let a child leave Sunday school hungry. God called her home on Thursday, July 9, 2026, at the age of 90.

Mother Fite graduated from Pearl High School and worked for thirty years in the dietary department of Meharry's Hubbard Hospital. She marched downtown in 1960 and, as she liked to remind the grandchildren, was arrested once and was not sorry.

She was preceded in death by her husband, Deacon Roosevelt Fite, and her daughter, Carolyn. She leaves to cherish her memory her son, Terry Fite (Angela) of Nashville; her granddaughters, Keisha Fite and Dr. Monique Fite Harris; four great-grandchildren; her church family; and a host of nieces, nephews and friends.

Homegoing celebration Saturday, July 18, at 11 a.m. at Greater Mount Pisgah Missionary Baptist Church, 2300 Heiman Street. Pastor Lucius Batts, eulogist. First Lady Geraldine Batts will read the acknowledgments. Hightower Funeral Home in charge.""",
gold=[("BNA012", "deceased_client"), ("BNA013", "survivor")]),
# corroboration: born June 3, 1936 = roster birth_date; "Gooch" = roster maiden. No roster spouse.
# The Battses as eulogist and reader: nothing.
]
