"""Obituary texts for the mcb part, four house styles, each item with its hand label (gold=[...])."""

# 1. The Pike County Sentinel (newspaper obituaries, plain text)
PSN = [
dict(guid="mcb_psn_obit_0303_tadlock", pub="2026-03-05T06:00:00-06:00", title="Hollis Wayne \"Buddy\" Tadlock",
body="""MAGNOLIA - Hollis Wayne "Buddy" Tadlock, 78, of Magnolia, passed away Tuesday, March 3, 2026, at Southwest Mississippi Regional Medical Center in McComb.

Buddy was born March 11, 1948, in Pike County to the late Wayne and Inez Tadlock. He retired from the Illinois Central Railroad after 34 years and never met a stranger at the Magnolia feed store. He was a deacon at Lee's Chapel Baptist Church.

He is survived by his wife of 54 years, Earlene Reeves Tadlock of Magnolia; sons, Wade Tadlock (Misty) of Summit and Jeff Tadlock of Hammond, La.; his sister-in-law, Mary Alice Pounds of Summit; and five grandchildren.

He was preceded in death by his parents and a brother, Doyle Tadlock.

Visitation will be Thursday from 5 to 8 p.m. at Hartwell & Quin Funeral Home in McComb. Services will be Friday at 11 a.m. at Lee's Chapel Baptist Church with Bro. Danny Ray Holloway officiating. Burial will follow in Lee's Chapel Cemetery. Pallbearers will be Jimmie Ray Alford, Wade Tadlock Jr., Cody Reeves, Brent Stogner, Tyler Tadlock and Hunter Ginn.""",
gold=[("MCB001", "deceased_client"), ("MCB002", "spouse_of_deceased_client"), ("MCB005", "survivor")]),

dict(guid="mcb_psn_obit_0117_gatlin", pub="2026-01-17T06:00:00-06:00", title="Vernell Gatlin",
body="""LIBERTY - Mrs. Vernell Gatlin, 88, of Liberty, entered eternal rest Tuesday, Jan. 13, 2026, at her home.

She was a retired cafeteria manager for the Amite County School District and a faithful member of Mount Olive M.B. Church, where she sang in the Senior Choir for 50 years.

She leaves to cherish her memory a son, Percy Gatlin of Gloster; a daughter, Odessa Ratliff (Cleveland) of McComb; a sister, Annie Ruth Dixon of Chicago; eight grandchildren; and a host of nieces, nephews and friends.

She was preceded in death by her husband, Elijah Gatlin, and a son, Earnest Gatlin.

Services will be held Saturday at 1 p.m. at Mount Olive M.B. Church in Liberty, with Rev. Alphonso Magee delivering the eulogy. Interment in the church cemetery. Hartwell & Quin Funeral Home, Liberty chapel, is in charge.""",
gold=[("MCB023", "survivor"), ("MCB004", "survivor"), ("MCB003", "survivor")]),

dict(guid="mcb_psn_obit_0209_tynes", pub="2026-02-11T06:00:00-06:00", title="Marcus Dewayne Tynes",
body="""HOUSTON, Texas - Marcus Dewayne Tynes, 24, of Houston, formerly of McComb, died Feb. 7, 2026, in Houston.

Marcus graduated from McComb High School in 2019, where he played receiver for the Tigers, and was studying to become a lineman with CenterPoint Energy.

He is survived by his parents, Reginald and Yvette Tynes of Houston; his sister, Kiara Tynes; his grandmother, Lillie Tynes of McComb; and his daughter, Amara.

Services will be Saturday, Feb. 14, at noon at St. Paul A.M.E. Church in McComb. Burial in Hollywood Cemetery.""",
gold=[]),

dict(guid="mcb_psn_obit_0320_carruth", pub="2026-03-21T06:00:00-05:00", title="Ethel Mae Honea Carruth",
body="""OSYKA - Ethel Mae Honea Carruth, 93, of Osyka, went to be with the Lord on Thursday, March 19, 2026.

She was born January 6, 1933, in Amite County, the daughter of the late Claude and Bertie Honea. She taught first grade at Osyka Elementary for 31 years and could still name most of her pupils. She was a member of Osyka Baptist Church.

She is survived by her daughter, Lorene Carruth Bates (Ronnie) of Baton Rouge, La.; her son, Curtis Carruth Jr. of Osyka; four grandchildren; and nine great-grandchildren.

She was preceded in death by her husband of 58 years, Curtis Carruth, and her brothers, Lloyd and Mack Honea.

Services will be Monday at 2 p.m. at Osyka Baptist Church. Burial will be in Osyka Cemetery.""",
gold=[("MCB017", "deceased_client")]),

dict(guid="mcb_psn_obit_0409_scalfano", pub="2026-04-10T06:00:00-05:00", title="Anthony Joseph Scalfano",
body="""McCOMB - Anthony Joseph Scalfano, 91, of McComb, died Wednesday, April 8, 2026, at Hospice House.

Born in Independence, La., he came to McComb in 1956 and ran Scalfano's Grocery on Delaware Avenue for 40 years. He was a member of St. Alphonsus Catholic Church and the Knights of Columbus.

He is survived by his son, Tony Scalfano (Rosemary) of McComb, who was named for him; his daughter, Gina Scalfano Lusco of Ponchatoula, La.; and six grandchildren.

He was preceded in death by his wife of 61 years, Josephine Scalfano.

A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at St. Alphonsus Catholic Church. Interment in Hollywood Cemetery.""",
gold=[("MCB006", "survivor")]),

dict(guid="mcb_psn_obit_0502_hux", pub="2026-05-04T06:00:00-05:00", title="Lorraine Fortenberry Hux",
body="""TYLERTOWN - Lorraine Fortenberry Hux, 66, of Tylertown, passed away May 2, 2026, at her home surrounded by her family.

Lorraine worked 28 years at Walthall General Hospital. She loved her flower beds, her grandbabies and Southern Miss football.

She is survived by her husband, Danny Hux; two daughters, Amber Hux Smith and Brittany Hux; her sister, Glenda Alford and husband J.R. of Summit; and four grandchildren.

She was preceded in death by her parents, Otis and Velma Fortenberry.

Services will be Wednesday at 10 a.m. at Tylertown First Baptist Church. Burial in Tylertown Cemetery.""",
gold=[("MCB013", "survivor"), ("MCB012", "survivor")]),
]

# 2. Hartwell & Quin Funeral Home (funeral-home site, HTML content:encoded)
HQF = [
dict(guid="mcb_hqf_nathaniel-sandifer", pub="2026-02-03T14:00:00-06:00", title="Nathaniel \"Nate\" Sandifer",
body="""Nathaniel "Nate" Sandifer, 82, of Liberty, Mississippi, passed away on Saturday, January 31, 2026.

Nate farmed cattle and timber on the family place east of Liberty all his life and served three terms on the Amite County Board of Supervisors.

He is survived by his wife, Verna Sandifer; his son, Lee Sandifer of Natchez; his grandson, Travis Sandifer (Kayla) of Liberty; and two great-grandchildren.

Services: Thursday, February 5, 11:00 a.m., Liberty Baptist Church. Bro. Keith Ballard officiating. Pallbearers: Percy Gatlin, Kirby Sandifer, Dale Causey, Wayne Ballard, Jody Wroten and Heath Sandifer.""",
gold=[("MCB008", "survivor"), ("MCB009", "survivor")]),

dict(guid="mcb_hqf_willie-mae-causey", pub="2026-02-19T14:00:00-06:00", title="Willie Mae Causey",
body="""Mother Willie Mae Causey, 84, of Liberty, transitioned from labor to reward on February 16, 2026.

She was a retired home health aide and a member of Hopewell M.B. Church for more than 70 years, where she served on the Mother's Board.

Left to cherish her memory: her daughter, Delphine Causey-Whitaker of Liberty; her son, Darnell Causey of Baton Rouge; a brother, James Earl Lewis of Centreville; eleven grandchildren and a host of relatives and friends.

Homegoing service: Saturday, February 21, at 11 a.m., Hopewell M.B. Church, Liberty. Rev. Alphonso Magee, eulogist.""",
gold=[("MCB007", "survivor")]),

dict(guid="mcb_hqf_mattie-dillon-hayes", pub="2026-03-12T14:00:00-05:00", title="Mattie Dillon Hayes",
body="""Mattie Dillon Hayes, 79, of McComb, passed away March 9, 2026, at Southwest Mississippi Regional Medical Center.

A retired nurse, she worked in the labor and delivery unit for 35 years and helped bring half of McComb into the world.

She is survived by her brother, Roosevelt Dillon of McComb; her daughter, Regina Hayes of Jackson; her cousin, Frances Ott of Mobile, Ala.; and three grandchildren.

Services: Saturday, March 14, at 1 p.m., St. Paul A.M.E. Church, McComb. Repast to follow in the fellowship hall.""",
gold=[]),

dict(guid="mcb_hqf_harold-lea", pub="2026-04-14T14:00:00-05:00", title="Harold Eugene Lea",
body="""Harold Eugene Lea, 90, of Osyka, died April 12, 2026.

Mr. Lea was a Korean War veteran (U.S. Army) and kept the Osyka post office for 29 years.

He is survived by his sister, Dorothy "Dot" Brumfield of Osyka; his nephew, Larry Brumfield (Renee) of Osyka; and several great-nieces and great-nephews.

He was preceded in death by his wife, Opal, and his brother, Roy Lea.

Graveside services with military honors: Thursday, April 16, at 10 a.m., Lea Cemetery, Osyka.""",
gold=[("MCB011", "survivor")]),

dict(guid="mcb_hqf_glenn-wroten", pub="2026-05-26T14:00:00-05:00", title="Glenn Allen Wroten",
body="""Glenn Allen Wroten, 67, of Gloster, passed away May 23, 2026, after a short illness.

Glenn drove a log truck for 40 years and coached Dixie Youth baseball in Gloster for longer than anyone can remember.

He is survived by his wife, Sherry Wroten; his daughter, Kayla Wroten Sandifer and her husband, Travis, of Liberty; his son, Jody Wroten of Gloster; and three grandchildren, including the newest, Waylon.

Services: Friday, May 29, 10 a.m., Gloster First Baptist Church.""",
gold=[("MCB009", "survivor"), ("MCB008", "survivor")]),
]

# 3. Greater Mount Pilgrim M.B. Church (church bulletin, bereavement notices, plain text)
GMP = [
dict(guid="mcb_gmp_bulletin_2026-02-22_bates", pub="2026-02-22T07:00:00-06:00", title="Homegoing: Sister Cora Lee Bates",
body="""Our Bereavement Ministry asks the church family to remember the family of Sister Cora Lee Bates, 86, who went home to be with the Lord on February 18.

Sister Bates is survived by her nephew, Deacon Cleveland "June" Ratliff Jr., and his wife, Sister Odessa Ratliff, who cared for her these last years; her niece, Gloria Bates of Memphis; and a host of church family.

Homegoing celebration Saturday, 11 a.m., here at Greater Mount Pilgrim, Pastor Alphonso Magee officiating. The Usher Board and Culinary Ministry will serve the repast.""",
gold=[("MCB003", "survivor"), ("MCB004", "survivor")]),

dict(guid="mcb_gmp_bulletin_2026-03-29_lampton", pub="2026-03-29T07:00:00-05:00", title="Homegoing: Brother Otis Lampton",
body="""Please keep in prayer the Lampton family. Brother Otis Lampton, 74, a faithful member of the Male Chorus, passed on March 24.

He leaves his son, Cedric Lampton (Tamika) of McComb; his granddaughter, Jasmine; his sisters, Ola Mae Lampton and Earline Weathersby of New Orleans.

Homegoing celebration Saturday, April 4, 1 p.m. Eulogist: Pastor Alphonso Magee. Hartwell & Quin in charge.""",
gold=[("MCB019", "survivor"), ("MCB020", "survivor")]),

dict(guid="mcb_gmp_bulletin_2026-06-07_magee", pub="2026-06-07T07:00:00-05:00", title="Homegoing: Mother Hattie Magee",
body="""With heavy hearts we announce the homegoing of Mother Hattie Magee, 101, the oldest member of Greater Mount Pilgrim, on June 2.

Mother Magee is survived by her son, our pastor, Rev. Alphonso Magee (Bernice) of McComb; her daughters, Eloise Magee Tate of Summit and Ruby Magee of Chicago; 14 grandchildren and too many great-grandchildren to count.

Homegoing celebration Saturday, June 13, 11 a.m. Rev. Dr. T. L. Coney of Jackson will bring the eulogy.""",
gold=[("MCB010", "survivor")]),

dict(guid="mcb_gmp_bulletin_2026-08-16_knight", pub="2026-08-16T07:00:00-05:00", title="Bereavement: Sister Bessie Holmes Knight",
body="""The church extends its sympathy to the family of Sister Bessie Holmes Knight, 80, of Magnolia, a former member of our Missionary Society, who passed August 11.

She is survived by her sister, Frances "Frankie" Ott of Magnolia; her son, Marvin Knight of Hazlehurst; and a host of nieces and nephews.

Services Saturday, 11 a.m., at Magnolia Church of God in Christ.""",
gold=[("MCB022", "survivor")]),
]

# 4. Southwest Mississippi Death Notices (brief paid notices, surname-first, plain text)
SDN = [
dict(guid="mcb_sdn_2026_0422_pittman", pub="2026-04-22T05:00:00-05:00", title="PITTMAN, Lamar",
body="""Lamar Pittman of Magnolia passed away Monday, April 20, 2026. Arrangements are pending with Hartwell & Quin Funeral Home, McComb.""",
gold=[("MCB018", "possible_deceased_client")]),

dict(guid="mcb_sdn_2026_0310_tadlock", pub="2026-03-10T05:00:00-05:00", title="TADLOCK, Hollis Wayne \"Buddy\"",
body="""MAGNOLIA - Hollis Wayne "Buddy" Tadlock, 78, of Magnolia, passed away Tuesday, March 3, 2026, at Southwest Mississippi Regional Medical Center in McComb.

Buddy was born March 11, 1948, in Pike County to the late Wayne and Inez Tadlock. He retired from the Illinois Central Railroad after 34 years and never met a stranger at the Magnolia feed store. He was a deacon at Lee's Chapel Baptist Church.

He is survived by his wife of 54 years, Earlene Reeves Tadlock of Magnolia; sons, Wade Tadlock (Misty) of Summit and Jeff Tadlock of Hammond, La.; his sister-in-law, Mary Alice Pounds of Summit; and five grandchildren.

He was preceded in death by his parents and a brother, Doyle Tadlock.

Visitation will be Thursday from 5 to 8 p.m. at Hartwell & Quin Funeral Home in McComb. Services will be Friday at 11 a.m. at Lee's Chapel Baptist Church with Bro. Danny Ray Holloway officiating. Burial will follow in Lee's Chapel Cemetery. Pallbearers will be Jimmie Ray Alford, Wade Tadlock Jr., Cody Reeves, Brent Stogner, Tyler Tadlock and Hunter Ginn.""",
gold=[]),   # later second copy of mcb_psn_obit_0303_tadlock: labelled on the earlier copy only

dict(guid="mcb_sdn_2026_0515_brumfield", pub="2026-05-15T05:00:00-05:00", title="BRUMFIELD, Dorothy Jean",
body="""Dorothy Jean Brumfield, 31, of Jackson, formerly of Osyka, died May 12, 2026. Survived by her parents, Larry and Renee Brumfield of Osyka; her husband, Andre Brumfield; a son, Micah. Services Monday, 2 p.m., Osyka Baptist Church.""",
gold=[]),

dict(guid="mcb_sdn_2026_0605_alford", pub="2026-06-05T05:00:00-05:00", title="ALFORD, Jimmie Ray",
body="""Jimmie Ray Alford, 81, of Bogalusa, La., died June 2, 2026. Retired paper mill worker. Survived by his wife of 60 years, Peggy; sons Ricky and Wayne Alford of Bogalusa. Services Saturday, 10 a.m., Richardson Funeral Home, Bogalusa.""",
gold=[]),

dict(guid="mcb_sdn_2026_0701_varnado", pub="2026-07-01T05:00:00-05:00", title="VARNADO, Ernest L.",
body="""Ernest L. Varnado, 80, of Magnolia, died June 28, 2026. Retired from the Mississippi Department of Transportation. Survived by daughter Kim Varnado of Magnolia; son Keith Varnado of Slidell, La.; three grandchildren. Preceded in death by his wife, Gloria. Services Thursday, 11 a.m., Magnolia United Methodist Church.""",
gold=[("MCB015", "survivor")]),
]
