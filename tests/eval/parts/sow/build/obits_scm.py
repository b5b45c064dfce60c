"""Silver Creek Mortuary (Show Low, Snowflake): funeral-home site, HTML in content:encoded. Hand-labelled."""

BASE = "https://www.silvercreekmortuary.example/obituaries/"
ITEMS = [
dict(guid="sow_scm_dwight-hulet-iii", pub="2026-02-10T15:00:00-07:00", title="Dwight Allen Hulet III (2005 - 2026)",
body="""Dwight Allen "Trey" Hulet III, 20, of Pinetop, was taken from us on February 6, 2026, in a single-vehicle accident on State Route 260 near Hon-Dah.

Trey graduated from Blue Ridge High School in 2023, where he wrestled at 170 pounds, and worked on a Forest Service thinning crew. He loved elk season, his blue heeler, Dottie, and his little brothers.

He is survived by his parents, Dwight Jr. "Butch" and Charlene Hulet of Pinetop; his brothers, Tanner and Brody; and his grandparents, Dwight Sr. and Lorna Hulet of Show Low.

Services will be held at the Pinetop-Lakeside Community Church on Saturday at 1 p.m.""",
gold=[("SOW008", "survivor")]),

dict(guid="sow_scm_virgil-chacon", pub="2026-02-24T11:00:00-07:00", title="Virgil Anthony Chacon (1959 - 2026)",
body="""Virgil Anthony Chacon, 66, of Las Cruces, New Mexico, passed away February 19, 2026.

Virgil was a welder at White Sands Missile Range for 28 years and a devoted Aggies fan. He is survived by his wife, Irene; his daughters, Lisa and Monica, of Las Cruces; and his brother, Fernando, of El Paso.

A funeral Mass will be held at the Basilica of San Albino in Mesilla. Silver Creek Mortuary is assisting family members in Arizona.""",
gold=[]),

dict(guid="sow_scm_loretta-benally", pub="2026-03-12T10:30:00-07:00", title="Loretta Begay Benally (1953 - 2026)",
body="""Loretta Begay Benally, 72, of Whiteriver, passed on March 8, 2026, at home, with her family singing to her.

Loretta was born at Fort Apache and was a teacher's aide at Whiteriver Elementary for 35 years. She beaded cradleboards for every new baby in her family and taught her grandchildren to make fry bread the right way.

She is survived by her son, Tyrell Nez and his wife, Danielle, of Pinetop; her daughter, Marlene Benally of Whiteriver; and nine grandchildren, including Kaylee Nez. She was preceded in death by her husband, Franklin Benally.

Services will be held at the Whiteriver Community Center on Friday, followed by burial at the family plot.""",
gold=[("SOW010", "survivor"), ("SOW011", "survivor")]),

dict(guid="sow_scm_milo-sandoval", pub="2026-04-08T09:45:00-07:00", title="Milo Sandoval (1935 - 2026)",
body="""Milo Sandoval, 90, of Snowflake, passed away April 4, 2026, at Heritage Court.

Milo ran the Sandoval Texaco on Main Street for forty years. He was a longtime member of the Knights of Columbus and the Snowflake Volunteer Fire Department.

He is survived by his daughter, Dee Sandoval of Snowflake, who cared for him at home for many years; his son, Alfred Sandoval of Phoenix; and four grandchildren. He was preceded in death by his wife, Celia.

A Mass will be celebrated at St. Anthony's Mission in Snowflake on Tuesday at 10 a.m. Pallbearers: Ramon Lucero, Alfred Sandoval Jr., Kendrick Oberholtzer and Matt Sandoval.""",
gold=[("SOW021", "survivor")]),

dict(guid="sow_scm_gerda-lund", pub="2026-05-12T14:20:00-07:00", title="Gerda Ostergaard Lund (1941 - 2026)",
body="""Gerda Ostergaard Lund, 84, of Mesa, formerly of Heber, died May 9, 2026.

Gerda was born in Solvang, California, and came to Heber with her husband, Arvid Lund, to run a sawmill camp store. She was a master of aebleskiver and of bridge.

She is survived by her children, Karen Lund Ames and Peter Lund of Mesa. She was preceded in death by her husband, Arvid, and by her brothers, Lyle Ostergaard and Niels Ostergaard.

Graveside services will be held at the Heber Cemetery.""",
gold=[]),

dict(guid="sow_scm_ramona-yazzie", pub="2026-06-02T12:00:00-07:00", title="Ramona Tsosie Yazzie (1958 - 2026)",
body="""Ramona Tsosie Yazzie, 67, of Snowflake, passed away May 29, 2026, at Summit Healthcare in Show Low.

Ramona was born near Dilkon and was a nurse's aide at the Snowflake care center for 25 years. She is survived by her husband, Harold Yazzie; her children, Lorenzo, Kimberly and Shane; and eleven grandchildren.

Services will be held at the Snowflake Community Church on Saturday with Pastor Dale Winsor officiating. Music will be provided by Delores Sandoval.""",
gold=[]),
]
