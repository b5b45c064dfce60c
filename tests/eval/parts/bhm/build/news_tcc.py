"""Tri-County Courier (invented community paper for Cullman, Trussville and the Pelham/Hoover suburbs): teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "tcc"
ITEMS = [
dict(guid="bhm_tcc_2026_0130_council", pub="2026-01-30T08:00:00-06:00", title="Trussville council approves greenway extension",
body="""The Trussville City Council voted 5-0 on Tuesday to extend the Cahaba River greenway another 1.4 miles south toward the sports complex.

The $2.2 million project is paid for mostly with a federal transportation grant. Construction should begin in the fall, city engineer Mark Pugh said. Council member Alicia Brandon called it "the best thing we do for the kids of this town that doesn't have a scoreboard." """,
gold=[]),

dict(guid="bhm_tcc_2026_0226_kienzle", pub="2026-02-26T08:00:00-06:00", title="After 42 years, Kienzle hangs up his apron at the Co-op",
body="""Jerry Kienzle has sold seed, feed, fence wire and advice at the Cullman Farmers Co-op since 1984. On Friday he sold his last bag of chicken feed.

The Co-op's customers threw him a retirement party in the parking lot, with bratwurst from the Sacred Heart Knights of Columbus and a cake in the shape of a John Deere.

"He knew what every farmer in this county planted and what they owed, and he never said a word about either one," said the Co-op's general manager, Tim Hartung.

Kienzle and his wife, Marianne, plan to spend more time with their grandchildren, and he plans to finally plant the garden he has been advising other people on for four decades.""",
gold=[("BHM015", "subject")]),  # BHM016 named as wife: Jerry's retirement; she is not the subject

dict(guid="bhm_tcc_2026_0317_sciencefair", pub="2026-03-17T08:00:00-05:00", title="Pelham High sophomore wins state science fair",
body="""Grace Cho, a sophomore at Pelham High School, won the grand prize at the Alabama State Science and Engineering Fair in Huntsville on Saturday for a project on recycling aluminum scrap from stamping plants.

Grace, the daughter of Steve and Julie Cho of Pelham, will represent Alabama at the international fair in May. Her project grew out of summer visits to the plant her father runs.

"My dad told me the scrap bin is where the money goes to die," she said. "I wanted to see if I could bring some of it back." """,
gold=[("BHM019", "parent_of_subject"), ("BHM020", "parent_of_subject")]),

dict(guid="bhm_tcc_2026_0428_yoon_kim", pub="2026-04-28T08:00:00-05:00", title="Engagement: Yoon - Kim",
body="""Mr. Byung Chul Yoon and Mrs. Mi Ok Park Yoon of Montgomery announce the engagement of their son, Jae-won "Jay" Yoon of Hoover, to Rachel Soo-ah Kim of Atlanta, daughter of Dr. and Mrs. Daniel Kim of Duluth, Georgia.

The groom-elect is a graduate of Auburn University and a logistics manager for an automotive seating supplier in Hoover. The bride-elect is a graduate of Emory University and a pharmacist in Atlanta.

The wedding will be September 19 at Korean Central Presbyterian Church in Atlanta.""",
gold=[("BHM021", "subject")]),

dict(guid="bhm_tcc_2026_0526_festival", pub="2026-05-26T08:00:00-05:00", title="Sacred Heart spring festival raises $82,000 for school",
body="""The Sacred Heart of Jesus parish spring festival raised a record $82,000 for the parish school over Memorial Day weekend, organizers said.

More than 4,000 people came through for schnitzel, sauerbraten, polka and the cake walk. Co-chairs Kitty Eichler and Andreas Rausch thanked the more than 200 volunteers, including the Knights of Columbus grill crew led by Rudy Hufnagel and the quilting circle of Marianne Kienzle, whose raffle quilt alone brought in $6,400.

"Every year somebody says we can't top last year," Eichler said. "Every year we do." """,
gold=[]),  # BHM017 co-chair quoted, BHM016 volunteer, BHM018 dnc: nothing

dict(guid="bhm_tcc_2026_0623_threadgill", pub="2026-06-23T08:00:00-05:00", title="Anniversary: Threadgills celebrate 55 years",
body="""Deacon and Mrs. Roosevelt Threadgill Jr. of Bessemer celebrated their 55th wedding anniversary on June 19 with a renewal of vows at Bethel Missionary Baptist Church and a dinner for 150 in the fellowship hall.

Roosevelt "Velt" Threadgill and the former Odessa Mae Pruitt were married June 19, 1971, at Greater New Bethel Missionary Baptist Church in Fairfield. He retired from U.S. Steel's Fairfield Works after 34 years; she taught third grade in the Bessemer City Schools for 31 years.

They have three children, Andre Threadgill (Monica) of Hoover, Dr. Tamara Threadgill Jones of Atlanta and Keith Threadgill of Bessemer, and seven grandchildren.""",
gold=[("BHM001", "subject"), ("BHM002", "subject")]),

dict(guid="bhm_tcc_2026_0707_pickleball", pub="2026-07-07T08:00:00-05:00", title="Dothan pair wins state senior pickleball title in Hoover",
body="""Hal Vickery and his doubles partner, Bud Langford, both of Dothan, won the men's 70-and-over doubles title at the Alabama Senior Games in Hoover last weekend.

Vickery, a retired pharmacist, took up the game at 68 "because my knees voted against tennis." The pair beat a team from Huntsville 11-8, 11-9 in the final.""",
gold=[]),  # namesake from Dothan (BHM023 Harold "Hal" Vickery is of Gardendale, possibly deceased in April): nothing
]
