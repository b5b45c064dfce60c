"""Teche Oaks Funeral Home (Breaux Bridge, St. Martinville, New Iberia chapels): funeral-home site, HTML in
content:encoded, permalink guids ending in lft_tof_NNNN. Hand-labelled (gold beside each)."""

FEED = "tof"
ITEMS = [
dict(guid="lft_tof_1001", pub="2026-03-02T10:15:00-06:00", title="Marie Therese \"Tess\" Fuselier Dartez",
body="""Marie Therese "Tess" Fuselier Dartez, 81, a lifelong resident of Breaux Bridge, passed away peacefully at her home on Saturday, February 28, 2026, surrounded by her family.

Tess was born August 2, 1944, in Cecilia to the late Numa and Eola Guidry Fuselier. She kept the books at Dartez Crawfish Co. for forty years, never missed a Saturday zydeco breakfast, and made a fig cake that people drove from Opelousas to taste.

She is survived by her son, Russell Dartez and his wife Carla of Breaux Bridge; her daughter, Gail Dartez Verret and her husband Lamar of Breaux Bridge; her grandchildren, Blake, Emily and Hunter; and her cousin, Ferdinand "Ferd" Guidroz of Breaux Bridge. She was preceded in death by her husband of 52 years, Wilton Dartez, and her brother, Numa Fuselier Jr.

A Mass of Christian Burial will be celebrated at 11:00 a.m. Wednesday, March 4, at St. Bernard Catholic Church, with Rev. Alcide Zeringue officiating. Pallbearers will be Blake Dartez, Hunter Verret, Anatole Gaspard, Troy Champagne, Kirk Latiolais and Dwayne Huval.

Arrangements are under the direction of Teche Oaks Funeral Home, Breaux Bridge.""",
gold=[("LFT003", "deceased_client"), ("LFT014", "survivor")]),

dict(guid="lft_tof_1002", pub="2026-04-10T09:00:00-05:00", title="Lucien Joseph de la Houssaye",
body="""Lucien Joseph de la Houssaye, 87, of St. Martinville, entered eternal rest on Wednesday, April 8, 2026, at Iberia Medical Center.

A retired sugar-cane farmer and for thirty years a member of the St. Martin Parish School Board, Lucien could recite the names of every family along the Bayou Teche between St. Martinville and Loreauville, and usually did.

He leaves to cherish his memory his wife of 61 years, Yvonne Bienvenu de la Houssaye; his daughters, Claire de la Houssaye Romero (Paul) of Baton Rouge and Annette Hulin (Mark) of St. Martinville; his nephew, Clovis Stelly (Jeanette) of New Iberia; six grandchildren and four great-grandchildren.

The family wishes to thank Dr. Naveen Kothapalli and the nurses of Teche Hospice for their loving care. Visitation will be held Friday from 5 to 9 p.m. at the St. Martinville chapel of Teche Oaks Funeral Home, with a rosary at 7 p.m. Funeral Mass Saturday at 10 a.m. at St. Martin de Tours Catholic Church, Father Brian Melancon officiating.""",
gold=[("LFT007", "deceased_client"), ("LFT004", "survivor")]),

dict(guid="lft_tof_1003", pub="2026-02-20T14:30:00-06:00", title="Phan Van Loc",
body="""Phan Van Loc, 84, of New Iberia, died on Tuesday, February 17, 2026, at his home.

Born in Phan Thiet, Vietnam, Mr. Loc came to Louisiana in 1976 and worked the shrimp boats out of Delcambre for more than thirty years, first as a deckhand and later as the captain of the Co Hoa. He was a founding member of the Vietnamese Catholic community at St. Edward Church.

He is survived by his wife, Nguyen Thi Lan; his daughter, Phan Thi Thuy (Denis) Lemaire of New Iberia; his sons, Phan Minh Tri of Houston and Peter Phan of Delcambre; and seven grandchildren.

A funeral Mass will be offered Saturday at 9 a.m. at St. Edward Catholic Church, New Iberia, followed by burial in St. Peter Cemetery. Teche Oaks Funeral Home, New Iberia, is in charge of arrangements.""",
gold=[("LFT015", "survivor")]),

dict(guid="lft_tof_1004", pub="2026-02-12T08:45:00-06:00", title="Eulalie \"Lalie\" Landreneau Babin",
body="""Eulalie "Lalie" Landreneau Babin, 96, of Breaux Bridge, went home to the Lord on Tuesday, February 10, 2026.

Lalie was the last of eleven children of Ulysse and Olive Landreneau. She spoke French before she spoke English, raised four children on a crawfish farm on the Levee Road, and was a faithful member of the Catholic Daughters for sixty years.

She is survived by her sons, Ray Babin and Dale Babin, both of Breaux Bridge; her daughters, Judy Babin Hebert of Henderson and Cheryl Babin of Lafayette; her niece, Odile Landreneau Guilbeau and husband Rel of Lafayette; her nephew, Ferd Guidroz of Breaux Bridge; and numerous grandchildren and great-grandchildren.

Visitation Friday at Teche Oaks Funeral Home, Breaux Bridge, from 8 a.m. until the funeral Mass at 11 a.m. at St. Bernard Catholic Church.""",
gold=[("LFT002", "survivor"), ("LFT001", "survivor")]),

dict(guid="lft_tof_1005", pub="2026-05-19T11:20:00-05:00", title="Dorothea Marie D'Aquin",
body="""Dorothea Marie D'Aquin, 57, of Lake Charles, passed away on Saturday, May 16, 2026, at Lake Charles Memorial Hospital after a brief illness.

Born in New Iberia and named for her great-aunt, Dorothea was a pharmacist at a Lake Charles hospital for 28 years and a devoted McNeese Cowboys fan.

She is survived by her mother, Claudette D'Aquin of New Iberia; her brother, Mark D'Aquin (Lisa) of Lake Charles; her great-aunt and namesake, Dorothea "Dot" D'Aquin of Lafayette; and her beloved dog, Beignet. She was preceded in death by her father, Roy D'Aquin.

A memorial Mass will be celebrated Thursday at 2 p.m. at St. Peter Catholic Church in New Iberia. Teche Oaks Funeral Home, New Iberia chapel.""",
gold=[("LFT021", "survivor")]),

dict(guid="lft_tof_1006", pub="2026-05-05T16:00:00-05:00", title="Roland \"Boo\" Fontenette",
body="""Roland "Boo" Fontenette, 79, of New Iberia, transitioned from this life on Friday, May 1, 2026, at Iberia Medical Center.

Boo worked thirty-five years at the salt mine on Avery Island and played the rubboard in the Teche Zydeco Kings every Sunday afternoon for as long as anyone can remember. He was a deacon of Star Pilgrim Baptist Church.

He leaves to cherish his memory his son, Cedric Fontenette (Rosalind) of New Iberia; his daughter, Yolanda Fontenette Charles of Houston; his sister, Bernice Fontenette of Jeanerette; his grandchildren, Jabari, Kiana and DeShawn; and a host of nieces, nephews, cousins and friends. He was preceded in death by his wife, Lorraine, and his parents, Alphonse and Viola Fontenette.

Homegoing services will be held Saturday at 11 a.m. at Star Pilgrim Baptist Church, Rev. Harold Celestine officiating. Teche Oaks Funeral Home, New Iberia.""",
gold=[("LFT012", "survivor"), ("LFT011", "survivor")]),

dict(guid="lft_tof_1007", pub="2026-01-28T13:10:00-06:00", title="Beatrice Arceneaux Mire",
body="""Beatrice Arceneaux Mire, 92, of Youngsville, passed away on Monday, January 26, 2026, at her daughter's home.

Mrs. Bea taught first grade at Youngsville Elementary for 31 years; three generations of the town learned to read at her little tables. She never missed the Sugar Cane Festival parade.

She is survived by her daughter, Lynn Mire Comeaux (Ricky) of Youngsville; her son, Gerald Mire of Abbeville; her granddaughter, Kaitlyn "Katie" Mire Sonnier (Brennan) of Youngsville; and three great-grandchildren, Ellie, Luke and Cole. She was preceded in death by her husband, Eddie Mire.

Mass of Christian Burial Friday at 10 a.m. at St. Anne Catholic Church, Youngsville. Teche Oaks Funeral Home assisting the family.""",
gold=[("LFT018", "survivor")]),
]
