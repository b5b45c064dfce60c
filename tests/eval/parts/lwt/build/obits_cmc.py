"""Central Montana Courier (invented Lewistown twice-weekly paper): obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="lwt_cmc_obit_2026_014", pub="2026-02-03T06:00:00-07:00", title="Philomene \"Phil\" Laverdure",
body="""Philomene Rose "Phil" Laverdure, 91, of Lewistown, passed away Jan. 30, 2026, at the Central Montana Medical Center, with her family singing the old French hymns she taught them.

Phil was born Aug. 2, 1934, on Spring Creek, the daughter of Joseph and Virginie (Wilkie) Fleury, and was proud to the end of her Metis grandparents, who came to the Judith Basin with the buffalo hunters' carts in the 1870s. She married Louis Laverdure at St. Leo's in 1953. She cooked at the Lewistown school lunchroom for 27 years, beaded moccasins for every grandchild and was a founding member of the Little Shell Chippewa cultural committee in Lewistown. Her bannock and boulettes were legendary at every wake and wedding on the east side of town.

She is survived by her sons, Clifford (Denise) Laverdure of Lewistown and Raymond Laverdure of Havre; her daughter, Georgette Wilkie of Great Falls; 11 grandchildren; and 19 great-grandchildren. She was preceded in death by her husband, Louis, in 2009, and by her brothers, Alfred and Norbert Fleury.

A rosary will be recited at 7 p.m. Wednesday at St. Leo the Great Catholic Church, with the Mass of Christian Burial at 10 a.m. Thursday, Father Dominic Kowalczyk celebrant. Pallbearers are Kenny Doney, Marvin Doney, Gabe Fleury, Jordan Wilkie, Lucas Laverdure and Tyler Laverdure. Burial will be in the spring at the Lewistown City Cemetery.""",
gold=[("LWT003", "survivor"), ("LWT004", "survivor")]),

dict(guid="lwt_cmc_obit_2026_031", pub="2026-03-10T06:00:00-06:00", title="Arvid E. Sunwall",
body="""Arvid Emil Sunwall, 90, of Hobson, died Thursday, March 5, at the Judith Basin Nursing Home in Stanford.

Arvid was born Sept. 9, 1935, on the home place north of Hobson to Emil and Hilda (Nordquist) Sunwall, and never lived more than four miles from it. He raised wheat, barley and Hereford cattle, served 22 years on the Hobson school board and was a charter member of the Hobson Sportsmen's Club. Every fall he hauled his neighbors' grain before his own.

He is survived by his sister, Evelyn (Mrs. Harold) Moe of Hobson; nieces Karen Moe Lindseth of Billings and Judy Moe of Bozeman; and many cousins in Minnesota. He was preceded in death by his wife of 54 years, Inga, in 2014; by his brother-in-law, Harold Moe; and by his brother, Carl.

Funeral services will be held at 1 p.m. Saturday at Hobson Lutheran Church, with Pastor Erik Sandvold officiating. Casketbearers will be Brady Stoltz, Dean Lindseth, Mike Pfau, Ron Gies, Leif Sunwall and Cory Moe. Interment in the Hobson Cemetery.""",
gold=[("LWT008", "survivor")]),

dict(guid="lwt_cmc_obit_2026_058", pub="2026-04-21T06:00:00-06:00", title="Wade L. Tollefson Sr.",
body="""Wade Lorentz Tollefson Sr., 84, of Denton, passed away Saturday, April 18, 2026, at Benefis Hospital in Great Falls after a short illness.

Wade was born Dec. 1, 1941, in Lewistown and grew up on the Tollefson place on Coffee Creek, which he ranched with his dad, then his son, for sixty years. He married Vivian Kasper in 1963. He was a 4-H leader, a Denton volunteer fireman for 35 years and a fixture at the Denton cafe's "liars' table" every morning at six.

Survivors include his wife of 62 years, Vivian; a son, Wade "Butch" Tollefson Jr. and his wife, Shelly, of Denton; a daughter, Connie Lutts of Kalispell; five grandchildren; and two great-grandchildren. He was preceded in death by his parents and a sister, Marian.

Services will be held at 11 a.m. Friday at the Denton Community Church. Memorials may be made to the Denton Volunteer Fire Department.""",
gold=[("LWT005", "survivor"), ("LWT006", "survivor")]),

dict(guid="lwt_cmc_obit_2026_077", pub="2026-05-19T06:00:00-06:00", title="Dennis R. Fry",
body="""Dennis Ray Fry, 72, of Moore, died unexpectedly May 14 while moving cattle on his ranch south of Moore.

Denny was born in Lewistown in 1953 and graduated from Moore High School in 1971. He served in the Army in Germany, came home to ranch and never left. He was on the Moore Rural Fire board, the Fergus County Farm Bureau, and was the one everyone called when a calf came backward.

Denny is survived by his wife of 48 years, Connie; his daughter, Kaylee (Travis) Ostberg of Lewistown; his son, Cody Fry of Billings; and four grandchildren, Brynn, Jace, Landon and Tessa. He was preceded in death by his parents, Ray and Dorothy Fry.

A celebration of life will be held at 2 p.m. Saturday at the Moore Community Hall.""",
gold=[("LWT013", "survivor"), ("LWT012", "survivor")]),

dict(guid="lwt_cmc_obit_2026_090", pub="2026-06-16T06:00:00-06:00", title="Kenneth James \"K.J.\" Doney",
body="""Kenneth James "K.J." Doney, 24, of Great Falls, formerly of Winifred, died June 10, 2026, in a highway accident near Belt.

K.J. was born Feb. 4, 2002, in Lewistown and graduated from Winifred High School in 2020, where he played six-man football and won the district wrestling title at 152 pounds. He worked as a lineman apprentice for Fergus Electric and loved elk hunting in the Judith Mountains.

He is survived by his parents, Ron and Trish Doney of Great Falls; his sister, Kendra; his grandmother, Lucille Doney of Winifred; his uncles, Kenny Doney of Winifred and Marvin Doney of Lewistown; and many cousins. He was named for his uncle Kenny.

Services will be held at 10:30 a.m. Monday at the Winifred School gymnasium.""",
gold=[("LWT021", "survivor")]),

dict(guid="lwt_cmc_obit_2026_118", pub="2026-08-25T06:00:00-06:00", title="Rosalie M. Kucera",
body="""Rosalie Marie Kucera, 88, of Lewistown, died Aug. 21 at Valle Vista Manor.

Rosalie was born in Harlowton in 1938, one of the seven children of Anton and Mary Hergett, and married Frank Kucera in 1957. She clerked at the Lewistown Woolworth's, bowled Tuesday nights for 40 years and never missed a Lewistown Chokecherry Festival.

She is survived by her son, Duane Kucera of Lewistown; her daughter, Linda Kucera Roth of Missoula; her sister, Loretta "Babe" Hergett of Harlowton; and four grandchildren. She was preceded in death by her husband, Frank, and by five brothers and sisters.

A funeral Mass will be held at 10 a.m. Friday at St. Leo the Great Catholic Church.""",
gold=[("LWT019", "survivor")]),

dict(guid="lwt_cmc_obit_2026_142", pub="2026-10-13T06:00:00-06:00", title="Orville A. Brekke",
body="""Orville Arnold "Orv" Brekke, 85, of Lewistown, passed away peacefully at home on Oct. 9, 2026, with his wife of 62 years, Marlys, at his side.

Orv was born Feb. 11, 1941, at Kolin, the son of Arne and Gudrun Brekke, and grew up on the family's dryland wheat farm there. He married Marlys Haugen at Zion Lutheran Church in Lewistown on June 13, 1964. For 38 years he sold and serviced farm machinery at the implement dealership on the Great Falls highway, and he could tell what was wrong with a combine from the sound of it across a field. He was a Lions Club member for 50 years and sang bass in the Zion choir.

Orv is survived by his wife, Marlys; his sons, Kevin (Lisa) Brekke of Billings and Scott Brekke of Lewistown; his brother-in-law, Curt Haugen of Lewistown; five grandchildren; and one great-grandson. He was preceded in death by his parents and his sister, Solveig.

Funeral services will be held at 2 p.m. Friday, Oct. 16, at Zion Lutheran Church, with Pastor Erik Sandvold officiating. Burial will follow in the Lewistown City Cemetery.""",
gold=[("LWT001", "deceased_client"), ("LWT002", "spouse_of_deceased_client"), ("LWT022", "survivor")]),
]
