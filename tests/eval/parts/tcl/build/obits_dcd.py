"""The Druid City Dispatch (invented Tuscaloosa daily): obituaries with legacy-style titles
("Name Obituary (1940 - 2026) - Town, AL - The Druid City Dispatch") and terse paid death notices
("SURNAME, Given"), plain text. Hand-labelled: `gold` is what a careful assistant would propose."""

FEED = "dcd"
ITEMS = [
dict(guid="tcl_dcd_obit_2026_0109", pub="2026-01-09T05:30:00-06:00",
title="Harlan Sprayberry Obituary (1949 - 2026) - Fayette, AL - The Druid City Dispatch",
body="""Harlan Dewitt Sprayberry, 76, of Fayette, passed away Tuesday, January 6, 2026, at Fayette Medical Center after a long illness.

Harlan was born in Berry to the late Virgil and Ozie Sprayberry. He drove a log truck for thirty years and then ran the feed store on Temple Avenue until his knees gave out. He was a member of Berry First Baptist Church and never missed a deer season or a Sunday.

He is survived by his wife of 54 years, Nadine Sprayberry; his sons, Kyle Sprayberry (Amanda) of Fayette and Dusty Sprayberry of Jasper; his sister, Lurleen (Neal) Quattlebaum of Northport; his brother, Doyle Sprayberry of Berry; and six grandchildren.

Funeral services will be held Friday at 2 p.m. at Berry First Baptist Church with Bro. Ricky Hollis officiating. Burial will follow in Berry Cemetery. Fayette Memorial Funeral Home is in charge of arrangements.""",
gold=[("TCL002", "survivor"), ("TCL001", "survivor")]),

dict(guid="tcl_dcd_obit_2026_0203", pub="2026-02-03T05:30:00-06:00",
title="Beatrice Cheatwood Obituary (1940 - 2026) - Brookwood, AL - The Druid City Dispatch",
body="""Beatrice "Bea" Mayhall Cheatwood, 85, of Brookwood, went home to be with the Lord on Friday, January 30, 2026.

Bea was born December 3, 1940, in Vance, to the late Ancil and Ozella Mayhall. She worked for 27 years in the office of the Brookwood Elementary School and for most of the town she was the first grown-up they knew who was not their mother. She was a member of Brookwood Baptist Church, where she taught the four-year-olds' Sunday school class for four decades.

She was preceded in death by her husband of 51 years, Travis Cheatwood, and by a sister, Earlene Pate. She is survived by her son, Dale Cheatwood (Kim) of Brookwood; her daughter, Rhonda Kimbrell of Cottondale; her brother, Lamar "Buck" Mayhall (Jo Nell) of Vance; a cousin, Everett Lollar of Cullman; five grandchildren and three great-grandchildren.

Visitation will be Tuesday from 5 to 7 p.m. at Warrior River Memorial Chapel. The funeral will be Wednesday at 11 a.m. at Brookwood Baptist Church, with burial at Brookwood Cemetery.""",
gold=[("TCL007", "deceased_client"), ("TCL016", "survivor")]),

dict(guid="tcl_dcd_obit_2026_0220", pub="2026-02-20T05:30:00-06:00",
title="Wendell Shirah Obituary (1945 - 2026) - Enterprise, AL - The Druid City Dispatch",
body="""Wendell Ray Shirah, 80, of Enterprise, died Tuesday, February 17, 2026, at Medical Center Enterprise.

Mr. Shirah was born in Elba and farmed peanuts and cotton in Coffee County all his life. He was a deacon at Hillcrest Baptist Church in Enterprise and a past president of the Coffee County Farmers Federation.

He is survived by his wife of 58 years, Darlene Shirah; his daughter, Tonya Shirah Brasfield (Jeff) of Tuscaloosa; his son, Ray Shirah of Enterprise; and four grandchildren.

Services will be held Saturday at 10 a.m. at Hillcrest Baptist Church in Enterprise. Searcy Funeral Home of Enterprise is in charge.""",
gold=[]),

dict(guid="tcl_dcd_obit_2026_0314", pub="2026-03-14T05:30:00-05:00",
title="Clell Dockery Obituary (2001 - 2026) - Coker, AL - The Druid City Dispatch",
body="""Clell Wayne Dockery, 24, of Coker, was taken from us on Wednesday, March 11, 2026, in a traffic accident on Highway 82.

Wayne, as everybody called him, graduated from Tuscaloosa County High School in 2019 and worked as a lineman for Alabama Power. He was named for his granddaddy and had his laugh, his long legs and his habit of fixing anybody's truck for free.

He is survived by his parents, Shane and Misty Dockery of Coker; his sister, Kaylee Dockery; his grandparents, Clell and Faye Dockery of Coker, and Ronnie and Sheila Tubbs of Gordo; and his fiancee, Madison Ware.

Visitation will be Sunday from 2 to 4 p.m. at Coker Baptist Church, followed by the funeral at 4 p.m. Burial in Coker Cemetery.""",
gold=[("TCL019", "survivor")]),

dict(guid="tcl_dcd_obit_2026_0408", pub="2026-04-08T05:30:00-05:00",
title="Marvin Tackett Obituary (1937 - 2026) - Moundville, AL - The Druid City Dispatch",
body="""Marvin Eugene Tackett, 88, of Moundville, passed away Sunday, April 5, 2026, at his home.

Mr. Tackett retired from the Gulf States Paper mill after 36 years and spent his retirement in a johnboat on the Black Warrior River. He was a member of Moundville United Methodist Church.

He is survived by his wife, Geraldine Tackett; his stepson, Gary Sartain of Tuscaloosa; his daughter, Vicki Tackett Lowe of Akron; and three grandchildren.

Services will be held Thursday at 1 p.m. at Moundville United Methodist Church. Pallbearers will be Marlowe Cornelison, Jimmy Lowe, Chad Lowe, Terry Pate and Bobby Dorroh.""",
gold=[]),

dict(guid="tcl_dcd_notice_2026_0502", pub="2026-05-02T05:30:00-05:00",
title="BURKHALTER, Sue Ellen",
body="""BURKHALTER, Sue Ellen, of Tuscaloosa, passed away Thursday, April 30, 2026. Arrangements are pending with Warrior River Memorial Chapel.""",
gold=[("TCL005", "possible_deceased_client")]),

dict(guid="tcl_dcd_obit_2026_0519", pub="2026-05-19T05:30:00-05:00",
title="Dorothy Pinion Obituary (1942 - 2026) - Northport, AL - The Druid City Dispatch",
body="""Dorothy Jean Haygood Pinion, 83, of Northport, died peacefully Saturday, May 16, 2026, at Glen Haven nursing home, holding her daughter's hand.

Dot was born in Gordo to the late Luther and Velma Haygood. She taught home economics at Tuscaloosa County High School for 31 years; three generations of Northport cooks learned to make a roux in her classroom. She was a faithful member of First United Methodist Church of Northport.

She was preceded in death by her husband, Carl Pinion, and her brother, Roy Haygood. She is survived by her daughter, Karen Pinion Hagler (Steve) of Northport; her niece, Priscilla Haygood Lollar (Dr. Everett) of Tuscaloosa; and her beloved cat, Biscuit.

A memorial service will be held Friday at 11 a.m. at First United Methodist Church of Northport.""",
gold=[("TCL009", "survivor"), ("TCL008", "survivor")]),

dict(guid="tcl_dcd_obit_2026_0625", pub="2026-06-25T05:30:00-05:00",
title="Jose Ocampo Ruiz Obituary (1958 - 2026) - Tuscaloosa, AL - The Druid City Dispatch",
body="""José Luis "Pepe" Ocampo Ruiz, 67, of Tuscaloosa, died Monday, June 22, 2026, at DCH Regional Medical Center.

Pepe was born in Iguala, Guerrero, Mexico, and came to Tuscaloosa in 1998 to work in construction. He helped frame half the apartment complexes off University Boulevard and later poured concrete for the homes rebuilt after the 2011 tornado. He sang at every family party whether or not he was asked.

He is survived by his wife, Rosa Ocampo; his sons, Luis and Daniel Ocampo of Tuscaloosa; his sister, Maricela Ocampo de Arriaga and her husband, Jesús "Chuy" Arriaga, of Tuscaloosa; and seven grandchildren. Le sobreviven su esposa, Rosa; sus hijos, Luis y Daniel; y su hermana, Maricela, y su esposo, Chuy.

A rosary will be prayed Thursday at 7 p.m. and a funeral Mass celebrated Friday at 10 a.m. at Holy Spirit Catholic Church. Descanse en paz.""",
gold=[("TCL011", "survivor"), ("TCL010", "survivor")]),

dict(guid="tcl_dcd_notice_2026_0710", pub="2026-07-10T05:30:00-05:00",
title="KIMBRELL, Ruby Nell",
body="""KIMBRELL, Ruby Nell, 92, of Gordo, died July 8, 2026. Survived by daughters Rhonda Kimbrell and Patsy Ellis; six grandchildren. Graveside service Saturday, 10 a.m., Gordo Cemetery. Skelton Funeral Home, Gordo.""",
gold=[]),
]
