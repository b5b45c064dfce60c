"""Prairie & Tombigbee Death Notices: brief paid death notices (surname-first headings), plain text. Hand-labelled."""

ITEMS = [
dict(guid="gtr_ptdn_20260124_cora_boykin", pub="2026-01-24T06:00:00-06:00", title="BOYKIN, Cora Mae",
body="""BOYKIN, Cora Mae, 101, of Columbus, died January 21, 2026. Services Sunday 2 p.m., Mt. Zion M.B. Church. Survivors: daughter, Annie Boykin Fields of Detroit; grandsons, Jarvis Boykin (Tameka) of Columbus and Cedric Boykin of Dallas; nine great-grandchildren. Carter & Sons, Columbus.""",
gold=[("GTR017", "survivor"), ("GTR018", "survivor")]),

dict(guid="gtr_ptdn_20260227_thaddeus_pruitt", pub="2026-02-27T06:00:00-06:00", title="PRUITT, Thaddeus Wayne",
body="""PRUITT, Thaddeus Wayne "Thad," 33, of Tupelo, died February 24, 2026. Visitation Friday 5-8 p.m., Holland Funeral Directors, Tupelo. Survived by his parents, Wayne and Sherry Pruitt of Tupelo; his son, Bentley; and his brother, Colt Pruitt of Pontotoc.""",
gold=[]),

dict(guid="gtr_ptdn_20260306_gus_dabbs", pub="2026-03-06T06:00:00-06:00", title="DABBS, Augustus \"Gus\"",
body="""DABBS, Augustus "Gus," 85, of West Point, died March 1, 2026. Born February 12, 1941. Services were held March 4 at First Baptist Church of West Point. Survived by his wife of 61 years, Claudette McCrory Dabbs; sons, Elbert and Gary; daughter, Nora Hairston. Calvert Funeral Home.""",
gold=[]),

dict(guid="gtr_ptdn_20260327_edith_vowell", pub="2026-03-27T06:00:00-05:00", title="VOWELL, Edith Marie",
body="""VOWELL, Edith Marie, 94, of Louisville, Ky., formerly of Corinth, Miss., died March 23, 2026. Retired school librarian. Survived by her son, Dr. Prentiss Vowell of Starkville, Miss.; her daughter, Lynn Vowell Sharp of Louisville; and four grandchildren. Graveside services in Corinth, Saturday at 11 a.m., Henry Cemetery. McPeters Funeral Directors.""",
gold=[("GTR013", "survivor")]),

dict(guid="gtr_ptdn_20260416_isaiah_mabry", pub="2026-04-16T06:00:00-05:00", title="MABRY, Isaiah",
body="""MABRY, Isaiah, 78, of Macon, died April 13, 2026. Retired Noxubee County road foreman and Vietnam veteran. Homegoing services Saturday 1 p.m., New Hope M.B. Church, Macon. Survived by his wife of 52 years, Ora Lee Mabry; daughters, Regina Mabry Hicks and Tonja Mabry; son, Isaiah Mabry Jr. of Jackson; six grandchildren. Carter & Sons Macon Chapel.""",
gold=[("GTR021", "survivor")]),

dict(guid="gtr_ptdn_20260501_ethel_fondren", pub="2026-05-01T06:00:00-05:00", title="FONDREN, Ethel Crowder",
body="""FONDREN, Ethel Crowder, 90, of West Point, died April 28, 2026. Member, Northside Baptist Church. Survived by her son, Coy Fondren Jr. (Annette) of West Point; daughter, Linda Fondren Ware of Okolona; five grandchildren. Preceded in death by her husband, Coy Fondren Sr. Services Sunday 2 p.m., Calvert Funeral Home Chapel.""",
gold=[("GTR020", "survivor")]),

dict(guid="gtr_ptdn_20260612_luther_shumpert", pub="2026-06-12T06:00:00-05:00", title="SHUMPERT, Luther",
body="""SHUMPERT, Luther, of Macon, died June 10, 2026. Arrangements pending with Carter & Sons Macon Chapel.""",
gold=[("GTR016", "possible_deceased_client")]),

dict(guid="gtr_ptdn_20260702_della_wooten", pub="2026-07-02T06:00:00-05:00", title="WOOTEN, Della Mae",
body="""WOOTEN, Della Mae, 88, of Brooksville, died June 29, 2026. Survived by her nephew, Buddy Wooten of Brooksville, and a host of cousins. Graveside services Friday, Brooksville Cemetery. Officiating: Bro. Wendell Crumpton. Calvert Funeral Home.""",
gold=[]),
]
