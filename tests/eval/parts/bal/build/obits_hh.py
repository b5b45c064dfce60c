"""Harbor & Hill Funeral Chapels (West Baltimore, Glen Burnie, Ellicott City): funeral-home site, HTML in
content:encoded, permalink guids. Hand-labelled (gold= beside each text)."""

FEED = "hh"
ITEMS = [
dict(guid="bal_hh_https://www.harborhillchapels.example/obituaries/deacon-lucius-pettaway", pub="2026-01-12T10:15:00-05:00",
title="Homegoing Celebration for Deacon Lucius Pettaway",
body="""Deacon Lucius Pettaway, 91, of West Baltimore, answered the Lord's call on Wednesday, January 7, 2026, at Sinai Hospital, surrounded by the family he loved and the hymns he had led for sixty years.

Lucius was born in Warsaw, North Carolina, to the late Amos and Pearlie Pettaway, and came to Baltimore in 1953 to work on the loading docks at Locust Point. He joined Greater Mount Moriah Baptist Church on Druid Hill Avenue the following Easter, was ordained a deacon in 1971 and never missed a Tuesday Bible study until his knees made him. He drove a city bus on the No. 13 line for 31 years and could name every rider who ever owed him a quarter.

He leaves to cherish his memory his devoted daughter, Bernice Whitlock (Reggie) of Baltimore; his son, Lucius Pettaway Jr. of Randallstown; his sister, Mattie Graves of Goldsboro, N.C.; seven grandchildren; eleven great-grandchildren; and a host of nieces, nephews, church family and friends. He was preceded in death by his wife of 58 years, Mother Inez Pettaway.

Viewing Friday from 5 to 8 p.m. at our Druid Hill chapel. Homegoing service Saturday at 11 a.m. at Greater Mount Moriah Baptist Church, the Rev. Dr. Calvin Breckenridge, eulogist. Interment at Arbutus Memorial Park.""",
gold=[("BAL002", "survivor"), ("BAL001", "survivor")]),

dict(guid="bal_hh_https://www.harborhillchapels.example/obituaries/mother-odessa-mae-fairley", pub="2026-02-03T09:40:00-05:00",
title="Mother Odessa Mae Fairley",
body="""Mother Odessa Mae Fairley, 87, a faithful member of Bethel Union AME Church for 64 years, transitioned peacefully on Thursday, January 29, 2026, at her Walbrook Avenue home.

Odessa was born October 2, 1938, in Kingstree, South Carolina, the eighth of eleven children of Rev. Josiah and Hattie Fairley. She graduated from Frederick Douglass High School and Coppin State College, and taught third grade in the Baltimore City Public Schools for 35 years, most of them at Gwynns Falls Elementary. Former pupils still stopped her at Mondawmin to recite their times tables.

She was a stewardess, a member of the Missionary Society and the Senior Choir, and for two decades ran the church's Thanksgiving dinner for the neighborhood. Mother Fairley was preceded in death by her husband, Walter Fairley, in 1994, and by eight of her siblings.

She leaves her sisters, Lottie Singletary of Kingstree and Evangeline Burgess of Philadelphia; her godson, Marcus Tate; and a host of nieces, nephews and former students.

Homegoing service Saturday, February 7, at 11 a.m. at Bethel Union AME Church, Rev. Dr. Alfreda Conyers presiding. Pallbearers: Clarence Mayfield, Marcus Tate, Terrence Burgess, Dion Singletary, Jerome Watts and Howard Bell.""",
gold=[("BAL003", "deceased_client")]),

dict(guid="bal_hh_https://www.harborhillchapels.example/obituaries/ruth-ann-chavis", pub="2026-02-19T11:00:00-05:00",
title="Ruth Ann Chavis, 84, of Glen Burnie",
body="""Ruth Ann Chavis, 84, of Glen Burnie, formerly of East Baltimore and Pembroke, North Carolina, went to be with her Savior on February 15, 2026.

Born in Robeson County, North Carolina, a proud member of the Lumbee Tribe, Ruth Ann came to Baltimore with her husband, Odell, in 1962, when so many Lumbee families settled along East Baltimore Street that people called it "the reservation." She worked 28 years at the Western Electric plant at Point Breeze and was a founding member of the South Broadway Baptist Church mission that became the Baltimore American Indian Center's Sunday fellowship. Her sweet potato pies went to every wake, wedding and powwow for half a century.

She is survived by her daughter, Jo Ann Locklear and her husband, Hal, of Glen Burnie; her grandchildren, Jessica Locklear and Dwayne Oxendine of Baltimore; her brother, Purcell Hunt of Lumberton, N.C.; and many cousins "back home." She was preceded in death by her husband, Odell Chavis, and her daughter, Brenda Oxendine.

Funeral service Saturday at 1 p.m. at our Glen Burnie chapel, Rev. Jimmy Dial officiating. Burial will be at Lumbee Memorial Gardens, Pembroke, N.C.""",
gold=[("BAL009", "survivor"), ("BAL010", "survivor"), ("BAL011", "survivor")]),

dict(guid="bal_hh_https://www.harborhillchapels.example/obituaries/clarence-andre-mayfield", pub="2026-03-09T14:30:00-05:00",
title="Clarence Andre Mayfield",
body="""Clarence Andre Mayfield, 24, of Baltimore, was taken from us far too soon on March 4, 2026, after a short and courageous fight with leukemia.

"Dre," as everyone called him, was a 2019 graduate of Edmondson-Westside High School, where he ran the 400 meters, and was in his final year of the electrical apprenticeship program at the Local 24 training center. He was named for his grandfather and was proud of it.

He is survived by his parents, Andre and Denise Mayfield of Baltimore; his sister, Kiana; his grandparents, Clarence and Loretta Mayfield of Baltimore; his grandmother, Gloria Pugh of Woodlawn; and his girlfriend, Tiara Jennings.

Services Friday at noon at New Psalmist Baptist Church. Interment at King Memorial Park.""",
gold=[("BAL004", "survivor")]),

dict(guid="bal_hh_https://www.harborhillchapels.example/obituaries/soon-ja-yoon", pub="2026-04-06T16:05:00-04:00",
title="Soon-ja Yoon (윤순자), 92, of Ellicott City",
body="""Soon-ja Yoon, 92, of Ellicott City, died peacefully on April 2, 2026, at Howard County General Hospital.

Mrs. Yoon was born in Gongju, South Chungcheong Province, Korea, and survived the war as a girl by walking south with her mother. She and her late husband, Yoon Byung-chul, emigrated to Baltimore in 1976 and ran a dry-cleaning shop on North Charles Street for 22 years. She was an elder of the Korean Central Presbyterian Church of Baltimore, where she led the early-morning prayer meeting for as long as anyone can remember.

She is survived by her daughter, Grace Choi, and son-in-law, Steve Choi, of Ellicott City; her son, Yoon Min-ho of Seoul; and four grandchildren.

A funeral service will be held Friday at 10 a.m. at Korean Central Presbyterian Church, followed by burial at Druid Ridge Cemetery.""",
gold=[("BAL013", "survivor"), ("BAL012", "survivor")]),

dict(guid="bal_hh_https://www.harborhillchapels.example/obituaries/rosa-contreras-de-reyes", pub="2026-05-11T09:20:00-04:00",
title="Rosa Contreras de Reyes, 88",
body="""Rosa Contreras de Reyes, 88, of Columbia, formerly of Santa Ana, El Salvador, passed away on May 7, 2026, at home.

Doña Rosa raised six children in Santa Ana and joined her eldest daughter in Maryland in 1998. At St. John the Evangelist in Columbia she was known for her pupusas at every parish festival and for the rosary she prayed each evening in Spanish.

She is survived by her children, Ana Lucía Reyes of Columbia, José Reyes of Santa Ana, Marta Reyes de Flores of Los Angeles, and Carlos, Luis and Beatriz Reyes of San Salvador; 14 grandchildren; and 9 great-grandchildren. She was preceded in death by her husband, Miguel Ángel Reyes.

Rosary Thursday at 7 p.m. and Mass of Christian Burial Friday at 10 a.m. at St. John the Evangelist Church, Columbia.""",
gold=[("BAL021", "survivor")]),

dict(guid="bal_hh_https://www.harborhillchapels.example/obituaries/joseph-kaminski", pub="2026-05-26T12:00:00-04:00",
title="Joseph F. \"Joe\" Kaminski, 83, of Dundalk",
body="""Joseph F. "Joe" Kaminski, 83, of Dundalk, a 38-year man at Bethlehem Steel's Sparrows Point plant, died May 22, 2026.

Joe started in the tin mill at eighteen and finished as a maintenance foreman on the L Furnace. He coached Dundalk Little League for 25 years, bowled Thursdays at Fair Lanes, and never once let anyone forget that he caught a foul ball at Memorial Stadium in 1966.

He is survived by his wife of 60 years, Dolores; his sons, Joseph Jr. of Edgemere and Mark of Bel Air; his daughter, Karen Sobczak of Parkville; and eight grandchildren.

Mass of Christian Burial Wednesday at 10 a.m. at Our Lady of Hope Church, Dundalk. Interment at Holy Rosary Cemetery.""",
gold=[]),
]
