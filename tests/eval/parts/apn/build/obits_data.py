"""Obituaries for the `apn` part, in four house styles. Each item has its hand label (`gold=`) beside it.

TBC  = Thunder Bay Courier (daily newspaper, Alpena): plain-text description, "Name, age, of Town" titles.
NOT  = Huron Shore Shopper paid death notices: terse, surname-first.
BCFH = Bannister-Cleary Funeral Homes (Alpena, Rogers City and Oscoda chapels): HTML in content:encoded.
SCB  = Sts. Casimir & Hyacinth Parish (Posen) weekly bulletin, "Remember in Prayer": plain text.
"""

PRZYBYLSKI = """Leonard J. "Len" Przybylski, 84, of Alpena, died Monday, January 5, 2026, at MyMichigan Medical Center Alpena, surrounded by his family.

Len was born February 11, 1941, in Alpena, the son of the late Walter and Sophie (Majewski) Przybylski. He graduated from Alpena High School in 1959 and worked 38 years at the Abitibi hardboard plant, retiring as a shift foreman. On June 26, 1965, he married Dolores Grabowski at St. Anne Catholic Church; she survives.

Len was a member of St. Anne's, the Polish Falcons Nest 518 and the Alpena Sportsmen's Club. He never missed a walleye opener on the Thunder Bay River and never once admitted to being skunked.

Surviving are his wife of 60 years, Dolores (Grabowski) Przybylski; his sons, Mark (Julie) Przybylski of Alpena and Thomas (Renee) Przybylski of Midland; his daughter, Carol (Dennis) Mischley of Ossineke; seven grandchildren; and a sister, Irene Kaczmarek of Posen. He was preceded in death by his brothers, Edmund and Chester.

Mass of Christian Burial will be celebrated at 11 a.m. Saturday at St. Anne Catholic Church, with the Rev. Pawel Nowak officiating. Burial in Holy Cross Cemetery. Pallbearers will be Casey Szymanski, Adam Przybylski, Nathan Mischley, Jake Przybylski, Ryan Mischley and Luke Przybylski. Arrangements by Bannister-Cleary Funeral Home, Alpena."""

TBC = [
dict(guid="apn_tbc_obit_0101", pub="2026-01-08T06:00:00-05:00", title="Leonard J. Przybylski, 84, of Alpena",
body=PRZYBYLSKI,
gold=[("APN003", "deceased_client"), ("APN004", "spouse_of_deceased_client")]),

dict(guid="apn_tbc_obit_0102", pub="2026-01-20T06:00:00-05:00", title="Gerald A. Duchene Sr., 79, of Oscoda",
body="""Gerald Arthur Duchene Sr., 79, of Oscoda, passed away January 16, 2026, at his home on the AuSable.

Jerry was born in Bay City in 1946 and came to Oscoda in 1968 as an aircraft mechanic at Wurtsmith Air Force Base. When the base closed in 1993 he stayed, opened Duchene Small Engine on F-41 and fixed every outboard motor between Greenbush and Tawas at least twice.

He is survived by his son, Gerald "Gerry" Duchene Jr. and his wife Tammy of Oscoda; his daughter, Renee Pelletier of Saginaw; five grandchildren, including Brady and Cole Duchene; and his brother, Lionel Duchene of Essexville. He was preceded in death by his wife, Marlene, in 2019.

A funeral service will be held Friday at Oscoda United Methodist Church with Pastor Dean Whitcomb officiating. Interment will be in Pinecrest Cemetery in the spring."""
, gold=[("APN006", "survivor"), ("APN007", "survivor")]),

dict(guid="apn_tbc_obit_0103", pub="2026-02-03T06:00:00-05:00", title="Wayne Allen Bouchey, 24, of Hillman",
body="""Wayne Allen Bouchey, 24, of Hillman, died unexpectedly Thursday, January 29, 2026, as the result of a snowmobile accident near Avery Lake.

Wayne was born June 2, 2001, in Alpena and graduated from Hillman High School in 2019, where he wrestled at 160 pounds and never let anyone forget his two regional titles. He worked for Montmorency County Road Commission and was training as a lineman.

He is survived by his parents, Rick and Shelly Bouchey of Hillman; his sister, Kayla Bouchey of Gaylord; his grandparents, Wayne and Judy Bouchey of Hillman, for whom he was named, and Doris Perrault of Atlanta; and his girlfriend, Madison Kreft.

Visitation will be at Hillman Community Center Sunday from 1 to 5 p.m., with a celebration of life at 4 p.m."""
, gold=[("APN014", "survivor")]),

dict(guid="apn_tbc_obit_0104", pub="2026-02-17T06:00:00-05:00", title="Helen M. Hoeft, 93, of Rogers City",
body="""Helen Marie Hoeft, 93, of Rogers City, died February 13, 2026, at Medilodge of Rogers City.

Helen was born in Rogers City in 1932, the daughter of August and Martha (Voigt) Hoeft. She kept books for the Calcite plant office for 41 years, never married, and taught the children's Sunday school at St. John Lutheran for longer than anyone could remember.

Surviving are her sister, Rosalie Bruning of Rogers City; her nephew, Dale (Lynn) Krueger of Rogers City; her niece, Janet Lamb of Cheboygan; and many great-nieces and great-nephews. She was preceded in death by her brothers, Otto and Herbert Hoeft, and by her sister, Elsie Krueger.

Funeral services will be 11 a.m. Thursday at St. John Lutheran Church, Rogers City, with the Rev. Mark Schultz officiating."""
, gold=[("APN009", "survivor"), ("APN010", "survivor"), ("APN011", "survivor")]),

dict(guid="apn_tbc_obit_0105", pub="2026-03-10T06:00:00-04:00", title="Frederick W. Radke, 66, of Bay City",
body="""Frederick William "Fritz" Radke, 66, of Bay City, died March 6, 2026, at McLaren Bay Region after a short illness.

Fritz was born in Saginaw in 1959 and worked 35 years for General Motors Powertrain in Bay City. He loved Tigers baseball, perch fishing on Saginaw Bay and his grandchildren, in roughly that order during the summer.

He is survived by his wife of 40 years, Sharon (Dziedzic) Radke; his sons, Kevin and Eric Radke of Bay City; and four grandchildren.

Services will be held at Gephart Funeral Home, Bay City. Memorials to the Bay County Humane Society."""
, gold=[]),

dict(guid="apn_tbc_obit_0106", pub="2026-04-02T06:00:00-04:00", title="Bernard Zielke, 71, of Alpena",
body="""Bernard "Bernie" Zielke, 71, of Alpena, died March 29, 2026, at his home, with his family beside him.

Bernie was born in Alpena in 1954 and spent 30 years as a Great Lakes sailor, most of them as a wheelsman on the cement carriers out of the Lafarge dock. Ashore, he coached Little League and kept the best-tended garden on Hobbs Drive.

He is survived by his daughter, Andrea (Sean) Halloran of Alpena; his son, Michael Zielke of Traverse City; his grandsons, Liam and Declan; and his sister, Joyce Ruell of Lachine. His wife, Nancy, died in 2021.

A memorial Mass will be celebrated at St. Bernard Catholic Church, Alpena, on Saturday, April 11."""
, gold=[("APN013", "survivor")]),

dict(guid="apn_tbc_obit_0107", pub="2026-05-05T06:00:00-04:00", title="Dorothy A. LaFleur, 95, of Alpena",
body="""Dorothy Ann LaFleur, 95, of Alpena, died May 1, 2026, at Tendercare of Alpena.

Dorothy was born in Hubbard Lake in 1930 and married Eugene LaFleur in 1950. She worked in the kitchen at Alpena General Hospital for 25 years and baked the pasties for the St. Mary's fall festival until she was ninety.

She is survived by her daughter, Suzanne Kowalske of Hubbard Lake; her daughter-in-law, Mary Jo LaFleur of Alpena; eight grandchildren and fourteen great-grandchildren. She was preceded in death by her husband, Eugene, in 2004, and her son, Richard LaFleur, in 2017.

Mass of Christian Burial will be at St. Mary Catholic Church, Alpena, on Friday at 10 a.m."""
, gold=[("APN005", "survivor")]),
]

NOT = [
dict(guid="apn_not_0201", pub="2026-01-27T05:00:00-05:00", title="GAUTHIER, Lucille R.",
body="""GAUTHIER, Lucille R., 86, Harrisville. Died January 23, 2026. Survived by sons Ted (Barb) Gauthier of Harrisville and Paul Gauthier of Flint; 6 grandchildren. Mass Saturday 11 a.m., St. Anne Catholic Church, Harrisville. Arrangements: Bannister-Cleary Funeral Home.""",
gold=[]),  # Ted Gauthier (APN012) is do_not_contact

dict(guid="apn_not_0202", pub="2026-02-24T05:00:00-05:00", title="KOIVISTO, Eino A.",
body="""KOIVISTO, Eino A., 88, Atlanta. Died February 20, 2026, at home. Retired logger and Montmorency County commissioner. Survived by wife Aili; sons Arvid (Karen) of Hillman and Toivo of Marquette; 5 grandchildren. Services Saturday, 1 p.m., Atlanta Finnish Lutheran Church.""",
gold=[("APN008", "survivor")]),

dict(guid="apn_not_0203", pub="2026-03-17T05:00:00-04:00", title="OSTRANDER, Jason M.",
body="""OSTRANDER, Jason M., 31, Grand Rapids. Died March 12, 2026. Survived by his wife Brittany; daughter Ava; parents Gary and Lisa Ostrander of Wyoming, Mich. Services at Matthysse Kuiper DeGraaf, Grand Rapids.""",
gold=[]),  # namesake: APN020 Jason Ostrander of Lincoln is 49, wife Heather

dict(guid="apn_not_0204", pub="2026-04-16T05:00:00-04:00", title="ZAWACKI, Eleanor",
body="""ZAWACKI, Eleanor, Ossineke. Died April 14, 2026. Arrangements pending with Ossineke Funeral Chapel.""",
gold=[("APN015", "possible_deceased_client")]),

dict(guid="apn_not_0205", pub="2026-05-12T05:00:00-04:00", title="FOURNIER, Ronald E.",
body="""FOURNIER, Ronald E., 72, Fort Myers, Fla., formerly of Dearborn Heights. Died May 7, 2026. Retired Ford tool-and-die maker. Survived by wife Carol; children Brian and Denise. Memorial later in Michigan.""",
gold=[]),  # far-away namesake: APN016 Ron Fournier of Alpena is 66, wife Patti
]

BCFH = [
dict(guid="apn_bcfh_3001", pub="2026-01-10T09:30:00-05:00", title="Leonard J. \"Len\" Przybylski",
body=PRZYBYLSKI,
gold=[]),  # the funeral home's copy of the Courier obituary (apn_tbc_obit_0101): labelled on the earlier copy only

dict(guid="apn_bcfh_3002", pub="2026-02-25T09:30:00-05:00", title="Irene T. Szczepanski",
body="""Irene Theresa Szczepanski, 96, of Posen, went home to the Lord on February 21, 2026, at Hillcrest Manor.

Irene was born on the family farm on Hagensville Road in 1929, one of eleven children of Polish immigrants, and she never moved more than three miles from it. She married Frank Szczepanski in 1948. For sixty years her potato pancakes were the first thing to sell out at the Posen Potato Festival.

Irene is survived by her daughters, Bernice (Stan) Wojciechowski of Posen and Sharon Kuznicki of Rogers City; her son, Frank Jr. (Linda) of Alpena; 14 grandchildren; 27 great-grandchildren; and 3 great-great-grandchildren. She was preceded in death by her husband, Frank, in 1999, and by all ten of her brothers and sisters.

The Rosary will be prayed at 7 p.m. Thursday at the funeral home's Rogers City chapel. Mass of Christian Burial will be Friday at 11 a.m. at St. Casimir Catholic Church, Posen, with Father Andrzej Bielski celebrant. Burial will be in St. Casimir Cemetery.""",
gold=[("APN002", "survivor"), ("APN001", "survivor")]),

dict(guid="apn_bcfh_3003", pub="2026-03-18T09:30:00-04:00", title="Vernon E. Ferrier",
body="""Vernon Earl Ferrier, 85, of East Tawas, died peacefully March 15, 2026, at Tawas St. Joseph Hospital.

Vern was born in Oscoda in 1940, served four years in the U.S. Navy aboard the USS Forrestal, and then spent 33 years with Consumers Power, much of it walking the line between Foote Dam and Five Channels.

He is survived by his wife of 58 years, Arlene; his daughters, Kim Bissonette of East Tawas and Lori Ferrier of Bay City; his nephew, Doug Ferrier of Oscoda, whom he raised as a son after 1972; and his sister-in-law, Ruth Ferrier of Hale.

Military honors will be rendered by the Iosco County Veterans Honor Guard at the funeral service on Saturday at Christ Episcopal Church, East Tawas."""
, gold=[("APN023", "survivor")]),

dict(guid="apn_bcfh_3004", pub="2026-04-24T09:30:00-04:00", title="Edwin C. Schaedig",
body="""Edwin Carl "Eddie" Schaedig, 77, of Rogers City, passed away April 20, 2026, at MyMichigan Medical Center Alpena.

Eddie sailed 40 seasons on the self-unloaders of the Bradley fleet out of Calcite, starting as a deckhand and retiring as first mate of the Cedarville's successor. He was a proud member of the Rogers City Lions Club and the Nautical City Festival committee.

He is survived by his wife, Marlene; his sons, Curtis (Amy) of Rogers City and Brian of Onaway; and five grandchildren.

Funeral services were held April 24 at St. John Lutheran Church with the Rev. Mark Schultz officiating. Music was provided by organist Lynn Krueger. Pallbearers were Dale Krueger, Fritz Radke, Arnold Hein, Gary Hopp, Curtis Schaedig Jr. and Tim Schaedig."""
, gold=[]),  # Lynn Krueger (organist), Dale Krueger and Fritz Radke (pallbearers): nothing

dict(guid="apn_bcfh_3005", pub="2026-05-22T09:30:00-04:00", title="Darlene K. Ostrander",
body="""Darlene Kay Ostrander, 74, of Lincoln, died May 18, 2026, at her home on Brownlee Lake.

Darlene was born in Harrisville in 1951 and taught second grade at Alcona Elementary for 31 years. Three generations of Alcona County children learned to read from her, and she still sent them birthday cards.

She is survived by her husband of 53 years, Roger; her son, Jason (Heather) Ostrander of Lincoln; her daughter, Michelle Gauthier of Harrisville; and her grandchildren, Kaylee, Evan and Brooke.

A celebration of life will be held June 6 at the Lincoln Township Hall."""
, gold=[("APN020", "survivor"), ("APN019", "survivor")]),

dict(guid="apn_bcfh_3006", pub="2026-06-12T09:30:00-04:00", title="Margaret \"Peg\" Haglund",
body="""Margaret "Peg" Haglund, née Boudreau, of Tawas City, died June 9, 2026, at Tawas St. Joseph Hospital after a brief illness.

Peg grew up in Au Gres, the daughter of Louis and Evelyn Boudreau, and married Carl Haglund in 1972. She taught English at Tawas Area High School for 34 years, directed the spring musical for 25 of them, and in retirement ran the literacy program at the Iosco-Arenac District Library. This March the Tawas Area Chamber honored her with its Lifetime Achievement Award.

She was preceded in death by her husband, Carl, in 2020. She is survived by her sons, Erik (Jill) Haglund of Midland and Nils Haglund of Tawas City, and four grandchildren.

A memorial service will be held at Emanuel Lutheran Church, Tawas City, on Saturday, June 20."""
, gold=[("APN022", "deceased_client")]),  # maiden name Boudreau corroborates; no roster spouse
]

SCB = [
dict(guid="apn_scb_4001", pub="2026-02-01T07:00:00-05:00", title="Joseph Kuznicki - Posen",
body="""Remember in prayer our brother Joseph Kuznicki, 82, of Posen, who died January 27 at Hillcrest Manor. Joe was an usher at the 8 o'clock Mass for forty years and rang the Angelus bell until his knees gave out. He leaves his wife, Genevieve; his sons, Gary and Paul; and his daughter, Linda Kowalski. The Rosary was led by Stan Wojciechowski and the Knights of Columbus Council 4153. Wieczny odpoczynek racz mu dać, Panie.""",
gold=[]),  # Stan Wojciechowski leads the rosary: nothing

dict(guid="apn_scb_4002", pub="2026-03-01T07:00:00-05:00", title="Florence Bruning - Rogers City",
body="""From our neighbors at St. Ignatius, Rogers City: please pray for Florence Bruning, 91, who died February 24. Florence kept the parish cemetery records by hand for half a century. She is survived by her son, Kurt Bruning of Alpena; her sister-in-law, Rosalie Bruning of Rogers City; and many nieces and nephews. Her husband, Harold, and her brother-in-law, Elmer Bruning, went before her.""",
gold=[("APN009", "survivor")]),

dict(guid="apn_scb_4003", pub="2026-04-12T07:00:00-04:00", title="Casimir J. Szymanski - Posen",
body="""Please pray for the repose of the soul of Casimir Joseph Szymanski, 94, of Posen, the oldest member of our parish, who died April 6. Casimir farmed on Szymanski Road for seventy years and sang in the Polish choir until last Christmas. He is survived by his daughter, Theresa Modrzynski of Posen; his son, Robert Szymanski of Alpena; and eleven grandchildren, among them his grandson and namesake, Casey Szymanski of Alpena, with his wife Ashley and their new baby. His wife, Stella, died in 2010. Funeral Mass was offered April 10 by Father Andrzej Bielski.""",
gold=[("APN021", "survivor")]),

dict(guid="apn_scb_4004", pub="2026-05-17T07:00:00-04:00", title="Our Sick and Homebound",
body="""Remember in prayer our sick and homebound: Walter Pilarski, Agnes Kuznicki, Dolores Przybylski (recovering from knee surgery), and Father Tom Gorski. The Altar Society thanks Bernice Wojciechowski and her crew for the Mother's Day breakfast.""",
gold=[]),  # not a death notice: a prayer list and a thank-you; nothing
]
