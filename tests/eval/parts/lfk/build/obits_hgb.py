"""East Texas Homegoing Bulletin: notices sent in by Black Baptist and Methodist churches of Lufkin and Jasper
("homegoing", "Mother", "Sister", order of service). HTML in description. Hand-labelled."""

FEED = "hgb"
ITEMS = [
dict(guid="lfk_hgb_2026_02_bean", pub="2026-02-05T12:00:00-06:00", title="Homegoing Celebration for Mother Essie Mae Bean",
body="""Mother Essie Mae Bean, 97, of Jasper, received her wings on Sunday, February 1, 2026. She was a faithful member of St. Paul Missionary Baptist Church for 80 years, served as Mother of the Church, and led the Pastor's Aid Committee until her 95th birthday.

She leaves to cherish her memory one daughter, Marquita Shankle of Jasper; two sons, Rev. Cleophus Bean (Gloria) of Beaumont and Nathaniel Bean of Houston; eleven grandchildren; a host of great- and great-great-grandchildren, nieces, nephews, cousins and church family.

She was preceded in death by her husband, Deacon Willie Bean, and her daughter, Lorraine.

Homegoing service: Saturday, 11 a.m., St. Paul Missionary Baptist Church, Jasper. Eulogist: Pastor Alonzo Gatlin, Greater New Hope Missionary Baptist Church, Lufkin. Interment: Jasper City Cemetery. Services entrusted to Gilmore & Sons Mortuary.""",
gold=[("LFK008", "survivor")]),   # the eulogist LFK019 gets nothing

dict(guid="lfk_hgb_2026_05_hubbard", pub="2026-05-01T12:00:00-05:00", title="Sister Clarice Gatlin Hubbard",
body="""Sister Clarice Gatlin Hubbard, 84, of Lufkin, entered into eternal rest on Monday, April 27, 2026. A retired Lufkin ISD first-grade teacher, she taught two generations of the Brandon community to read and was a member of Greater New Hope Missionary Baptist Church, where she played the piano for 50 years.

Those left to cherish her memory include her brother, Pastor Alonzo Gatlin (Bernice) of Lufkin; her sons, Marcus Hubbard of Dallas and Darnell Hubbard of Lufkin; seven grandchildren; and a host of nieces, nephews and friends.

She was preceded in death by her husband, Elmer Hubbard, and her parents, Rev. J.T. and Annie Gatlin.

Homegoing service: Saturday, 1 p.m., Greater New Hope Missionary Baptist Church. Eulogist: Rev. Dr. Marvin Toussaint. Interment: Garden of Memories.""",
gold=[("LFK019", "survivor")]),

dict(guid="lfk_hgb_2026_07_ross", pub="2026-07-22T12:00:00-05:00", title="Celebrating the Life of Sister Beulah Shankle Ross",
body="""Sister Beulah Shankle Ross, 80, of Jasper, peacefully transitioned on July 18, 2026. She retired from the Jasper County Courthouse after 32 years in the tax office and sang in the Mass Choir of Greater Macedonia Baptist Church.

She leaves to cherish her memory her son, Derrick Ross (Yolanda) of Jasper; her sister-in-law, Marquita Shankle of Jasper; four grandchildren; and a host of cousins and friends.

She was preceded in death by her husband, Odell Ross, and her brother, Deacon Rufus Shankle.

Order of service: Processional; Hymn; Scripture, Minister Darius Lee; Resolutions, Sis. Shonda Mouton, church clerk; Obituary read silently; Eulogy, Pastor Harold Pitts. Interment: Jasper City Cemetery.""",
gold=[("LFK008", "survivor")]),   # Shonda Mouton reads resolutions as church clerk: nothing
]
