"""Obituaries for part whe, three house styles. Hand-labelled (`gold`)."""

# 1. The Valley Ledger-Register (Wheeling daily): plain text
VLR = [
dict(guid="whe_vlr_obit_2101", pub="2026-01-12T05:30:00-05:00", title="Frances T. Zambito",
body="""WHEELING - Frances Theresa Zambito, 91, of Wheeling, died Saturday, January 10, 2026, at Wheeling Hospital.

Born February 4, 1934, in Wheeling, she was a daughter of the late Salvatore and Rose (Ciccarelli) Bartolo. She was a member of St. Alphonsus Church, a retired seamstress at Stone & Thomas, and for forty years made the pizzelles for the Upper Ohio Valley Italian Festival.

She was preceded in death by her husband, Carmine Zambito, and a brother, Louis Bartolo.

Surviving are a daughter, Loretta (Dom) Petrosky of Wheeling; a son, Paul Zambito of Columbus, Ohio; five grandchildren and three great-grandchildren.

Friends will be received 2-4 and 6-8 p.m. Tuesday at Altmeyer-Nolan Funeral Home, 1400 Eoff St., Wheeling, where prayers will be said 9:30 a.m. Wednesday, followed by Mass of Christian Burial at 10 a.m. at St. Alphonsus Church with the Rev. Vincent Ruzzi as celebrant. Burial in Mount Calvary Cemetery.""",
gold=[("WHE002", "survivor"), ("WHE001", "survivor")]),

dict(guid="whe_vlr_obit_2102", pub="2026-03-09T05:30:00-05:00", title="Bernadine F. Zitko",
body="""FOLLANSBEE - Bernadine Frances "Bernie" Zitko, 86, of Follansbee, passed away Saturday, March 7, 2026, at her home.

She was born April 2, 1939, in Follansbee, a daughter of the late Frank and Agnes Hornick. Bernie retired from Follansbee Steel after 31 years in the payroll office, was a member of St. Anthony Church and its Altar and Rosary Society, and never missed a Brooke High home football game.

She was preceded in death by her husband, Stanley Zitko, in 2011; a brother, Frank Hornick Jr.; and a sister, Theresa Kuzma.

Surviving are her nieces, Theodora "Teddi" Marple and her husband Gary of Wellsburg and Carol Hornick of Steubenville, Ohio; and her nephew, Mark Kuzma of Raleigh, N.C.

Friends will be received 4-7 p.m. Tuesday at Chambers & James Funeral Home, Follansbee. Mass of Christian Burial will be celebrated 10 a.m. Wednesday at St. Anthony Church with the Rev. Dennis Schuelkens as celebrant.""",
gold=[("WHE011", "deceased_client"), ("WHE008", "survivor")]),

dict(guid="whe_vlr_obit_2103", pub="2026-02-16T05:30:00-05:00", title="Joseph M. Kovalchick",
body="""WEIRTON - Joseph Michael Kovalchick, 84, of Weirton, died Saturday, February 14, 2026, at Weirton Medical Center.

Born July 1, 1941, in Weirton, he was a son of the late Michael and Anna Kovalchick. Joe retired from Weirton Steel's tin mill after 39 years, was a member of Sacred Heart of Mary Church and the Slovak Club, and was a past president of the Weirton Heights Volunteer Fire Department.

He was preceded in death by his wife, Dorothy (Sabo) Kovalchick, and a brother, Andrew.

Surviving are a son, Michael Kovalchick of Hookstown, Pa.; a sister, Helen Wojtaszek and her husband Casey of Weirton; and several nieces and nephews.

Friends will be received 2-7 p.m. Tuesday at Greco-Hertnick Funeral Home, Weirton. Pallbearers will be Ignatius Mroczek, Steven Sabo, Thomas Sabo, Daniel Kovalchick, Ron Yurko and David Kiska.""",
gold=[("WHE004", "survivor"), ("WHE003", "survivor")]),

dict(guid="whe_vlr_obit_2104", pub="2026-04-20T05:30:00-04:00", title="Lukas J. Hupp",
body="""VALLEY GROVE - Lukas James "Luke" Hupp, 19, of Valley Grove, died unexpectedly Friday, April 17, 2026, as the result of an automobile accident.

He was born September 3, 2006, in Wheeling, a son of Dale and Sherry (Bowers) Hupp of Valley Grove. Luke was a 2024 graduate of Wheeling Park High School, where he wrestled, and was studying diesel technology at West Virginia Northern Community College.

In addition to his parents, he is survived by his sister, Kaylee Hupp; his grandparents, Robert and Nancy Bowers of West Alexander, Pa.; and his girlfriend, Brianna Kimble.

Friends will be received 3-8 p.m. Wednesday at Kepner Funeral Home, Elm Grove, where services will be held 11 a.m. Thursday with Pastor Jeremy Lusk officiating.""",
gold=[]),

dict(guid="whe_vlr_obit_2105", pub="2026-05-04T05:30:00-04:00", title="Irene L. Marple",
body="""WELLSBURG - Irene Louise Marple, 88, of Wellsburg, died Sunday, May 3, 2026, at Brooke Hills Health Care.

She was born in Bethany, a daughter of the late Homer and Edna Cline. Irene was a cook at Wellsburg Middle School for 27 years and a member of the Wellsburg First Christian Church.

She was preceded in death by her husband, Harold Marple.

She is survived by her son, Gary (Theodora) Marple of Wellsburg; her daughter, Linda Rine of Colliers; four grandchildren; and six great-grandchildren.

Services will be held 1 p.m. Thursday at Tri-State Funeral Home, Wellsburg. Burial in Franklin Cemetery.""",
gold=[("WHE008", "survivor")]),

dict(guid="whe_vlr_obit_2106", pub="2026-06-01T05:30:00-04:00", title="Mary Beth Haught",
body="""PARKERSBURG - Mary Beth Haught, 76, of Parkersburg, died Friday, May 29, 2026, at Camden Clark Medical Center.

Born in Parkersburg, she was a daughter of the late Lloyd and Virginia Stull. She retired as a teller from United Bank and was a member of Broadway Baptist Church.

She is survived by her husband of 54 years, Ronald Haught; two sons, Jeff and Brian Haught, both of Vienna; and four grandchildren.

Services will be held at Leavitt Funeral Home, Parkersburg, at 11 a.m. Tuesday.""",
gold=[]),

dict(guid="whe_vlr_obit_2107", pub="2026-07-13T05:30:00-04:00", title="Chrysoula Pappas",
body="""WEIRTON - Chrysoula "Soula" Pappas, 90, of Weirton, fell asleep in the Lord on Saturday, July 11, 2026.

She was born on the island of Chios, Greece, and came to Weirton in 1956 with her husband, the late Nikolaos Pappas, who worked thirty years at the Weirton Steel blooming mill. She was a lifelong member of All Saints Greek Orthodox Church and its Philoptochos Society.

She is survived by her daughter, Eleni (Steve) Kondilis of Weirton; her son, George Pappas of Canonsburg, Pa.; six grandchildren and two great-grandchildren.

A Trisagion service will be held 7 p.m. Monday at Steel Valley Funeral Home, Weirton. Funeral service 10 a.m. Tuesday at All Saints Greek Orthodox Church, Father Dimitrios Kounalis officiating. May her memory be eternal.""",
gold=[("WHE010", "survivor"), ("WHE009", "survivor")]),
]

# 2. Kestrel-Hanna Funeral Homes (Moundsville, New Martinsville): HTML in content:encoded, permalink guids
KHFH = [
dict(guid="whe_khfh_harlan-d-shreve", pub="2026-02-03T14:10:00-05:00", title="Harlan Dale Shreve (1944 - 2026)",
body="""Harlan Dale Shreve, 82, of New Martinsville, passed away peacefully on Sunday, February 1, 2026, surrounded by his family.

Harlan was born January 19, 1944, in Paden City, a son of the late Cecil and Ruby Shreve. He coached junior-high football and taught industrial arts at Magnolia High School for 34 years, and served in the U.S. Army in Germany.

He is survived by his wife of 58 years, Opal (Wade) Shreve; a son, Darrell Shreve of Sistersville; a daughter, Kim Lemasters of New Martinsville; and five grandchildren.

Visitation will be held Thursday from 4 to 8 p.m. at Kestrel-Hanna Funeral Home, New Martinsville. The funeral will be Friday at 11 a.m., with Pastor Wayne Doty officiating. Burial in Northview Cemetery with military honors.""",
gold=[("WHE012", "deceased_client"), ("WHE013", "spouse_of_deceased_client")]),

dict(guid="whe_khfh_virgil-l-ruckman-sr", pub="2026-03-23T15:00:00-04:00", title="Virgil Lee Ruckman Sr. (1932 - 2026)",
body="""Virgil Lee Ruckman Sr., 93, of Moundsville, went home to be with his Lord on Saturday, March 21, 2026.

He was born in Cameron, the son of the late Elmer and Ada Ruckman. Virgil worked at the Allied Chemical plant for 36 years and was a member of Simpson United Methodist Church and Moundsville Moose Lodge.

He was preceded in death by his wife, Betty Ruckman, and a daughter, Patricia.

He is survived by his son, Virgil Ruckman Jr. (Darla) of Moundsville; four grandchildren; and seven great-grandchildren.

Friends will be received Tuesday 2-4 and 6-8 p.m. at Kestrel-Hanna Funeral Home, Moundsville, where services will be held Wednesday at 11 a.m. with the Rev. Alan Stoops officiating.""",
gold=[("WHE006", "survivor"), ("WHE007", "survivor")]),

dict(guid="whe_khfh_earl-w-yoho", pub="2026-04-27T16:20:00-04:00", title="Earl Wayne Yoho (1938 - 2026)",
body="""Earl Wayne Yoho, 87, of Glen Dale, died Friday, April 24, 2026, at Reynolds Memorial Hospital.

Earl was born in Proctor, a son of the late Clarence and Minnie Yoho. He farmed on Fish Creek, drove a school bus for Marshall County Schools for 22 years and was a member of the Glen Dale Church of the Nazarene.

He was preceded in death by his wife, Wilma (Blatt) Yoho.

Surviving are his daughter, Darla Ruckman and her husband Virgil of Moundsville; his brother-in-law, Gerald "Jerry" Blatt of Glen Dale; two grandsons; and a great-granddaughter.

Services will be held at 1 p.m. Thursday at Kestrel-Hanna Funeral Home, Moundsville, with Pastor Rick Ewing officiating. Burial in Riverview Cemetery.""",
gold=[("WHE007", "survivor"), ("WHE006", "survivor")]),

dict(guid="whe_khfh_anna-maria-fabbro", pub="2026-05-18T13:45:00-04:00", title="Anna Maria Fabbro (1931 - 2026)",
body="""Anna Maria Fabbro, 94, of Benwood, died Saturday, May 16, 2026, at Good Shepherd Nursing Home.

She was born in Friuli, Italy, and came to Benwood as a girl in 1947. She worked at the Wheeling-Pittsburgh Steel office, was a member of St. John Church in Benwood, and was famous along Marshall Street for her gnocchi.

She was preceded in death by her husband, Primo Fabbro, and a son, Aldo.

Surviving are her son, Renzo Fabbro of Benwood; and her granddaughter, Anna Maria Fabbro of Benwood, who was named for her.

Mass of Christian Burial will be celebrated Wednesday at 10 a.m. at St. John Church, Benwood.""",
gold=[("WHE014", "survivor")]),

dict(guid="whe_khfh_wilma-j-haught", pub="2026-06-22T12:30:00-04:00", title="Wilma Jean Haught (1928 - 2026)",
body="""Wilma Jean Haught, 97, of Moundsville, passed away on Sunday, June 21, 2026, at Golden LivingCenter.

She was born in Limestone, a daughter of the late Otis and Pearl Fish. Wilma was a charter member of the Limestone Grange and taught Sunday school at Limestone Methodist Church for fifty years.

She was preceded in death by her husband, Russell Haught, and her son, Donald Haught.

Surviving are her daughter-in-law, Mary Beth Haught of Moundsville; two grandchildren; and several nieces and nephews.

Graveside services will be held Thursday at 10 a.m. at Limestone Cemetery.""",
gold=[("WHE005", "survivor")]),

dict(guid="whe_khfh_clyde-r-sine", pub="2026-08-10T11:00:00-04:00", title="Clyde Robert Sine (1945 - 2026)",
body="""Clyde Robert Sine, 80, of McMechen, died Saturday, August 8, 2026, at his home.

Born in McMechen, he was a son of the late Robert and Goldie Sine. Clyde was a lineman for Monongahela Power for 33 years, a Vietnam veteran and a member of McMechen American Legion Post 81.

He was preceded in death by his wife, Shirley.

He is survived by his daughter, Carla Jean (Rodney) Estep of McMechen; a son, Travis Sine of Cameron; and three grandchildren.

Services will be held Wednesday at 11 a.m. at Kestrel-Hanna Funeral Home, Moundsville, with the Rev. Tim Heldreth officiating.""",
gold=[("WHE022", "survivor")]),
]

# 3. Weirton Daily Star paid death notices: brief, surname-first headings
WDN = [
dict(guid="whe_wdn_5501", pub="2026-03-31T06:00:00-04:00", title="FONNER, Raymond",
body="""FONNER, Raymond, of Wheeling, died Sunday, March 29, 2026. Arrangements are by Bauknecht-Altmeyer Funeral Home, Wheeling. A full obituary will appear later.""",
gold=[("WHE017", "possible_deceased_client")]),

dict(guid="whe_wdn_5502", pub="2026-04-06T06:00:00-04:00", title="HRABOVSKY, Michael J.",
body="""HRABOVSKY, Michael J., 79, of Weirton, died April 4, 2026. Retired Weirton Steel. Brother of Dolores Mroczek (Iggy) of Weirton and the late John Hrabovsky. Friends received 2-6 p.m. Wednesday at Greco-Hertnick Funeral Home, Weirton. Parastas 6 p.m.; funeral Thursday, St. Joseph the Worker Church.""",
gold=[("WHE020", "survivor"), ("WHE019", "survivor")]),

dict(guid="whe_wdn_5503", pub="2026-02-17T06:00:00-05:00", title="KOVALCHICK, Joseph M.",
body="""KOVALCHICK, Joseph Michael, 84, of Weirton, died Saturday, February 14, 2026. Retired Weirton Steel tin mill, member Sacred Heart of Mary Church. Preceded in death by his wife Dorothy (Sabo). Survived by son Michael of Hookstown, Pa., and sister Helen Wojtaszek (Casey) of Weirton. Friends received 2-7 p.m. Tuesday, Greco-Hertnick Funeral Home, Weirton.""",
gold=[]),  # second copy of whe_vlr_obit_2103: labelled on the earlier copy only

dict(guid="whe_wdn_5504", pub="2026-05-26T06:00:00-04:00", title="STIDD, Harold E.",
body="""STIDD, Harold E., 71, of Steubenville, Ohio, died May 24, 2026. Retired from Titanium Metals. Father of Jolene Stidd of Chester, W.Va., and Kevin Stidd of Toronto, Ohio. Services Friday 11 a.m., Clarke Funeral Home, Steubenville.""",
gold=[("WHE018", "survivor")]),

dict(guid="whe_wdn_5505", pub="2026-06-15T06:00:00-04:00", title="WOJTASZEK, Casimir J.",
body="""WOJTASZEK, Casimir J., 58, of Pittsburgh, Pa., died June 12, 2026. Beloved husband of Jennifer (Reilly) Wojtaszek; father of Emma and Jack. Mass Thursday 10 a.m., St. Raphael Church, Morningside.""",
gold=[]),

dict(guid="whe_wdn_5506", pub="2026-09-08T06:00:00-04:00", title="GORBY, Phyllis A.",
body="""GORBY, Phyllis A., 88, of New Cumberland, died September 6, 2026. Mother of Wendell Gorby (Sharon) of New Cumberland and Linda Householder of Chester. Preceded in death by husband Ray Gorby, founder of Gorby's Hardware. Services Thursday, Chapman Funeral Home, New Cumberland.""",
gold=[("WHE021", "survivor")]),
]

ITEMS = VLR + KHFH + WDN
