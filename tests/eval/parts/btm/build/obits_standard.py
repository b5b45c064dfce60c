"""The Silver Bow Standard (invented Butte daily): newspaper obituaries, plain-text descriptions. Hand-labelled."""

ITEMS = [
dict(guid="btm_sbs_obit_20260212_radakovich", pub="2026-02-12T06:00:00-07:00", title="Milan Radakovich",
body="""BUTTE - Milan Radakovich, 84, a lifelong resident of Butte and for 31 years a miner at the Mountain Con and later the Berkeley Pit, died Monday, Feb. 9, 2026, at St. James Healthcare surrounded by his family.

Milan was born Sept. 22, 1941, in Butte to Nikola and Stana Radakovich, and grew up on the East Side above the Holy Trinity church hall, where he learned the tamburica before he could ride a bike. He graduated from Butte High in 1959 and went underground the week after. On July 2, 1965, he married Dragica "Dee" Vucurovich at Holy Trinity Serbian Orthodox Church. When the Anaconda Company shut down the mines in 1983 he drove truck for the Pit until his retirement in 1996.

Milan never missed a Serbian picnic at Columbia Gardens' old grounds, a Bulldogs home game or a chance to tell you how much better the pasties were in 1962.

He is survived by his wife of 60 years, Dee Radakovich of Butte; his son Nick (Sandy) Radakovich of Spokane, Wash.; his daughter Vesna Radakovich-Pierce of Bozeman; five grandchildren; and his brother Dushan of Kalispell. He was preceded in death by his parents and his sister, Mileva.

The Pomen (memorial prayers) will be at 7 p.m. Thursday at Holy Trinity Serbian Orthodox Church, with the funeral service there at 11 a.m. Friday, the V. Rev. Dane Popovich officiating. Burial will follow at Mount Moriah Cemetery. Pallbearers are Kenneth Draganovich, Milos Vukich, Steve Yelenich, Tom Brkovich, Rade Sekulich and Bob Stepan. Kearney & Pintar Mortuary is in charge of arrangements.""",
gold=[("BTM003", "deceased_client"), ("BTM004", "spouse_of_deceased_client")]),

dict(guid="btm_sbs_obit_20260219_sheehy", pub="2026-02-19T06:00:00-07:00", title="Catherine 'Kay' Sheehy Moriarty",
body="""BUTTE - Catherine "Kay" Sheehy Moriarty, 91, went to be with the Lord on Feb. 16, 2026, at the Continental Care Center.

Kay was born in Dublin Gulch, the oldest of eight children of Daniel and Nora (Kane) Sheehy, and never let anyone forget that she was raised on the Hill. She graduated from Girls Central in 1952 and worked 38 years as a switchboard operator and then office manager for Mountain Bell. She married Francis "Frank" Moriarty in 1956; he died in 2004.

Kay was a member of the Ancient Order of Hibernians Ladies' Auxiliary, St. Patrick's Altar Society and a Thursday night pinochle game that outlasted three of its players.

Survivors include her sister, Mary Pat Dolan of Butte; her sons, Daniel Moriarty of Missoula and Kevin (Julie) Moriarty of Helena; her brother, Thomas Sheehy of Tacoma, Wash.; nine grandchildren and many nieces and nephews. She was preceded in death by her husband, Frank, and by five brothers and sisters.

A vigil will be held at 7 p.m. Sunday at Duggan Street Funeral Chapel. The Mass of Christian Burial will be celebrated at 10 a.m. Monday at St. Patrick's Church, Uptown Butte. Interment at Holy Cross Cemetery.""",
gold=[("BTM005", "survivor")]),

dict(guid="btm_sbs_obit_20260305_hakkola", pub="2026-03-05T06:00:00-07:00", title="Eino Arvid Hakkola",
body="""HANCOCK, Mich. - Eino Arvid Hakkola, 79, of Hancock, Michigan, and a native of Butte's Finntown, died Feb. 27, 2026, at Aspirus Keweenaw Hospital.

Eino was born in Butte in 1946 and moved with his family to the Copper Country of Michigan's Upper Peninsula when the Leonard mine cut its shifts in 1954. He taught shop at Hancock Central High School for 33 years and built saunas for half of Houghton County.

He is survived by his wife, Marjatta; his daughters, Kaisa (Jon) Lehto of Marquette and Leena Hakkola of Minneapolis; four grandchildren; and his cousin and namesake, Eino "Ike" Hakkola of Butte, with whom he traded letters in Finnish for seventy years.

Services were held in Hancock. Friends in Butte may send memorials to the Butte-Silver Bow Public Archives Finnish heritage fund.""",
gold=[("BTM018", "survivor")]),

dict(guid="btm_sbs_obit_20260326_marjanovich", pub="2026-03-26T06:00:00-06:00", title="Stanley James Marjanovich",
body="""ANACONDA - Stanley James Marjanovich, 24, of Anaconda, died unexpectedly March 21, 2026, in a single-vehicle accident on Highway 1 near Georgetown Lake.

Stanley was born Jan. 8, 2002, in Anaconda, the son of Mark and Jody Marjanovich, and was named for his grandfather. He was a 2020 graduate of Anaconda High School, where he wrestled for the Copperheads, and was a second-year lineman apprentice with NorthWestern Energy. He loved elk camp, his blue heeler, Smelter, and his grandmother's sarma.

He is survived by his parents, Mark and Jody Marjanovich of Anaconda; his sister, Kaylee Marjanovich of Missoula; his grandparents, Stan and Carol Marjanovich of Anaconda and Linda Breen of Deer Lodge; and many aunts, uncles and cousins.

A rosary will be prayed at 7 p.m. Monday at Kearney & Pintar Mortuary, Anaconda, and a funeral Mass will be celebrated at 11 a.m. Tuesday at St. Peter's Catholic Church. Burial at Mount Olivet Cemetery.""",
gold=[("BTM008", "survivor")]),

dict(guid="btm_sbs_obit_20260409_lenihan_ma", pub="2026-04-09T06:00:00-06:00", title="Maureen Lenihan",
body="""WORCESTER, Mass. - Maureen (Quigley) Lenihan, 71, of Worcester, Massachusetts, died April 4, 2026. Her family asked that her obituary run in The Standard because her father, John Quigley, worked at the Anselmo mine before moving east in 1951.

Maureen was a nurse at UMass Memorial for 40 years. She is survived by her husband of 48 years, Gerald Lenihan; her sons, Brian and Sean, both of Worcester; and three grandchildren.

A funeral Mass was celebrated in Worcester.""",
gold=[]),

dict(guid="btm_sbs_obit_20260423_lenihan", pub="2026-04-23T06:00:00-06:00", title="Patrick Joseph 'Packy' Lenihan",
body="""BUTTE - Patrick Joseph "Packy" Lenihan, 88, the last of the Lenihan brothers of Corktown, died at home April 20, 2026.

Packy was born in 1937 on Anaconda Road, worked 27 years as a hoistman at the Kelley Mine and then tended bar at the M&M, where he was said to know the name of every man who ever worked the Hill. He never married.

He is survived by his nephew, Con Lenihan, and Con's wife, Maureen, of Butte; his grandnephew and namesake, Packy Lenihan (Erin) of Butte; his niece, Noreen Lenihan Walsh of Great Falls; and a host of cousins in Butte and County Cork. He was preceded in death by his brothers, Dan, Mike and Cornelius, and his sister, Sr. Mary Brendan, BVM.

Vigil services will be at 7 p.m. Sunday at the Duggan Street Funeral Chapel, and the funeral Mass at 10 a.m. Monday at Immaculate Conception Church. Burial at Holy Cross Cemetery, with a wake to follow at the Ancient Order of Hibernians hall.""",
gold=[("BTM001", "survivor"), ("BTM002", "survivor"), ("BTM020", "survivor")]),

dict(guid="btm_sbs_obit_20260514_driscoll", pub="2026-05-14T06:00:00-06:00", title="Timothy Francis Driscoll",
body="""BUTTE - Timothy Francis Driscoll, 90, died May 11, 2026, at the Montana Veterans Home in Columbia Falls, far from the Hill he loved but close to his son.

Tim was born in Walkerville in 1935, served with the Army in Korea and came home to work as an electrician at the Weed Concentrator. He was a 60-year member of IBEW Local 65 and coached Little League at Clark Park for two decades.

Survivors include his son, Michael (Janet) Driscoll of Whitefish; his granddaughter, Shannon Driscoll of Butte, and grandson, Ryan Driscoll of Billings; and his sister, Peg Harrington of Anaconda. He was preceded in death by his wife, Rosemary, in 2015.

A funeral Mass will be celebrated at 11 a.m. Saturday, May 16, at St. Ann's Church, Butte, with military honors at the Southwest Montana Veterans Cemetery in Butte.""",
gold=[("BTM019", "survivor")]),
]
