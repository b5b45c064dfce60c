"""Obituaries for the gsp part, three house styles, each text with its hand label (gold=[(client_id, role)])."""

# 1. Reedy River Funeral Home & Crematory (Greenville, Greer, Simpsonville chapels): funeral-home RSS,
#    one-sentence description, HTML in content:encoded.
RRFH = [
dict(guid="gsp_rrfh_gerald-wayne-stepp", pub="2026-02-02T10:15:00-05:00", title="Gerald Wayne Stepp (1991 - 2026)",
body="""Gerald Wayne Stepp, 34, of Mauldin, passed away unexpectedly on Friday, January 30, 2026.

Born in Greenville, he was the son of Ronnie and Debra Stepp. Gerald was a lineman for Laurens Electric Cooperative and never met a storm outage he would not drive toward. He loved Clemson football, his bird dog Tucker and above all his daughter, Addison.

He is survived by his parents, Ronnie and Debra Stepp of Mauldin; his daughter, Addison Stepp; his sister, Kristen Stepp Varner (Cody) of Simpsonville; his grandmother, Louise Stepp; and his uncle and namesake, Jerry Stepp (Brenda) of Mauldin, who taught him to fish Lake Greenwood.

The funeral will be held at 2 p.m. Wednesday in the Simpsonville chapel, with burial at Graceland East Memorial Park.""",
# GSP016 Gerald "Jerry" Stepp, Mauldin, b.1957, wife Brenda: the uncle (survivor), not the 34-year-old deceased.
gold=[("GSP016", "survivor")]),

dict(guid="gsp_rrfh_ruford-lee-gilstrap", pub="2026-03-09T09:40:00-04:00", title="Ruford Lee \"Ru\" Gilstrap (1941 - 2026)",
body="""Ruford Lee "Ru" Gilstrap, 85, of Travelers Rest, went home to be with the Lord on Saturday, March 7, 2026, at Prisma Health Greenville Memorial Hospital.

Born February 11, 1941, in Marietta, S.C., he was a son of the late Claude and Ila Gilstrap. Ru ran Gilstrap's Tire & Alignment on Geer Highway for forty-one years and was a deacon of North Greenville Baptist Church. He could still tell you the price of a retread in 1968.

He is survived by his wife of 62 years, Opal Pittman Gilstrap; his sons, Dwayne Gilstrap (Sherry) of Marietta and Keith Gilstrap of Landrum; six grandchildren; and a sister, Fay Rampey of Slater.

Services will be held at 11 a.m. Wednesday at North Greenville Baptist Church. Pallbearers will be his grandsons and Ellison Thackston, Harlan Jeter and Mack Tollison. Memorials may be made to the Gideons International.""",
# GSP004: name, town, birth date (= roster) and roster spouse Opal all agree. GSP022 Thackston is a pallbearer: nothing.
gold=[("GSP004", "deceased_client")]),

dict(guid="gsp_rrfh_henrietta-prioleau-dubose", pub="2026-03-20T14:05:00-04:00", title="Henrietta Prioleau DuBose (1935 - 2026)",
body="""Henrietta Prioleau "Etta" DuBose, of Greenville, entered into eternal rest on Tuesday, March 17, 2026, at her residence on East McBee Avenue.

Mrs. DuBose was born June 4, 1935, in Charleston, a daughter of the late Rev. Isaac and Mamie Prioleau. She taught English at Sterling High School and later at Greenville High for thirty-six years, and she corrected the grammar of the church bulletin every Sunday until last Christmas. She was the widow of the late Lucius DuBose.

She leaves to cherish her memory her nieces, Gwendolyn Prioleau Hart of North Charleston and Renee Prioleau of Atlanta; a goddaughter, Simone Gadsden of Columbia; and a host of former students.

A celebration of life will be held Saturday at 1 p.m. at Springfield Baptist Church. The Rev. Wilburn Satterfield, a longtime friend from the Greenville Interfaith Literacy Council, will bring words of comfort.""",
# GSP017: name + town + birth date June 4, 1935 (= roster) + maiden Prioleau. No roster spouse.
# GSP012 Satterfield speaks at the service: nothing.
gold=[("GSP017", "deceased_client")]),

dict(guid="gsp_rrfh_roy-dean-bagwell", pub="2026-04-14T11:20:00-04:00", title="Roy Dean Bagwell (1958 - 2026)",
body="""Roy Dean Bagwell, 67, of Easley, died Sunday, April 12, 2026, at Baptist Easley Hospital after a long illness.

Roy worked thirty years at the Easley bleachery and twenty more driving a school bus for Pickens County, and he kept every child's name in his head. He was a member of Rock Springs Baptist Church.

Surviving are his wife, Darlene Bagwell; his son, Travis Bagwell of Liberty; his sisters, Cindy Bagwell Gambrell of Powdersville and Faye Bagwell Owens of Pelzer; and his cousin, Kitsy Huffstetler of Greenville. He was predeceased by his parents, Otis and Mattie Bagwell.

Funeral services will be held 3 p.m. Thursday at Rock Springs Baptist Church.""",
# GSP021 Lucinda "Cindy" Gambrell, maiden Bagwell, roster Piedmont (Powdersville is next door): survivor.
# GSP013 Kathryn "Kitsy" Huffstetler is do_not_contact: nothing.
gold=[("GSP021", "survivor")]),

dict(guid="gsp_rrfh_velma-ruth-gosnell", pub="2026-05-05T09:10:00-04:00", title="Velma Ruth Gosnell (1937 - 2026)",
body="""Velma Ruth Cox Gosnell, 88, of Greer, went to be with her Savior on Sunday, May 3, 2026, at the Greer Rehabilitation Center.

A native of Tigerville, she was married 58 years to the late Harvey Gosnell, worked in the weave room at Victor Mill and kept the nursery at Washington Baptist Church for four decades.

She is survived by her daughter, Lavonne (Neely) Brissey of Greer; her son, Curtis Gosnell of Lyman; five grandchildren; and nine great-grandchildren.

The family will receive friends from 5 to 7 p.m. Tuesday at the Greer chapel. The funeral will be at 11 a.m. Wednesday, with the Rev. Alan Hightower officiating.""",
# Lavonne (maiden Gosnell) and her husband, roster Cornelius "Neely" Brissey Jr.
gold=[("GSP002", "survivor"), ("GSP001", "survivor")]),

dict(guid="gsp_rrfh_dewitt-ballenger-jr", pub="2026-06-10T16:00:00-04:00", title="Dewitt \"Dee\" Ballenger Jr. (1976 - 2026)",
body="""Dewitt "Dee" Ballenger Jr., 49, of Spartanburg, passed away Monday, June 8, 2026.

Dee graduated from Dorman High School and Wofford, coached youth baseball at Duncan Park for fifteen summers and ran the parts counter at Hub City Ford.

He is survived by his wife, Angela; his sons, Tyler and Brody; and his parents, Dewitt Ballenger Sr. and Corrine Ballenger of Spartanburg.

A memorial service will be held at 4 p.m. Friday at First Presbyterian Church, Spartanburg.""",
# GSP009 "Ballenger Sr." (b.1950, wife Corrine) is the father: survivor; the 49-year-old Jr. is not him.
gold=[("GSP009", "survivor")]),

dict(guid="gsp_rrfh_estelle-pruitt", pub="2026-07-01T10:30:00-04:00", title="Estelle Pruitt (1932 - 2026)",
body="""Estelle Hawkins Pruitt, 93, of Fountain Inn, died Monday, June 29, 2026.

Born in Laurens County, she was the widow of Clyde Pruitt and a charter member of Fairview Methodist Church. She canned more tomatoes than anyone in the county could count.

She is survived by her daughter, JoNell Southerlin and her husband Harold of Fountain Inn; a son, Larry Pruitt of Gray Court; and six grandchildren, among them Kimberly Pruitt Hembree of Simpsonville.

Graveside services will be held at 10 a.m. Thursday at Fairview Cemetery. Pallbearers: Boone Hembree, Josh Pruitt, Tanner Pruitt and Dale Southerlin.""",
# GSP014 Jo Nell Southerlin (maiden Pruitt, husband Harold): survivor. GSP020 Boone Hembree is a pallbearer: nothing
# (his roster wife is Tara; Kimberly Pruitt Hembree is someone else).
gold=[("GSP014", "survivor")]),
]

# 2. The Piedmont Courier: paid death notices, surname-first headings, terse plain text.
PC = [
dict(guid="gsp_pc_dn_260220_tankersley", pub="2026-02-20T05:30:00-05:00", title="TANKERSLEY, Mary Alice",
body="""TANKERSLEY, Mary Alice Crump, 91, of Toccoa, Ga., died Feb. 17, 2026. Survived by son, Roger Tankersley of Toccoa; daughter, Anita Tankersley Bragg of Clayton, Ga. Services Saturday at Acree-Davis Funeral Home, Toccoa.""",
# GSP003 Mary Alice Tankersley is 77 and lives in Taylors: a namesake elsewhere, different age. Nothing.
gold=[]),

dict(guid="gsp_pc_dn_260311_gilstrap", pub="2026-03-11T05:30:00-04:00", title="GILSTRAP, Ruford Lee \"Ru\"",
body="""GILSTRAP, Ruford Lee "Ru", 85, of Travelers Rest, husband of Opal Pittman Gilstrap, died March 7, 2026. Funeral 11 a.m. today, North Greenville Baptist Church. Reedy River Funeral Home, Travelers Rest.""",
# a later second copy of the Reedy River obituary: labelled on the earlier copy only.
gold=[]),

dict(guid="gsp_pc_dn_260402_kothandaraman", pub="2026-04-02T05:30:00-04:00", title="KOTHANDARAMAN, Lakshmi",
body="""KOTHANDARAMAN, Lakshmi, 84, of Spartanburg, formerly of Coimbatore, India, died March 31, 2026. Wife of the late K. S. Kothandaraman. Survived by son, Dr. Raghunath "Raghu" Kothandaraman (Priya) of Spartanburg; daughter, Vasanthi Iyengar of Edison, N.J.; four grandchildren. Prayers Thursday 10 a.m. at J.F. Floyd Mortuary, Spartanburg.""",
gold=[("GSP007", "survivor")]),

dict(guid="gsp_pc_dn_260427_anozie", pub="2026-04-27T05:30:00-04:00", title="ANOZIE, Chief Emmanuel Obiora",
body="""ANOZIE, Chief Emmanuel Obiora, 79, of Nnewi, Anambra State, Nigeria, died April 9, 2026. Retired headmaster. Survived by wife, Lolo Theresa Anozie; sons, Ifeanyi (Ngozi) Anozie of Greer, S.C., and Chukwudi Anozie of Houston; daughter, Adaeze Obi of Lagos. A service of songs will be held Saturday at 5 p.m. at St. Mary Magdalene Catholic Church, Simpsonville.""",
gold=[("GSP018", "survivor"), ("GSP019", "survivor")]),

dict(guid="gsp_pc_dn_260518_mcabee", pub="2026-05-18T05:30:00-04:00", title="McABEE, Earline",
body="""McABEE, Earline, of Inman, died May 16, 2026. Arrangements by Holly Springs Mortuary, Inman.""",
# GSP008 Earline "Tootie" McAbee of Inman: name and town only, no age, no survivors. Possible, not corroborated.
gold=[("GSP008", "possible_deceased_client")]),

dict(guid="gsp_pc_dn_260609_villasenor", pub="2026-06-09T05:30:00-04:00", title="VILLASEÑOR RUELAS, Refugio",
body="""VILLASEÑOR RUELAS, Refugio, 80, of Greenville, formerly of Tepatitlán, Jalisco, died June 6, 2026. Survived by wife, María Ruelas; sons, Teodoro Villaseñor (Ximena) of Greenville and Abel Villaseñor of Anderson; seven grandchildren. Rosary 7 p.m. Thursday and Mass 10 a.m. Friday at St. Anthony of Padua Catholic Church.""",
# GSP006 Teodoro Villaseñor Ruelas (one part of the compound surname) and his wife GSP005 Ximena (in-law by parentheses).
gold=[("GSP006", "survivor"), ("GSP005", "survivor")]),

dict(guid="gsp_pc_dn_260714_stepp", pub="2026-07-14T05:30:00-04:00", title="STEPP, Gerald L. \"Jerry\"",
body="""STEPP, Gerald L. "Jerry", 68, of Asheville, N.C., died July 11, 2026. Retired from the Asheville Fire Department. Survived by wife of 45 years, Sharon Stepp; daughters, Megan Stepp Rice and Laura Stepp. Service Saturday at Groce Funeral Home on Tunnel Road, Asheville.""",
# GSP016 Gerald "Jerry" Stepp is 68 but lives in Mauldin and his wife is Brenda: a namesake 100 km away. Nothing.
gold=[]),
]

# 3. Upstate Church & Community Record: church/community weekly (Greer, Inman, Landrum, Spartanburg):
#    "Promoted to Glory" / homegoing notices, plain text.
UCR = [
dict(guid="gsp_ucr_260213_otis-whitmire", pub="2026-02-13T07:00:00-05:00", title="Homegoing: Deacon Otis Whitmire",
body="""Deacon Otis Whitmire, 81, of Spartanburg, was called home on February 9, 2026. A retired brick mason, Deacon Whitmire laid the cornerstone of Mount Moriah Baptist Church's fellowship hall with his own hands.

He leaves his wife of 55 years, Mother Evelyn Whitmire; three sons, Cedric, Marcus and Otis Jr.; and a host of grandchildren.

The homegoing service was held February 12 at Mount Moriah. Eulogist: Rev. Dr. Clarence Means. Scripture was read by Sister Earline McAbee. Pallbearers: Darnell Foxworth, Keon Whitmire, Jamal Whitmire, Andre Means.""",
# GSP008 McAbee reads scripture, GSP011 Darnell Foxworth is a pallbearer: nothing.
gold=[]),

dict(guid="gsp_ucr_260325_cornelius-brissey-sr", pub="2026-03-25T07:00:00-04:00", title="Promoted to Glory: Cornelius Brissey Sr., 97",
body="""Cornelius Wade Brissey Sr., 97, of Landrum, was promoted to glory on March 21, 2026, at the Landrum home where he was born.

A veteran of the Korean War and a peach grower for sixty years, Brother Brissey taught the men's Sunday school class at Landrum First Baptist from 1961 until his eyesight failed.

He is survived by his son, Cornelius Brissey Jr. and wife Lavonne of Greer; a daughter, Frances Brissey Howard of Campobello; four grandchildren and eight great-grandchildren. He was preceded in death by his wife, Inez.

Funeral was held Tuesday at Landrum First Baptist Church.""",
# the father of GSP001 (Brissey Jr.); the son and his wife Lavonne (GSP002) survive. Not GSP001's death (97, Sr., Landrum).
gold=[("GSP001", "survivor"), ("GSP002", "survivor")]),

dict(guid="gsp_ucr_260402_hattie-littlejohn", pub="2026-04-02T07:00:00-04:00", title="Homegoing: Mother Hattie Bell Littlejohn",
body="""Mother Hattie Bell Littlejohn, 90, of Cowpens, departed this life on March 28, 2026. She was a mother of Greater St. James AME Church for fifty years and cooked the Pastor's Anniversary dinner thirty-one times.

She leaves to cherish her memory two daughters, Shameka L. Foxworth (Darnell) of Spartanburg and Yolanda Littlejohn of Charlotte; a son, Bernard Littlejohn of Gaffney; eleven grandchildren; and a host of nieces, nephews and church family.

Homegoing celebration: Saturday, 11 a.m., Greater St. James AME Church. Eulogist: Rev. Tamika Sims.""",
# GSP010 Shameka Foxworth (maiden Littlejohn) and her husband GSP011 Darnell.
gold=[("GSP010", "survivor"), ("GSP011", "survivor")]),

dict(guid="gsp_ucr_260506_thomas-hembree", pub="2026-05-06T07:00:00-04:00", title="In Loving Memory: Thomas Wade Hembree",
body="""Thomas Wade Hembree, 78, of Simpsonville, passed from this life May 2, 2026. Tommy sang bass in the Jubilee Quartet at Standing Springs Baptist for forty years.

He is survived by his son, Boone Hembree and wife Tara of Simpsonville; his granddaughter, Kaylee Hembree; and his brother, Harlan Hembree of Fountain Inn. He was preceded in death by his wife, Margie.

Service Wednesday, 2 p.m., Standing Springs Baptist Church.""",
gold=[("GSP020", "survivor")]),

dict(guid="gsp_ucr_260603_ruth-oshields", pub="2026-06-03T07:00:00-04:00", title="Promoted to Glory: Ruth Anne O'Shields",
body="""Ruth Anne O'Shields, 86, of Chesnee, went to her heavenly home May 30, 2026. Mrs. O'Shields kept the books for the family packing shed for fifty years and never once balanced them in pencil.

She is survived by her sons, Lanier O'Shields of Boiling Springs and Marty O'Shields of Chesnee; a sister, Wilma Lancaster; and seven grandchildren.

Funeral was held June 2 at Mount Zion Baptist Church, Chesnee, with Rev. Wilburn Satterfield officiating.""",
# GSP015 "OShields" (apostrophe dropped by the CRM), Boiling Springs: survivor. GSP012 officiates: nothing.
gold=[("GSP015", "survivor")]),
]

FEEDS = {"rrfh": RRFH, "pc": PC, "ucr": UCR}
