"""Prairie Rose Funeral Service (chapels in Shawnee, Moore and Yukon): funeral-home site, HTML in content:encoded,
one-sentence plain description. Hand-labelled."""

FEED = "prfs"
ITEMS = [
dict(guid="okc_prfs_opal-tackett", pub="2026-01-12T10:15:00-06:00", title="Opal Lee Tackett (1934 - 2026)",
body="""Opal Lee Tackett, 91, of Moore, went home to be with her Lord on Friday, January 9, 2026, surrounded by her family at Norman Regional Moore.

Opal was born in Wewoka to Ollie and Fern Haskins and married Clyde Tackett in 1952. She taught the junior girls' Sunday school class at First Baptist Church of Moore for forty-one years, and not one of those girls ever left her class without a memory verse and a fried pie.

She is survived by her daughter, Glenda (Billy Ray) Pruitt of Moore; her son, Dale Tackett and his wife Renee of Purcell; six grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Clyde, and a brother, Eldon Haskins.

Funeral services will be held at 10 a.m. Wednesday at First Baptist Church of Moore, Bro. Gary Lusk officiating. Pallbearers will be Harold Tubbs, Kyle Tackett, Brandon Pruitt, Wes Haskins, Jimmy Dale Cobb and Austin Pruitt. Interment will follow at Moore Cemetery under the direction of Prairie Rose Funeral Service, Moore chapel.""",
gold=[("OKC008", "survivor"), ("OKC007", "survivor")]),
# Harold Tubbs (OKC019) is a pallbearer: nothing.

dict(guid="okc_prfs_dorothy-pickens", pub="2026-01-20T09:40:00-06:00", title="Dorothy Jean Pickens (1937 - 2026)",
body="""Dorothy Jean Pickens, 88, of Yukon, passed from this life on January 17, 2026.

Dorothy was born on a wheat farm near Okarche and graduated from Yukon High School in 1955. She kept the books for the Yukon Co-op Elevator for thirty years and was a faithful member of the Yukon Church of Christ, where she organized the ladies' Bible class and the funeral dinners for more families than anyone could count.

She is survived by her son, Steve Pickens of Mustang; her daughter, Joyce Hanna of Piedmont; and four grandchildren. She was preceded in death by her husband, Earl.

Services will be at 2 p.m. Friday at the Yukon Church of Christ, with ministers Larry Hollis and Dean Wardlow officiating. Burial in Yukon Cemetery.""",
gold=[]),
# Larry Hollis (OKC009) officiates: nothing.

dict(guid="okc_prfs_leroy-fulbright", pub="2026-02-03T11:05:00-06:00", title="Leroy \"Buck\" Fulbright (1941 - 2026)",
body="""Leroy "Buck" Fulbright, 84, of El Reno, died Saturday, January 31, 2026, at Mercy Hospital El Reno.

Buck went to work on a drilling rig west of Calumet at seventeen and never really came off it. He was a driller and later a toolpusher for Parker and for Bronco, worked the Anadarko Basin from Hinton to Elk City, and could tell by the sound of a rotary table whether the bit was dull. He retired in 2004 and spent the next twenty years telling young hands how they were doing it wrong.

He is survived by his wife of 62 years, Norma; his daughter, Tammy Skaggs and her husband, Curt, of Yukon; his son, Ricky Fulbright of Weatherford; five grandchildren; and three great-grandchildren.

Funeral services will be held at 11 a.m. Thursday at the Prairie Rose Funeral Service Yukon chapel. Burial will follow at El Reno Cemetery.""",
gold=[("OKC013", "survivor"), ("OKC012", "survivor")]),

dict(guid="okc_prfs_eugene-bourbonnais", pub="2026-02-20T14:30:00-06:00", title="Eugene Louis \"Gene\" Bourbonnais (1944 - 2026)",
body="""Eugene Louis "Gene" Bourbonnais, 81, of Shawnee, passed away on Tuesday, February 17, 2026, at his home.

Gene was born October 2, 1944, in Shawnee, to Louis and Cecile Bourbonnais, and was a proud enrolled member of the Citizen Potawatomi Nation. He served in the U.S. Army in Germany, then spent thirty-four years with Oklahoma Gas and Electric. He served two terms on the Nation's grievance committee and never missed a Family Reunion Festival.

He is survived by his wife of 58 years, Mary Beth (Navarre) Bourbonnais; two sons, Mark Bourbonnais of Tecumseh and Paul Bourbonnais of Tulsa; a daughter, Anne Toupin of Shawnee; and eight grandchildren.

A Rosary will be prayed at 6 p.m. Sunday and the Mass of Christian Burial celebrated at 10 a.m. Monday at St. Benedict Catholic Church, Shawnee. Burial will follow at the Citizen Potawatomi Nation cemetery.""",
gold=[("OKC005", "deceased_client"), ("OKC004", "spouse_of_deceased_client")]),

dict(guid="okc_prfs_carolyn-hollis", pub="2026-03-09T10:00:00-06:00", title="Carolyn Sue Hollis (1950 - 2026)",
body="""Carolyn Sue Hollis, 75, of Edmond, died peacefully on Friday, March 6, 2026, after a long illness borne with grace.

Carolyn was born in Ada, graduated from Oklahoma Christian College, and taught third grade in Edmond Public Schools for thirty years. At the Memorial Road Church of Christ she sang alto, taught the toddlers, and kept the church's prayer list in a spiral notebook she would not let anyone else touch.

She is survived by her husband of 52 years, Larry Hollis of the home; her daughters, Amy Reeves of Edmond and Beth Hollis of Dallas; and five grandchildren.

Services will be held at 1 p.m. Thursday at Memorial Road Church of Christ, Edmond.""",
gold=[("OKC009", "survivor")]),

dict(guid="okc_prfs_gerald-moss", pub="2026-04-14T13:20:00-05:00", title="Gerald Wayne Moss (1948 - 2026)",
body="""Gerald Wayne Moss, 77, of Guthrie, died April 11, 2026, at Mercy Hospital Logan County.

Gerald worked thirty-six years as a roustabout and pumper in the Logan County fields and later owned Moss Pump & Supply in Guthrie. He was a member of the First Baptist Church of Guthrie.

He is survived by his sister, Sharon Van Buskirk and her husband, Ken, of Edmond; his nephews, Brian and Scott Van Buskirk; and his dog, Hoss. He was preceded in death by his parents, Wayne and Edna Moss.

Graveside services will be held Saturday at Summit View Cemetery, Guthrie.""",
gold=[("OKC018", "survivor"), ("OKC017", "survivor")]),

dict(guid="okc_prfs_harold-tubbs", pub="2026-05-05T09:10:00-05:00", title="Harold Dean Tubbs (2001 - 2026)",
body="""Harold Dean Tubbs, 24, of Midwest City, died unexpectedly on Saturday, May 2, 2026.

Harold graduated from Carl Albert High School in 2019, where he played baseball for the Titans, and was an apprentice lineman with a contractor in Del City. He loved fishing at Lake Thunderbird, his truck, and his nephew, Jace.

He is survived by his parents, Ronnie and Kay Tubbs of Midwest City; his sister, Kaylee Tubbs of Choctaw; and his grandmother, Patsy Tubbs of Harrah.

Services will be held at 2 p.m. Friday at Prairie Rose Funeral Service, Moore chapel.""",
gold=[]),
# Young namesake of OKC019 Harold Tubbs (b. 1950, wife Bonnie): survived by parents, no spouse -> nothing.
]
