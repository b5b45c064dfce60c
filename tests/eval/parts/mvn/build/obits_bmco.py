"""Big Muddy & Crab Orchard Funeral Chapels (Marion, Herrin, Harrisburg, Murphysboro, Mount Vernon; with a Cairo
associate chapel): funeral-home site, HTML in content:encoded, one-sentence plain description, permalink guids.
Hand-labelled."""

FEED = "bmco"
BASE = "mvn_bmco_"
ITEMS = [
dict(guid=BASE + "orville-lee-pankey", pub="2026-03-10T09:15:00-05:00", title="Orville Lee Pankey (1936 - 2026)",
body="""Orville Lee Pankey, 89, of Marion, passed away peacefully at his home on Sunday, March 8, 2026, with his family by his side.

Orville was born September 2, 1936, in Creal Springs, the son of Elmer and Pearl (Dorris) Pankey. He served in the U.S. Army in Germany, then worked thirty-four years for the Illinois Central Railroad out of Carbondale. He was a Mason, a deacon at Third Baptist Church of Marion and the best sorghum maker in Williamson County.

On June 14, 1957, he married Imogene Sirles. He is survived by his wife of 68 years, Imogene (Sirles) Pankey of Marion; two sons, Larry (Beth) Pankey of Marion and Steve Pankey of Paducah, Ky.; five grandchildren; and nine great-grandchildren.

He was preceded in death by his parents and a sister, Inez Hartline.

Funeral services will be held at 11 a.m. Thursday at Third Baptist Church with the Rev. Ansel Tippy officiating. Pallbearers will be Travis Bledsoe, Cody Pankey, Jeff Pankey, Dale Sirles, Brent Cawvey and Tom Hux. Burial with military rites will follow in Rose Hill Cemetery.""",
gold=[("MVN003", "deceased_client"), ("MVN004", "spouse_of_deceased_client")]),

dict(guid=BASE + "curtis-lee-hargrave-sr", pub="2026-03-19T13:40:00-05:00", title="Deacon Curtis Lee Hargrave Sr. (1941 - 2026)",
body="""Deacon Curtis Lee Hargrave Sr., 84, of Cairo, answered the Master's call on Sunday, March 15, 2026, at Southern Illinois Hospital in Carbondale.

He was born in Mound City to the late Aaron and Lucille Hargrave. He worked on the river for 37 years as a deckhand and later as a pilot for a towboat company, and he never stopped believing Cairo would come back. He served as a deacon at Ward Chapel A.M.E. Church for more than forty years.

He leaves to cherish his memory his son, Curtis "Curt" Hargrave Jr. (Loretta) of Cairo; his daughter, Denise Hargrave Cole of Memphis, Tenn.; his sister, Ernestine Bivens of Cairo; seven grandchildren; and a host of nieces, nephews and church family.

He was preceded in death by his wife of 52 years, Bernice; his brothers, Aaron Jr. and Willie Hargrave; and his parents.

Homegoing celebration will be at 11 a.m. Saturday at Ward Chapel A.M.E. Church, with Pastor Lionel Dismukes delivering the eulogy. Interment at Thebes Road Cemetery.""",
gold=[("MVN006", "survivor"), ("MVN007", "survivor"), ("MVN021", "survivor")]),

dict(guid=BASE + "mildred-irene-hux", pub="2026-03-30T10:05:00-05:00", title="Mildred Irene Hux (1937 - 2026)",
body="""Mildred Irene Hux, 88, of Murphysboro, went home to be with her Lord on Friday, March 27, 2026, at St. Joseph Memorial Hospital.

Mildred was born in Gorham, a daughter of Elmer and Ada Brush. She taught third grade at Logan School in Murphysboro for 33 years and still corresponded with former pupils in her last year. She was a member of First Christian Church.

She is survived by her sister, Leona Whitesides of Murphysboro; her son, Tom Hux of Marion; two grandchildren; and many nieces and nephews.

She was preceded in death by her husband, Lowell Hux, and a brother, Dale Brush.

Services will be at 1 p.m. Wednesday at the Murphysboro chapel. Burial will be in Pleasant Grove Memorial Park.""",
gold=[("MVN012", "survivor")]),

dict(guid=BASE + "raymond-hails", pub="2026-05-14T11:20:00-05:00", title="Raymond \"Ray\" Hails (1955 - 2026)",
body="""Raymond "Ray" Hails, 70, of Mount Vernon, passed away Tuesday, May 12, 2026, at Good Samaritan Regional Health Center.

Ray was born in Ina and retired from the Mount Vernon Fire Department as a captain after 28 years. He coached Little League at Veterans Park for two decades and kept the concession stand running on nothing but popcorn and stubbornness.

He is survived by his daughter, Kristy (Dwayne) Sitton of Mount Vernon; his son, Brian Hails of Springfield; grandchildren Natalie Pruett of Phoenix, Ariz., and Logan and Ella Sitton of Mount Vernon; and his companion, Sharon Mings.

He was preceded in death by his wife, Connie, in 2020.

Funeral services will be held at 10 a.m. Saturday at the Mount Vernon chapel, with firefighters' honors. Burial in Oakwood Cemetery.""",
gold=[("MVN020", "survivor"), ("MVN019", "survivor")]),

dict(guid=BASE + "leona-mae-whitesides", pub="2026-07-21T09:50:00-05:00", title="Leona Mae Whitesides (1939 - 2026)",
body="""Leona Mae Whitesides, 87, of Murphysboro, passed away Sunday, July 19, 2026, at her home on Walnut Street.

She was born June 4, 1939, in Gorham, the daughter of Elmer and Ada Brush. She married Floyd Whitesides in 1958; he preceded her in death in 2019. She worked at the Jackson County Courthouse for 30 years and was known for her apple stack cakes at every church dinner.

She is survived by her nephew, Tom Hux of Marion; her niece, Karen Brush Cawvey of Carbondale; and several great-nieces and nephews.

She was preceded in death by her husband; her sister, Mildred Hux, in March of this year; and her brother, Dale Brush.

Graveside services will be at 10 a.m. Friday at Pleasant Grove Memorial Park.""",
gold=[("MVN012", "deceased_client")]),
]
