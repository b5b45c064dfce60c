"""Helena Capital Register obituaries: daily newspaper, plain text descriptions. Hand-labelled."""

FEED = "hcr"
ITEMS = [
dict(guid="hln_hcr_obit_2026_0114", pub="2026-01-20T05:30:00-07:00", title="Elsa Marie Ostberg",
body="""Elsa Marie Ostberg, 97, of Helena, passed away peacefully on Friday, January 16, 2026, at Touchmark on Saddle Drive, with a view of the Sleeping Giant out her window, just the way she wanted it.

Elsa was born October 2, 1928, on the family homestead north of Augusta to Nils and Karin (Dahl) Lund. She taught in one-room schools on the Rocky Mountain Front before marrying Harold Ostberg in 1950 and moving to Helena, where Harold worked for the Great Northern. For thirty years she ran the hot-lunch kitchen at Central School and never let a child go hungry or leave without a mitten.

She is survived by her daughter, Delores "Dee" (Cliff) Brekke of Helena; her son, Kenneth Ostberg and his wife Lynn of Kalispell; five grandchildren and nine great-grandchildren. She was preceded in death by her husband Harold in 2004 and by her brothers Olaf and Arne Lund.

Visitation will be Thursday from 5 to 7 p.m. at Anderson Chapel of the Pines. Funeral services will be held Friday at 11 a.m. at Our Redeemer's Lutheran Church, with Pastor Gary Strand officiating. Burial will be at Forestvale Cemetery in the spring. Memorials to God's Love or the Lewis and Clark Humane Society.""",
gold=[("HLN004", "survivor"), ("HLN003", "survivor")]),

dict(guid="hln_hcr_obit_2026_0131", pub="2026-02-12T05:30:00-07:00", title="Arlen Magnus Tveit",
body="""TOSTON - Arlen Magnus Tveit, 82, a third-generation Broadwater County rancher who could read the weather off the Elkhorns better than any forecaster, died Monday, February 9, 2026, at St. Peter's Health in Helena after a short illness.

Arlen was born June 11, 1943, in Townsend, the son of Magnus and Signe Tveit. He graduated from Broadwater High School in 1961, served two years with the Army in West Germany, and came home to the ranch on Crow Creek, where he raised Herefords and hay for more than fifty years. He served on the Broadwater County Fair Board and the Toston Irrigation District, and was a member of Trinity Lutheran Church in Townsend.

He is survived by his wife of 59 years, Marjorie "Margie" (Schwalbe) Tveit; his sons, Dale Tveit (Renae) of Toston and Curtis Tveit of Billings; his daughter, Karla Hjelm (Brent) of Great Falls; eight grandchildren; and his sister, Solveig Amsden of Spokane. He was preceded in death by his parents and his brother, Olav.

Funeral services will be held at 11 a.m. Saturday at Trinity Lutheran Church, Townsend, with the Rev. Ingrid Bjornstad officiating. Pallbearers are Duane Stoltenberg, Kyle Tveit, Mason Tveit, Garrett Hjelm, Lonnie Marsh and Pete Yedlicka. Interment will be in Toston Cemetery. Arrangements are by Big Belt Funeral Chapels, Townsend.""",
gold=[("HLN001", "deceased_client"), ("HLN002", "spouse_of_deceased_client")]),

dict(guid="hln_hcr_obit_2026_0147", pub="2026-03-02T05:30:00-07:00", title="Tyson Dale Wickersham",
body="""Tyson Dale Wickersham, 24, of Helena, died unexpectedly on February 25, 2026, near Lincoln, doing what he loved most, riding his snowmobile in the backcountry with his best friends.

Ty was born in Helena on May 14, 2001, and graduated from Capital High School in 2019, where he wrestled at 170 pounds and never missed a chance to tell you about it. He was an apprentice lineman with NorthWestern Energy and had just bought his first pickup. He was named for his uncle, and the two of them were rarely apart during hunting season.

He is survived by his parents, Dale and Carla Wickersham of Helena; his sister, Macy Wickersham of Missoula; his grandparents, Don and Betty Wickersham of Helena; his uncle and namesake, Ty (Gwen) Wickersham of Helena; and many cousins and friends.

A celebration of Ty's life will be held Saturday at 2 p.m. at the Helena Civic Center ballroom. Memorials may be made to the Capital High wrestling program.""",
gold=[("HLN012", "survivor")]),

dict(guid="hln_hcr_obit_2026_0162", pub="2026-03-18T05:30:00-07:00", title="Stanley Joseph Petrich",
body="""DEER LODGE - Stanley Joseph Petrich, 80, a retired officer at the Montana State Prison and a fixture at the Rialto Theater's Saturday matinees, died at home on March 14, 2026.

Stan was born in Anaconda on July 1, 1945, to Croatian parents, Joseph and Katarina Petrich, and grew up on the east side within sight of the smelter stack. After the Navy he spent 31 years at the prison, then another fifteen driving the Deer Lodge school bus. He made potica every Christmas from his mother's recipe and gave most of it away.

Stan is survived by his wife, Darlene; his son, Mike Petrich of Butte; his sister, Mary Lou (Petrich) Kovacich of Helena; and four grandchildren. He was preceded in death by his parents, his brother Frank, and his brother-in-law, Nick Kovacich.

A Mass of Christian Burial will be celebrated at 10 a.m. Friday at Immaculate Conception Church, Deer Lodge, with Father Tomas Vrbanac as celebrant. Pallbearers will be Marcus Reinholt, Joe Petrich, Tony Bakic and Ron Sturm. Deer Lodge Valley Mortuary is in charge of arrangements.""",
gold=[("HLN005", "survivor")]),

dict(guid="hln_hcr_obit_2026_0170", pub="2026-03-27T05:30:00-07:00", title="Eleanor Saukko",
body="""Eleanor Aili "Ellie" Saukko, 88, of Hancock, Michigan, died March 20, 2026, at the Houghton County Medical Care Facility.

Ellie was born in Calumet on November 3, 1937, and spent her life in the Copper Country, where she taught Finnish to two generations of Suomi College students and baked nisu for every funeral lunch at Gloria Dei Lutheran Church. She visited Montana every August to fish the Missouri with her son.

She is survived by her son, Arvo Saukko (Kim) of Helena; her daughter, Linnea Maki of Hancock; and five grandchildren. She was preceded in death by her husband, Reino.

Services were held in Hancock. The family asked that this notice also appear in Helena, where Arvo and Kim have lived since 1996.""",
gold=[]),

dict(guid="hln_hcr_obit_2026_0188", pub="2026-04-14T05:30:00-07:00", title="Jens Rolf Amundgaard",
body="""WINSTON - Jens Rolf Amundgaard, 91, who homesteaded the bench above Beaver Creek with his late wife Aagot and never once moved off it, died April 10, 2026, at Broadwater Health Center in Townsend.

Jens was born in Norway on January 22, 1935, and came to Montana at fourteen with his parents. He ran sheep in the Big Belts for forty years, served as a Broadwater County commissioner, and played the Hardanger fiddle at every Sons of Norway lutefisk supper until he was eighty-eight.

He is survived by his son, Erik Amundgaard (Joan) of Billings; his daughter, Kari Sletten of Bozeman; six grandchildren, including Jens Amundgaard of Townsend, who was named for him and who farms the home place; and his sister-in-law, Hazel Ruebke of White Sulphur Springs. He was preceded in death by his wife Aagot (Haugen) in 2015.

Funeral services will be held at 1 p.m. Tuesday at Trinity Lutheran Church, Townsend. Honorary pallbearers are Roy Schaeffer and the members of the Winston Volunteer Fire Department. Burial will follow at Winston Cemetery.""",
gold=[("HLN011", "survivor"), ("HLN016", "survivor")]),

dict(guid="hln_hcr_obit_2026_0203", pub="2026-05-05T05:30:00-07:00", title="Loretta Jean Vandersloot",
body="""Loretta Jean Vandersloot, 77, of Helena, died peacefully on May 1, 2026, surrounded by her family at home in the Lower Westside.

Loretta was born in Glasgow and came to Helena in 1969 to work for the Department of Revenue, where she stayed 34 years. She loved the Last Chance Gulch farmers market, her cats, and the Carroll College Saints women's basketball team.

She is survived by her husband of 55 years, Dean; her daughters, Kelli Ruiz of Denver and Amber Vandersloot of Helena; and three grandchildren.

The family thanks Dr. Teo Quilici and the staff of St. Peter's Health Hospice for their tender care. A memorial service will be held at 3 p.m. May 9 at First Lutheran Church in Boulder, the church of her girlhood summers, with the Rev. Ingrid Bjornstad officiating.""",
gold=[]),
]
