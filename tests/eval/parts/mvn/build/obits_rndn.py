"""Register-News Death Notices (Mount Vernon daily): brief paid notices with surname-first headings, plain text.
One item is a later second copy of the Pankey obituary. Hand-labelled."""

FEED = "rndn"
ITEMS = [
dict(guid="mvn_rndn_20260312_pankey", pub="2026-03-12T06:00:00-05:00", title="PANKEY, Orville Lee",
body="""Orville Lee Pankey, 89, of Marion, passed away peacefully at his home on Sunday, March 8, 2026, with his family by his side.

Orville was born September 2, 1936, in Creal Springs, the son of Elmer and Pearl (Dorris) Pankey. He served in the U.S. Army in Germany, then worked thirty-four years for the Illinois Central Railroad out of Carbondale. He was a Mason, a deacon at Third Baptist Church of Marion and the best sorghum maker in Williamson County.

On June 14, 1957, he married Imogene Sirles. He is survived by his wife of 68 years, Imogene (Sirles) Pankey of Marion; two sons, Larry (Beth) Pankey of Marion and Steve Pankey of Paducah, Ky.; five grandchildren; and nine great-grandchildren.

He was preceded in death by his parents and a sister, Inez Hartline.

Funeral services will be held at 11 a.m. Thursday at Third Baptist Church with the Rev. Ansel Tippy officiating. Pallbearers will be Travis Bledsoe, Cody Pankey, Jeff Pankey, Dale Sirles, Brent Cawvey and Tom Hux. Burial with military rites will follow in Rose Hill Cemetery.""",
gold=[], duplicate_of="mvn_bmco_orville-lee-pankey"),

dict(guid="mvn_rndn_20260418_mings", pub="2026-04-18T06:00:00-05:00", title="MINGS, Ruby Lee",
body="""Ruby Lee Mings, 95, of Eldorado, died Thursday, April 16, 2026, at Eldorado Rehab & Healthcare. Born in Muddy, she was a charter member of the Eldorado Woman's Club. Survivors: daughter, Carolyn (Hap) Ozment of Eldorado; son, Jerry Mings of Evansville, Ind.; five grandchildren. Preceded by husband, Cecil. Services 1 p.m. Monday, Big Muddy & Crab Orchard, Harrisburg chapel. Burial Wolf Creek Cemetery.""",
gold=[("MVN016", "survivor"), ("MVN015", "survivor")]),

dict(guid="mvn_rndn_20260505_dorris", pub="2026-05-05T06:00:00-05:00", title="DORRIS, Hazel Marie",
body="""Hazel Marie Dorris, 91, of Carterville, died May 3, 2026. Retired cafeteria manager, Carterville Unit 5 schools. Survivors: sons, Gary and Ronnie Dorris, both of Carterville; eight grandchildren. Preceded by husband, Loyd. Funeral 11 a.m. Thursday, First Baptist Church of Carterville, the Rev. Ansel Tippy officiating. Burial Carterville Cemetery.""",
gold=[]),

dict(guid="mvn_rndn_20260523_kerley", pub="2026-05-23T06:00:00-05:00", title="KERLEY, James \"Jim\"",
body="""James "Jim" Kerley, 68, of West Frankfort, died May 21, 2026, at Deaconess Hospital in Evansville. Retired from Old Ben Coal No. 25. Survivors: wife, Donna; daughters, Tara (Josh) Minton and Becky Kerley. Masonic rites Tuesday 6 p.m. at the West Frankfort chapel. Pallbearers: Sonny Lipe, Ed Minton, Josh Minton, Dale Kerley, Brett Kerley and Chuck Alsop.""",
gold=[]),

dict(guid="mvn_rndn_20260617_crain", pub="2026-06-17T06:00:00-05:00", title="CRAIN, Wilburn",
body="""Wilburn Crain, of Marion, passed away Tuesday, June 16, 2026, at Heartland Regional Medical Center. Arrangements are pending at Wilkins-Tuttle Funeral Home, Marion.""",
gold=[("MVN022", "possible_deceased_client")]),
]
