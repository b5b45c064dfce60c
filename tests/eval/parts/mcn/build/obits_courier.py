"""The Middle Georgia Courier (Macon daily): newspaper obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="mcn_courier_obit_26031", pub="2026-03-12T05:30:00-05:00", title="Thaddeus Marion \"Thad\" Whitlock",
body="""Thaddeus Marion "Thad" Whitlock, 78, of Macon, went home to be with the Lord on Monday, March 9, 2026, at Atrium Health Navicent. He was born February 11, 1948, in Jones County to the late Marion and Essie Whitlock. Thad retired from Georgia Power after 34 years as a lineman and was a deacon at Vineville Baptist Church.

He is survived by his wife of 54 years, Lorene Pettigrew Whitlock; his daughter, Angela Whitlock Greer (Tim) of Savannah; his first cousin, Queenie Bazemore (Neal) of Warner Robins; and three grandchildren. He was preceded in death by his brother, Marion Whitlock Jr.

Funeral services will be held at 11 a.m. Saturday at Vineville Baptist Church with the Rev. Clarence Hambrick officiating. Interment will follow at Riverside Cemetery. Hart's Mortuary, Macon, has charge of arrangements.""",
gold=[("MCN001", "deceased_client"), ("MCN002", "spouse_of_deceased_client"), ("MCN004", "survivor"), ("MCN003", "survivor")]),

dict(guid="mcn_courier_obit_26044", pub="2026-04-02T05:30:00-04:00", title="Ellis Ponder Sr.",
body="""Ellis Ponder Sr., 88, of Forsyth, died Tuesday, March 31, 2026, at his home. A Monroe County native, he farmed peaches and cotton east of Forsyth for sixty years and served on the county commission.

Survivors include his son, Ellis Ponder Jr. (Carla) of Marietta; his grandson, Ellis "Trey" Ponder III of Forsyth, who runs the family hardware store; and a great-granddaughter. He was preceded in death by his wife, Inez Ponder.

Services 2 p.m. Friday at Forsyth United Methodist Church. Pallbearers will be Beau Lanier, Dwight Garr, Luther Ivey and Sammy Rooks. Monroe County Memorial Chapel in charge.""",
gold=[("MCN014", "survivor")]),

dict(guid="mcn_courier_obit_26049", pub="2026-04-09T05:30:00-04:00", title="Hollis Ray Dukes",
body="""Hollis Ray Dukes, 24, of Dothan, Ala., died Saturday, April 4, 2026, as the result of a motorcycle accident on U.S. 231. He was a welder at Southern Steel and a 2020 graduate of Northview High School.

He is survived by his parents, Hollis Sr. and Tonya Dukes of Dothan; a sister, Kaylee Dukes; and his grandmother, Opal Dukes of Enterprise, Ala.

Services will be held Wednesday at Ward-Wilson Funeral Home in Dothan.""",
gold=[]),

dict(guid="mcn_courier_obit_26052", pub="2026-04-15T05:30:00-04:00", title="Earnestine Culpepper",
body="""Earnestine Culpepper, 97, of Perry, died Sunday, April 12, 2026. Mrs. Culpepper taught home economics at Perry High School for 31 years and never missed a Georgia National Fair.

She is survived by her daughter, Mary Frances "Frankie" Tidwell of Perry; two grandsons, Wade Tidwell of Bonaire and Carl Tidwell of Athens; and five great-grandchildren. She was preceded in death by her husband, Asa Culpepper, and her son-in-law, Roy Tidwell.

Funeral 11 a.m. Thursday at Perry First Baptist Church, the Rev. Clarence Hambrick and the Rev. Dale Nix officiating. Watson-Hunt Funeral Home, Perry.""",
gold=[("MCN005", "survivor")]),

dict(guid="mcn_courier_obit_26058", pub="2026-04-22T05:30:00-04:00", title="Willie Mae Stallworth",
body="""Mother Willie Mae Stallworth, 90, of Macon, transitioned Friday, April 17, 2026. She was a faithful member of Steward Chapel AME Church, where she served on the Mothers' Board.

She leaves to cherish her memory her sister, Delphine Ruffin of Macon; her nephews, Marquis Tolbert of Macon and Terrence Stallworth of Atlanta; her nieces, Angela Ross and Patrice Ruffin; and a host of cousins and friends. She was preceded in death by her parents, Samuel and Hattie Stallworth, and her brother, Rufus Stallworth.

Homegoing celebration 1 p.m. Saturday at Steward Chapel AME Church. Public viewing Friday 5-7 p.m. at Hutchings Funeral Home.""",
gold=[("MCN006", "survivor"), ("MCN020", "survivor")]),

dict(guid="mcn_courier_obit_26061", pub="2026-04-28T05:30:00-04:00", title="Harold Eugene Spivey",
body="""Harold Eugene Spivey, 84, of Fort Valley, passed away Sunday, April 26, 2026. He retired from Blue Bird Corporation after 40 years and loved fishing the Flint River.

He is survived by his daughter, Glenda (Hollis) Dukes of Byron; his son, Randy Spivey of Fort Valley; four grandchildren; and his beloved beagle, Sadie. He was preceded in death by his wife of 52 years, Martha Spivey.

Graveside service 10 a.m. Wednesday at Oaklawn Cemetery, Fort Valley.""",
gold=[("MCN017", "survivor"), ("MCN016", "survivor")]),

dict(guid="mcn_courier_obit_26067", pub="2026-05-06T05:30:00-04:00", title="Darnell Lamar Hightower",
body="""Darnell Lamar Hightower, 31, of Columbus, died Thursday, April 30, 2026, at Piedmont Columbus Regional. He was a corrections officer and a graduate of Spencer High School.

Survivors include his mother, Yvonne Hightower of Columbus; his daughter, Nia; and his brothers, Marcus and Jerome Hightower, both of Phenix City, Ala.

Services Saturday at Fourth Street Missionary Baptist Church, Columbus.""",
gold=[]),
]
