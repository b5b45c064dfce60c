"""Lyles & Sons Funeral Home (Jackson and Canton chapels): a Black family funeral home's site, homegoing style,
HTML in content:encoded, one-sentence plain description. Hand-labelled (gold=[...] beside each text)."""

FEED = "lyles"
ITEMS = [
dict(guid="jan_lyles_2026_0107", pub="2026-01-12T10:15:00-06:00", title="Homegoing Celebration for Mother Lucille Tate",
body="""Mother Lucille Harris Tate, 97, of Jackson, answered the Master's call on Wednesday, January 7, 2026, at her home on Bailey Avenue, surrounded by the children she raised and the grandchildren she prayed over.

Mother Tate was born October 2, 1928, in Yazoo County to the late Rev. Amos Harris and Mother Pearlie Mae Harris. She united with New Hope Missionary Baptist Church as a girl of nine and never left it: she was a Mother of the Church for forty years, president of the Senior Missionary Circle, and the keeper of the church's pound cake recipe, which she guarded like scripture. For thirty-one years she worked in the laundry at the University Medical Center.

She leaves to cherish her memory two daughters, Bernice Tate Hollowell (Deacon Cleveland Jr.) of Jackson and Evangelist Ruby Tate Sims (Marvin) of Chicago, Illinois; one son, Lawrence Tate (Yvonne) of Byram; a devoted sister-in-law, Mother Essie Tate of Bolton; fourteen grandchildren, twenty-six great-grandchildren, five great-great-grandchildren; and a host of nieces, nephews, cousins, church family and friends. She was preceded in death by her husband of 58 years, Deacon Willie James Tate; a son, Curtis; and six brothers and sisters.

Visitation will be Friday from 4 until 7 p.m. at Lyles & Sons, 1200 Dalton Street. The Homegoing Celebration will be Saturday at 11 a.m. at New Hope Missionary Baptist Church, with Elder James E. Coleman delivering the eulogy. Interment: Garden Memorial Park.""",
# Bernice (maiden Tate) and her husband named in the in-law notation; Elder Coleman (JAN020) only delivers the eulogy.
gold=[("JAN002", "survivor"), ("JAN001", "survivor")]),

dict(guid="jan_lyles_2026_0131", pub="2026-02-03T09:40:00-06:00", title="Otis Lee Bledsoe Jr.",
body="""Otis Lee Bledsoe Jr., 52, of Canton, transitioned from labor to reward on Saturday, January 31, 2026, at Baptist Medical Center after a courageous battle with kidney disease.

Otis was born June 12, 1973, in Canton to Otis Bledsoe Sr. and the late Mattie Ruth Bledsoe. A 1991 graduate of Canton High School, where he played tight end for the Tigers, he drove a truck for Madison County for twenty-two years and never missed a Sunday at Mount Zion M.B. Church unless he was on the road.

He leaves to cherish his memory his father, Deacon Otis Bledsoe Sr. of Canton; his daughters, Shaniqua Bledsoe and Kiara Bledsoe, both of Canton; a son, Otis "Trey" Bledsoe III of Memphis, Tennessee; two grandchildren; his aunt, Mary Alice Funchess of Canton, who was like a second mother to him; and a host of cousins and friends. He was preceded in death by his mother and his brother, Darnell.

Services will be held Saturday at 1 p.m. at Mount Zion M.B. Church, Canton. Interment will follow in Canton City Cemetery. Lyles & Sons, Canton chapel, is in charge.""",
# the deceased is the client's son (Jr.); the roster Sr. is the father and a survivor. Aunt Mary Alice Funchess too.
gold=[("JAN019", "survivor"), ("JAN004", "survivor")]),

dict(guid="jan_lyles_2026_0219", pub="2026-02-23T14:05:00-06:00", title="Mother Odessa Pruitt",
body="""Mother Odessa Pruitt, 84, of Clinton, fell asleep in Jesus on Thursday, February 19, 2026, at St. Dominic's Hospital.

She was born June 2, 1941, in Raymond, Mississippi, the eighth of eleven children of the late Henry and Viola Pruitt. She taught home economics in the Hinds County schools for thirty-four years, and generations of young women in Raymond, Utica and Clinton learned from her to sew a straight seam and balance a checkbook. She was a faithful member of Pleasant Green A.M.E. Church, where she served on the Stewardess Board and as a Mother of the Church.

Mother Pruitt leaves to mourn her passing a son, Cedric Pruitt (Angela) of Atlanta, Georgia; a daughter, Valerie Pruitt Nash of Clinton; four grandchildren; her sisters, Ella Mae Foster of Detroit and Hattie Pruitt of Raymond; a goddaughter she loved as her own, Patrice O'Neal of Jackson; and a host of nieces, nephews and church family. She was preceded in death by her husband, Rev. Nathaniel Pruitt, in 2009.

Visitation Friday 5 to 7 p.m. at the Jackson chapel. Funeral Saturday 11 a.m. at Pleasant Green A.M.E. Church, Clinton, the Rev. Dr. Sharon Goins, pastor, officiating.""",
# JAN003 (Clinton, born June 2, 1941 = roster; widowed, no roster spouse) is the deceased: corroborated by birth date.
# Goddaughter Patrice O'Neal of Jackson = JAN017 (roster ONeal, apostrophe dropped).
gold=[("JAN003", "deceased_client"), ("JAN017", "survivor")]),

dict(guid="jan_lyles_2026_0308", pub="2026-03-10T11:30:00-05:00", title="Sister Minnie Hampton Rollins",
body="""Sister Minnie Hampton Rollins, 88, of Jackson, went home to be with the Lord on Sunday, March 8, 2026.

Minnie was born in Edwards, Mississippi, to the late Jesse and Clara Hampton. After finishing Jackson State College she was a social worker with the Hinds County Welfare Department for thirty years. She was a member of Greater Mount Pisgah Church of God in Christ, where she sang in the Sanctuary Choir until her eighty-fifth birthday.

She is survived by her son, Derrick Rollins of Houston, Texas; her sister, Gloria Coleman (Elder James Earl Coleman) of Jackson; her brother, Jesse Hampton Jr. of Vicksburg; three grandchildren; her nephew, Reggie Smallwood of Jackson; and many friends. She was preceded in death by her husband, Walter Rollins, and her sister, Ida Smallwood.

Visitation 6 to 8 p.m. Friday at the Jackson chapel. Homegoing service Saturday at noon at Greater Mount Pisgah C.O.G.I.C., Bishop Lionel Ware officiating.""",
# Gloria (maiden Hampton) and her husband Elder James Earl Coleman are survivors. Reggie Smallwood (JAN015) is do_not_contact.
gold=[("JAN021", "survivor"), ("JAN020", "survivor")]),

dict(guid="jan_lyles_2026_0402", pub="2026-04-06T10:00:00-05:00", title="Deacon Roosevelt Gaines",
body="""Deacon Roosevelt Gaines, 81, of Canton, entered eternal rest on Thursday, April 2, 2026, at his home.

A veteran of the United States Army who served in Germany, Deacon Gaines farmed cotton and soybeans on the family land outside Canton and later worked thirty years at the Nissan plant. He was the senior deacon of Mount Zion M.B. Church.

He leaves his wife of 60 years, Mother Pearline Gaines; three sons, Roosevelt Jr., Carl and Anthony; two daughters, Lorraine Gaines Battle and Sheila Gaines; eighteen grandchildren; and a host of relatives and friends.

Active pallbearers: grandsons. Honorary pallbearers: the Deacon Board of Mount Zion, including Deacons Otis Bledsoe Sr. and Cleveland Hollowell Jr., and the men of American Legion Post 142. Services Saturday 11 a.m. at Mount Zion M.B. Church, Canton.""",
# honorary pallbearers only: nothing for JAN019 or JAN001.
gold=[]),

dict(guid="jan_lyles_2026_0421", pub="2026-04-24T09:20:00-05:00", title="James Earl Coleman",
body="""James Earl Coleman, 73, of Gary, Indiana, a native of Jackson, departed this life on Saturday, April 18, 2026, in Gary.

He was born in Jackson and graduated from Lanier High School before joining the great migration north in 1971, where he spent thirty-three years at U.S. Steel's Gary Works. He was a deacon of Israel Baptist Church of Gary.

He leaves his wife of 49 years, Dorothy Coleman of Gary; two sons, James Jr. and Kevin; a sister, Alberta Coleman Price of Jackson; and six grandchildren.

Local arrangements by Lyles & Sons. A graveside service will be held Saturday at 2 p.m. at Garden Memorial Park, Jackson, beside his parents.""",
# namesake: same name and age as JAN020 (b. 1952) but lives in Gary, Ind., wife Dorothy (roster spouse is Gloria): nothing.
gold=[]),
]
