"""Coon Prairie Herald (weekly paper for Westby, Coon Valley, Viroqua and the Kickapoo; Norwegian Lutheran
community customs: confirmation, the home farm, "entered the Church Triumphant", Syttende Mai), plain text.
Hand-labelled."""

FEED = "wh"
ITEMS = [
dict(guid="lse_wh_obit_2026_004", pub="2026-01-21T07:00:00-06:00", title="Selma Ofsdahl, 97, Coon Valley",
body="""Selma Ingeborg Ofsdahl, 97, of Coon Valley entered the Church Triumphant on Saturday, January 17, 2026, at the Vernon Manor in Viroqua.

Selma was born March 9, 1928, on the Lee farm in Timber Coulee, the daughter of Ole and Anna (Bakken) Lee. She was baptized and confirmed at Coon Valley Lutheran Church, where she would later teach Sunday school for 35 years. On June 14, 1950, she married Melvin Ofsdahl, and together they milked cows and raised tobacco on the Ofsdahl home place on Spring Coulee Road. Selma was known across three coulees for her lefse, her krumkake and her rosettes, and for the hardanger she stitched for every baby baptized at Coon Valley Lutheran.

Survivors include her daughter, Carol Ann (Gus) Tveten of Coon Valley; her son, Norman (Joan) Ofsdahl of Westby; six grandchildren; eleven great-grandchildren; and her sister-in-law, Ruth Lee of Chaseburg. She was preceded in death by her husband, Melvin, in 2004; her brothers, Arthur and Lloyd Lee; and a grandson, Eric.

Funeral services will be held at 11 a.m. Saturday, January 24, at Coon Valley Lutheran Church, with Pastor Ingrid Solum officiating. Visitation will be Friday from 4 to 7 p.m. at Vosseteig-Dahl Funeral Home in Westby and one hour before the service at church. Burial in the spring in the church cemetery. Fred og minne.""",
gold=[("LSE004", "survivor"), ("LSE003", "survivor")]),

dict(guid="lse_wh_obit_2026_011", pub="2026-02-18T07:00:00-06:00", title="Knut Rognstad, 88, Westby",
body="""Knut Olaf Rognstad, 88, of Westby passed away Thursday, February 12, 2026, at Gundersen St. Joseph's Hospital in Hillsboro.

Knut was born July 2, 1937, on the Rognstad farm in the town of Christiana, the son of Torger and Inga (Hanson) Rognstad, and was confirmed at Coon Prairie Lutheran Church. He served in the Army in Korea, came home and farmed the home place until 1999. He was a Sons of Norway member for sixty years, skied the Snowflake jump at Timber Coulee until he was forty, and told the same three Ole and Lena jokes at every Syttende Mai.

He is survived by his wife of 64 years, Gudrun (Thoreson) Rognstad; his sons, Tor (Becky) Rognstad of Westby and Erik Rognstad of Madison; his sister, Inga Nordhagen of Holmen; seven grandchildren; and three great-grandchildren. He was preceded in death by his brothers, Sigurd and Harald.

Funeral services were held Tuesday, February 17, at Coon Prairie Lutheran Church, Westby, with the Rev. Paul Sagen officiating and burial in Coon Prairie Cemetery. Vosseteig-Dahl Funeral Home assisted the family.""",
gold=[("LSE011", "survivor")]),

dict(guid="lse_wh_obit_2026_019", pub="2026-03-25T07:00:00-05:00", title="Marit Mikkelsrud, 93, Viroqua",
body="""Marit Johanne Mikkelsrud, 93, of Viroqua died Sunday, March 22, 2026, at her home on the ridge, the farm where she had lived for seventy years.

Marit was born December 1, 1932, near Westby to Johan and Marit (Bekkum) Thorsgaard. She married Arne Mikkelsrud at Viroqua Lutheran Church in 1955. She raised four children, a garden the size of a small farm and more 4-H calves than the county fair could count, and she never once missed a Sunday.

Marit is survived by her son Einar and his wife Roz of Viroqua; her daughters, Linda Bergum of La Farge and Karen (Ted) Jacobs of Sparta; her son Peder Mikkelsrud of Minneapolis; nine grandchildren; and fourteen great-grandchildren. She was preceded in death by her husband, Arne, in 2013.

A service of Christian burial will be held at 11 a.m. Saturday, March 28, at Viroqua Lutheran Church. Visitation will be at the church from 9:30 a.m. Memorials to the Vernon County Historical Society.""",
gold=[("LSE017", "survivor")]),

dict(guid="lse_wh_obit_2026_026", pub="2026-04-22T07:00:00-05:00", title="Oddvar Bjerkeseth, 78, Decorah, Iowa",
body="""Oddvar Bjerkeseth, 78, of Decorah, Iowa, formerly of Westby, died April 17, 2026, at Winneshiek Medical Center.

Oddvar was born November 11, 1947, in Westby to Torvald and Signe (Ask) Bjerkeseth and grew up on Bjerkeseth Ridge. After graduating from Luther College he taught Norwegian and history at Decorah High School for 34 years and was for many years a docent at the Vesterheim Norwegian-American Museum, where he could date a piece of rosemaling to the decade at a glance.

Oddvar is survived by his wife, Solveig; his daughters, Ingrid (Mark) Halverson of Decorah and Kari Bjerkeseth of Seattle; three grandchildren; and his brother, Torvald "Tory" (Kirsten) Bjerkeseth of Sparta. He was preceded in death by his parents and by his sister, Astrid Nelson.

Funeral services were held April 21 at First Lutheran Church, Decorah. A committal service will be held at 2 p.m. Saturday, May 16, at Coon Prairie Cemetery, Westby, with fellowship to follow at the Westby Sons of Norway lodge.""",
gold=[("LSE012", "survivor"), ("LSE013", "survivor")]),

dict(guid="lse_wh_obit_2026_032", pub="2026-05-13T07:00:00-05:00", title="Orrin Haugstad, 71, Stoughton",
body="""Orrin Haugstad, 71, of Stoughton died Saturday, May 9, 2026, at UW Health University Hospital in Madison, after a long illness borne with patience and a good deal of humor.

Orrin was born March 2, 1955, in Stoughton to Alvin and Thora (Kittleson) Haugstad. He taught industrial arts at Stoughton High School for 33 years and built the Syttende Mai parade float for the Stoughton Norwegian Dancers every spring for just as long. Westby readers may remember him from the ski-jumping meets at Snowflake, where he competed in the 1970s.

He is survived by his wife of 47 years, Linnea (Dahle) Haugstad; his sons, Kurt (Amy) Haugstad of Verona and Nils Haugstad of Stoughton; and four grandchildren. He was preceded in death by his parents and by his sister, Karen.

Funeral services will be held at 11 a.m. Friday, May 15, at Christ Lutheran Church, Stoughton. Gunderson Funeral Home, Stoughton, is assisting the family.""",
gold=[]),
]
