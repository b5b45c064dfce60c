"""Obituary texts for the shv part, three house styles, each with its hand label (gold=[(client_id, role)])."""

# 1. Cypress Bend Funeral Home (Shreveport, Bossier City, Benton chapels): HTML in content:encoded.
FH = [
dict(guid="shv_cbfh_wilma-jean-pitre", pub="2026-01-12T10:15:00-06:00", title="Wilma Jean Guillory Pitre (1937 - 2026)",
body="""Wilma Jean Guillory Pitre, 88, of Shreveport, went home to be with the Lord on Friday, January 9, 2026, at Willis-Knighton South surrounded by her family.

Wilma Jean was born in Mansura, Louisiana, to the late Ulysse and Theda Guillory. She kept the books at Pitre Brothers Plumbing for forty years and never once let a Sunday dinner go by without gumbo on the stove.

She is survived by her son, Keith Pitre and wife Dana of Stonewall; her sister, Lorena (Thad) Fontenberry of Shreveport; her brother, Noel Guillory of Marksville; six grandchildren and nine great-grandchildren. She was preceded in death by her husband of 58 years, Lloyd Pitre.

A Mass of Christian Burial will be celebrated at 10 a.m. Wednesday at St. Joseph Catholic Church, Shreveport, with Father Tim Hurd as celebrant. Pallbearers will be Jacob Pitre, Austin Pitre, Marcus Oyelaran, Dale Guillory, Trey Fontenberry and Wade LaBorde.""",
gold=[("SHV002", "survivor"), ("SHV001", "survivor")]),

dict(guid="shv_cbfh_thomasina-hebert", pub="2026-02-03T09:40:00-06:00", title="Thomasina Dupuy Hebert (1948 - 2026)",
body="""Thomasina "Tommie" Dupuy Hebert, 77, of Greenwood, passed away peacefully on January 31, 2026.

Tommie taught third grade at Greenwood Elementary for thirty-one years. She loved LSU baseball, her azaleas and a good game of bourré.

Left to cherish her memory are her husband, Roland Hebert; her daughter, Michelle Hebert Sanders of Keithville; her sister, Claudette (Ambrose) St. Romain of Shreveport; and four grandchildren.

A funeral service will be held Thursday at 11 a.m. at Greenwood United Methodist Church. Scripture will be read by her longtime friend Judge Corinne Delahoussaye. Memorials may be made to the Caddo Council on Aging.""",
gold=[("SHV009", "survivor"), ("SHV008", "survivor")]),

dict(guid="shv_cbfh_everett-strother", pub="2026-02-20T14:05:00-06:00", title="Everett Lyle Strother (1935 - 2026)",
body="""Everett Lyle Strother, 90, of Benton, passed away on Tuesday, February 17, 2026, at his home on the family place off Palmetto Road.

Mr. Strother farmed cotton and later soybeans in Bossier Parish for sixty years and served two terms on the parish police jury. He was a deacon at First Baptist Church of Benton.

He is survived by his daughter, Ruby Nell Castleberry of Benton; his son, Gary Strother and wife Pam of Plain Dealing; his nephew, Hollis Vandiver of Minden; eight grandchildren and fourteen great-grandchildren. He was preceded in death by his wife, Juanita, and his son-in-law, Lonnie Castleberry.

Services will be held Saturday at 2 p.m. at First Baptist Church of Benton, Bro. Terry Nolan officiating. Interment will follow in Benton Cemetery.""",
gold=[("SHV016", "survivor")]),

dict(guid="shv_cbfh_lamar-pettaway-jr", pub="2026-03-09T11:20:00-06:00", title="Lamar Pettaway Jr. (1976 - 2026)",
body="""Lamar Pettaway Jr., 49, of Minden, departed this life on Thursday, March 5, 2026, at Minden Medical Center after a short illness.

A 1994 graduate of Minden High School, Lamar drove a truck for Webster Lumber for twenty years and coached Little Dribblers basketball every winter.

He leaves to cherish his memory his daughters, Aaliyah and Brianna Pettaway; his father, Lamar Pettaway Sr. of Minden; his sister, Denise Pettaway Williams of Shreveport; and a host of aunts, uncles, cousins and friends. He was preceded in death by his mother, Gloria Pettaway.

Homegoing services will be held at noon Saturday at Greater St. Paul Baptist Church, Minden, with interment in Minden Cemetery.""",
gold=[("SHV013", "survivor")]),

dict(guid="shv_cbfh_harlan-kingsolver", pub="2026-04-02T08:50:00-05:00", title="Harlan Wade Kingsolver (1954 - 2026)",
body="""Harlan Wade Kingsolver, 71, of Keithville, passed away Monday, March 30, 2026.

Harlan worked thirty-three years as a lineman for SWEPCO and never met a bass he could not catch on Cross Lake.

He is survived by his wife, Peggy Kingsolver; his sons, Wade Kingsolver (Crystal) and Dustin Kingsolver, all of Keithville; his brother, Bart Kingsolver of Shreveport; and four grandchildren. He was preceded in death by his grandson, BJ Kingsolver, only weeks ago.

A celebration of life will be held at 1 p.m. Saturday at the Cypress Bend chapel in Shreveport.""",
gold=[("SHV020", "survivor")]),

dict(guid="shv_cbfh_dewitt-raborn", pub="2026-04-22T10:30:00-05:00", title="Dewitt \"Dewey\" Raborn (1939 - 2026)",
body="""Dewitt "Dewey" Raborn, 86, of Haughton, passed away on Sunday, April 19, 2026, at his home with his family by his side.

Dewey was born May 27, 1939, in Sibley, Louisiana. He retired as a master sergeant after twenty-two years in the U.S. Air Force, most of them at Barksdale, and then ran the parts counter at a Bossier City tractor dealership for another twenty.

He is survived by his wife of 63 years, Opal Raborn; his daughters, Carla Raborn Dees of Haughton and Sheila Raborn of Tyler, Texas; and seven grandchildren.

Graveside services with military honors will be held at 10 a.m. Friday at Haughton Cemetery, Rev. Dennis Pratt officiating. Pallbearers will be his grandsons.""",
gold=[("SHV015", "deceased_client")]),

dict(guid="shv_cbfh_adebayo-oyelaran", pub="2026-05-14T13:10:00-05:00", title="Adebayo Oluwaseun Oyelaran (1944 - 2026)",
body="""Adebayo Oluwaseun Oyelaran, 81, of Houston, Texas, formerly of Ibadan, Nigeria, entered eternal rest on May 9, 2026.

A chemical engineer, he spent thirty years at refineries along the Gulf Coast and was a founding member of the Yoruba Community Association of Houston.

He is survived by his wife, Folasade Oyelaran of Houston; his son, Marcus (Tamika) Oyelaran of Bossier City; his daughter, Dr. Ronke Oyelaran-Price of Atlanta; and five grandchildren, including Adaeze.

A service of remembrance will be held in Houston. Local friends are invited to a memorial gathering at the Cypress Bend Bossier chapel on Sunday at 3 p.m.""",
gold=[("SHV022", "survivor")]),
]

# 2. The Red River Times, paid death notices: surname-first headings, terse, plain text.
NOTICES = [
dict(guid="shv_rrt_dn_20260217_wynnewood", pub="2026-02-17T05:00:00-06:00", title="WYNNEWOOD, Cletus Ray Sr.",
body="""WYNNEWOOD, Cletus Ray Sr., 86, of Plain Dealing, died Feb. 14, 2026. Retired from the Louisiana Army Ammunition Plant. Survived by his son, Cletus Wynnewood Jr. (Darlene) of Bossier City; daughter, Patsy Wynnewood Hale of Plain Dealing; 5 grandchildren. Preceded in death by his wife, Irma. Services 2 p.m. Thursday, Plain Dealing First Baptist Church.""",
gold=[("SHV003", "survivor")]),

dict(guid="shv_rrt_dn_20260304_kingsolver", pub="2026-03-04T05:00:00-06:00", title="KINGSOLVER, Bartholomew James \"BJ\"",
body="""KINGSOLVER, Bartholomew James "BJ," 24, of Shreveport, died Feb. 28, 2026, in a motorcycle accident. A 2020 graduate of Southwood High School and an apprentice electrician. Survived by his parents, Wade and Crystal Kingsolver of Keithville; his brother, Cody; his grandparents, Harlan and Peggy Kingsolver. Visitation 5-7 p.m. Friday, Cypress Bend Funeral Home.""",
gold=[]),

dict(guid="shv_rrt_dn_20260318_pellerin", pub="2026-03-18T05:00:00-05:00", title="PELLERIN, Mary Frances Toland",
body="""PELLERIN, Mary Frances Toland, 81, of Minden, died Sunday, March 15, 2026, at Minden Medical Center. Retired registrar of Minden High School. Preceded in death by her husband, Albert "Sonny" Pellerin. Survived by her nieces, Cheryl Toland Brice of Ruston and Anne Toland of Homer. Funeral Mass 10 a.m. Thursday, St. Paul Catholic Church, Minden.""",
gold=[("SHV004", "deceased_client")]),

dict(guid="shv_rrt_dn_20260402_zamudio", pub="2026-04-02T05:00:00-05:00", title="ZAMUDIO, Herminia Quintanilla de",
body="""ZAMUDIO, Herminia Quintanilla de, 86, of Monterrey, Nuevo León, Mexico, died March 27, 2026. Survived by her sons, Rigoberto Zamudio (Yesenia) of Bossier City and Arturo Zamudio of Monterrey; 7 grandchildren. Rosary 6 p.m. Friday, Christ the King Catholic Church, Bossier City.""",
gold=[("SHV005", "survivor"), ("SHV006", "survivor")]),

dict(guid="shv_rrt_dn_20260415_embry", pub="2026-04-15T05:00:00-05:00", title="EMBRY, Jarvis Lee",
body="""EMBRY, Jarvis Lee, 58, of Tuscaloosa, Ala., a native of Shreveport, died April 10, 2026. Survived by his wife, Loretta Embry; daughters, Kiara and Imani; his mother, Hattie Embry of Shreveport. Services in Tuscaloosa.""",
gold=[]),

dict(guid="shv_rrt_dn_20260507_dartois", pub="2026-05-07T05:00:00-05:00", title="D'ARTOIS, Lucien Paul",
body="""D'ARTOIS, Lucien Paul, 94, of Shreveport, died May 4, 2026. Longtime organist at Holy Trinity Catholic Church. Preceded in death by his wife, Jeanne. Survived by his daughter, Genevieve "Gigi" D'Artois of Shreveport; son, Paul D'Artois of Baton Rouge; 3 grandchildren. Mass 11 a.m. Saturday, Holy Trinity.""",
gold=[("SHV007", "survivor")]),

dict(guid="shv_rrt_dn_20260521_delahoussaye", pub="2026-05-21T05:00:00-05:00", title="DELAHOUSSAYE, Corinne Marie",
body="""DELAHOUSSAYE, Corinne Marie, 67, of Opelousas, died May 18, 2026. Retired nurse at Opelousas General. Survived by her husband, Wilfred; sons, Andre and Luc. Mass Tuesday, St. Landry Catholic Church, Opelousas.""",
gold=[]),

dict(guid="shv_rrt_dn_20260610_fairchild", pub="2026-06-10T05:00:00-05:00", title="FAIRCHILD, Odessa",
body="""FAIRCHILD, Odessa, of Shreveport, died June 7, 2026. Arrangements pending with Heritage Memorial Funeral Home.""",
gold=[("SHV021", "possible_deceased_client")]),
]

# 3. ArkLaTex Community & Faith Notes (church and community weekly: homegoings, sympathy notes), plain text.
COMMUNITY = [
dict(guid="shv_acf_20260108_verna-cole", pub="2026-01-08T07:00:00-06:00", title="Verna Vandiver Cole, Minden",
body="""Mrs. Verna Vandiver Cole, 72, of Minden, passed Monday, January 5, 2026, after a long illness borne with grace.

She was a member of First United Methodist Church of Minden, where she sang alto in the choir for forty years.

She is survived by her husband, Roger Cole; her brother, Hollis Vandiver of Minden; her cousin and dearest friend, Mary Frances Pellerin of Minden; and her godchildren. Services were held Wednesday at First United Methodist.""",
gold=[("SHV004", "survivor")]),

dict(guid="shv_acf_20260226_ethel-threadgill", pub="2026-02-26T07:00:00-06:00", title="Homegoing: Mother Ethel Mae Threadgill",
body="""Mother Ethel Mae Threadgill, 94, of Shreveport, a charter member of Greater Mount Olive Baptist Church, was called home on February 21, 2026.

Mother Threadgill raised six children on Jewella Avenue, cooked for every church anniversary for half a century and was the church's oldest living mother.

She leaves to cherish her memory her sons, Rev. Alonzo Threadgill (Bernice) of Shreveport and Curtis Threadgill of Dallas; her daughters, Lillie Threadgill Moore and Ernestine Threadgill; 22 grandchildren and a host of great-grandchildren.

Homegoing celebration Saturday at 11 a.m. at Greater Mount Olive, Rev. Dr. Samuel Pierce, eulogist.""",
gold=[("SHV011", "survivor"), ("SHV012", "survivor")]),

dict(guid="shv_acf_20260312_venkataraman", pub="2026-03-12T07:00:00-05:00", title="With sympathy: the Venkataraman family",
body="""The Shreveport Hindu Temple community extends its sympathy to Dr. Prakash Venkataraman and his wife Lakshmi on the death of his father, Srinivasan Venkataraman, 84, in Chennai, India, on March 8. Prayers will be offered at the temple on Sunday at 10 a.m.; all are welcome.""",
gold=[("SHV010", "survivor")]),

dict(guid="shv_acf_20260430_ollie-goudeau", pub="2026-04-30T07:00:00-05:00", title="Homegoing: Brother Ollie Goudeau",
body="""Brother Ollie James Goudeau, 83, of Shreveport, transitioned on April 24, 2026. A deacon at Greater Mount Olive Baptist Church and a retired postal carrier, he walked the same Queensborough route for thirty years.

He leaves to cherish his memory his wife, Mattie Goudeau; his daughter, Keisha Goudeau Embry and her husband, Jarvis, of Bossier City; his son, Terrence Goudeau of Houston; and seven grandchildren.

The eulogy was delivered by Rev. Alonzo Threadgill. Pallbearers were Deacons Lamar Pettaway Sr., Willie Shaw, Otis Reed and Harold Banks.""",
gold=[("SHV018", "survivor"), ("SHV017", "survivor")]),
]
