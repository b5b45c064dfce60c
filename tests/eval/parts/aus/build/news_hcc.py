"""Hill Country Crossroads Courier: small-town paper for Georgetown, Kyle, San Marcos and Bastrop (society,
schools, sports, council). Teaser description + HTML in content:encoded. Hand-labelled."""

FEED = "hcc"
ITEMS = [
dict(guid="aus_hcc_2026_0211_teacher", pub="2026-02-11T07:00:00-06:00", title="Georgetown High's Yoon named Region XIII Teacher of the Year",
body="""Georgetown High School chemistry teacher Grace Yoon has been named Secondary Teacher of the Year for Education Service Center Region XIII.

Yoon, in her eleventh year at Georgetown High, started the school's science Olympiad team, which took third at state last spring. She will now compete for the statewide title in the fall.

"She makes every kid believe they are a scientist," principal Rick Alvarado said.""",
gold=[("AUS019", "subject")]),

dict(guid="aus_hcc_2026_0325_4h", pub="2026-03-25T07:00:00-05:00", title="Bastrop County 4-H livestock auction sets record",
body="""The Bastrop County Youth Livestock Show auction raised a record $612,000 on Saturday at the Bastrop County Expo Center.

Grand champion steer honors went to Colby Fritsche, 16, of Paige, whose animal sold for $21,000. Buyers and add-on donors included Wuensche Hardware, Dale Wuensche, Darlene O'Banion, the Bastrop Rotary Club and First National Bank of Bastrop.

Proceeds go directly to the exhibitors for college and next year's projects.""",
gold=[]),  # donor list: AUS020, AUS021 nothing

dict(guid="aus_hcc_2026_0408_batts", pub="2026-04-08T07:00:00-05:00", title="Manor senior Keisha Batts signs with Texas State track",
body="""Manor High School senior Keisha Batts, 17, signed a national letter of intent Wednesday to run the 400 meters for Texas State University in San Marcos.

Batts, the district champion in the 400 and a member of the school's state-qualifying 4x400 relay, is the daughter of Tamika and Andre Batts of Manor.""",
gold=[]),  # young namesake; AUS012 Lakeisha "Keisha" Batts is b. 1981, Austin, and not named as a parent

dict(guid="aus_hcc_2026_0520_park", pub="2026-05-20T07:00:00-05:00", title="Engagement: Park - Alvarez",
body="""Sung-ho and Eun-ji Park of Austin are pleased to announce the engagement of their daughter, Hannah Park, to Miguel Alvarez, son of Ricardo and Teresa Alvarez of San Marcos.

The bride-elect is a 2022 graduate of the University of Texas at Austin and a nurse at Dell Seton Medical Center. The prospective groom is a Texas State graduate and a civil engineer with the Texas Department of Transportation. A November wedding is planned in Austin.""",
gold=[("AUS017", "parent_of_subject"), ("AUS018", "parent_of_subject")]),

dict(guid="aus_hcc_2026_0701_council", pub="2026-07-01T07:00:00-05:00", title="Kyle council approves downtown parking garage",
body="""The Kyle City Council voted 5-2 Tuesday to build a 320-space parking garage behind City Hall, paid for with certificates of obligation.

Residents split during public comment. "Downtown is busy because it's walkable; a garage won't change that," said Harold Stolle, who has lived on Burleson Street for sixty years. Restaurant owners on Center Street, including Taquería De la Garza, supported the project in a letter to the council.

Construction is expected to start in early 2027.""",
gold=[]),  # AUS022 do_not_contact quoted; AUS007's business named in a list of supporters: not a story about him

dict(guid="aus_hcc_2026_0722_sanmarcos", pub="2026-07-22T07:00:00-05:00", title="San Marcos River tubing outfitters report record July",
body="""Tubing outfitters along the San Marcos River say July has been their busiest month on record, helped by steady spring flow and a string of 100-degree weekends.

City officials reminded visitors that glass and foam coolers are banned on the river and that the Rio Vista Falls area closes at 9 p.m.""",
gold=[]),  # nobody on the roster
dict(guid="aus_hcc_2026_0916_yoon-castillo", pub="2026-09-16T07:00:00-05:00", title="Weddings: Yoon - Castillo",
body="""Grace Yoon and Mateo Castillo, both of Georgetown, were married September 12 at the Georgetown Palace Theatre, where the couple met as volunteers in a production of "Our Town."

The bride, a chemistry teacher at Georgetown High School and this year's Region XIII Secondary Teacher of the Year, is the daughter of Dr. Yoon Jae-min and Yoon Mi-kyung of Seoul. The groom, a Williamson County sheriff's deputy, is the son of Luis and Marisela Castillo of Taylor. After a honeymoon in Jeju, the couple will live in Georgetown.""",
gold=[("AUS019", "subject")]),
]
