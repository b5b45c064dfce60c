"""The Magic City Gospel Tribune (invented weekly of Birmingham's Black Baptist, AME and CME congregations): "Homegoing",
"transitioned", "Mother", "Sis.", "Bro.", plain text in description. Hand-labelled."""

FEED = "mcgt"
ITEMS = [
dict(guid="bhm_mcgt_2026_0318_mccants", pub="2026-03-18T07:00:00-05:00", title="Homegoing: Mother Lula Bell Hollins McCants",
body="""Mother Lula Bell Hollins McCants, 84, of Birmingham, transitioned from labor to reward on Friday, March 13, 2026.

She was born September 4, 1941, in Uniontown, Alabama, to the late Rev. Isaiah and Pearlie Hollins. She came to Birmingham at seventeen, marched with the children in 1963 and was jailed for it for four days, a story she told every Black History Month at Miles Chapel CME Church, where she served as a class leader, a stewardess and finally as Mother of the Church.

Mother McCants worked thirty-one years in the dietary department at University Hospital. She was preceded in death by her husband, Deacon Ernest McCants, and by a daughter, Bernice.

She leaves to cherish her memory two sons, Ernest McCants Jr. (Pamela) of Birmingham and Rodney McCants of Atlanta, Georgia; a sister, Mrs. Viola Hollins Ray of Selma; seven grandchildren; twelve great-grandchildren; and a host of nieces, nephews, church family and friends.

Homegoing celebration Saturday, 11 a.m., Miles Chapel CME Church, Ensley. The Rev. Lionel Bolden, pastor, eulogist. Interment Elmwood Cemetery.""",
gold=[("BHM003", "deceased_client")]),  # born Sept 4, 1941 = roster birth_date, maiden Hollins; BHM007 eulogist: nothing

dict(guid="bhm_mcgt_2026_0414_threadgill", pub="2026-04-14T07:00:00-05:00", title="Deacon Roosevelt Threadgill Sr., 1928 - 2026",
body="""Deacon Roosevelt Threadgill Sr., 97, of Bessemer, answered the Master's call on April 9, 2026.

A native of Greene County, Deacon Threadgill came to Bessemer in 1946 and worked thirty-eight years at the Pullman-Standard car works. He served Bethel Missionary Baptist Church of Bessemer as a deacon for sixty years and as chairman of the deacon board for twenty-two.

He was preceded in death by his wife, Mother Alberta Threadgill, and a son, Calvin. He leaves to cherish his memory his son, Deacon Roosevelt "Velt" Threadgill Jr. (Odessa) of Bessemer; his daughter, Sis. Loretta Threadgill Moore of Chicago; eight grandchildren and a great many great-grandchildren.

Services 11 a.m. Saturday at Bethel Missionary Baptist Church, Bessemer. Interment Bessemer Memorial Gardens. Condolences to the family at the home of his son.""",
gold=[("BHM001", "survivor"), ("BHM002", "survivor")]),  # Sr. dies, the client is Jr.

dict(guid="bhm_mcgt_2026_0520_pettway", pub="2026-05-20T07:00:00-05:00", title="Homegoing: Bro. Otis Lamar Pettway",
body="""Bro. Otis Lamar Pettway, 66, of Birmingham, went home to be with the Lord on May 15, 2026, after a courageous fight with kidney disease.

Bro. Pettway drove a city bus for twenty-nine years and sang tenor in the male chorus at Greater Shiloh Baptist Church. He was a Mason and a devoted father.

He leaves his wife, Sis. Gloria Pettway; his daughters, Kiara and Brianna; his mother, Mrs. Essie Pettway; and four brothers. The family gives special thanks to Dr. Cedric Oglesby and the staff of the Ensley community dental clinic, and to the dialysis nurses at Brookwood, for their kindness.

Services Saturday, noon, Greater Shiloh Baptist Church.""",
gold=[]),  # BHM004 Dr. Cedric Oglesby is thanked: nothing

dict(guid="bhm_mcgt_2026_0624_hairston", pub="2026-06-24T07:00:00-05:00", title="Homegoing: Darnell \"DJ\" Hairston, 19",
body="""Darnell "DJ" Hairston, 19, of Pratt City, Birmingham, was called home on June 19, 2026.

DJ graduated from Wenonah High School in 2025, where he ran the 400 meters, and had just finished his first year at Lawson State. He loved his little sisters, his Impala and the Magic City Classic.

He leaves to cherish his memory his parents, Kevin and Tonya Hairston of Pratt City; his sisters, Kayla and Destiny; his grandmother, Mother Ruby Hairston; and a host of family and friends.

Homegoing Saturday, 1 p.m., New Hope Missionary Baptist Church, Pratt City.""",
gold=[]),  # young namesake of BHM005 Darnell "Dee" Hairston (b. 1972, Trussville): nothing
]
