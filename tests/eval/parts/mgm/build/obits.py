"""Obituaries for the mgm part, three house styles, hand-labelled (gold=[(client_id, role), ...]).

CHFH: Cypress Hill Funeral Home (Prattville and Wetumpka chapels): funeral-home site, HTML in content:encoded.
MCC:  Montgomery Capital Courier paid death notices: terse, surname-first headings, plain text.
RRT:  The River Region Tribune (Black community weekly): homegoing / celebration-of-life notices, plain text.
"""

CHFH = [
dict(guid="mgm_chfh_2026_0112", pub="2026-02-12T10:00:00-06:00", title="Cornelius \"Buddy\" Hollifield Sr.",
body="""Cornelius "Buddy" Hollifield Sr., 84, of Prattville, went home to be with the Lord on Tuesday, February 10, 2026, at Prattville Baptist Hospital.

Buddy was born September 22, 1941, in Autaugaville, the son of the late Homer and Ila Mae Hollifield. He worked forty-one years at the paper mill on the Alabama River, coached Dixie Youth baseball for two decades and never missed a Friday night at Stanley-Jensen Stadium.

He is survived by his wife of 60 years, Vernell Hollifield; his sons, Cornelius Hollifield Jr. (Tammy) of Deatsville and Kyle Hollifield of Auburn; his daughter, Rhonda Pickett (Glenn) of Prattville; seven grandchildren; and his beloved beagle, Dolly.

Visitation will be Friday from 5 to 7 p.m. at the Prattville chapel of Cypress Hill Funeral Home. The funeral will be held Saturday at 11 a.m. at First Baptist Church of Prattville, the Rev. Alton Meeks officiating. Pallbearers will be Garrison Fentress, Wade Pickett, Tyler Hollifield, Cody Hollifield, Jimmy Ray Sims and Don Whatley.""",
gold=[("MGM003", "deceased_client")]),
# (Hornsby notice below places MGM022, roster Pike Road, in adjacent Montgomery.)
# MGM019 Garrison Fentress is a pallbearer: nothing. Age 84 and the birth date match MGM003's roster birth_date,
# and the widow Vernell is the roster spouse: corroborated. Vernell is not a client (no spouse row).

dict(guid="mgm_chfh_2026_0219", pub="2026-03-03T09:30:00-06:00", title="Rosa Quintanilla de Villaseñor",
body="""Rosa Quintanilla de Villaseñor, 81, of Montgomery, passed away peacefully on Saturday, February 28, 2026, surrounded by her family.

Rosa was born in San Luis Potosí, México, and came to Alabama in 1994. For twenty years she made tamales for half of the Catholic parishes in the River Region, and she taught every grandchild to pray the rosary in Spanish.

Le sobreviven su hija, Guadalupe "Lupe" Villaseñor, de Montgomery; su hijo, Arturo Villaseñor, de Birmingham; y ocho nietos. She is survived by her daughter, Lupe Villaseñor of Montgomery; her son, Arturo Villaseñor of Birmingham; and eight grandchildren. She was preceded in death by her husband, Efraín Villaseñor.

A rosary will be prayed Thursday at 6 p.m. and the Mass of Christian Burial celebrated Friday at 10 a.m. at Our Lady of Guadalupe Catholic Church, Montgomery.""",
gold=[("MGM006", "survivor")]),

dict(guid="mgm_chfh_2026_0233", pub="2026-03-20T11:15:00-05:00", title="Earline Gaither",
body="""Earline Gaither, 88, of Eclectic, passed away Tuesday, March 17, 2026, at her home on Lake Martin.

Mrs. Gaither taught home economics at Elmore County High School for thirty-two years. She canned everything that grew and most things that did not, and her fig preserves won the blue ribbon at the county fair nine times.

She is survived by her daughter, Mary Beth (Dwayne) Tankersley of Wetumpka; her son, Roger Gaither of Tallassee; five grandchildren and two great-grandchildren. She was preceded in death by her husband of 54 years, Lyman Gaither.

Funeral services will be held Saturday at 2 p.m. in the Wetumpka chapel of Cypress Hill Funeral Home. Burial will follow in Eclectic City Cemetery.""",
gold=[("MGM004", "survivor"), ("MGM005", "survivor")]),

dict(guid="mgm_chfh_2026_0251", pub="2026-04-08T09:00:00-05:00", title="Clarence Edward McWhorter",
body="""Clarence Edward McWhorter, 79, of Millbrook, died Sunday, April 5, 2026, at Baptist Medical Center East.

Clarence retired from Maxwell Air Force Base after thirty years as a civilian aircraft mechanic. He was a deacon of Millbrook First Baptist Church and a tireless fisherman of Lake Jordan.

He leaves his wife, Nadine McWhorter; his daughter, Kim Ingram (Scott) of Deatsville; his sister-in-law, JoAnn McWhorter of Millbrook, who was like a sister to him; and three grandchildren. He was preceded in death by his brother, Floyd McWhorter.

The funeral will be held Thursday at 11 a.m. at Millbrook First Baptist Church.""",
gold=[("MGM007", "survivor")]),

dict(guid="mgm_chfh_2026_0274", pub="2026-05-14T14:20:00-05:00", title="Patrick Dennis O'Daniel",
body="""Patrick Dennis O'Daniel, 70, of Prattville, died Monday, May 11, 2026, after a long fight with pulmonary fibrosis.

Born in Savannah, Georgia, Pat served twenty-two years in the U.S. Air Force and retired as a senior master sergeant at Maxwell. He then sold cars on the Cobbs Ford Road strip for another fifteen years, and he never once let a customer leave without a joke.

He is survived by his daughter, Shannon O'Daniel of Prattville; his son, Kevin O'Daniel of Pensacola, Florida; his sister, Maureen Hurley of Savannah; and four grandchildren.

A memorial Mass will be offered Saturday at 10 a.m. at St. Joseph Catholic Church, Prattville. Scripture readings by Bart Vandiver and Gloria Hurley.""",
gold=[("MGM011", "survivor")]),
# MGM021 Bart Vandiver reads scripture: nothing.

dict(guid="mgm_chfh_2026_0290", pub="2026-06-02T10:40:00-05:00", title="Rufus Lee Strozier",
body="""Rufus Lee Strozier, 82, of Tallassee, departed this life on Friday, May 29, 2026.

A retired brick mason, Rufus built the front steps of half the churches in Elmore County and never charged one of them. He sang bass in the Strozier Brothers gospel quartet for over fifty years.

He is survived by his sister, Octavia DeLoach (the former Octavia Strozier) of Wetumpka; his daughters, Denise Strozier and Lakeisha Bowden (Marcus), both of Tallassee; nine grandchildren; and a host of nieces, nephews and friends. He was preceded in death by his wife, Annie Ruth, and his brothers, Willie and Samuel Strozier.

Services will be held Saturday at 1 p.m. at Mount Zion AME Church, Tallassee. Interment in the church cemetery.""",
gold=[("MGM012", "survivor")]),

dict(guid="mgm_chfh_2026_0312", pub="2026-07-09T09:10:00-05:00", title="Winifred \"Winnie\" Lassiter",
body="""Winifred "Winnie" Lassiter, 90, of Wetumpka, passed away on Tuesday, July 7, 2026.

Winnie ran the lunchroom at Wetumpka Elementary for twenty-eight years, and grown men in three counties still call her "Miss Winnie." She loved her roses, her church and the Atlanta Braves, in that order most years.

She is survived by her nephews, Gary Lassiter of Wetumpka and Paul Lassiter of Clanton, and by many cherished friends. She was preceded in death by her husband, Earl Lassiter, and her sister, Opal Dunn.

The family thanks Dr. Desmond Fairclough and the nurses of Baptist Medical Center South for their kindness. Services will be Friday at 10 a.m. in the Wetumpka chapel. Pallbearers: Dwayne Tankersley, Gary Lassiter, Paul Lassiter, Eddie Wood, Hank Dunn and Lee Hester.""",
gold=[]),
# MGM009 (doctor thanked) and MGM005 (pallbearer): nothing.
]

MCC = [
dict(guid="mgm_mcc_dn_260143", pub="2026-01-16T06:00:00-06:00", title="BRAMBLETT, Ignatius Paul",
body="""BRAMBLETT, Ignatius Paul, 31, of Dothan, died Jan. 13, 2026. Survived by his parents, Paul and Renee Bramblett of Dothan; his sister, Callie. Service 2 p.m. Saturday, Ward-Wilson Chapel, Dothan.""",
gold=[]),
# namesake of MGM018 Ignatius "Iggy" Bramblett of Montgomery (b. 1958): different age and town.

dict(guid="mgm_mcc_dn_260211", pub="2026-02-24T06:00:00-06:00", title="PETTAWAY, Roosevelt",
body="""PETTAWAY, Roosevelt, 86, of Montgomery, died Feb. 20, 2026. Retired Alabama State University groundskeeper. Survived by his sister, Loretta (Thad) Brightwater of Montgomery; nephews Marcus and Cedric Brightwater. Preceded in death by his wife, Inez. Service 11 a.m. Saturday, Hutchinson Missionary Baptist Church.""",
gold=[("MGM002", "survivor"), ("MGM001", "survivor")]),

dict(guid="mgm_mcc_dn_260318", pub="2026-03-27T06:00:00-05:00", title="CULPEPPER, Reginald III",
body="""CULPEPPER, Reginald "Trey" III, 22, of Montgomery, died March 23, 2026. Senior at Alabama State University. Survived by his parents, Reggie Culpepper Jr. and Monique Culpepper; his grandmother, Evelyn Culpepper; his sister, Nia. Service 11 a.m. Saturday, Beulah Baptist Church. Pallbearers: his fraternity brothers.""",
gold=[("MGM008", "survivor")]),
# the deceased is III, 22, survived by parents; MGM008 is the Jr. father, b. 1970: survivor, not deceased.

dict(guid="mgm_mcc_dn_260402", pub="2026-04-14T06:00:00-05:00", title="HORNSBY, Edna Mae",
body="""HORNSBY, Edna Mae, 93, of Pike Road, died April 11, 2026. Survived by her daughter, Mrs. Carl (Felicity) Oglesby, Montgomery; her son, Dale Hornsby, Troy; six grandchildren. Preceded in death by her husband, J.W. Hornsby. Graveside 10 a.m. Wednesday, Pike Road Cemetery.""",
gold=[("MGM022", "survivor")]),

dict(guid="mgm_mcc_dn_260455", pub="2026-05-05T06:00:00-05:00", title="GASKEW, Lucille",
body="""GASKEW, Lucille, 90, of Montgomery, died May 2, 2026. Survived by her son, Wendell Gaskew, Montgomery; her granddaughter, Tamara Gaskew, Atlanta. Service 1 p.m. Thursday, Dexter Avenue King Memorial Baptist Church.""",
gold=[]),
# MGM016 Wendell Gaskew is do_not_contact: nothing.

dict(guid="mgm_mcc_dn_260507", pub="2026-06-16T06:00:00-05:00", title="KINCANNON, Howard Wayne",
body="""KINCANNON, Howard Wayne, 88, of Wetumpka, died June 13, 2026. Retired Elmore County road foreman. Survived by his daughter, Teddie Kincannon, Wetumpka; his son, Russell Kincannon, Knoxville, Tenn.; four grandchildren. Preceded in death by his wife, Jewel. Service 2 p.m. Tuesday, First Methodist Church of Wetumpka.""",
gold=[("MGM017", "survivor")]),

dict(guid="mgm_mcc_dn_260561", pub="2026-07-21T06:00:00-05:00", title="VANDIVER, Gwendolyn Sue",
body="""VANDIVER, Gwendolyn Sue "Gwen", 58, of Millbrook, died July 18, 2026, after a brave fight with ovarian cancer. Survived by her husband of 34 years, Bart Vandiver; her sons, Tanner and Cole; her mother, Faye Ledbetter, Clanton. Memorial 4 p.m. Sunday, Millbrook First Baptist Church.""",
gold=[("MGM021", "survivor")]),
# the deceased is MGM021's roster spouse (not a client); he is the surviving husband.

dict(guid="mgm_mcc_dn_260622", pub="2026-08-05T06:00:00-05:00", title="SCROGGINS, Harlan",
body="""SCROGGINS, Harlan, of Prattville, died Aug. 3, 2026. Arrangements pending with Cypress Hill Funeral Home, Prattville.""",
gold=[("MGM015", "possible_deceased_client")]),
# name and town match MGM015; no age, no spouse, no dates: possible only.
]

RRT = [
dict(guid="mgm_rrt_homegoing_0311", pub="2026-03-12T08:00:00-05:00", title="Celebration of Life: Deacon Amos Whitfield Lacey",
body="""Deacon Amos Whitfield Lacey, 79, of Montgomery, transitioned from labor to reward on Saturday, March 7, 2026.

He was born in Lowndes County to the late Willie and Mattie Lacey and moved to Montgomery in 1963. He marched from Selma as a boy of sixteen and never stopped registering voters. He served Greater Mount Pisgah Missionary Baptist Church as a deacon for forty-four years.

He leaves to cherish his memory his devoted wife, Mrs. Clara Lacey; his children, Angela Lacey-Hood and Darnell Lacey (Keisha); six grandchildren; and a host of relatives and friends.

Homegoing services will be held Saturday at noon at Greater Mount Pisgah Missionary Baptist Church. Eulogist: Rev. Ezekiel Pettiford, pastor. Words of comfort: Dr. Desmond Fairclough. Interment: Oakwood Annex Cemetery.""",
gold=[]),
# MGM010 (eulogist) and MGM009 (words of comfort): nothing.

dict(guid="mgm_rrt_homegoing_0402", pub="2026-04-23T08:00:00-05:00", title="Homegoing: Mother Bernice Pouncey",
body="""Mother Bernice Pouncey, 91, of Montgomery, was called home on Sunday, April 19, 2026.

Mother Pouncey taught second grade in the Montgomery Public Schools for thirty-six years and sewed choir robes for every church on the west side. She was a charter member of the Centennial Hill Garden Club.

She leaves to mourn her daughter, Circuit Judge Henrietta Pouncey Scarbrough of Montgomery; her son, Lt. Col. (Ret.) Alvin Pouncey of Fayetteville, N.C.; five grandchildren; and three great-grandchildren. She was preceded in death by her husband, the late Deacon Otis Pouncey.

Celebration of life Saturday at 11 a.m. at Holt Street Memorial Baptist Church. Repast to follow in the fellowship hall.""",
gold=[("MGM020", "survivor")]),

dict(guid="mgm_rrt_homegoing_0519", pub="2026-05-21T08:00:00-05:00", title="In Loving Memory: Sgt. Maj. (Ret.) Lucius Fentress",
body="""Sgt. Maj. (Ret.) Lucius Fentress, 68, of Columbus, Georgia, answered his final roll call on Friday, May 15, 2026.

A 30-year Army veteran who served in Grenada, the Gulf and Iraq, he later taught JROTC at Spencer High School in Columbus. He was raised in Montgomery and never missed the Turkey Day Classic.

He is survived by his wife, Gloria; his daughters, Renee and Tasha; his brother, Col. (Ret.) Garrison Fentress (Celeste) of Montgomery; and a host of nieces, nephews and comrades.

Services with military honors will be held Thursday at 11 a.m. at Fort Benning's Main Post Chapel.""",
gold=[("MGM019", "survivor")]),

dict(guid="mgm_rrt_homegoing_0604", pub="2026-06-11T08:00:00-05:00", title="Homegoing: Mrs. Loretta Brightwater",
body="""Mrs. Loretta Brightwater, 79, of Mobile, entered eternal rest on Sunday, June 7, 2026, at Mobile Infirmary.

Born in Prichard, she was a registered nurse for forty years at the University of South Alabama Medical Center. She was a faithful member of Stone Street Baptist Church.

She leaves to cherish her memory her husband of 55 years, Otis Brightwater; her sons, Kenneth and Andre; and seven grandchildren.

Services Saturday at 11 a.m., Stone Street Baptist Church, Mobile.""",
gold=[]),
# namesake of MGM002 Loretta Brightwater (Montgomery, b. 1951, husband Thaddeus): different town, age, husband.
]

ITEMS = CHFH + MCC + RRT
