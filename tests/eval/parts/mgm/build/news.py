"""Local news for the mgm part, three sources, hand-labelled (gold=[(client_id, role), ...]).

RRBL: River Region Business Ledger (business weekly), plain text.
WMGV: WMGV 12 News (Montgomery TV station), HTML descriptions.
EAN:  Elmore-Autauga Neighbors (community paper), teaser description + HTML in content:encoded.
"""

RRBL = [
dict(guid="mgm_rrbl_2026_0114", pub="2026-01-14T07:00:00-06:00", title="Dothan engineer Dwayne Tankersley named plant manager at peanut processor",
body="""DOTHAN - Wiregrass Peanut Co. has promoted Dwayne Tankersley, 38, to plant manager of its shelling plant on Ross Clark Circle.

Tankersley, a Dothan native and Auburn engineering graduate, joined the company in 2012 as a maintenance engineer. He succeeds Lonnie Pitts, who retires after 26 years.""",
gold=[]),
# namesake elsewhere: MGM005 Dwayne Tankersley is 65 and lives in Wetumpka.

dict(guid="mgm_rrbl_2026_0304", pub="2026-03-04T07:00:00-06:00", title="Bettencourt's Hardware marks 50 years on Atlanta Highway",
body="""MONTGOMERY - When Lamar Bettencourt took over his father's hardware store in 2004, the big-box stores were already going up on the Eastern Bypass. Twenty-two years later, Bettencourt's Hardware is still selling nails by the pound.

The store celebrates its 50th anniversary Saturday with a cookout and a sidewalk sale. Bettencourt, who owns the business with his wife, Yolanda, credits the repair counter: screen doors, lamps, lawn mower blades.

"He fixed my grandmother's pressure cooker in 1987 and my toaster last week," said Ignatius "Iggy" Bramblett, a customer for four decades.""",
gold=[("MGM013", "subject"), ("MGM014", "subject")]),
# MGM018 Bramblett is a quoted customer: nothing. The Bettencourts co-own the store: both subjects.

dict(guid="mgm_rrbl_2026_0401", pub="2026-04-01T07:00:00-05:00", title="Capital Regional names Fairclough chief medical officer",
body="""MONTGOMERY - Capital Regional Medical Center has named Dr. Desmond Fairclough its chief medical officer, effective May 1.

Fairclough, an internist who has practiced in Montgomery since 2009, has led the hospital's hospitalist group for six years. He trained at Meharry Medical College and completed his residency at UAB.""",
gold=[("MGM009", "subject")]),

dict(guid="mgm_rrbl_2026_0513", pub="2026-05-13T07:00:00-05:00", title="Panadería La Lupita opens second location in Prattville",
body="""PRATTVILLE - The Mexican bakery that sells out of conchas before 9 a.m. on the Atlanta Highway is coming to Autauga County.

Guadalupe Villaseñor Quintanilla opened Panadería La Lupita in east Montgomery in 2015 with two ovens and a loan from her brother. The Prattville shop, in the former Southern Threads building on Cobbs Ford Road, opens June 1 with a staff of eleven.""",
gold=[("MGM006", "subject")]),

dict(guid="mgm_rrbl_2026_0610", pub="2026-06-10T07:00:00-05:00", title="River Region United Way campaign passes $9 million",
body="""MONTGOMERY - The River Region United Way closed its 2026 campaign at $9.2 million, the first time it has passed $9 million.

Leadership donors recognized at Tuesday's luncheon included Thad and Loretta Brightwater, Shannon O'Daniel, Henry and Paula Crum, and the employees of Alfa Insurance. Campaign chair Marvin Hollis thanked 4,100 individual givers.""",
gold=[]),
# donor list: nothing for MGM001, MGM002, MGM011.
]

WMGV = [
dict(guid="mgm_wmgv_story_10422", pub="2026-01-26T18:10:00-06:00", title="Millbrook man hurt when tree falls on truck during ice storm",
body="""MILLBROOK, Ala. (WMGV) - A Millbrook man was taken to Baptist Medical Center South on Sunday after an ice-laden pine tree fell across his pickup on Grandview Road.

Bart Vandiver, 58, was clearing limbs from his driveway when the tree came down, his wife Gwen told WMGV 12 News. He was listed in stable condition with a broken collarbone and a concussion.

Elmore County EMA reported more than 14,000 customers without power on Sunday evening.""",
gold=[("MGM021", "subject")]),

dict(guid="mgm_wmgv_story_10488", pub="2026-02-04T17:45:00-06:00", title="Prattville lineman Harlan Scroggins signs with Troy",
body="""PRATTVILLE, Ala. (WMGV) - Prattville High offensive lineman Harlan Scroggins, 17, signed with Troy University on National Signing Day Wednesday.

The 6-foot-5 senior, the son of Travis and Kim Scroggins, was a first-team all-state pick. "He's the hardest worker I've coached," said Lions coach Brent Ivey.""",
gold=[]),
# namesake of a different age: MGM015 Harlan Scroggins (b. 1955, wife Darlene); the parents are not clients.

dict(guid="mgm_wmgv_story_10561", pub="2026-03-16T18:30:00-05:00", title="Montgomery eighth-grader wins state spelling bee",
body="""MONTGOMERY, Ala. (WMGV) - Kennedy Bettencourt, an eighth-grader at Baldwin Arts and Academics Magnet School, won the Alabama State Spelling Bee on Saturday by correctly spelling "sesquipedalian."

She is the daughter of Lamar and Yolanda Bettencourt of Montgomery and will represent Alabama at the Scripps National Spelling Bee in May.""",
gold=[("MGM013", "parent_of_subject"), ("MGM014", "parent_of_subject")]),

dict(guid="mgm_wmgv_story_10602", pub="2026-04-09T12:15:00-05:00", title="Scarbrough appointed to Alabama Court of Civil Appeals",
body="""MONTGOMERY, Ala. (WMGV) - Montgomery County Circuit Judge Henrietta Scarbrough will join the Alabama Court of Civil Appeals, the governor announced Thursday.

Scarbrough has served on the circuit bench since 2014 and previously spent twelve years as a prosecutor. She fills the seat of Judge Raymond Tolbert, who retired in March.""",
gold=[("MGM020", "subject")]),

dict(guid="mgm_wmgv_story_10677", pub="2026-05-27T17:05:00-05:00", title="Wetumpka couple loses home to fire; neighbors rally",
body="""WETUMPKA, Ala. (WMGV) - A Wetumpka couple escaped unhurt early Tuesday when fire destroyed their home on Hohenberg Street.

Dwayne and Mary Beth Tankersley told WMGV 12 News they were woken by a smoke alarm at about 2 a.m. The Wetumpka Fire Department said the fire started in the attic. The house is a total loss.

"They would give you the shirt off their back, so we're going to do the same," said Teddie Kincannon, who lives around the corner and is organizing a clothing drive at First Methodist.""",
gold=[("MGM004", "subject"), ("MGM005", "subject")]),
# MGM017 Teddie Kincannon quoted: nothing.

dict(guid="mgm_wmgv_story_10733", pub="2026-07-02T18:20:00-05:00", title="Retired colonel honored for building ramps for veterans",
body="""MONTGOMERY, Ala. (WMGV) - A retired Air Force colonel who has built more than 300 wheelchair ramps for veterans received the Alabama Department of Veterans Affairs' Patriot Award on Wednesday.

Col. (Ret.) Garrison Fentress, a former Maxwell Air Force Base commander of Air University's Squadron Officer School, started the project in 2019 with a borrowed trailer. His wife, Celeste, keeps the waiting list.""",
gold=[("MGM019", "subject")]),
]

EAN = [
dict(guid="mgm_ean_2026_021", pub="2026-02-18T08:00:00-06:00", title="Millbrook quilter takes best of show",
body="""The Alabama Quilt Guild's winter show in Montgomery awarded its best-of-show ribbon to JoAnn McWhorter of Millbrook for "Jordan Lake at Dusk," a hand-quilted king-size piece that took her three years.

McWhorter has quilted since she was nine and teaches a Tuesday class at the Millbrook library.""",
gold=[("MGM007", "subject")]),

dict(guid="mgm_ean_2026_044", pub="2026-05-20T08:00:00-05:00", title="Kincannon retires after 35 years at Wetumpka Middle",
body="""When the bell rang Friday at Wetumpka Middle School, it was the last one for Theodora "Teddie" Kincannon, who has taught seventh-grade science there since 1991.

Students lined the hallway with paper volcanoes. Principal Angela Boyd said Kincannon taught "about a third of this town" how to light a Bunsen burner safely.""",
gold=[("MGM017", "subject")]),

dict(guid="mgm_ean_2026_051", pub="2026-06-24T08:00:00-05:00", title="Greater Mount Pisgah celebrates pastor's 25th anniversary",
body="""Greater Mount Pisgah Missionary Baptist Church will celebrate the 25th pastoral anniversary of the Rev. Ezekiel "Zeke" Pettiford with a banquet Saturday evening at the Renaissance Montgomery.

Pettiford and his wife, First Lady Cordelia Pettiford, came to the church in 2001. Under his leadership the congregation opened a food pantry and a tutoring center on Mobile Street.""",
gold=[("MGM010", "subject")]),

dict(guid="mgm_ean_2026_058", pub="2026-07-15T08:00:00-05:00", title="Pike Road couple marks 40 years",
body="""Carl and Felicity Oglesby of Pike Road celebrated their 40th wedding anniversary July 12 with a fish fry for family and friends at Marler Road.

The couple married July 12, 1986, at Pike Road Baptist Church. Felicity, the former Felicity Hornsby, retired from Pike Road Schools in 2024; Carl still farms pecans.""",
gold=[("MGM022", "subject")]),

dict(guid="mgm_ean_2026_063", pub="2026-08-12T08:00:00-05:00", title="Back-to-school supply drive fills 600 backpacks",
body="""Volunteers from six Wetumpka and Millbrook churches packed 600 backpacks Saturday at the Elmore County Civic Center.

Organizers thanked volunteers including Octavia DeLoach, Jo Ann McWhorter, Gary Lassiter and the Wetumpka High Key Club, and donors Bettencourt's Hardware and Panadería La Lupita.""",
gold=[]),
# volunteer and donor lists: nothing for MGM012, MGM007, MGM013/014, MGM006.
]

ITEMS = RRBL + WMGV + EAN
