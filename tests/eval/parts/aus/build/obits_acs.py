"""Austin Capital Sentinel - Paid Death Notices: newspaper paid notices, surname-first headings, plain text.
Hand-labelled."""

FEED = "acs"
ITEMS = [
dict(guid="aus_acs_dn_20260212_krishnamurthy", pub="2026-02-12T05:00:00-06:00", title="KRISHNAMURTHY, Anand",
body="""KRISHNAMURTHY, Anand, 53, of Plano, passed away February 8, 2026, after a brief illness. Born in Chennai, India, he was a software architect in Dallas for twenty-five years. Survived by his wife, Kavitha; daughters Meera and Divya; his mother, Saraswathi Krishnamurthy of Chennai; and his brother, Raghu Krishnamurthy of Edison, N.J. Prayer service Saturday at Turrentine-Jackson-Morrow, Allen.""",
gold=[]),  # namesake far away (Plano); AUS015 lives in Austin

dict(guid="aus_acs_dn_20260318_vogel", pub="2026-03-18T05:00:00-05:00", title="VOGEL, Otto Wilhelm",
body="""VOGEL, Otto Wilhelm, 88, of Pflugerville, died March 15, 2026. A lifelong member of St. Paul Lutheran Church and retired Travis County road foreman. Survived by his wife of 61 years, Ingrid; his son, Thomas Vogel of Austin; his sister-in-law, Gretchen Vogel of Pflugerville; and three grandchildren. Preceded in death by his brother, Ernst Vogel. Services 2 p.m. Friday, St. Paul Lutheran Church, Pflugerville.""",
gold=[("AUS004", "survivor")]),

dict(guid="aus_acs_dn_20260402_schramm", pub="2026-04-02T05:00:00-05:00", title="SCHRAMM, Walter August",
body="""SCHRAMM, Walter August, 90, of Elgin, died March 30, 2026. Retired brick maker with Elgin-Butler for 38 years. Survived by his daughters, Janice Fuchs of Elgin and Karen Hill of Manor; five grandchildren. Preceded in death by his wife, Lorene. Services Saturday at 10 a.m., Elgin First Baptist Church.""",
gold=[]),  # nobody on the roster

dict(guid="aus_acs_dn_20260422_obanion", pub="2026-04-22T05:00:00-05:00", title="O'BANION, Ruth Lee",
body="""O'BANION, Ruth Lee, 97, of Smithville, went to be with the Lord April 19, 2026. Retired Smithville ISD cafeteria manager. Survived by her daughter, Darlene O'Banion of Bastrop; her son, Wayne O'Banion of Giddings; four grandchildren and eight great-grandchildren. Preceded in death by her husband, Floyd. Graveside service Thursday, 11 a.m., Oak Hill Cemetery, Smithville.""",
gold=[("AUS021", "survivor")]),

dict(guid="aus_acs_dn_20260507_kim", pub="2026-05-07T05:00:00-05:00", title="KIM, Soon-ja",
body="""KIM, Soon-ja, 81, of Austin, passed away peacefully May 4, 2026. Born in Daegu, Korea, she came to Austin in 1988 and was a founding member of the Austin Korean Presbyterian Church choir. Survived by her daughter, Eun-ji (Steve) Park of Austin; her son, Daniel Kim of San Jose, Calif.; and four grandchildren, including Hannah Park. Preceded in death by her husband, Kim Young-soo. Service Saturday 10 a.m., Austin Korean Presbyterian Church.""",
gold=[("AUS018", "survivor"), ("AUS017", "survivor")]),

dict(guid="aus_acs_dn_20260619_trevino-cantu", pub="2026-06-19T05:00:00-05:00", title="TREVIÑO CANTÚ, Rosa Elena",
body="""TREVIÑO CANTÚ, Rosa Elena, of San Marcos, passed away June 16, 2026. Arrangements are pending with Funeraria Guadalupana, San Marcos.""",
gold=[("AUS008", "possible_deceased_client")]),  # name + town only: no age, no spouse named

dict(guid="aus_acs_dn_20260812_mayfield", pub="2026-08-12T05:00:00-05:00", title="MAYFIELD, Clarence Edward",
body="""MAYFIELD, Clarence Edward, 80, of Austin, entered eternal rest August 8, 2026. Born January 15, 1946, in Austin; Huston-Tillotson College, Class of 1968; retired after 33 years with the U.S. Postal Service. A deacon of Greater Mount Zion Baptist Church. Survived by his wife of 55 years, Bernice (Harrell) Mayfield; his son, Clarence Jr. of Pflugerville; his daughter, Angela Mayfield Brooks of Atlanta; and five grandchildren. Homegoing service Saturday, 11 a.m., Greater Mount Zion Baptist Church; the Rev. Odell Franklin officiating.""",
gold=[("AUS009", "deceased_client"), ("AUS010", "spouse_of_deceased_client")]),
]
