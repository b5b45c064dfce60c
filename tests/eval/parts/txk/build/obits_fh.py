"""Bramlett & Sons Funeral Home (Texarkana, Ashdown and De Queen chapels): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled."""

FEED = "fh"
ITEMS = [
dict(guid="txk_bramlett_refugio-reyes-ochoa", pub="2026-01-20T10:30:00-06:00", title="Refugio Reyes Ochoa (1941 - 2026)",
body="""Don Refugio Reyes Ochoa, 84, of De Queen, passed away on Saturday, January 17, 2026, at his home, surrounded by his family.

Born in Valle de Santiago, Guanajuato, México, Don Cuco came to Sevier County in 1989 and worked for twenty years at the poultry plant before he and his wife opened a small tienda on De Queen Avenue. He was a faithful member of St. Barbara Catholic Church and never missed a Sunday or a chance to tell a story.

Le sobreviven su esposa, Doña Amparo; su hija, Lupita Reyes Cárdenas y su esposo Javier, de De Queen; su hijo, Refugio Reyes Jr., de Dallas; y once nietos. He is survived by his wife, Amparo; his daughter, Lupita Reyes Cárdenas and her husband, Javier, of De Queen; his son, Refugio Reyes Jr. of Dallas; and eleven grandchildren.

A rosary will be prayed Thursday at 7 p.m. at the De Queen chapel. The Mass of Christian Burial will be celebrated Friday at 10 a.m. at St. Barbara Catholic Church, with burial in Oak Hill Cemetery.""",
gold=[("TXK016", "survivor")]),

dict(guid="txk_bramlett_gladys-inez-sprayberry", pub="2026-02-26T09:45:00-06:00", title="Gladys Inez Sprayberry (1937 - 2026)",
body="""Gladys Inez Sprayberry, 88, of Ashdown, went home to be with the Lord on Tuesday, February 24, 2026, at Little River Memorial Hospital.

Gladys was born in Foreman, Arkansas, and spent most of her life in Little River County. She kept the books at Sprayberry Hardware alongside her husband for forty years and canned enough peaches every summer to feed the whole Ashdown First Assembly of God.

She is survived by her daughter, Deanna Keel and husband, Marcus, of Ashdown; her son, Ronnie Sprayberry of Foreman; six grandchildren, including Avery Keel; and three great-grandchildren. She was preceded in death by her husband, Lonnie Sprayberry.

Funeral services will be held at 2 p.m. Saturday at Ashdown First Assembly of God. Interment will follow in Ashdown Cemetery.""",
gold=[("TXK015", "survivor"), ("TXK014", "survivor")]),

dict(guid="txk_bramlett_clifford-buddy-lamb", pub="2026-03-30T11:00:00-05:00", title="Clifford \"Buddy\" Lamb (1939 - 2026)",
body="""Clifford "Buddy" Lamb, 86, of Wake Village, Texas, passed away Friday, March 27, 2026.

Buddy was born in Bowie County and worked for the Texas Department of Transportation for 33 years. He raised registered Angus on the home place on Redwater Road and served on the board of the Bowie County Farm Bureau. He never met a stranger or a pecan pie he did not like.

He is survived by his son, Curtis Lamb (Rhonda) of Wake Village; his daughter, Pam Lamb Yates of Nash; five grandchildren; and two great-grandchildren. He was preceded in death by his wife of 54 years, Wanda Lamb.

Services will be held at 2 p.m. Tuesday at the Texarkana chapel with Bro. Ronnie Pate officiating. Burial will follow in Rose Hill Cemetery.""",
gold=[("TXK013", "survivor")]),

dict(guid="txk_bramlett_virgil-wayne-tidwell", pub="2026-04-21T10:15:00-05:00", title="Virgil Wayne Tidwell (1955 - 2026)",
body="""Virgil Wayne Tidwell, 70, of Bossier City, Louisiana, passed away Saturday, April 18, 2026, at Willis-Knighton Bossier.

Virgil grew up in Texarkana, Arkansas, graduated from Arkansas High School and spent forty years as a machinist at the Barksdale Air Force Base shops. He loved Razorback football and bass fishing on Caddo Lake.

He is survived by his wife, Sharon Tidwell of Bossier City; his sons, Brandon and Kyle Tidwell; his aunt, Billie Sue Tidwell of Texarkana, Arkansas; and four grandchildren. He was preceded in death by his parents, Hollis and Marie Tidwell.

Graveside services will be held at 11 a.m. Friday at Woodlawn Cemetery in Texarkana, Arkansas, under the direction of the Texarkana chapel.""",
gold=[("TXK003", "survivor")]),

dict(guid="txk_bramlett_alberta-fontaine", pub="2026-05-19T09:30:00-05:00", title="Alberta Fontaine (1936 - 2026)",
body="""Mrs. Alberta Fontaine, 89, of Texarkana, Texas, transitioned from labor to reward on Saturday, May 16, 2026.

Mother Fontaine was born in Bloomburg, Texas, and taught at Dunbar Elementary School for 32 years. She was a faithful member of St. James C.M.E. Church, where she served as a stewardess and as president of the Missionary Society.

She leaves to cherish her memory her daughter, Patrice Bledsoe and husband, Rod, of Texarkana; her son, Vincent Fontaine of Houston; five grandchildren; and a host of relatives and friends. She was preceded in death by her husband, Rev. Claude Fontaine.

Homegoing services will be held at 1 p.m. Saturday at St. James C.M.E. Church. Interment will follow in Hillcrest Cemetery.""",
gold=[("TXK009", "survivor")]),

dict(guid="txk_bramlett_lula-belle-mccoy", pub="2026-06-09T10:00:00-05:00", title="Lula Belle McCoy (1928 - 2026)",
body="""Lula Belle McCoy, 97, of Maud, Texas, went to be with her Lord on Sunday, June 7, 2026.

Lula Belle was born in Cass County, one of nine children, and picked cotton before she could read. She raised six children on a farm outside Maud and was the last living charter member of Maud Church of God in Christ.

She was preceded in death by her husband, Clarence McCoy; two sons; and her brothers, Harold and Wayne Cato.

She is survived by her daughters, Bernice Wiley and Ora Lee McCoy of Maud and Geraldine Walker of Dallas; 17 grandchildren; and a host of great- and great-great-grandchildren.

Services will be held at 11 a.m. Saturday at Maud Church of God in Christ with the Rev. Darnell Whitfield bringing the eulogy. Pallbearers: Tanner Boyette, Marcus Wiley, Jerome Wiley, Derrick Walker, Anthony McCoy and Tyrell McCoy.""",
gold=[]),
]
