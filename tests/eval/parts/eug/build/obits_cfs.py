"""The Coast Fork Sentinel (Cottage Grove weekly): obituaries in the small-town narrative style, plain text.
Hand-labelled."""

ITEMS = [
dict(guid="eug_cfs_obit_0128_pruett", pub="2026-01-28T08:00:00-08:00", title="Dwight Allen Pruett",
body="""Dwight Allen Pruett of Creswell died Jan. 22, 2026, at the age of 80, after a long illness borne with his usual wisecracks.

He was born in Cottage Grove to the late Elmer and Verna Pruett, graduated from Cottage Grove High School in 1963, and farmed grass seed and filberts east of Creswell for most of his life. He served on the Creswell Rural Fire board for 22 years.

Dwight is survived by his wife, Carol; his sons, Wade and Brent; his sister, Loretta Wescombe, and her husband, Tad, of Eugene; and seven grandchildren. He was preceded in death by his brother, Harlan.

A service will be held at 2 p.m. Saturday, Jan. 31, at Creswell Christian Church.""",
gold=[("EUG002", "survivor"), ("EUG001", "survivor")]),

dict(guid="eug_cfs_obit_0218_ashdown", pub="2026-02-18T08:00:00-08:00", title="Gladys Ashdown",
body="""Gladys Ashdown, 93, a Cottage Grove resident since 1951, passed away Feb. 12, 2026, at her daughter's home.

Gladys ran the lunch counter at the old Ben Franklin store for twenty years and then the cafeteria at Harrison Elementary. She never missed a Bohemia Mining Days parade and could tell you who rode in every one of them.

She leaves her daughter, Merrilee Quackenbush, and son-in-law Dwayne, of Cottage Grove; her son, Roy Ashdown of Lebanon; four grandchildren; and several great-grandchildren. Her husband, Clifford, preceded her in death in 2008.

Services will be held at 11 a.m. Tuesday at Row River Chapel, Pastor Glen Hobart officiating. Interment will follow at Fir Crest Cemetery.""",
gold=[("EUG019", "survivor")]),

dict(guid="eug_cfs_obit_0325_eskelson", pub="2026-03-25T08:00:00-07:00", title="Marvel June Eskelson",
body="""Marvel June Eskelson, 84, of Creswell, died peacefully March 19, 2026.

Born in Dorena, she married Arlo Eskelson in 1960 and together they raised sheep and four children on Camas Swale Road. She was a 4-H leader for forty years and won the Lane County Fair's pie ribbon so often that the judges asked her to sit out a year.

Survivors include her sons, Dean and Russell; her daughters, Patty Lamb and Nora Eskelson; eleven grandchildren, including Toby Eskelson and his wife, Corinna, of Springfield; and six great-grandchildren. Arlo died in 2015.

Memorial service 1 p.m. Saturday at Creswell Grange Hall.""",
gold=[("EUG022", "survivor"), ("EUG021", "survivor")]),

dict(guid="eug_cfs_obit_0422_dunsmoor", pub="2026-04-22T08:00:00-07:00", title="Orval Dunsmoor",
body="""Orval Dunsmoor, 87, of Cottage Grove, died April 16, 2026.

Orval worked 41 years for the Southern Pacific and the Central Oregon & Pacific on the Siskiyou line and was a volunteer at the Cottage Grove Museum. He is survived by his wife, Bonnie; his daughter, Lynn Dunsmoor; and three grandchildren.

The funeral was held April 20 at First Presbyterian Church with the Rev. Bart Kjelstad officiating. Jo Ann Threlkeld sang "In the Garden." Bearers were Lee Ostergaard, Dale Fiske, Terry Bowen and Ray Culp.""",
gold=[]),

dict(guid="eug_cfs_obit_0527_haverkamp", pub="2026-05-27T08:00:00-07:00", title="Ruth Margarethe Haverkamp",
body="""Ruth Margarethe Haverkamp, 101, formerly of Cottage Grove, died May 21, 2026, in Corvallis.

Ruth came from Bremen to Oregon as a war bride in 1947 and kept the books at the Cottage Grove feed store into her seventies. Readers of this paper knew her for her letters to the editor, written in a firm hand and always signed in full.

She is survived by her son, Lt. Col. (ret.) Ansel Haverkamp, and his wife, Berit, of Eugene; her daughter, Gisela Moyer of Corvallis; four grandchildren; and seven great-grandchildren. Her husband, Karl, died in 1994.

A graveside service will be held at 11 a.m. June 6 at Fir Crest Cemetery.""",
gold=[("EUG020", "survivor")]),
]
