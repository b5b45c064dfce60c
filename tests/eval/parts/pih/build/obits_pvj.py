"""Portneuf Valley Journal (daily newspaper, Pocatello): obituaries, plain-text descriptions. Hand-labelled."""

FEED = "pvj"
ITEMS = [
dict(guid="pih_pvj_obit_260112", pub="2026-03-12T06:00:00-06:00", title="Merlin Dale Sorensby",
body="""Merlin Dale Sorensby, 81, of Pocatello, passed away peacefully at his home on Tuesday, March 10, 2026, surrounded by his family.

Merlin was born May 17, 1944, in Downey, Idaho, to Alma and Vilate (Hansen) Sorensby. He grew up milking cows and hauling hay in Marsh Valley and graduated from Marsh Valley High School in 1962. He served a mission for The Church of Jesus Christ of Latter-day Saints in the Northern States Mission. On June 12, 1964, he married his sweetheart, LaRae Whitlock, in the Idaho Falls Idaho Temple.

Merlin worked 38 years for the Union Pacific Railroad in Pocatello, retiring as a roundhouse foreman. He served as a bishop, a high councilor and, for the last twelve years, as a temple worker. He never met a sprinkler pipe he couldn't fix or a grandchild he wouldn't take fishing at the Portneuf.

He is survived by his wife of 61 years, LaRae; his children, Kent (Melanie) Sorensby of Chubbuck, Marci (Tyler) Jeppson of Ammon and Dale Sorensby of Boise; 14 grandchildren and 9 great-grandchildren; and his sister, Vonda Hale of Downey. He was preceded in death by his parents and his brother, Lynn.

Funeral services will be held at 11 a.m. Saturday, March 14, at the Highland 4th Ward chapel, 1520 Satterfield Drive, with Bishop Nathan Lusk conducting. A viewing will be held Friday from 6 to 8 p.m. at Chapel of the Pines and one hour prior to services. Pallbearers: his grandsons and Brig Stoddart. Interment in Mountain View Cemetery.""",
gold=[("PIH001", "deceased_client"), ("PIH002", "spouse_of_deceased_client")]),

dict(guid="pih_pvj_obit_260131", pub="2026-03-27T06:00:00-06:00", title="Evan Thomas Prothero",
body="""Evan Thomas Prothero, 22, of Malad City, died Monday, March 23, 2026, in a farm accident near his home.

Evan was born Sept. 9, 2003, in Malad to Gareth and Nia Prothero. He graduated from Malad High School in 2022, where he sang bass in the choir and placed at state in FFA livestock judging. He was working the family ground and saving for a new baler. He never missed the Welsh Festival and could sing "Calon Lân" in all four parts by himself if he had to.

He is survived by his parents, Gareth and Nia Prothero of Malad City; his sisters, Carys and Mali; his grandparents, Evan and Glenys Prothero of Malad City and Ronald and Joyce Price of Holbrook; and many aunts, uncles and cousins.

Funeral services will be held Saturday at 1 p.m. at the Malad Stake Center. Burial will be in the Malad City Cemetery.""",
gold=[("PIH014", "survivor")]),

dict(guid="pih_pvj_obit_260140", pub="2026-04-02T06:00:00-06:00", title="Ilene J. Vandersloot",
body="""Ilene Joyce Vandersloot, 87, of Lynden, Washington, passed away March 29, 2026, at her home overlooking the raspberry fields she and her husband farmed for fifty years.

Ilene was born Feb. 3, 1939, in Arimo, Idaho, the daughter of Roy and Edna Bingham. After graduating from Marsh Valley High School she went to Bellingham to study nursing, met a Dutch dairyman's son named Pieter Vandersloot at a church social, and never came home except to visit.

She is survived by her husband of 66 years, Pieter Vandersloot of Lynden; three children; 11 grandchildren; and her sister, Donna Wight of Arimo.

Services were held in Lynden. A graveside memorial will be held in the Arimo Cemetery on Memorial Day.""",
gold=[]),

dict(guid="pih_pvj_obit_260152", pub="2026-04-16T06:00:00-06:00", title="Hyrum Lee Goodliffe",
body="""Hyrum Lee Goodliffe, 90, of American Falls, returned to his Heavenly Father on April 13, 2026, at the Power County Hospital nursing home.

Hy was born on the family homestead west of American Falls on Jan. 22, 1936. He dry-farmed wheat on the Rockland bench for more than sixty years and kept meticulous rain records in pencil in the same ledger from 1958 on. He married Vera Lusk in the Logan Utah Temple in 1956; she died in 2019.

He is survived by his daughters, Afton (Dell) Harbertson of American Falls and Marie Bott of Rockland; his son, Lee Goodliffe of Twin Falls; 12 grandchildren and 27 great-grandchildren.

Funeral services will be held Monday, April 20, at noon at the American Falls 2nd Ward chapel. Friends may call Sunday evening from 6 to 7 p.m. at Rockland Valley Mortuary. Dedication of the grave by his grandson, Kyle Harbertson.""",
gold=[("PIH008", "survivor"), ("PIH007", "survivor")]),

dict(guid="pih_pvj_obit_260166", pub="2026-05-05T06:00:00-06:00", title="Beverly Cutler Sayer",
body="""Beverly Ann Cutler Sayer, 84, of Pocatello, died peacefully on Saturday, May 2, 2026, at Monte Vista Hills Healthcare Center.

Bev was born in McCammon to Ray and Lola Cutler and was the third of five children. She worked for 28 years as a secretary at Idaho State University in the College of Pharmacy, where two generations of students knew her as the person who really ran the place.

She is survived by her children, Jeff Sayer of Pocatello and Lisa (Mark) Rowe of Meridian; five grandchildren; and her sister, Ilene Vandersloot of McCammon. She was preceded in death by her husband, Don, and her brothers, Glen and Vernal Cutler.

A memorial service will be held Friday, May 8, at 2 p.m. at the First Presbyterian Church, 320 N. Garfield Ave., with the Rev. Alan Strother officiating. In lieu of flowers the family suggests donations to the ISU pharmacy scholarship fund.""",
gold=[("PIH018", "survivor")]),

dict(guid="pih_pvj_obit_260178", pub="2026-05-21T06:00:00-06:00", title="Kathryn Jensen Beutler",
body="""Kathryn "Kathy" Jensen Beutler, 64, of Preston, lost her long fight with ovarian cancer on May 18, 2026, with her husband holding her hand.

Kathy was born in Logan and grew up in Franklin. She taught kindergarten at Pioneer Elementary in Preston for 31 years and was known for the tomato plants she sent home with every child each May.

She is survived by her husband of 43 years, Russell Beutler of Preston; her daughters, Kenzie (Spencer) Kunzler of Preston and Tara Beutler of Salt Lake City; her son, Cole (Amber) Beutler of Pocatello; and seven grandchildren, who called her "Kiki."

Services will be held at 11 a.m. Saturday at the Preston North Stake Center. Interment in the Preston Cemetery under the direction of Cub River Funeral Home.""",
gold=[("PIH013", "survivor"), ("PIH012", "survivor")]),

dict(guid="pih_pvj_obit_260203", pub="2026-06-25T06:00:00-06:00", title="Gaylen R. Whitlock",
body="""Gaylen Roy Whitlock, 77, of Blackfoot, passed away June 21, 2026, at Bingham Memorial Hospital following a stroke.

Gaylen was born in Pocatello and raised on a potato farm in Groveland. He drove truck for Idahoan Foods for 30 years and never lost a load in a blizzard, though he liked to say he came close twice.

He is survived by his wife, Peggy; his son, Troy (Dana) Whitlock of Firth; his sister, LaRae Sorensby of Pocatello; and many nieces and nephews. He was preceded in death by his parents, Roy and Edith Whitlock; his brother, Lamont; and his brother-in-law, Merlin Sorensby.

A graveside service will be held at 10 a.m. Friday at the Grove City Cemetery, Blackfoot, under the direction of Groveland Memorial Chapel.""",
gold=[("PIH002", "survivor")]),
]
