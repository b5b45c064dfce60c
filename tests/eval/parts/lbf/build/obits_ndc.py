"""North Platte Daily Courier - obituaries and death notices (invented daily newspaper). Plain text, dateline
"NORTH PLATTE -", title "Name, age". Hand-labelled: `gold` lists (client_id, role)."""

FEED = "ndc"
ITEMS = [
dict(guid="lbf_ndc_obit_2026_0114", pub="2026-01-14T05:30:00-06:00", title="Emil J. Vlasak, 89",
body="""NORTH PLATTE - Emil Joseph Vlasak, 89, of North Platte died Jan. 11, 2026, at Linden Court.

He was born Oct. 2, 1936, on the family farm south of Brady to Frank and Ludmila (Hrabik) Vlasak. He worked 38 years as a carman at Union Pacific's Bailey Yard and was a member of the Western Bohemian Fraternal Association lodge.

He married Delores Kroeker in 1959; she preceded him in death in 2019.

Survivors include his son, Gary (Lynette) Vlasak of Lincoln; his sister, Sue Prochazka of North Platte; and four grandchildren.

He was preceded in death by his parents and a brother, Frank Jr.

Funeral Mass will be at 10 a.m. Saturday at St. Patrick Catholic Church with burial at Calvary Cemetery.""",
gold=[("LBF008", "survivor")]),

dict(guid="lbf_ndc_obit_2026_0203", pub="2026-02-03T05:30:00-06:00", title="Irene M. Kuhlmann, 88",
body="""NORTH PLATTE - Irene Marie Kuhlmann, 88, of North Platte died Jan. 31, 2026, at Great Plains Health.

Irene was born May 19, 1937, in Paxton to August and Hilda (Brandt) Roeder. She married Harvey Kuhlmann on June 8, 1957. The couple farmed north of Hershey until moving to town in 1994. She was a 4-H leader for 22 years and a member of First Lutheran Church.

She is survived by her daughter, Trudy (DeWayne) Pfannenstiel of North Platte; her son, Alan Kuhlmann of Sidney; five grandchildren, including Kaylee Brandl; and two great-grandchildren.

She was preceded in death by her husband, Harvey, in 2011.

Services will be at 2 p.m. Thursday at First Lutheran Church.""",
gold=[("LBF016", "survivor"), ("LBF015", "survivor")]),

dict(guid="lbf_ndc_obit_2026_0311", pub="2026-03-11T05:30:00-05:00", title="Leland Rohrbaugh Jr., 79",
body="""OGALLALA - Leland Dean Rohrbaugh Jr., 79, of Ogallala died March 7, 2026, at Ogallala Community Hospital.

He was born Jan. 30, 1947, in North Platte to Leland Sr. and Opal Rohrbaugh. He owned Rohrbaugh Welding in Ogallala for 35 years and was a longtime Keith County Fair board member.

Survivors include his wife, Carol; his son, Leland "Lee" Rohrbaugh III (Stacy) of North Platte; his daughter, Dawn Pruitt of Big Springs; and six grandchildren.

Services will be at 10:30 a.m. Saturday at First Christian Church in Ogallala. Memorials to the Keith County 4-H Foundation.""",
gold=[("LBF017", "survivor")]),

dict(guid="lbf_ndc_obit_2026_0422", pub="2026-04-22T05:30:00-05:00", title="Duane A. Harshbarger, 72",
body="""BRADY - Duane Allen Harshbarger, 72, of Brady died April 18, 2026, at his home.

He was born July 9, 1953, in Gothenburg. After serving in the Army, he worked 30 years as a parts manager at Haumesser Implement in Sutherland and later drove a school bus for Brady Public Schools.

Survivors include his wife, Connie; his sons, Travis (Amber) Harshbarger of Brady and Kyle Harshbarger of Kearney; and five grandchildren.

Services will be at 10 a.m. Friday at Brady Community Church.""",
gold=[]),

dict(guid="lbf_ndc_obit_2026_0602", pub="2026-06-02T05:30:00-05:00", title="Orville H. Kreutzfeld, 84",
body="""NORTH PLATTE - Orville Herman "Orv" Kreutzfeld, 84, of North Platte died May 29, 2026, at Great Plains Health.

Orv was born June 14, 1941, at Wallace to Herman and Frieda (Ochsner) Kreutzfeld. He hired on with the Union Pacific as a brakeman in 1961 and retired as a yardmaster at Bailey Yard in 2003. On Sept. 9, 1964, he married Loretta Hasenauer at St. Patrick Catholic Church.

Survivors include his wife of 61 years, Loretta; his sons, Dale (Pam) Kreutzfeld of Kearney and Mark Kreutzfeld of North Platte; his daughter, Renee (Scott) Haberman of Cozad; nine grandchildren; and a sister, Elda Frerichs of Wallace.

He was preceded in death by his parents and a brother, Walter.

Funeral Mass will be at 10:30 a.m. Friday at St. Patrick Catholic Church.""",
gold=[("LBF001", "deceased_client"), ("LBF002", "spouse_of_deceased_client")]),

dict(guid="lbf_ndc_obit_2026_0708", pub="2026-07-08T05:30:00-05:00", title="Margit E. Soderquist, 77",
body="""NORTH PLATTE - Margit Elisabet Soderquist, 77, of North Platte died July 4, 2026, at Centennial Park Retirement Village.

She was born Feb. 22, 1949, in Holdrege to Nils and Astrid Soderquist. She taught third grade at Jefferson Elementary for 31 years and sang in the choir of Our Savior's Lutheran Church.

Survivors include her sister, Ingrid (Curtis) Rahn of North Platte; her brother, Per Soderquist of Minden; and nieces and nephews.

A memorial service will be at 11 a.m. Saturday at Our Savior's Lutheran Church.""",
gold=[("LBF014", "survivor")]),

dict(guid="lbf_ndc_obit_2026_0805", pub="2026-08-05T05:30:00-05:00", title="Wilbur F. Pettijohn, 85",
body="""GOTHENBURG - Wilbur Franklin Pettijohn, 85, of Gothenburg died Aug. 1, 2026, at Gothenburg Health.

He was born in Cozad and farmed near Gothenburg all his life. He was a member of the Gothenburg Volunteer Fire Department for 40 years.

Survivors include his wife, Norma; his daughters, Shelly Koch of Gothenburg and Tammy Lutz of Lexington; and four grandchildren.

Services will be at 10 a.m. Monday at Gothenburg United Methodist Church. Pallbearers will be Lee Rohrbaugh, Dustin Koch, Brent Lutz and Cody Pettijohn.""",
gold=[]),
]
