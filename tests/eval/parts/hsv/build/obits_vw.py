"""The Valley Word (community weekly of North Alabama's Black churches): "Homegoing Celebrations" column, plain
text, church-program style. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="hsv_vw_homegoing_2026_007", pub="2026-02-19T08:00:00-06:00", title="Homegoing: Brother Alonzo Crutcher",
body="""Brother Alonzo Crutcher, 71, of Athens, transitioned from labor to reward on Friday, February 13, 2026, at Athens-Limestone Hospital.

Brother Crutcher worked 35 years at the Browns Ferry Nuclear Plant and was a trustee of Trinity Missionary Baptist Church in Athens, where he sang bass in the Male Chorus for four decades.

He leaves to cherish his memory his devoted sister, Delphine Crutcher of Athens, who cared for him through his illness; his brother, Willie Crutcher of Detroit, Michigan; and a host of nieces, nephews, cousins and church family.

Homegoing celebration: 1 p.m. Saturday at Trinity Missionary Baptist Church, Athens. Eulogist: Pastor Leon Malone.""",
gold=[("HSV010", "survivor")]),

dict(guid="hsv_vw_homegoing_2026_015", pub="2026-04-02T08:00:00-05:00", title="Homegoing: Mother Josephine Petway",
body="""Mother Josephine Petway, 92, of Huntsville, received her wings on Sunday, March 29, 2026.

A graduate of Councill High School and of Alabama A&M, Mother Petway taught first grade in Huntsville for 37 years and was a Mother of Greater Mount Calvary Missionary Baptist Church, where she led the Prayer Band every Wednesday at noon.

She leaves to mourn her son and daughter-in-law, Deacon Curtis and Octavia Petway of Huntsville; her grandsons, Jaylen and Marcus Petway; her sister, Odessa Pruitt of Birmingham; and a host of relatives and friends.

Homegoing celebration: 11 a.m. Saturday at Greater Mount Calvary Missionary Baptist Church. Eulogist: Rev. Obadiah Whitsett, pastor.""",
gold=[("HSV021", "survivor")]),

dict(guid="hsv_vw_homegoing_2026_022", pub="2026-05-21T08:00:00-05:00", title="Homegoing: Deacon Lucius Gatewood",
body="""Deacon Lucius Gatewood, 79, of Huntsville, entered eternal rest on May 16, 2026.

A retired letter carrier, Deacon Gatewood served Greater Mount Calvary for 50 years and coached Little League at Brahan Spring Park.

He leaves to cherish his memory his wife of 55 years, Mattie Gatewood; his daughters, Regina Gatewood and Tonya Gatewood Hines; and five grandchildren.

Order of service, 11 a.m. Saturday at Greater Mount Calvary Missionary Baptist Church: Old Testament reading, Judge Philippa Rountree; New Testament reading, Deacon Curtis Petway; reading of the obituary, Sister Octavia Petway; eulogy, Rev. Obadiah Whitsett. Repast to follow in the fellowship hall.""",
gold=[]),

dict(guid="hsv_vw_homegoing_2026_031", pub="2026-07-30T08:00:00-05:00", title="In Memoriam: Chief Emmanuel Okwudili Anyanwu",
body="""Chief Emmanuel Okwudili Anyanwu, 88, of Atlanta, Georgia, a retired school principal and titled chief of his hometown in Imo State, Nigeria, passed on to glory on July 24, 2026.

He is survived by his wife, Lolo Comfort Anyanwu of Atlanta; his sons, Dr. Chidozie Anyanwu (Ngozi) of Huntsville, Ala., and Ikenna Anyanwu of Houston; his daughter, Adaeze Okeke of Atlanta; and eleven grandchildren.

The North Alabama Igbo community will hold a condolence visit at the Huntsville home of Dr. and Mrs. Anyanwu on Saturday evening. Funeral rites will take place in Atlanta and in Nigeria.""",
gold=[("HSV012", "survivor")]),
]
