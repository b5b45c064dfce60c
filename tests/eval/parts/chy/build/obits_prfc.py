"""Prairie Rose Funeral Chapels (Cheyenne, Torrington, Scottsbluff and Rawlins chapels): funeral-home site,
HTML in content:encoded, a one-sentence plain description. Hand-labelled."""

FEED = "prfc"
ITEMS = [
dict(guid="chy_prfc_heinrich-henry-schaffert", pub="2026-02-13T10:15:00-07:00", title="Heinrich \"Henry\" Schaffert (1940 - 2026)",
body="""Heinrich "Henry" Schaffert, 85, of Scottsbluff, went home to his Lord on Tuesday, February 10, 2026, at Regional West Medical Center, with his family at his side.

Henry was born March 14, 1940, on the family beet farm west of Scottsbluff, the youngest of nine children of Konrad and Katharina (Rohrig) Schaffert, whose parents had come to the North Platte Valley from the Volga colony of Frank. He spoke German before he spoke English and never lost the habit of counting in it. He farmed sugar beets, dry beans and corn for fifty years and served on the board of the Western Sugar growers' cooperative.

On June 9, 1962, he married Lydia Dinges at Zion Evangelical Lutheran Church. Henry is survived by his wife of 63 years, Lydia (Dinges) Schaffert of Scottsbluff; his sons, Kurt Schaffert (Deb) of Gering and Dale Schaffert of Lincoln; his daughter, Renae Kilzer of Alliance; eleven grandchildren; and his brother-in-law, Alex Dinges (Irene) of Mitchell. He was preceded in death by his parents and all eight of his brothers and sisters.

Funeral services will be held at 10 a.m. Monday at Zion Evangelical Lutheran Church, Scottsbluff, with Pastor Timothy Brandt officiating. Burial will follow at Fairview Cemetery. Memorials may be given to the North Platte Valley Germans from Russia Museum.""",
gold=[("CHY003", "deceased_client"), ("CHY004", "spouse_of_deceased_client"), ("CHY018", "survivor")]),

dict(guid="chy_prfc_ernesto-neto-gallegos", pub="2026-03-06T09:40:00-07:00", title="Ernesto \"Neto\" Gallegos (1935 - 2026)",
body="""Ernesto "Neto" Gallegos, 90, a lifelong resident of Cheyenne's south side, passed away peacefully on March 3, 2026, at his home on West 6th Street, the same house he was born in.

Neto was born in 1935 to Tomas and Rufina Gallegos, who came north from Las Vegas, New Mexico, in 1923 so Tomas could work in the Union Pacific shops. Neto followed his father into the railroad at seventeen and retired 44 years later as a lead carman. He was a founding member of the Cheyenne chapter of the American GI Forum, sang bass in the St. Joseph's choir for sixty years and made the best green chile on the south side, a claim nobody in the family has ever been brave enough to dispute.

He is survived by his daughters, Dolores "Lola" Ramirez and her husband, Jose Luis, of Cheyenne, and Theresa Gallegos of Denver; his son, Michael Gallegos of Greeley, Colo.; nine grandchildren and fourteen great-grandchildren. He was preceded in death by his wife of 61 years, Carmen, and by his brothers, Ruben and Alfonso.

A rosary will be prayed at 6 p.m. Thursday at St. Joseph's Catholic Church, followed the next morning by the Mass of Christian Burial. Interment at Mount Olivet Cemetery.""",
gold=[("CHY006", "survivor"), ("CHY005", "survivor")]),

dict(guid="chy_prfc_gracianne-irigaray", pub="2026-04-22T14:05:00-06:00", title="Gracianne Irigaray (1934 - 2026)",
body="""Gracianne Irigaray, 91, of Rawlins, died Sunday, April 19, 2026, at Memorial Hospital of Carbon County.

Gracianne was born in Banca, in the French Basque Country, and came to Wyoming in 1956 as the bride of Jean-Pierre Irigaray, a sheepherder who had been writing to her for four years from a camp wagon on the Red Desert. Together they built the Irigaray sheep outfit south of Rawlins into three thousand head. She cooked for the shearing crews every spring, made chorizo every fall and, for thirty years, ran the kitchen for the Rawlins Basque picnic.

She is survived by her daughter, Maite (Ray) Etchepare of Rawlins; her son, Michel Irigaray of Buffalo, Wyo.; six grandchildren and five great-grandchildren. Her husband, Jean-Pierre, preceded her in death in 2011.

A funeral Mass will be celebrated at 10 a.m. Saturday at St. Joseph's Catholic Church, Rawlins. Burial at Rawlins Cemetery. Lunch will follow at the Elks Lodge.""",
gold=[("CHY002", "survivor"), ("CHY001", "survivor")]),

dict(guid="chy_prfc_arlo-brinkerhoff", pub="2026-05-14T11:20:00-06:00", title="Arlo Dean Brinkerhoff (1948 - 2026)",
body="""Arlo Dean Brinkerhoff, 77, of Laramie, passed away May 11, 2026, at Ivinson Memorial Hospital after a short battle with pancreatic cancer.

Arlo grew up on his family's cow-calf ranch on the Big Laramie River and ran it for forty years, never missing a branding. He served two terms on the Albany County Commission and was the first to arrive and the last to leave at every 4-H livestock sale.

He is survived by his wife, Charlene; his sons, Cody and Travis Brinkerhoff, both of Laramie; and five grandchildren.

The family wishes to thank Dr. Miriam Haskins and the nurses of Ivinson's oncology unit for their kindness. Pallbearers will be Cody Brinkerhoff, Travis Brinkerhoff, Pat O'Hara, Duane Fritzler, Lonnie Kerbs and Garrett Holloway Jr. Services will be at 2 p.m. Friday at the Laramie chapel of Prairie Rose Funeral Chapels.""",
gold=[]),

dict(guid="chy_prfc_cmsgt-harold-whitfield", pub="2026-08-18T13:00:00-06:00", title="CMSgt (Ret.) Harold James Whitfield (1947 - 2026)",
body="""Retired Chief Master Sergeant Harold James Whitfield, 79, of Colorado Springs, Colo., died August 14, 2026, at Penrose Hospital.

Harold enlisted in the Air Force in 1966 and served thirty years, including two tours in missile maintenance at F.E. Warren Air Force Base, where his son would later follow him. After retiring he coached youth basketball in Colorado Springs for two decades.

He is survived by his wife of 55 years, Gloria; his son, Lt. Col. Marcus Whitfield and his wife, Danielle, of Cheyenne; his daughter, Renee Whitfield Parker of Aurora, Colo.; and five grandchildren, including Ava and Caleb.

A memorial service with full military honors will be held at 11 a.m. Saturday at the F.E. Warren Air Force Base Chapel, Cheyenne, arranged by our Cheyenne chapel. Inurnment will follow at a later date at Fort Logan National Cemetery.""",
gold=[("CHY009", "survivor"), ("CHY010", "survivor")]),

dict(guid="chy_prfc_josefina-sandoval-aguilar", pub="2026-11-09T10:30:00-07:00", title="Josefina \"Josie\" Aguilar (1938 - 2026)",
body="""Josefina "Josie" Sandoval Aguilar, 88, of Torrington, passed away on Friday, November 6, 2026, at Banner Health Community Hospital.

Josie was born March 5, 1938, in Mitchell, Nebraska, to Refugio and Guadalupe Sandoval, and worked the sugar-beet fields of the North Platte Valley with her parents and seven brothers and sisters from the age of eight. She married Fidel Aguilar in 1957 and they made their home in Torrington, where she worked for 27 years in the kitchen at Lincoln Elementary School and where generations of children knew her as "Mrs. A."

She is survived by her children, Ramon Aguilar of Torrington, Yolanda Herrera of Scottsbluff and Gilbert Aguilar of Casper; twelve grandchildren; and eighteen great-grandchildren. She was preceded in death by her husband, Fidel, in 2009; by her parents; and by her brothers Refugio Jr., Tony and Manuel.

A rosary will be recited at 7 p.m. Wednesday and the Mass of Christian Burial celebrated at 10 a.m. Thursday, both at St. Rose of Lima Catholic Church, Torrington. Burial at Valley View Cemetery.""",
gold=[("CHY022", "deceased_client")]),
]
