"""The Piney Woods Sentinel (daily newspaper, Lufkin): obituaries, plain-text descriptions. Hand-labelled."""

FEED = "pws"
ITEMS = [
dict(guid="lfk_pws_obit_260120_berryhill", pub="2026-01-20T06:15:00-06:00", title="Velma Jean Berryhill",
body="""Velma Jean Berryhill, 86, of Nacogdoches passed from this life Saturday, January 17, 2026, at Nacogdoches Memorial Hospital.

She was born May 2, 1939, in Chireno to Elmer and Lottie (Sanders) Hooper. She married Cletus Ray Berryhill Sr. in 1957 at Chireno Baptist Church, and together they ran a dairy east of town for forty years. She taught the young married women's Sunday school class at Fredonia Hill Baptist Church for three decades and never once let a visitor leave without a jar of fig preserves.

Survivors include her son, Cletus Ray "C.R." Berryhill Jr. and wife Donna of Nacogdoches; her daughter, Lanette Vickers and husband Dwayne of Center; six grandchildren; and nine great-grandchildren.

She was preceded in death by her husband, Cletus Ray Berryhill Sr.; her parents; and her brother, Gaylon Hooper.

Funeral services are 2 p.m. Wednesday at Fredonia Hill Baptist Church with Bro. Terry Windham officiating. Interment will follow at Sunset Memorial Park under the direction of Cason Monk-Metcalf Funeral Directors.""",
gold=[("LFK003", "survivor"), ("LFK004", "survivor")]),

dict(guid="lfk_pws_obit_260224_stubblefield", pub="2026-02-24T06:15:00-06:00", title="Garland Wayne Stubblefield III",
body="""Garland Wayne Stubblefield III, 24, of Conroe died Friday, February 20, 2026, in Montgomery County as the result of a motorcycle accident.

"Trey" was born October 3, 2001, in Lufkin and graduated from Hudson High School in 2020, where he was a two-time district champion in the 400 meters. He worked as a lineman apprentice for Entergy Texas and was saving for a bass boat. He could not sit still, and nobody who knew him ever wanted him to.

He is survived by his parents, Garland Wayne Stubblefield Jr. and Misty Stubblefield of Conroe; his sister, Kaitlyn Stubblefield of Huntsville; his grandparents, Garland "Cotton" and Brenda Stubblefield of Lufkin and Terry and Jolene Weeks of Willis; and his girlfriend, Alexis Cano.

Services are 10 a.m. Saturday at Carraway & Sons Funeral Home, Lufkin chapel, with burial at Garden of Memories. Pallbearers are Caleb Weeks, Dustin Pate, Cole Stubblefield, Mason Ritter, Jace Holloway and Tanner Lewis.""",
gold=[("LFK012", "survivor"), ("LFK013", "survivor")]),

dict(guid="lfk_pws_obit_260310_pruitt", pub="2026-03-10T06:15:00-05:00", title="Harlan Odell \"Bud\" Pruitt",
body="""Harlan Odell "Bud" Pruitt, 83, of Lufkin went home to be with the Lord on Saturday, March 7, 2026, at CHI St. Luke's Health Memorial surrounded by family.

Bud was born June 14, 1942, in Pollok to Odell and Myrtle (Chance) Pruitt. He graduated from Central High School in 1960 and went to work at the Southland Paper Mill, where he stayed 41 years and retired as a shift foreman. He never missed a Lufkin Panthers home game, could name every pine on his forty acres off FM 2251, and fried the fish at every Pollok Volunteer Fire Department fundraiser from 1972 on.

He is survived by his wife of 61 years, Wanda Faye (Skeeters) Pruitt; his son, Randy Pruitt and wife Shelly of Tyler; his daughter, Charla Hutto and husband Glenn of Huntington; five grandchildren; and three great-grandchildren.

He was preceded in death by his parents and his brothers, Lonnie and Travis Pruitt.

Visitation will be 5 to 7 p.m. Tuesday at Carraway & Sons Funeral Home. Funeral services are 10 a.m. Wednesday at Pollok Baptist Church with Bro. Terry Windham officiating. Burial will follow in Bethlehem Cemetery. Serving as pallbearers will be Roy Dean Vansickle, Kyle Pruitt, Dusty Hutto, Glenn Hutto, Shane Pruitt and Tommy Lee Ates.""",
gold=[("LFK001", "deceased_client"), ("LFK002", "spouse_of_deceased_client")]),

dict(guid="lfk_pws_obit_260402_crager", pub="2026-04-02T06:15:00-05:00", title="Ruby Nell Crager",
body="""Ruby Nell Crager, 79, of Amarillo died March 29, 2026, at BSA Hospice of the Southwest.

She was born in Dumas and retired from Amarillo College after 30 years in the registrar's office. Her children asked that this notice run in the Sentinel because her late husband, Ray Crager, grew up in Lufkin and she never stopped calling the Piney Woods "Ray's country."

She is survived by her sons, Dale Crager of Amarillo and Lonnie Crager of Canyon, and four grandchildren.

Services were held March 31 at Polk Street United Methodist Church in Amarillo.""",
gold=[]),

dict(guid="lfk_pws_obit_260519_pettigrew", pub="2026-05-19T06:15:00-05:00", title="Waylon Eugene Pettigrew",
body="""Waylon Eugene Pettigrew, 88, of Garrison passed away Friday, May 15, 2026, at his home.

Born February 11, 1938, in Garrison, he served in the U.S. Army in Germany and then farmed broilers and cattle on the home place for more than fifty years. He was a member of Garrison First Baptist Church and the Nacogdoches County Farm Bureau, and a fixture at the domino table at the Garrison feed store.

Survivors include his wife of 66 years, Iva Pettigrew; his sons, Gene Pettigrew of Garrison and Rusty Pettigrew of Lufkin; his grandson, Waylon Pettigrew of Nacogdoches, who was named for him; four other grandchildren; and two great-grandchildren.

Funeral services are 2 p.m. Thursday at Garrison First Baptist Church. Pallbearers: C.R. Berryhill, Colt Pettigrew, Jody Pettigrew, Marty Ford, Dale Ford and Hank Ivey.""",
gold=[("LFK016", "survivor")]),

dict(guid="lfk_pws_obit_260620_eldridge", pub="2026-06-20T06:15:00-05:00", title="Hollis Dean Eldridge",
body="""Hollis Dean Eldridge, 67, of Huntington passed away June 17, 2026, in Lufkin.

Hollis drove a log truck for thirty-five years and knew every back road between Huntington and Broaddus. He loved fishing Sam Rayburn Reservoir and his grandchildren, in no particular order, he said.

He is survived by his wife, Sherry Eldridge of Huntington; his daughters, Kim Lott of Zavalla and Toni Eldridge of Houston; and five grandchildren.

He was preceded in death by his parents, J.W. and Opal Eldridge, and his brother, Curtis Eldridge, who died in 1988.

A graveside service will be held 11 a.m. Monday at Mt. Olive Cemetery near Huntington.""",
gold=[]),

dict(guid="lfk_pws_obit_260708_sessions", pub="2026-07-08T06:15:00-05:00", title="James Donald \"Jimmie Don\" Sessions",
body="""James Donald "Jimmie Don" Sessions, 71, of Lubbock died July 4, 2026.

A native of Slaton, he was a cotton ginner for forty years and a longtime member of the Lubbock Gin Association. The family asked that his obituary appear in East Texas papers as well because he spent boyhood summers with an aunt in Crockett.

He is survived by his wife, Marla; his daughter, Kendra Ybarra of Wolfforth; and three grandchildren, all of Lubbock County.

Services were held at Resthaven Funeral Home in Lubbock.""",
gold=[]),
]
