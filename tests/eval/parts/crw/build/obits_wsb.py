"""The West Side Beacon (Black community weekly, Charleston's West Side and Institute/Dunbar): homegoing notices,
plain text in description. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="crw_wsb_homegoing_2026_02_dandridge", pub="2026-02-20T08:00:00-05:00",
title="Homegoing Celebration: Mother Ethel Mae Dandridge, 94",
body="""Mother Ethel Mae Dandridge, 94, of Charleston's West Side, closed her eyes in peace and opened them in glory on Monday, February 16, 2026.

She was born in Montgomery, Fayette County, the daughter of the late Deacon Israel and Pearlie Dandridge, and came to Charleston as a girl when her father found work at the Carbide plant at Institute. She accepted Christ at an early age and for seventy years was a faithful member of First Zion Baptist Church, where she served as Mother of the Church, on the Nurses' Guild and in the Senior Choir. She cooked at the old Garnet High School cafeteria and later at the State Capitol, and she could not pass a child on Washington Street without asking after his grades.

She leaves to cherish her memory a son, Darnell Lightfoot (Yvonne) of Institute; a granddaughter, Dr. Lucinda Fauntleroy of Huntington; three other grandchildren; a great-grandson, Malik; a devoted friend of sixty years, Mrs. Annie Lou Gatewood; and a host of nieces, nephews, cousins and church family. She was preceded in death by her husbands, Lonnie Lightfoot and Rev. Harold Dandridge, and by her daughter, Brenda Dandridge Fauntleroy.

The homegoing service will be held at 11 a.m. Saturday at First Zion Baptist Church, with Rev. Thaddeus Claiborne delivering the eulogy and Pastor Lamar Whitsett presiding. Viewing 10 to 11 a.m. Repast in the fellowship hall. Services entrusted to Spriggs and Son Funeral Service.""",
gold=[("CRW014", "survivor"), ("CRW015", "survivor"), ("CRW007", "survivor")]),

dict(guid="crw_wsb_homegoing_2026_06_gaither", pub="2026-06-12T08:00:00-04:00",
title="Brother Lamont Gaither, 60, called home",
body="""Brother Lamont Gaither, 60, of Institute, was called home on Tuesday, June 9, 2026, after a brief illness.

Lamont graduated from Dunbar High School and West Virginia State University, where he marched in the band, and he worked 28 years as a lab technician at the Institute plant. He was a deacon at Ferguson Memorial Baptist Church, a Little League umpire and the best grill man on Myers Avenue.

He leaves to mourn his passing his mother, Mrs. Florence Gaither of Institute; his sister, Mrs. Darnell (Yvonne) Lightfoot of Dunbar; his daughter, Keisha Gaither of Columbus, Ohio; two grandchildren; and a host of relatives and friends. He was preceded in death by his father, Deacon Walter Gaither.

Homegoing service 12 noon Saturday at Ferguson Memorial Baptist Church, Rev. Oscar Bledsoe, eulogist. Interment at Sunset Memorial Park.""",
gold=[("CRW015", "survivor"), ("CRW014", "survivor")]),

dict(guid="crw_wsb_homegoing_2026_10_claiborne", pub="2026-10-09T08:00:00-04:00",
title="Homegoing: Mother Dorothy Vance Claiborne, 91",
body="""Mother Dorothy Vance Claiborne, 91, of Charleston, entered into eternal rest on Sunday, October 4, 2026, at her home on Washington Street West.

Born in Keystone, McDowell County, the daughter of a coal miner, she came to Charleston in 1957 and taught second grade at Piedmont Elementary for thirty-three years. She was a member of First Zion Baptist Church for more than sixty years and a charter member of her sorority's Charleston chapter.

She leaves to cherish her memory her son, Rev. Thaddeus Claiborne (Gloria) of Charleston; her daughter, Denise Claiborne Motley of Atlanta; four grandchildren; and two great-grandchildren. She was preceded in death by her husband, Deacon Roosevelt Claiborne.

Homegoing service 11 a.m. Thursday at First Zion Baptist Church, Pastor Lamar Whitsett, eulogist. Services entrusted to Spriggs and Son Funeral Service.""",
gold=[("CRW008", "survivor")]),
]
