"""Lakeshore Press (daily newspaper, Sheboygan) obituaries: plain text, 'Name' headings. Hand-labelled."""

ITEMS = [
dict(guid="sbg_press_obit_20260112_elmer_wolfgramm", pub="2026-01-12T06:00:00-06:00", title="Elmer F. Wolfgramm",
body="""Elmer F. Wolfgramm, age 94, of Sheboygan Falls, passed away peacefully on Thursday, January 8, 2026, at Pine Haven Christian Communities.

Elmer was born on July 2, 1931, in the Town of Lima, son of the late Friedrich and Martha (Trester) Wolfgramm. He farmed on the home place for fifty years and sang bass in the St. Paul Lutheran Church choir.

He is survived by his son, Gerhard "Gerry" (Luella) Wolfgramm of Sheboygan; his daughter, Ruth (Harlan) Ebert of Random Lake; five grandchildren and nine great-grandchildren.

He was preceded in death by his wife of 61 years, Hilda (nee Trester); and a brother, Otto Wolfgramm.

Funeral services will be held at 11 a.m. Tuesday at St. Paul Lutheran Church, Sheboygan Falls, with Rev. Daniel Prigge officiating. Pallbearers will be Warren Zimbal, Dale Ebert, Scott Ebert and Jason Wolfgramm. Wittenberg-Lakeside Funeral Home is assisting the family.""",
gold=[("SBG001", "survivor"), ("SBG002", "survivor")]),

dict(guid="sbg_press_obit_20260203_henrietta_hoopman", pub="2026-02-03T06:00:00-06:00", title="Henrietta \"Hattie\" Hoopman",
body="""Henrietta "Hattie" Hoopman, 97, of Cedar Grove, went to be with her Lord on Saturday, January 31, 2026.

Hattie was born in the Town of Holland to Klaas and Jantje (De Master) Wynveen and married Willard Hoopman at First Reformed Church in 1950. She kept the books at Hoopman Feed & Seed for forty years.

Survivors include her sister-in-law, Arlene Te Ronde of Cedar Grove; her niece, Rosemary Pfrang of Sheboygan; and many nieces and nephews.

She was preceded in death by her husband, Willard, and her brothers, Gerrit and Henry Wynveen.

Services will be held at 10 a.m. Friday at First Reformed Church, Cedar Grove.""",
gold=[("SBG003", "survivor")]),

dict(guid="sbg_press_obit_20260224_thomas_gruenwald", pub="2026-02-24T06:00:00-06:00", title="Thomas J. Gruenwald",
body="""Thomas J. Gruenwald, 24, of Elkhart Lake, died unexpectedly on Friday, February 20, 2026.

Tommy was born in Plymouth on April 9, 2001, to Dale and Sandra (Voigt) Gruenwald. He graduated from Elkhart Lake-Glenbeulah High School in 2019 and worked as a mechanic at Road America.

He is survived by his parents, Dale and Sandra Gruenwald of Elkhart Lake; his sister, Megan Gruenwald of Madison; and his grandmother, Irene Voigt of Glenbeulah.

A celebration of Tommy's life will be held Saturday at the Elkhart Lake Village Hall.""",
gold=[]),

dict(guid="sbg_press_obit_20260318_ronald_heinzelmann", pub="2026-03-18T06:00:00-05:00", title="Ronald P. Heinzelmann",
body="""Ronald P. Heinzelmann, 59, of Sheboygan Falls, passed away on Sunday, March 15, 2026, surrounded by his family, after a brave battle with cancer.

Ron was born in Sheboygan on November 20, 1966. On June 18, 1994, he married Mary Kay Ebbers at St. Mary Catholic Church. He was a millwright at the Kohler Co. for 31 years.

Ron is survived by his wife, Mary Kay Heinzelmann (nee Ebbers); their sons, Luke and Caleb; his mother, Arlene Heinzelmann of Sheboygan; and his brother, Gary Heinzelmann of Green Bay.

A Mass of Christian Burial will be celebrated at 11 a.m. Saturday at St. Mary Catholic Church, Sheboygan Falls.""",
gold=[("SBG006", "survivor")]),

dict(guid="sbg_press_obit_20260409_katherine_lubach_az", pub="2026-04-09T06:00:00-05:00", title="Katherine \"Kitty\" Lubach",
body="""Katherine "Kitty" Lubach, 67, of Green Valley, Arizona, formerly of Appleton, passed away on April 4, 2026.

Kitty was born in Appleton and taught fourth grade in the Kimberly Area School District for 30 years before retiring to Arizona.

She is survived by her husband, Dennis; her daughter, Amy (Brett) Schultz of Phoenix; and her brother, Mark Lubach of Neenah.

A memorial service will be held in Green Valley at a later date.""",
gold=[]),

dict(guid="sbg_press_obit_20260422_viola_sonnenberg", pub="2026-04-22T06:00:00-05:00", title="Viola M. Sonnenberg",
body="""Viola M. Sonnenberg, age 93, of Plymouth, passed away Monday, April 20, 2026, at Rocky Knoll Health Care Center.

Viola was born in the Town of Rhine to Herman and Elsa (Zehms) Krueger. She married Arnold Sonnenberg in 1953; together they ran a dairy farm on County Road E.

She is survived by her son, Paul (Diane) Sonnenberg of Plymouth; her grandchildren, Nate (Rachel) Sonnenberg of Plymouth and Tara Sonnenberg of Minneapolis; and four great-grandchildren.

She was preceded in death by her husband, Arnold, in 2011.

Visitation will be held Thursday from 9 a.m. until the 11 a.m. service at St. John's Lutheran Church, Plymouth.""",
gold=[("SBG018", "survivor"), ("SBG019", "survivor")]),

dict(guid="sbg_press_obit_20260514_kyle_kautzer_sr", pub="2026-05-14T06:00:00-05:00", title="Kyle E. Kautzer",
body="""Kyle E. Kautzer, 81, of Random Lake, passed away on Tuesday, May 12, 2026, at home.

Kyle was born in Adell on August 2, 1944. He drove milk truck for Random Lake Cheese for 38 years and was a lifelong member of the Adell Sportsmen's Club.

He is survived by his wife of 57 years, Marlene; his son, Jeffrey Kautzer of Cascade; and his grandchildren, including Kyle (Brianna) Kautzer of Sheboygan, who was named for him.

Services will be held at 11 a.m. Monday at St. Mary's Catholic Church, Random Lake.""",
gold=[("SBG022", "survivor"), ("SBG023", "survivor")]),

dict(guid="sbg_press_obit_20260603_warren_zimbal_fl", pub="2026-06-03T06:00:00-05:00", title="Warren D. Zimbal",
body="""Warren D. Zimbal, 79, of Port Charlotte, Florida, passed away May 29, 2026.

Warren was born in Waukesha on February 17, 1947, and retired to Florida in 2005 after a career with the Waukesha County Highway Department.

He is survived by his wife, Sharon; his son, Todd Zimbal of Tampa; and his sister, Judy Laabs of Oconomowoc.

Inurnment will be at Prairie Home Cemetery, Waukesha.""",
gold=[]),
]
