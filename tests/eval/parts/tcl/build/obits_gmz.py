"""Greater Mount Zion Missionary Baptist Church (invented, West End, Tuscaloosa): the weekly bulletin's
"Bereavement" column, homegoing style ("Sunrise ... Sunset ...", "leaves to cherish his memory"), notices sent
in from sister churches. Plain text. Hand-labelled."""

FEED = "gmz"
ITEMS = [
dict(guid="tcl_gmz_bulletin_2026_02_14_a", pub="2026-02-14T07:00:00-06:00",
title="Homegoing of Deacon Odell Stallworth",
body="""Sunrise: April 25, 1938. Sunset: February 9, 2026.

Our church family mourns the passing of Deacon Odell Stallworth, 87, who served this congregation as a deacon for 52 years and as chairman of the Deacon Board for 18 of them. Deacon Stallworth was born in Greensboro, Alabama, and came to Tuscaloosa in 1957. He worked at the B.F. Goodrich tire plant for 31 years and never once missed the Wednesday night prayer meeting.

He leaves to cherish his memory his devoted wife of 64 years, Mother Henrietta Rembert Stallworth; his sons, Odell Stallworth Jr. (Valerie) of Atlanta and Reginald Stallworth of Birmingham; his daughter, Deaconess Janice Stallworth Hill of Tuscaloosa; eleven grandchildren; and a host of great-grandchildren, nieces, nephews and friends.

The Homegoing Celebration will be held Saturday, February 14, at 11 a.m. in the sanctuary, Pastor Cedric Hairston, eulogist. Interment at Evergreen Cemetery. The family will receive friends at the church one hour before the service.""",
gold=[("TCL014", "deceased_client"), ("TCL015", "spouse_of_deceased_client")]),

dict(guid="tcl_gmz_bulletin_2026_03_07_a", pub="2026-03-07T07:00:00-06:00",
title="Bereavement: Brother Clarence \"Pete\" Ruffin",
body="""Please keep the family of Brother Clarence "Pete" Ruffin, 81, in your prayers. Brother Ruffin departed this life on Monday, March 2, 2026, at his home in Tuscaloosa.

A retired city sanitation supervisor and a faithful member of our Usher Board, Brother Ruffin greeted every visitor at the east door with a peppermint and a handshake.

He leaves to cherish his memory his sister, Mrs. Temperance "Tempie" Ruffin Lyles of Tuscaloosa; his brother, Willie Ruffin of Chicago; his goddaughter, Shanice Perry; and a host of nieces, nephews and friends. He was preceded in death by his wife, Ethel, and his son, Clarence Jr.

Homegoing services: Saturday, 1 p.m., in the sanctuary. Pastor Cedric Hairston, eulogist.""",
gold=[("TCL020", "survivor")]),

dict(guid="tcl_gmz_bulletin_2026_04_04_a", pub="2026-04-04T07:00:00-05:00",
title="From Our Sister Church in Eutaw: Mother Essie Mae Fluker",
body="""Sunrise: June 3, 1931. Sunset: March 30, 2026.

The family of Mother Essie Mae Fluker, 94, of Eutaw asks for your prayers. Mother Fluker was a Mother of the Church at New Hope Missionary Baptist Church in Eutaw for more than sixty years and raised six children on a farm outside Boligee.

She leaves to cherish her memory her daughters, Claudette Fluker Pettway (Rev. Alphonso Pettway Jr.) of Tuscaloosa and Bernice Fluker of Eutaw; her sons, Samuel Fluker of Detroit and Eddie Fluker of Eutaw; her granddaughter, Latrice Woolfolk of Holt, who cared for her these last years; twenty-two other grandchildren; and a host of great- and great-great-grandchildren.

Homegoing services will be held Saturday at 11 a.m. at New Hope Missionary Baptist Church, Eutaw. Pastor Leon Gaines, eulogist.""",
gold=[("TCL004", "survivor"), ("TCL003", "survivor"), ("TCL013", "survivor")]),

dict(guid="tcl_gmz_bulletin_2026_05_09_a", pub="2026-05-09T07:00:00-05:00",
title="Bereavement: Sister Minnie Pearl Chism",
body="""Sister Minnie Pearl Chism, 77, of Tuscaloosa, a member of our Senior Choir for forty years, went home to be with the Lord on May 4, 2026.

She leaves to cherish her memory her sons, Terrance and Kelvin Chism; her daughter, Monique Chism Avery; nine grandchildren; and her church family.

Homegoing services will be held Saturday at 11 a.m. in the sanctuary. The Rev. Alphonso Pettway Jr. will deliver the eulogy, and Mother Henrietta Stallworth will read the obituary. Repast in the fellowship hall.""",
gold=[]),

dict(guid="tcl_gmz_bulletin_2026_06_13_a", pub="2026-06-13T07:00:00-05:00",
title="Bereavement: Sister Gwendolyn Pettway Rembert",
body="""Please remember in prayer the family of Sister Gwendolyn Pettway Rembert, 73, of Moundville, who entered eternal rest on Tuesday, June 9, 2026.

Sister Rembert was a retired Hale County schoolteacher and the sister of our own Rev. Alphonso Pettway Jr.

She leaves to cherish her memory her husband, Lonnie Rembert; her daughters, Felicia and Tamika Rembert; her brother and sister-in-law, Rev. and Mrs. Alphonso Pettway Jr. of Tuscaloosa; and her sister, Dorothy Pettway of Camden.

Services will be held at Moundville First Baptist Church on Saturday at 2 p.m.""",
gold=[("TCL003", "survivor"), ("TCL004", "survivor")]),
]
