"""Concho Valley Memorial Chapel (invented funeral home, San Angelo): full obituaries, HTML in content:encoded,
a one-sentence plain description. Hand-labelled (gold beside each text)."""

FEED = "cvmc"
ITEMS = [
dict(guid="sjt_cvmc_obit_thaddeus-broughton-sr", pub="2026-03-06T10:15:00-06:00",
title="Thaddeus Eugene Broughton Sr. (1941 - 2026)",
body="""Thaddeus Eugene Broughton Sr., 84, of San Angelo, passed from this life on Tuesday, March 3, 2026, at Shannon Medical Center, with his family at his side.

Thad was born July 22, 1941, in Paint Rock to Eugene and Velma (Hext) Broughton. After two years in the Army at Fort Hood he came home and went to work in his uncle's feed store on South Chadbourne, which he bought in 1968 and renamed Broughton Feed & Supply. For fifty years he opened the doors at six in the morning so ranchers could load up before the heat. He was a member of Southland Baptist Church, a Rotarian, and a fixture in the sheep and goat barns at the San Angelo Stock Show & Rodeo.

He is survived by his son, Thaddeus "Tad" Broughton Jr. and wife Marcy of San Angelo; his daughter, Karen Broughton Pate and husband Mike of Abilene; five grandchildren; and two great-grandchildren. He was preceded in death by his wife of 52 years, Peggy, and by his brother, Lyndon Broughton.

Visitation will be Friday from 5 to 7 p.m. at Concho Valley Memorial Chapel. Funeral services will be held at 10 a.m. Saturday at Southland Baptist Church, with interment following at Lawnhaven Memorial Gardens. In lieu of flowers, the family suggests memorials to the San Angelo Stock Show & Rodeo scholarship fund.""",
gold=[("SJT006", "survivor")]),

dict(guid="sjt_cvmc_obit_otis-lee-mabry", pub="2026-04-10T09:30:00-05:00",
title="Deacon Otis Lee Mabry (1955 - 2026)",
body="""Deacon Otis Lee Mabry, 70, of San Angelo, answered the call of his Heavenly Father on Sunday, April 5, 2026, at his home in the Blackshear neighborhood.

Otis was born September 1, 1955, in San Angelo, the eldest son of the late Rev. Clarence and Odessa Mabry. He graduated from Central High School, where he ran the quarter mile, and retired after 34 years as a mechanic at Goodfellow Air Force Base. He served as a deacon of Greater Mount Zion AME Church for more than thirty years, sang bass in the men's chorus and never missed a Juneteenth parade.

Left to cherish his memory are his wife of 46 years, Gloria Mabry; his daughters, Monique Mabry of Dallas and Tonya Mabry Reese (Darnell) of San Angelo; his sister, Bernice Threadgill (Alphonso) of San Angelo; his brother, Clarence Mabry Jr. of Houston; seven grandchildren; and a host of nieces, nephews, church family and friends.

A Homegoing Celebration will be held at 11 a.m. Saturday at Greater Mount Zion AME Church, with the Rev. Dr. Harold Kimbrough delivering the eulogy. Interment will follow at Fairmount Cemetery. Services entrusted to Concho Valley Memorial Chapel.""",
gold=[("SJT015", "survivor"), ("SJT014", "survivor")]),

dict(guid="sjt_cvmc_obit_hollis-ray-pickett", pub="2026-05-01T11:00:00-05:00",
title="Hollis Ray Pickett (1937 - 2026)",
body="""Hollis Ray Pickett, 88, of San Angelo, passed away April 28, 2026, at the West Texas Veterans Home in Big Spring.

Hollis was born in Ballinger and enlisted in the U.S. Air Force at seventeen. He served twenty-two years, including two tours in Southeast Asia, and finished his career as a senior master sergeant at Goodfellow Air Force Base. He then spent twenty years teaching auto mechanics at Lake View High School, where generations of Chiefs learned to change a clutch in his shop.

He is survived by his wife, Dorothy Pickett; his sons, Ray Pickett of Odessa and Dale Pickett of San Angelo; and six grandchildren.

Graveside services with military honors will be held at 2 p.m. Monday at Lawnhaven Memorial Gardens. Pallbearers will be Dale Pickett, Ray Pickett, Gary Quattlebaum, Tom Eubank, Luis Arzate and Kyle Pickett. Honorary pallbearers are the members of the Goodfellow chapter of the Air Force Sergeants Association.""",
gold=[]),

dict(guid="sjt_cvmc_obit_cecil-wayne-kuykendall", pub="2026-06-16T10:45:00-05:00",
title="Cecil Wayne Kuykendall (1935 - 2026)",
body="""Cecil Wayne Kuykendall, 91, of Mertzon, rancher and lifelong resident of Irion County, went home to be with the Lord on Saturday, June 13, 2026.

Cecil was born on the family place on Spring Creek on January 30, 1935, and except for two years in the Army he never lived anywhere else. He ran sheep and Angora goats on the Kuykendall ranch for seventy years, served on the Irion County ISD school board and the Middle Concho soil and water district, and could tell you the rainfall on any date since 1950 from the notebooks in his pickup.

He is survived by his daughter, Luanne (Doyle) Haberstroh of Mertzon; his son, Rusty Kuykendall and wife Shelly of San Angelo; four grandchildren; and three great-grandchildren. He was preceded in death by his wife, Geneva, in 2019.

Services will be held at 10 a.m. Thursday at First Baptist Church of Mertzon, with burial in Mertzon Cemetery. Arrangements by Concho Valley Memorial Chapel.""",
gold=[("SJT018", "survivor"), ("SJT019", "survivor")]),

dict(guid="sjt_cvmc_obit_dorothy-satterwhite-ames", pub="2026-07-09T09:00:00-05:00",
title="Dorothy Satterwhite Ames (1935 - 2026)",
body="""Dorothy Satterwhite Ames, 90, formerly of San Angelo, died peacefully on July 6, 2026, in Lubbock, where she had lived near her son for the last six years.

Dorothy was born in Sterling City to Amos and Ruth Satterwhite and graduated from San Angelo College in 1955. She taught home economics in Eden and San Angelo for thirty-one years and judged the pie contest at the Tom Green County Fair for as long as anyone can remember. She was a member of First United Methodist Church of San Angelo for sixty years.

She is survived by her son, Philip Ames and wife Carla of Lubbock; her niece, Kendra Satterwhite of San Angelo, who called her every Sunday; her nephew, Brian Satterwhite of Austin; and three grandchildren. She was preceded in death by her husband, Warren Ames, and her brother, Dale Satterwhite.

A memorial service will be held at 2 p.m. Saturday at First United Methodist Church, San Angelo.""",
gold=[("SJT016", "survivor")]),

dict(guid="sjt_cvmc_obit_jerome-wade-stribling", pub="2026-08-04T12:20:00-05:00",
title="Jerome Wade \"J.W.\" Stribling (2002 - 2026)",
body="""Jerome Wade "J.W." Stribling, 24, of San Angelo, was taken from us far too soon on Friday, July 31, 2026, in an oilfield accident near Big Lake.

J.W. was born March 3, 2002, in San Angelo and graduated from Central High School in 2020, where he played linebacker for the Bobcats. He worked as a floorhand and had just made derrickman. He loved deer season, his black Lab, Remington, and Sunday dinners at his grandparents' house.

He is survived by his parents, Wade and Krista Stribling of San Angelo; his sister, Kaitlyn Stribling; his grandparents, Jerry and Frances Stribling of San Angelo, for whom he was named, and Ron and Debbie Hale of Sweetwater; and many aunts, uncles and cousins.

Visitation will be Wednesday from 6 to 8 p.m. at Concho Valley Memorial Chapel. Funeral services will be held at 10 a.m. Thursday at Immanuel Baptist Church, with burial at Fairmount Cemetery. Pallbearers will be his teammates from the 2019 Bobcats.""",
gold=[("SJT021", "survivor")]),

dict(guid="sjt_cvmc_obit_wanda-faye-lunsford", pub="2026-08-21T10:00:00-05:00",
title="Wanda Faye Lunsford (1943 - 2026)",
body="""Wanda Faye Lunsford, 83, of Ballinger, passed away on August 18, 2026, at Ballinger Memorial Hospital.

Wanda was born in Rowena to Otto and Lillie Baumann and married Gene Lunsford in 1961. She kept the books for the Ballinger cotton gin for thirty years and played the piano for Sunday school at First Baptist Church of Ballinger until her hands would no longer let her.

She is survived by her daughter, Teresa Lunsford Boyd of Ballinger; her sister, Sue Kincheloe of Miles; and four grandchildren. She was preceded in death by her husband, Gene, and her brother, Walter Baumann.

Funeral services will be held at 2 p.m. Monday at First Baptist Church of Ballinger, with burial in Evergreen Cemetery. Arrangements by Concho Valley Memorial Chapel, Ballinger chapel.""",
gold=[("SJT012", "survivor")]),

dict(guid="sjt_cvmc_obit_wendell-ray-dub-tankersley", pub="2026-09-18T09:40:00-05:00",
title="Wendell Ray \"Dub\" Tankersley (1948 - 2026)",
body="""Wendell Ray "Dub" Tankersley, 78, of San Angelo, passed away Tuesday, September 15, 2026, at Shannon Medical Center after a brief illness.

Dub was born March 14, 1948, in Eola to Ray and Opal Tankersley. He graduated from Eola High School and Angelo State College, and spent forty years in the wool and mohair business, first as a buyer and later as manager of the Producers warehouse, where he could grade a fleece by feel with his eyes closed. He served on the board of the San Angelo Stock Show & Rodeo, was a deacon at Southland Baptist Church and never missed a Rams home game.

Dub is survived by his wife of 55 years, Lorene (Schwertner) Tankersley of San Angelo; his son, Craig Tankersley and wife Amy of Fort Worth; his daughter, Shelley Tankersley Voss of San Angelo; and five grandchildren. He was preceded in death by his parents and by his brother-in-law, Alvin Schwertner.

Visitation will be held from 5 to 7 p.m. Friday at Concho Valley Memorial Chapel. Funeral services will be at 10 a.m. Saturday at Southland Baptist Church, with burial at Lawnhaven Memorial Gardens.""",
gold=[("SJT001", "deceased_client"), ("SJT002", "spouse_of_deceased_client")]),
]
