"""Obituaries for the slw part, three house styles, hand-labelled (gold=[(client_id, role)])."""

# 1. The Daily Tidewater (Salisbury newspaper): plain text, "Name, age, of Town" titles
TIDEWATER = [
dict(guid="slw_dt_obit_26031", pub="2026-02-09T05:30:00-05:00", title="Evelyn Bozman, 94, of Crisfield",
body="""CRISFIELD - Evelyn Marie Bozman, 94, of Crisfield, passed away Friday, February 6, 2026, at McCready Health Pavilion.

Born on Smith Island on June 3, 1931, she was the daughter of the late Capt. Lorenzo and Ida Mae Evans Bozman. She picked crabs at the Jenkins Creek packing house for thirty-one summers and was a faithful member of Immanuel United Methodist Church, where her coconut cake was spoken for before it cooled.

She is survived by her daughter, Norma Dize and her husband, Elwood "Bunky," of Crisfield; a son, Lorenzo "Renny" Bozman of Dover, Del.; five grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Capt. Wilson Bozman, in 1998, and by a sister, Hilda Marsh.

A funeral service will be held Thursday at 11 a.m. at Immanuel United Methodist Church, with the Rev. Dale Sterling officiating. Interment will follow in Crisfield Cemetery. Arrangements by Bradshaw-Lankford Funeral Home, Crisfield.""",
gold=[("SLW002", "survivor"), ("SLW001", "survivor")]),

dict(guid="slw_dt_obit_26044", pub="2026-03-19T05:30:00-04:00", title="Everett Mezick, 76, of Pocomoke City",
body="""POCOMOKE CITY - Everett Lee Mezick, 76, of Pocomoke City, died Monday, March 16, 2026, at Atlantic General Hospital in Berlin.

He was born March 14, 1950, in Pocomoke City, a son of the late Hubert and Alma Mezick. Everett worked thirty-eight years at the Pocomoke shirt factory and later at the Worcester County Roads Division, and he never missed a Pocomoke Warriors home football game. He coached Little League for two decades and served as a volunteer with the Pocomoke City Volunteer Fire Company.

He is survived by his wife of 52 years, Faye Sterling Mezick; two sons, Brent Mezick of Pocomoke City and Corey Mezick and his wife, Lisa, of Salisbury; four grandchildren; and a brother, Hubert "Sonny" Mezick Jr. of Westover.

A celebration of his life will be held Saturday at 2 p.m. at Holloway Funeral Home, Pocomoke City. The family asks that memorial donations go to the Pocomoke City Volunteer Fire Company.""",
gold=[("SLW017", "deceased_client"), ("SLW018", "spouse_of_deceased_client")]),

dict(guid="slw_dt_obit_26052", pub="2026-04-02T05:30:00-04:00", title="Raymond Bounds, 88, of Salisbury",
body="""SALISBURY - Raymond Hollis Bounds, 88, died peacefully at home on Tuesday, March 31, 2026, surrounded by his family.

Ray was born in Hebron in 1937, the son of the late Hollis and Edna Bounds. He drove a bread truck for Holsum for twenty years before opening Bounds Appliance on East Main Street, which he ran until 2004. He was a member of Asbury United Methodist Church and the Salisbury Elks Lodge.

Survivors include his daughter, Carolyn Bounds-Insley and her husband, Greg, of Salisbury; a son, Michael Bounds of Hebron; three grandchildren; and a sister-in-law, Betty Bounds of Mardela Springs. He was preceded in death by his wife, Louise, and by a brother, Carroll.

Pallbearers will be his grandsons and Tyler Insley, Dwayne Gordy and Roland Kellam. Services are Monday at 1 p.m. at Asbury United Methodist Church.""",
gold=[("SLW003", "survivor")]),

dict(guid="slw_dt_obit_26058", pub="2026-04-13T05:30:00-04:00", title="Capt. Orville Evans, 86, of Ewell",
body="""EWELL - Capt. Orville Wesley Evans, 86, a Smith Island waterman for more than seventy years, died Friday, April 10, 2026, at Peninsula Regional in Salisbury after being taken off the island by the state police helicopter.

Born in Ewell on January 18, 1940, he was the son of the late Capt. Wesley and Louisa Evans. He went on the water with his father at the age of nine and worked the crab pots and oyster rocks of Tangier Sound until his knees gave out at eighty-two. He sang bass in the Ewell Methodist Church choir for more than sixty years.

He leaves his wife of 63 years, Ruby Evans; a daughter, Sharon Marshall of Tylerton; a son, Capt. Jesse Evans of Ewell; his sister, Beulah Tyler of Ewell; and many nieces and nephews on both sides of the bay.

Services will be held at Ewell Methodist Church when the boat can bring everyone over, Saturday at 1 p.m. Burial in the church cemetery.""",
gold=[("SLW012", "survivor")]),

dict(guid="slw_dt_obit_26066", pub="2026-04-27T05:30:00-04:00", title="Roland Kellam, 61, of Norfolk, Va.",
body="""NORFOLK, Va. - Roland Eugene Kellam, 61, of Norfolk, formerly of Onancock on the Virginia Eastern Shore, died April 23, 2026, at Sentara Norfolk General Hospital.

He retired from the Norfolk Naval Shipyard as a pipefitter foreman after thirty years. He is survived by his wife of 35 years, Sharon Kellam; a daughter, Amber Kellam of Chesapeake; his mother, Doris Kellam of Onancock; and two sisters.

A memorial service will be held in Onancock on May 2.""",
gold=[]),

dict(guid="slw_dt_obit_26071", pub="2026-05-05T05:30:00-04:00", title="Travis Wade Laird, 19, of Salisbury",
body="""SALISBURY - Travis Wade Laird, 19, of Salisbury, died Thursday, April 30, 2026, as the result of an automobile accident on Route 50 near Hebron.

Travis was a 2025 graduate of James M. Bennett High School and a first-year student at Wor-Wic Community College, where he was studying to be an electrician. He loved duck hunting with his grandfather and anything with an engine.

He is survived by his parents, Wade and Christy Laird of Salisbury; a sister, Kaylee; his grandparents, Dennis and Peggy Laird of Parsonsburg; and his girlfriend, Madison. Services will be held Saturday at 11 a.m. at Holloway Funeral Home, Salisbury.""",
gold=[]),

dict(guid="slw_dt_obit_26077", pub="2026-05-18T05:30:00-04:00", title="Wilbur Bunting, 90, of Berlin",
body="""BERLIN - Wilbur Clayton Bunting, 90, of Berlin, passed away Saturday, May 16, 2026, at Atlantic General Hospital.

He was born on the family farm outside Berlin in 1935 and grew corn, soybeans and chickens on it for sixty years. He was a member of Buckingham Presbyterian Church and a past president of the Worcester County Farm Bureau.

He is survived by his daughter, JoAnn Parsons of Berlin; his son, Clayton Bunting Jr. of Newark, Del.; six grandchildren and eleven great-grandchildren. His wife of 58 years, Lorraine, preceded him in death in 2015.

A graveside service will be held at Buckingham Cemetery on Wednesday at 10 a.m., the Rev. Nadine Abbott officiating.""",
gold=[("SLW015", "survivor")]),
]

# 2. Holloway & Wongus Funeral Homes (Cambridge, Princess Anne, Fruitland): HTML in content:encoded
FUNERAL_HOME = [
dict(guid="slw_hwfh_hattie-wongus", pub="2026-02-23T12:10:00-05:00", title="Mother Hattie Mae Wongus",
body="""Mother Hattie Mae Wongus, 97, of Cambridge, was called home to be with the Lord on Wednesday, February 18, 2026, at the Chesapeake Woods Center.

Mother Wongus was born in the Neck District of Dorchester County on August 11, 1928, to the late Rev. Isaiah and Sarah Dashiell Stanley. She worked at the Phillips Packing Company cannery until it closed and later as a cook at Cambridge-South Dorchester High School. She was a mother of Bethel A.M.E. Church, where she served on the Missionary Society and the Pastor's Aid Committee.

She leaves to cherish her memory: her son, Alphonso "Fonzie" Wongus (Vernell) of Cambridge; two daughters, Gloria Jolley of Baltimore and Denise Wongus of Wilmington, Del.; eleven grandchildren; twenty-two great-grandchildren; four great-great-grandchildren; and a host of nieces, nephews, cousins, church family and friends. She was preceded in death by her husband, Deacon Lester Wongus, and by two sons, Lester Jr. and Calvin.

A homegoing service will be held Saturday at 11 a.m. at Bethel A.M.E. Church, Cambridge, with the Rev. Dr. Carl Pinder, pastor, delivering the eulogy. Viewing from 10 a.m. Interment in Mount Olive Cemetery.""",
gold=[("SLW007", "survivor"), ("SLW008", "survivor")]),

dict(guid="slw_hwfh_leroy-jolley", pub="2026-03-09T15:40:00-04:00", title="Deacon Leroy Jolley",
body="""Deacon Leroy Jolley, 79, of Cambridge, departed this life on Thursday, March 5, 2026, at the University of Maryland Shore Medical Center at Easton.

Leroy was born in Cambridge on July 2, 1946, to the late Nathaniel and Viola Jolley. He served in the U.S. Army in Vietnam and then worked for thirty years at the Airpax plant. He was a deacon of Waugh United Methodist Church and a life member of the Cambridge American Legion Post.

He leaves to cherish his memory: his wife of 54 years, Loretta Jolley; a son, Marcus Jolley of Cambridge; his sister, Ardella Cornish of Cambridge; his brother, Rev. Nathaniel Jolley Jr. of Easton; seven grandchildren; and a host of relatives and friends. He was preceded in death by his sister, Bernice Pinder.

Pallbearers: Marcus Jolley, Darnell Jolley, Alphonso Wongus, Andre Cornish, Tyrell Stanley and Kevin Pinder. Honorary pallbearers: the members of American Legion Post 87.

Services Saturday at noon at Waugh United Methodist Church. Interment at Dorchester Memorial Park.""",
gold=[("SLW020", "survivor")]),

dict(guid="slw_hwfh_calvin-pusey", pub="2026-03-27T10:05:00-04:00", title="Calvin Elmer Pusey",
body="""Calvin Elmer Pusey, 84, of Princess Anne, passed away on Tuesday, March 24, 2026, at his home on the farm where he was born.

Born August 29, 1941, he was the son of the late Elmer and Nettie Pusey. Calvin farmed in the Westover area all his life and served on the Somerset County Board of Education for twelve years. He was a member of Antioch United Methodist Church.

Survivors include his wife, Janice Pusey; a son, Elmer "Buck" Pusey and wife, Robin, of Westover; his sister, Mary Lou Disharoon of Princess Anne; and three grandchildren. He was predeceased by a brother, Wayne Pusey.

A funeral service will be held Monday at 11 a.m. at Antioch United Methodist Church. Pallbearers will be Buck Pusey, Kyle Pusey, Jason Pusey, Lamont Dashiell, Chad Webster and Ronnie Hall. Interment in the church cemetery.""",
gold=[("SLW006", "survivor")]),

dict(guid="slw_hwfh_garland-shockley-sr", pub="2026-04-20T09:30:00-04:00", title="Garland Wesley Shockley Sr.",
body="""Garland Wesley Shockley Sr., 89, of Salisbury, went to be with the Lord on Friday, April 17, 2026, at Coastal Hospice at the Lake.

Mr. Shockley was born in Fruitland on October 1, 1936. He was the owner of Shockley's Garage on Snow Hill Road for forty-four years, and there was not a tractor in Wicomico County he hadn't worked on at least once. He was a member of Zion United Methodist Church.

He is survived by his son, Garland "Skip" Shockley Jr. and his wife, Darlene, of Salisbury; a daughter, Brenda Messick of Delmar, Del.; five grandchildren and eight great-grandchildren. He was preceded in death by his wife of 61 years, Ruth Hastings Shockley, in 2019.

Friends may call Thursday from 6 to 8 p.m. at Holloway Funeral Home, Fruitland, where the funeral service will be held Friday at 11 a.m.""",
gold=[("SLW004", "survivor"), ("SLW005", "survivor")]),

dict(guid="slw_hwfh_dwayne-gordy", pub="2026-05-11T11:00:00-04:00", title="Dwayne Edward Gordy",
body="""Dwayne Edward Gordy, 81, of Lakeland, Fla., formerly of Fruitland, passed away on Wednesday, May 6, 2026, in Lakeland.

Born in Fruitland on February 20, 1945, he left the Shore for Florida in 1970 and worked for Publix for thirty-five years. He is survived by his wife, Carol Gordy of Lakeland; a daughter, Tammy Rivera of Orlando; and a cousin, Nadine Abbott of Snow Hill.

A graveside service will be held at Parsons Cemetery, Salisbury, on Monday at 2 p.m.""",
gold=[("SLW022", "survivor")]),

dict(guid="slw_hwfh_rosetta-pinder", pub="2026-06-01T14:20:00-04:00", title="Rosetta Pinder",
body="""Rosetta Pinder, 95, of Cambridge, entered into eternal rest on Thursday, May 28, 2026.

She was a retired seamstress and a faithful member of St. Luke's A.M.E. Church for more than seventy years. She leaves to mourn her passing her daughter, Vernell Wongus of Cambridge; a son, Rev. Dr. Carl Pinder of Cambridge; her grandson, Kevin Pinder; and a host of nieces and nephews, among them Thaddeus Brohawn of Cambridge.

Homegoing celebration Saturday at 11 a.m. at St. Luke's A.M.E. Church.""",
gold=[("SLW008", "survivor")]),
]

# 3. Bayside Death Notices (paid notices, Crisfield-Princess Anne-Delmar, and a church bulletin column): plain text
NOTICES = [
dict(guid="slw_bdn_26-0114", pub="2026-02-11T07:00:00-05:00", title="BOZMAN, Evelyn Marie",
body="""BOZMAN, Evelyn Marie, 94, of Crisfield, passed away February 6, 2026. She is survived by her daughter, Norma Dize and her husband, Elwood "Bunky," of Crisfield; a son, Lorenzo "Renny" Bozman of Dover, Del.; five grandchildren and nine great-grandchildren. Funeral Thursday at 11 a.m. at Immanuel United Methodist Church. Bradshaw-Lankford Funeral Home, Crisfield.""",
gold=[]),  # second copy of slw_dt_obit_26031: labelled on the earlier copy only

dict(guid="slw_bdn_26-0162", pub="2026-04-08T07:00:00-04:00", title="TWILLEY, Harold",
body="""TWILLEY, Harold, of Delmar, passed away Sunday, April 5, 2026. Arrangements are private and are being handled by Short Funeral Home, Delmar.""",
gold=[("SLW021", "possible_deceased_client")]),

dict(guid="slw_bdn_26-0178", pub="2026-04-29T07:00:00-04:00", title="Pray for our departed: Lillian Todd",
body="""From the Crisfield Asbury Methodist bulletin: Please keep in your prayers the family of our sister Lillian Gordy Todd, 87, of Crisfield, who went home to the Lord on April 25. Lillian is survived by her son, Dwayne Gordy of Fruitland, and his wife Tonya, and by her stepdaughter, Marie Todd Parks of Marion Station. Her husband, Capt. Ernest Todd, went before her. A service of witness to the resurrection will be held Saturday at 2 p.m.; ladies of the UMW will serve lunch in the fellowship hall afterward, coordinated by Norma Dize.""",
gold=[("SLW011", "survivor")]),

dict(guid="slw_bdn_26-0183", pub="2026-05-06T07:00:00-04:00", title="ELZEY, Curtis Ray",
body="""ELZEY, Curtis Ray, 83, of Vienna, died May 2, 2026. Beloved husband of the late Marjorie Elzey. Survived by his son, Douglas Elzey of Vienna; his granddaughter, Kimberly Elzey of Hurlock; and a great-grandson, Mason. Graveside service Saturday at 10 a.m. at Vienna Cemetery. Newcomb & Collins Funeral Home, Cambridge.""",
gold=[("SLW010", "survivor")]),

dict(guid="slw_bdn_26-0190", pub="2026-05-20T07:00:00-04:00", title="MARSHALL, Claude Irving",
body="""MARSHALL, Claude Irving, 84, of Deal Island, waterman and skipjack captain, died May 17, 2026. Survived by his wife, Irene; his daughter, Lynn Abbott of Snow Hill; and his brother, Capt. Dickie Marshall of Wenona. Services at St. John's United Methodist Church, Deal Island, on Thursday at 11 a.m., Pastor Everett Laird officiating.""",
gold=[]),
]

ALL = TIDEWATER + FUNERAL_HOME + NOTICES
