"""Obituaries for eval part `kal`, three house styles. Hand-labelled (`gold`)."""

# 1. Flathead Daily Ledger (newspaper), plain text
LEDGER = [
dict(guid="kal_fdl_obit_260214_ruth_sandvik", pub="2026-02-14T06:00:00-07:00",
title="Ruth Evelyn Sandvik, 88",
body="""Ruth Evelyn Sandvik, 88, of Polson, passed away peacefully Feb. 10, 2026, at St. Joseph Medical Center with her family at her side.

Ruth was born Aug. 2, 1937, in Kalispell to Olaf and Signe Sandvik and grew up on the family place on Foys Lake Road. She graduated from Flathead High School in 1955 and taught second grade in Polson for 34 years. She never missed a Cherry Blossom parade and was a lifelong member of Our Savior's Lutheran Church.

Ruth is survived by her sister, Marlys Brekke (Lee) of Columbia Falls; her nephews Kurt and Erik Brekke; and many cousins in Norway. She was preceded in death by her parents and her brother, Arne Sandvik.

A memorial service will be held at 11 a.m. Saturday, Feb. 21, at Our Savior's Lutheran Church in Polson, with Pastor Jean Moltzen officiating. Memorials may be made to the Polson Library Foundation.""",
gold=[("KAL002", "survivor"), ("KAL001", "survivor")]),

dict(guid="kal_fdl_obit_260306_nolan_tschida", pub="2026-03-06T06:00:00-07:00",
title="Nolan F. Tschida, 91",
body="""Nolan Francis Tschida, 91, of Kalispell, died March 2, 2026, at The Springs at Whitefish Stage.

Nolan was born Jan. 8, 1935, in Richardton, N.D., one of eleven children, and came west in 1956 to work for the Great Northern. He retired from the railroad in Whitefish after 38 years, then built drift boats in his garage for anyone who asked. He was a member of St. Matthew's Catholic Church and the Knights of Columbus.

He is survived by his sons, Gerald (Pam) Tschida of Kalispell and Leo Tschida of Great Falls; his grandchildren, including his grandson and namesake, Nolan Tschida (Whitney) of Whitefish; and four great-grandchildren. He was preceded in death by his wife of 61 years, Theresa, and by ten brothers and sisters.

Mass of Christian Burial will be celebrated at 10 a.m. Wednesday, March 11, at St. Matthew's Catholic Church, with a rosary the evening before at 7 p.m.""",
gold=[("KAL022", "survivor")]),

dict(guid="kal_fdl_obit_260321_elmer_gustafson", pub="2026-03-21T06:00:00-07:00",
title="Elmer J. Gustafson, 75",
body="""Elmer John Gustafson, 75, of Fergus Falls, Minn., formerly of Kalispell, died March 15, 2026, at Lake Region Healthcare in Fergus Falls.

Elmer was born Oct. 30, 1950, in Kalispell and graduated from Flathead High School in 1968 before moving to Minnesota, where he farmed near Underwood and served 20 years on the Otter Tail County board.

Survivors include his wife of 52 years, Lorraine; daughters Amy Gustafson of Fargo and Joy (Tom) Lindahl of Fergus Falls; and five grandchildren. He was preceded in death by his parents, Carl and Edna.

Services were held March 19 at Bethlehem Lutheran Church in Fergus Falls.""",
gold=[]),

dict(guid="kal_fdl_obit_260404_hazel_tollefson", pub="2026-04-04T06:00:00-06:00",
title="Hazel Irene Tollefson, 93",
body="""Hazel Irene Tollefson, 93, of Whitefish, went home to be with her Lord on March 31, 2026, at her home on Lost Coon Lake.

Hazel was born Dec. 19, 1932, in Eureka and married Clifford Tollefson in 1951. Together they ran the Tollefson Hardware store on Central Avenue until 1994. She made the best huckleberry pie in Stumptown and everybody knew it.

Hazel is survived by her daughter, Carrie (Dwayne) Kvamme of Whitefish; her son, Roger Tollefson of Eureka; six grandchildren and eleven great-grandchildren. She was preceded in death by her husband Clifford in 2009.

Services will be held at 2 p.m. Thursday, April 9, at First Presbyterian Church in Whitefish. Pallbearers will be her grandsons.""",
gold=[("KAL004", "survivor"), ("KAL003", "survivor")]),

dict(guid="kal_fdl_obit_260516_leland_brekke", pub="2026-05-16T06:00:00-06:00",
title="Leland A. \"Lee\" Brekke, 81",
body="""Leland Arthur "Lee" Brekke, 81, of Columbia Falls, passed away May 12, 2026, at Logan Health in Kalispell following a short illness.

Lee was born April 9, 1945, in Columbia Falls to Arthur and Gudrun Brekke. He worked 36 years at the aluminum plant, coached Little Guy wrestling for two decades and never missed a Wildcats home game. On June 24, 1967, he married Marlys Sandvik at Our Savior's Lutheran Church in Polson.

He is survived by his wife of 58 years, Marlys (Sandvik) Brekke of Columbia Falls; his sons, Kurt (Tami) Brekke of Missoula and Erik Brekke of Spokane; and five grandchildren. He was preceded in death by his parents and his sister-in-law, Ruth Sandvik.

Funeral services will be held at 11 a.m. Tuesday, May 19, at Columbia Falls Community Lutheran Church, with the Rev. Thomas Ekstrom officiating. Pallbearers are Dale Mittelstaedt, Rusty Ostheller, Jim Kalbfleisch, Ron Hagerman, Kurt Brekke and Erik Brekke.""",
gold=[("KAL001", "deceased_client"), ("KAL002", "spouse_of_deceased_client")]),

dict(guid="kal_fdl_obit_260610_tyler_rasmusson", pub="2026-06-10T06:00:00-06:00",
title="Tyler James Rasmusson, 19",
body="""Tyler James Rasmusson, 19, of Libby, died June 6, 2026, in a vehicle accident on U.S. Highway 2 near Happy's Inn.

Tyler graduated from Libby High School in 2025, where he played linebacker for the Loggers, and was working for the Forest Service on a trail crew out of the Canoe Gulch station this summer.

Tyler is survived by his parents, Curt and Denise Rasmusson of Libby; his sister, Madison; his grandmother, Lois Rasmusson of Troy; and his aunt, Brenda Hoiland of Lakeside, along with many cousins. He was preceded in death by his grandfather, Gene Rasmusson.

A celebration of life will be held at 1 p.m. Saturday, June 13, at the Libby Memorial Center.""",
gold=[("KAL021", "survivor")]),

dict(guid="kal_fdl_obit_260702_clarence_hoiland", pub="2026-07-02T06:00:00-06:00",
title="Clarence Hoiland, 84",
body="""Clarence Oscar Hoiland, 84, of Lakeside, died June 28, 2026, at his home overlooking Flathead Lake.

Clarence was born in Dagmar in 1942 and came to the Flathead in 1970 to run a cherry orchard on the east shore, later moving to Lakeside. He was a charter member of the Lakeside Quick Response Unit.

Survivors include his son, Greg Hoiland and his wife Brenda of Lakeside; his daughter, Karen Moe of Bozeman; and four grandchildren. His wife, Dorothy, preceded him in death in 2020.

Funeral services will be at 11 a.m. Monday, July 6, at Lakeside Lutheran Church, with the Rev. Thomas Ekstrom officiating. Pallbearers will be Nolan Tschida, Mark Moe, Cody Hoiland and Sam Hoiland.""",
gold=[("KAL021", "survivor")]),

dict(guid="kal_fdl_obit_260808_arnold_weatherwax", pub="2026-08-08T06:00:00-06:00",
title="Arnold Weatherwax, 90",
body="""Arnold Dean Weatherwax, 90, of Kalispell, passed away Aug. 4, 2026.

Arnold was born in Creston in 1936 and logged in the North Fork for most of his working life. He loved his dogs, his pickup and Saturday breakfast at the Sykes.

He is survived by his sister, Verna Pfeifle of Kalispell; his nieces and nephews; and his faithful dog, Rooster. He was preceded in death by his parents, his sister, Ilene, and his brother-in-law, Harlan Fenstermacher Sr.

Graveside services will be held at 10 a.m. Wednesday, Aug. 12, at C.E. Conrad Memorial Cemetery.""",
gold=[("KAL012", "survivor")]),
]

# 2. Glacier Lakes Funeral Chapel (funeral-home site): HTML in content:encoded, permalink guids
CHAPEL = [
dict(guid="kal_glfc_2026_agnes_running_crane", pub="2026-01-22T15:00:00-07:00",
title="Agnes Running Crane",
body="""Agnes "Snow Bird Woman" Running Crane, 84, of Browning, began her journey home on Jan. 18, 2026, surrounded by her family.

Agnes was born on the Blackfeet Reservation and spoke Blackfoot all her life. She beaded moccasins and cradleboards for her grandchildren and great-grandchildren, and for fifty years she never missed North American Indian Days.

She is survived by her daughters, Darlene Running Crane of Columbia Falls and Theresa Running Crane-Wells of Browning; her son, Joseph Running Crane of Heart Butte; 14 grandchildren and many great-grandchildren. She was preceded in death by her husband, Francis, and her son, Leonard.

A wake will be held at the family home in Browning beginning Thursday evening. Funeral Mass will be at 11 a.m. Saturday at Little Flower Catholic Church, with burial in Willow Creek Cemetery. Glacier Lakes Funeral Chapel is assisting the family.""",
gold=[("KAL014", "survivor")]),

dict(guid="kal_glfc_2026_walter_ostheller", pub="2026-02-27T11:30:00-07:00",
title="Walter \"Walt\" Ostheller",
body="""Walter "Walt" Ostheller, 86, of Columbia Falls, passed away Feb. 23, 2026, at Montana Veterans Home.

Walt was born in Columbia Falls in 1939, served in the U.S. Army in Germany and came home to work at the Plum Creek plywood mill for 31 years. He hunted elk in the Middle Fork every fall until he was 80.

He is survived by his son, Russell "Rusty" Ostheller and his wife JoAnn of Columbia Falls; his daughter, Lynn Parker of Kalispell; grandchildren Jace, Kenzie and Tate; and his brother, Don Ostheller of Hungry Horse. He was preceded in death by his wife, Bev.

Military honors will be rendered at 1 p.m. Friday, March 6, at Glacier Memorial Gardens.""",
gold=[("KAL005", "survivor"), ("KAL006", "survivor")]),

dict(guid="kal_glfc_2026_mildred_stensrud", pub="2026-04-20T10:00:00-06:00",
title="Mildred Stensrud",
body="""Mildred Olive Stensrud, 98, of Somers, died peacefully April 16, 2026, at Brendan House.

Mildred was born in 1927 in Scobey and came to Somers as a bride in 1948. She was known around the bay for her lefse and her garden.

She is survived by her daughter-in-law, Wilma Stensrud of Somers, who cared for her these last years; her grandchildren Erik and Anna; and three great-grandchildren. She was preceded in death by her husband, Arvid, and her son, Arlo.

A service will be held at 2 p.m. Friday, April 24, at Somers Lutheran Church.""",
gold=[("KAL011", "survivor")]),

dict(guid="kal_glfc_2026_harlan_fenstermacher_sr", pub="2026-06-19T09:15:00-06:00",
title="Harlan Fenstermacher Sr.",
body="""Harlan Paul Fenstermacher Sr., 88, of Bigfork, passed away June 15, 2026, at his home on the Swan River.

Harlan was born in 1938 in Lewistown and came to Bigfork in 1962, where he ran Fenstermacher Marine on Grand Drive for 40 years. He served on the Bigfork Fire District board and sang bass in the church choir.

He is survived by his son, Harlan Fenstermacher Jr. (Deb) of Bigfork; his daughter, Sue Ann Kessler of Billings; and six grandchildren. He was preceded in death by his wife, Ilene (Weatherwax) Fenstermacher.

A celebration of life will be held at 4 p.m. Saturday, June 27, at the Bigfork Center for the Performing Arts.""",
gold=[("KAL007", "survivor"), ("KAL008", "survivor")]),

dict(guid="kal_glfc_2026_lorna_dufresne", pub="2026-09-03T12:00:00-06:00",
title="Lorna Dufresne",
body="""Lorna Jean Dufresne, 67, of Somers, passed away Aug. 30, 2026, after a brave fight with cancer.

Lorna was born in Polson in 1959 and worked as a nurse at Kalispell Regional for 38 years.

Lorna is survived by her daughter, Kaylee (Tyler) Rasmusson of Kalispell; her grandson, Brooks; her brother, Marcel Dufresne of Ronan; and her beloved cat, Pepper. She was preceded in death by her husband, Ray.

A rosary will be prayed at 6 p.m. Thursday, Sept. 10, at Glacier Lakes Funeral Chapel, with Mass of Christian Burial at 10 a.m. Friday at St. Matthew's Catholic Church.""",
gold=[("KAL010", "survivor"), ("KAL009", "survivor")]),
]

# 3. Flathead Valley Death Notices (brief paid notices, surname-first headings), plain text
NOTICES = [
dict(guid="kal_fvdn_2026_0112", pub="2026-03-12T07:00:00-06:00", title="KVAMME, Harold O.",
body="""Harold Olaf Kvamme, 95, Whitefish, died March 9, 2026. Retired Burlington Northern conductor. Survived by son Dwayne (Carrie) Kvamme, Whitefish; daughter Sonja Berg, Seattle; five grandchildren. Preceded in death by wife, Gladys. Services 11 a.m. Saturday, First Lutheran Church, Whitefish.""",
gold=[("KAL003", "survivor"), ("KAL004", "survivor")]),

dict(guid="kal_fvdn_2026_0131", pub="2026-04-10T07:00:00-06:00", title="TOLLEFSON, Hazel I.",
body="""Hazel Irene Tollefson, 93, of Whitefish, went home to be with her Lord on March 31, 2026, at her home on Lost Coon Lake.

Hazel was born Dec. 19, 1932, in Eureka and married Clifford Tollefson in 1951. Together they ran the Tollefson Hardware store on Central Avenue until 1994. She made the best huckleberry pie in Stumptown and everybody knew it.

Hazel is survived by her daughter, Carrie (Dwayne) Kvamme of Whitefish; her son, Roger Tollefson of Eureka; six grandchildren and eleven great-grandchildren. She was preceded in death by her husband Clifford in 2009.

Services will be held at 2 p.m. Thursday, April 9, at First Presbyterian Church in Whitefish. Pallbearers will be her grandsons.""",
gold=[]),   # a later second copy of kal_fdl_obit_260404_hazel_tollefson: labelled on the earlier copy only

dict(guid="kal_fvdn_2026_0158", pub="2026-05-22T07:00:00-07:00", title="PFEIFLE, Verna M.",
body="""Verna May Pfeifle, 92, Spokane Valley, Wash., died May 18, 2026. Survived by husband of 70 years, Raymond; sons Dale and Curtis, Spokane; eight grandchildren. Services 10 a.m. Thursday, Valley Assembly of God, Spokane Valley.""",
gold=[]),

dict(guid="kal_fvdn_2026_0174", pub="2026-07-24T07:00:00-06:00", title="MITTELSTAEDT, Irene K.",
body="""Irene Katherine Mittelstaedt, 79, Kalispell, died July 20, 2026. Born in Plentywood. Survived by husband of 55 years, Dale Mittelstaedt, Kalispell; daughter Lisa (Mark) Gunderson, Helena. Rosary 7 p.m. Sunday, Mass 10 a.m. Monday, St. Matthew's Catholic Church, Kalispell.""",
gold=[("KAL018", "survivor")]),

dict(guid="kal_fvdn_2026_0190", pub="2026-08-07T07:00:00-06:00", title="LAUTENSCHLAGER, Gordon",
body="""Gordon Lautenschlager, Whitefish, died Aug. 3, 2026, at Logan Health - Whitefish. Arrangements are pending with Glacier Lakes Funeral Chapel.""",
gold=[("KAL013", "possible_deceased_client")]),

dict(guid="kal_fvdn_2026_0203", pub="2026-09-18T07:00:00-06:00", title="GILHOOLY, Brendan P.",
body="""Brendan Patrick Gilhooly, 58, Butte, died Sept. 14, 2026. Survived by mother, Kathleen, Butte; brothers Patrick "Paddy" Gilhooly (Maureen), Kalispell, and Sean Gilhooly, Anaconda. Funeral Mass 10 a.m. Tuesday, St. Patrick's Church, Butte.""",
gold=[("KAL016", "survivor")]),
]
