"""Local news for part ozk: a TV station site, a weekly paper, a business paper. Hand-labelled."""

# 1. TV station site: "KOMT Ozark Mountain 7" (Harrison), HTML descriptions.
TV = [
dict(guid="ozk_komt_20260223_0311", pub="2026-02-23T06:40:00-06:00", title="Jasper family escapes overnight house fire",
body="""JASPER, Ark. (KOMT) - A Newton County family lost their home but escaped unhurt after a fire early Monday off Highway 7 south of Jasper.

Dewayne and Tammy Villines woke to smoke shortly after 2 a.m. and got out with their two dogs, the Newton County Sheriff's Office said. Volunteer departments from Jasper and Mt. Judea fought the blaze for three hours; the house was a total loss.

A fund for the family has been set up at the Bank of Jasper.""",
gold=[("OZK006", "subject"), ("OZK007", "subject")]),

dict(guid="ozk_komt_20260409_0455", pub="2026-04-09T17:15:00-05:00", title="Buffalo River rises, outfitters pull canoes",
body="""PONCA, Ark. (KOMT) - Heavy rain in the upper Buffalo River watershed sent the river out of its banks at Ponca and Pruitt on Thursday, and outfitters pulled their rental fleets off the water.

"You don't argue with the Buffalo when it looks like this," said Wendell Hudspeth, who has rented canoes at Ponca since the 1980s. "It'll be back down by the weekend and pretty as ever."

The National Park Service closed the Ponca and Kyles Landing low-water bridges until further notice.""",
gold=[]),  # client only quoted

dict(guid="ozk_komt_20260526_0519", pub="2026-05-26T18:00:00-05:00", title="Mountain Home Navy veteran receives Quilt of Valor",
body="""MOUNTAIN HOME, Ark. (KOMT) - Rayburn "Ray" Carlile joined the Navy at 17 and served on a destroyer during the Cuban missile crisis blockade. On Memorial Day, 64 years later, the Twin Lakes Quilters wrapped him in a Quilt of Valor at the Baxter County Veterans Memorial.

Carlile, 81, said he had never talked much about his Navy years. "My wife Ingrid heard more about it this month than in 50 years of marriage," he said, laughing.""",
gold=[("OZK014", "subject")]),

dict(guid="ozk_komt_20260714_0603", pub="2026-07-14T12:30:00-05:00", title="Conway teacher named Arkansas Teacher of the Year",
body="""LITTLE ROCK (KOMT) - Lonnie Stepp, a chemistry teacher at Conway High School, was named 2027 Arkansas Teacher of the Year on Tuesday at the state Capitol.

Stepp, 34, has taught in Conway for 11 years and coaches the school's Science Olympiad team.""",
gold=[]),  # namesake far away (client is 61, of Flippin)

dict(guid="ozk_komt_20260818_0650", pub="2026-08-18T16:45:00-05:00", title="Harrison fifth-grader wins state spelling bee",
body="""HARRISON, Ark. (KOMT) - It came down to "chrysanthemum," and Kinley Keck did not blink.

The Forest Heights Elementary fifth-grader won the Arkansas State Spelling Bee in Little Rock on Saturday and will represent the state at the national bee. Kinley is the daughter of Dalton and Amber Keck of Harrison.

"She studies in the truck on the way to softball," her father said.""",
gold=[("OZK016", "parent_of_subject"), ("OZK017", "parent_of_subject")]),
]

# 2. Weekly paper: "The Buffalo River Courier" (Yellville / Jasper / Harrison), teaser description + content:encoded.
WEEKLY = [
dict(guid="ozk_brc_2026_06_anniv_tennyson", pub="2026-06-04T08:00:00-05:00", title="Tennysons to celebrate 60th anniversary",
body="""Gene and Loretta Tennyson of Harrison will celebrate their 60th wedding anniversary with a reception from 2 to 4 p.m. Sunday, June 7, in the fellowship hall of Northside Church of Christ.

Virgil Eugene Tennyson and Loretta Bratcher were married June 4, 1966, at the home of her parents, Elmer and Hazel Bratcher, north of Harrison. He retired from the Boone County Road Department; she kept books for Harrison businesses for 40 years. Their children request no gifts.""",
gold=[("OZK001", "subject"), ("OZK002", "subject")]),

dict(guid="ozk_brc_2026_06_library_donors", pub="2026-06-11T08:00:00-05:00", title="Library roof fund passes goal",
body="""The Friends of the Marion County Library have passed their $40,000 goal for the new roof, thanks to 212 donors.

Gifts of $500 or more came from the Yellville Rotary Club, Flippin Boat Works, Billie Jo Fancher, Rayburn and Ingrid Carlile, Nadine Eoff, and the estate of Arlis Holt. The work begins in August.""",
gold=[]),  # donor list

dict(guid="ozk_brc_2026_07_fair_quilts", pub="2026-07-30T08:00:00-05:00", title="Fair results: quilts, canning and pies",
body="""Blue ribbons in the open-class quilt division of the Boone County Fair went to Debbie Ashley of Lead Hill for her Double Wedding Ring and to Carla Bunch of Valley Springs for a hand-pieced Log Cabin. This year's quilt judges were Ora Mae Keeling of Harrison and Faye Treat of Jasper.

In canning, Treva Sisco of Yellville took best of show for her pepper relish.""",
gold=[("OZK015", "subject")]),  # Keeling only a judge; Sisco wins best of show

dict(guid="ozk_brc_2026_08_births", pub="2026-08-13T08:00:00-05:00", title="Births at Carroll County hospitals",
body="""A daughter, Harper Jo, born Aug. 3 to Travis and Shelby Tinsley of Green Forest. Grandparents are Rick and Dana Tinsley of Green Forest.

A son, Mateo, born Aug. 5 to Luis and Karina Quintero of Green Forest.""",
gold=[("OZK022", "subject")]),

dict(guid="ozk_brc_2026_09_feedstore", pub="2026-09-03T08:00:00-05:00", title="Moudy Feed & Seed to close after 52 years",
body="""Harlan Moudy will lock the doors of Moudy Feed & Seed on Industrial Park Road for the last time on September 30. His father opened the store in 1974.

"Everybody in Boone County has bought a sack of something here," Moudy said. A retirement open house is planned for Sept. 27.""",
gold=[]),  # OZK013 is do_not_contact
]

# 3. Business paper: "Twin Lakes Business Ledger", plain text.
BUSINESS = [
dict(guid="ozk_tlbl_2026_0117", pub="2026-03-10T07:00:00-05:00", title="Ozark Highlands Regional names new director of nursing",
body="""Ozark Highlands Regional Medical Center in Harrison has promoted Shelby Tinsley, RN, to director of nursing, effective March 16.

Tinsley, of Green Forest, joined the hospital in 2013 as a night-shift nurse on the medical-surgical floor and has managed its intensive care unit since 2021.""",
gold=[("OZK022", "subject")]),

dict(guid="ozk_tlbl_2026_0142", pub="2026-04-28T07:00:00-05:00", title="Hudspeth's Buffalo River Outfitters marks 40 years",
body="""Hudspeth's Buffalo River Outfitters at Ponca turns 40 this season. Owner Wendell Hudspeth started with six aluminum canoes and a borrowed pickup in 1986; today the business runs 120 canoes and kayaks and a shuttle service, and employs 22 people each summer.

The outfitter will hold an anniversary fish fry on May 16.""",
gold=[("OZK018", "subject")]),

dict(guid="ozk_tlbl_2026_0171", pub="2026-06-23T07:00:00-05:00", title="Baxter County road superintendent retires after 35 years",
body="""After 35 years with the Baxter County Road Department, the last twelve as superintendent, Orval Hensley Jr. retired June 30.

Hensley, known to everyone at the county yard as Junior, oversaw the paving of more than 200 miles of county road. County Judge Ron Pettit presented him a plaque at the quorum court's June meeting.""",
gold=[("OZK003", "subject")]),

dict(guid="ozk_tlbl_2026_0198", pub="2026-09-15T07:00:00-05:00", title="Berryville panaderia wins Small Business of the Year",
body="""Panadería La Estrella in Berryville has been named Carroll County Small Business of the Year by the Berryville Chamber of Commerce.

Owner Marisol Quintero Ayala opened the bakery on the square in 2019 with two ovens; it now supplies pan dulce to three groceries in Carroll and Boone counties. "My father baked in Jerez," Quintero said. "This is for him."

Runner-up was Eureka Springs' Pine Mountain Hardware, owned by Doug and Nadine Pettit.""",
gold=[("OZK012", "subject")]),  # Nadine Pettit of Eureka Springs is not OZK019 (Nadine Eoff, nee Pettit)
]
