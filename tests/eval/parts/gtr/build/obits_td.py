"""The Tombigbee Dispatch (Columbus daily): newspaper obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="gtr_td_obit_20260109_inez_pope", pub="2026-01-09T05:30:00-06:00", title="Inez Hollingsworth Pope",
body="""COLUMBUS - Inez Hollingsworth Pope, 91, passed away Tuesday, January 6, 2026, at Baptist Memorial Hospital-Golden Triangle.

Mrs. Pope was born June 2, 1934, in Steens to the late Otis and Lula Mae Hollingsworth. She retired from the Lowndes County Tax Assessor's office after 31 years and was a member of Fairview Baptist Church, where she sang in the choir for five decades and never missed a dinner on the grounds.

Services will be at 2 p.m. Saturday at Memorial Gunter Peel Funeral Home's College Street Chapel with Bro. Danny Rakestraw officiating. Burial will follow in Friendship Cemetery. Visitation will be from noon until service time.

She is survived by her son, Dale Pope of Tuscaloosa, Ala.; her sister, Lurleen (Tad) Pruitt of Columbus; four grandchildren and six great-grandchildren.

She was preceded in death by her husband, Rev. Harlan Pope; and her brothers, J.T. and Otis Hollingsworth Jr.

Pallbearers will be Jarvis Boykin, Kyle Pope, Brandon Pope, Seth Rakestraw, Dusty Wilbanks and Ty Hollingsworth.

Memorials may be made to the Fairview Baptist Church building fund.""",
gold=[("GTR002", "survivor"), ("GTR001", "survivor")]),

dict(guid="gtr_td_obit_20260303_gus_dabbs", pub="2026-03-03T05:30:00-06:00", title="Augustus 'Gus' Dabbs",
body="""WEST POINT - Augustus "Gus" Dabbs, 85, died Sunday, March 1, 2026, at his home in West Point surrounded by his family.

Mr. Dabbs was born February 12, 1941, in Clay County to the late Elbert and Nora Dabbs. He graduated from West Point High School and Mississippi State, served two years in the U.S. Army, and farmed cotton and soybeans on the Prairie for more than fifty years. He was a deacon at First Baptist Church of West Point, a past president of the Clay County Farm Bureau and a fixture at the Waverly sale barn on Thursdays.

Services will be at 11 a.m. Wednesday at First Baptist Church of West Point with Dr. Neal Patridge officiating. Burial will follow in Greenwood Cemetery under the direction of Calvert Funeral Home.

Survivors include his wife of 61 years, Claudette McCrory Dabbs of West Point; his sons, Elbert Dabbs (Rhonda) of Starkville and Gary Dabbs of Madison; his daughter, Nora Dabbs Hairston (Phil) of Olive Branch; seven grandchildren and three great-grandchildren.

Pallbearers will be his grandsons. Honorary pallbearers will be the men of the Sunday school class he taught, including Coy Fondren.

Memorials may be made to the Clay County 4-H Foundation.""",
gold=[("GTR014", "deceased_client"), ("GTR015", "spouse_of_deceased_client")]),

dict(guid="gtr_td_obit_20260215_virgil_tubb", pub="2026-02-15T05:30:00-06:00", title="Virgil Lee Tubb",
body="""COLUMBUS - Virgil Lee Tubb, 24, of Columbus, died Thursday, February 12, 2026, as the result of an automobile accident on Highway 82.

Virgil was born July 9, 2001, in Columbus. He graduated from Heritage Academy, where he played baseball, and was a lineman apprentice with 4-County Electric Power Association. He was happiest in a deer stand or on the Tenn-Tom with a cane pole.

Services will be at 2 p.m. Tuesday at Lowndes Funeral Home with Bro. Mike Ballard officiating. Burial will follow in Memorial Gardens.

He is survived by his parents, Darnell and Keshia Tubb of Columbus; his sister, Kaylee Tubb; his grandparents, Virgil and Opal Tubb of Columbus, for whom he was named, and Brenda Corder of Artesia; and his girlfriend, Macy Lott.

Memorials may be made to the Heritage Academy baseball program.""",
gold=[("GTR022", "survivor")]),

dict(guid="gtr_td_obit_20260320_roberta_flake", pub="2026-03-20T05:30:00-05:00", title="Roberta Sudduth Flake",
body="""STARKVILLE - Roberta Sudduth Flake, 79, passed away Wednesday, March 18, 2026, at OCH Regional Medical Center.

Mrs. Flake was born in Sturgis to the late Wendell and Pearlie Sudduth. She taught home economics at Starkville High School for 28 years and was a member of First United Methodist Church and the Oktibbeha County Heritage Museum guild.

Visitation will be from 5 to 7 p.m. Friday at Welch Funeral Home. Graveside services will be Saturday at 10 a.m. at Odd Fellows Cemetery with the Rev. Ann Holloway officiating.

She is survived by her daughter, Jill Flake Pickens of Brandon; her sister, Della (Buddy) Crumpton of Starkville; her grandchildren, Reid and Anna Grace Pickens; and a host of nieces and nephews.

She was preceded in death by her husband, Harold Flake, and her brother, Wendell Sudduth Jr.""",
gold=[("GTR008", "survivor"), ("GTR007", "survivor")]),

dict(guid="gtr_td_obit_20260406_earnestine_humphries", pub="2026-04-06T05:30:00-05:00", title="Earnestine P. Humphries",
body="""GARY, Ind. - Earnestine Pollard Humphries, 67, of Gary, Indiana, died Thursday, April 2, 2026, at Methodist Hospital Northlake.

Mrs. Humphries was born in Tuskegee, Ala., and moved to Gary as a child. She retired from U.S. Steel Gary Works after 33 years and was a mother of Greater Bethlehem Temple Church.

A celebration of life will be held Saturday in Gary. She is survived by her husband, Leon Humphries; her sons, Andre and Marcus Humphries; and her sister, Gloria Pollard Byrd of Columbus, Miss.

Arrangements are by Smith-Rogers Funeral Home of Gary. The family asked that this notice be published in Columbus, where her sister lives.""",
gold=[]),

dict(guid="gtr_td_obit_20260512_james_ivy", pub="2026-05-12T05:30:00-05:00", title="James Earl Ivy",
body="""COLUMBUS - James Earl Ivy, 84, of Columbus died Saturday, May 9, 2026, at his residence.

Mr. Ivy was born in West Point to the late Earl and Hazel Ivy. He was a machinist at the Columbus Air Force Base civil engineering shop for 35 years, a Korea-era Air Force veteran and a member of Central Baptist Church.

Services will be at 10 a.m. Thursday at Memorial Gunter Peel Funeral Home's Gardens Chapel. Burial will follow in Memorial Gardens with military honors.

Survivors include his wife of 58 years, Patsy Ivy of Columbus; his daughter, Karen Ivy Moore (Rusty) of Caledonia; his sister, Mary Frances Gandy of West Point; and three grandchildren.

He was preceded in death by his brother, Robert Ivy, and his brother-in-law, Cecil Gandy.""",
gold=[("GTR005", "survivor")]),
]
