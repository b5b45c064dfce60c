"""The Onslow Courier (Jacksonville, N.C.): daily newspaper obituaries, eastern-NC newspaper style (service
details first, then the life, then "Survivors include ..."), plain text. Hand-labelled."""

FEED = "courier"
ITEMS = [
dict(guid="oaj_courier_obit_20260124_0117", pub="2026-01-24T05:15:00-05:00", title="Velma Hewett Batts, 90, of Richlands",
body="""RICHLANDS - Velma Hewett Batts, 90, of Richlands, went to be with her Lord on Wednesday, January 21, 2026, at her home on the farm where she had lived for 68 years.

Her funeral service will be held at 2 p.m. Saturday at Richlands Original Free Will Baptist Church with the Rev. Jimmy Dale Sanders officiating. Burial will follow in the Batts family cemetery off Blue Creek Road. The family will receive friends Friday evening from 6 until 8 at Cypress Grove Funeral Service, Richlands chapel.

Mrs. Batts was born March 2, 1935, in the Catherine Lake community to the late Asa and Minnie Hewett. She taught home economics at Richlands High School for 31 years, put up more fig preserves than anyone in northern Onslow County, and never missed a Sunday at the church where she was baptized.

Survivors include her daughter, Carolyn Ennett (Lonnie) of Jacksonville; her son, Eugene "Gene" Batts of Richlands; four grandchildren; and two great-grandchildren. She was preceded in death by her husband of 59 years, Luther Batts, and her brother, Raymond Hewett Sr.

Pallbearers will be her grandsons and nephews. Memorials may be made to the Richlands Original Free Will Baptist Church building fund.""",
gold=[("OAJ004", "survivor"), ("OAJ003", "survivor")]),

dict(guid="oaj_courier_obit_20260409_0392", pub="2026-04-09T05:15:00-04:00", title="Roy Lee Venters, 79, of Jacksonville",
body="""JACKSONVILLE - Roy Lee Venters, 79, of Jacksonville, died Tuesday, April 7, 2026, at Onslow Memorial Hospital surrounded by his family.

A funeral service will be held at 11 a.m. Saturday at Sneads Ferry Missionary Baptist Church, with the Rev. Dale Gurganus officiating. Burial will follow in the Venters family plot at the Fulchers Landing cemetery. Visitation will be Friday from 6 to 8 p.m. at Jones Funeral Home, Jacksonville.

Roy was born January 30, 1947, in Sneads Ferry, the son of the late Elbert and Ruby Venters. He went shrimping with his daddy on the New River before he could see over the wheel, served in the U.S. Navy aboard the USS Saratoga, and then spent 34 years as a mechanic keeping the Onslow County Schools buses running. He could fix anything with a diesel engine and a little patience.

Survivors include his wife of 55 years, Shirley Ann Venters of the home; a son, Roy Lee Venters Jr. and wife Kim of Wilmington; a daughter, Tammy V. Ward of Hampstead; his sister, Dorothy "Dot" Midyette and husband Buddy of Sneads Ferry; five grandchildren; and a host of nieces and nephews.

He was preceded in death by his brothers, Elbert Jr. and Jack Venters.

Pallbearers will be Wesley Ward, Bryce Venters, Cody Venters, Dustin Humphrey, Jake Midyette and Thomas Gurganus.""",
gold=[("OAJ020", "survivor"), ("OAJ002", "survivor"), ("OAJ001", "survivor")]),

dict(guid="oaj_courier_obit_20260521_0488", pub="2026-05-21T05:15:00-04:00", title="Travis Lee Mattocks, 87, of Holly Ridge",
body="""HOLLY RIDGE - Travis Lee Mattocks, 87, of Holly Ridge, passed away peacefully Monday, May 18, 2026, at his home on Sound Road.

A graveside service with military honors will be held at 3 p.m. Thursday at the Mattocks family cemetery in Holly Ridge, with Pastor Ricky Lanier officiating. The family will receive friends following the service at Holly Ridge Community Center.

Travis was born July 4, 1938, in the Dixon community of Onslow County. He served two years in the U.S. Army in Germany and came home to farm and to run a bait shop at the foot of the Surf City swing bridge, where, his family says, he told the same three fishing stories to four generations of tourists. He was a member of Holly Ridge Masonic Lodge and a charter member of the Holly Ridge Volunteer Fire Department.

He is survived by his wife of 64 years, Edna Mattocks; his son, Jerry Mattocks and wife Lisa of Holly Ridge; his sister, Lorene "Tootie" Justice of Maysville; his grandchildren, Travis Mattocks of Holly Ridge, who was named for him, and Kayla Mattocks Riggs of Verona; his niece, Betty Sue Hewett Koonce of Richlands; and two great-grandchildren.

Pallbearers will be Travis Mattocks, Dwight Riggs, Kendrick Tillery, Aaron Lanier, Philip Sewell and Joe Nixon.

Memorials may be made to the Holly Ridge Volunteer Fire Department.""",
gold=[("OAJ019", "survivor"), ("OAJ015", "survivor"), ("OAJ005", "survivor")]),

dict(guid="oaj_courier_obit_20260612_0541", pub="2026-06-12T05:15:00-04:00", title="Cedric Jamal Frazelle, 19, of Jacksonville",
body="""JACKSONVILLE - Cedric Jamal Frazelle, 19, of Jacksonville, died Tuesday, June 9, 2026, as the result of an automobile accident on U.S. 17.

A celebration of his life will be held at 1 p.m. Saturday at Greater Mount Sinai Missionary Baptist Church, Jacksonville. Interment will follow in Jacksonville City Cemetery. Public viewing will be Friday from 4 to 7 p.m. at Brooks Funeral Home.

Cedric was a 2025 graduate of Northside High School, where he played wide receiver for the Monarchs, and was studying automotive technology at Coastal Carolina Community College. He was working part-time at a tire shop on Western Boulevard and saving for a truck.

He leaves to cherish his memory his parents, Marcus and Renee Frazelle of Jacksonville; his sisters, Jada and Kiara Frazelle; his grandmother, Lillie Mae Frazelle of Maple Hill; and a host of aunts, uncles, cousins and friends.""",
gold=[]),

dict(guid="oaj_courier_obit_20260818_0702", pub="2026-08-18T05:15:00-04:00", title="Sgt. Maj. Walter \"Walt\" Tillery, USMC (Ret.), 78, of Midway Park",
body="""MIDWAY PARK - Sergeant Major Walter Eugene "Walt" Tillery, U.S. Marine Corps (Retired), 78, of Midway Park, reported to his final duty station on Saturday, August 15, 2026.

A memorial service will be held at 10 a.m. Friday at the Camp Lejeune Memorial Chapel, with Navy Chaplain (Cmdr.) Lisa Ambrose officiating. Interment with full military honors will follow at Coastal Carolina State Veterans Cemetery. Arrangements are by Cypress Grove Funeral Service, Jacksonville.

Walt was born in Rocky Mount on February 19, 1948, enlisted at 17, and served 30 years, including two tours in Vietnam with the 1st Marine Division and service in Operation Desert Storm. After retiring aboard Camp Lejeune in 1995 he taught JROTC at White Oak High School for 18 years, where he was known to cadets as "the Sergeant Major" long after he had turned in his uniform.

Walt is survived by his wife of 54 years, Bernice Tillery; his son, Kendrick Tillery and wife Monique of Midway Park; his daughter, Capt. Angela Tillery, USN, of Norfolk, Va.; and four grandchildren, including Jaylen and Jordan. He was preceded in death by his parents and his brother, Cpl. James Tillery, killed in action in 1968.

In lieu of flowers, the family requests donations to the Semper Fi & America's Fund.""",
gold=[("OAJ011", "survivor"), ("OAJ012", "survivor")]),

dict(guid="oaj_courier_obit_20260917_0811", pub="2026-09-17T05:15:00-04:00", title="Lonnie Ennett Jr., 67, of Jacksonville",
body="""JACKSONVILLE - Lonnie Ennett Jr., 67, of Jacksonville, died Monday, September 14, 2026, at Duke University Hospital after a courageous battle with cancer.

Services will be held at 2 p.m. Sunday at Northwoods Park United Methodist Church, with the Rev. Karen Pollock officiating. Burial will follow at Coastal Carolina State Veterans Cemetery with military honors. The family will receive friends Saturday from 5 to 7 p.m. at Jones Funeral Home.

Lonnie was born November 20, 1958, in Richlands to the late Lonnie Sr. and Mattie Ennett. He retired from the Marine Corps as a master sergeant after 22 years, then spent another 18 as a civilian motor transport supervisor aboard Camp Lejeune. He coached Jacksonville Little League for a decade and smoked the best whole hog in Bell Fork, a claim nobody who ate it disputed.

He is survived by his wife of 41 years, Carolyn Batts Ennett; his daughters, Tiffany Ennett Moore (Derrick) of Raleigh and Brittany Ennett of Jacksonville; his brother-in-law, Gene Batts of Richlands; and three grandchildren.

He was preceded in death by his parents and by his mother-in-law, Velma Batts.""",
gold=[("OAJ003", "deceased_client"), ("OAJ004", "spouse_of_deceased_client")]),

dict(guid="oaj_courier_obit_20261013_0897", pub="2026-10-13T05:15:00-04:00", title="Lorene Mattocks \"Tootie\" Justice, 89, of Maysville",
body="""MAYSVILLE - Lorene Mattocks "Tootie" Justice, 89, of Maysville, went home to be with her Lord on Saturday, October 10, 2026, at Brookside Assisted Living in Jacksonville.

Her funeral will be held at 11 a.m. Wednesday at Maysville First Baptist Church, with the Rev. Marvin Huff officiating. Burial will follow in Maysville Cemetery beside her husband. Visitation will be Tuesday from 6 to 8 p.m. at the church.

Tootie was born December 1, 1936, in the Dixon community, the daughter of the late Rufus and Cora Mattocks. She clerked at the Maysville post office for 36 years and knew every family on every rural route by name. She sang alto in the church choir for six decades and made a pound cake that won the Jones County fair so many times they asked her to judge instead.

She is survived by her nephew, Jerry Mattocks (Lisa) of Holly Ridge; her niece, Betty Sue Koonce of Richlands; her sister-in-law, Edna Mattocks of Holly Ridge; and several great-nieces and great-nephews, including Travis Mattocks of Holly Ridge.

She was preceded in death by her husband, Odell Justice; her son, Danny Justice; and her brother, Travis Lee Mattocks.""",
gold=[("OAJ015", "deceased_client"), ("OAJ005", "survivor"), ("OAJ019", "survivor")]),
]
