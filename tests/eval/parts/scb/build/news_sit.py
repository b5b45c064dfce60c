"""The Sea Island Times & Colleton Crier: community newsletter (milestones, schools, births, awards). Teaser
description plus HTML in content:encoded. Hand-labelled."""

FEED = "sit"
ITEMS = [
dict(guid="scb_sit_2026_0421_eloise90", pub="2026-04-23T08:00:00-04:00",
     title="Happy 90th birthday, Miss Eloise!",
body="""Seabrook's own Eloise Singleton Manigo turned 90 on April 21, and the whole community came out for her.

Miss Eloise, as everyone calls her, taught first grade at Shanklin Elementary for 33 years and still leads the praise song at Brick Church on Sundays. Her children, grandchildren and former students filled the fellowship hall for cake and a red-rice supper.""",
gold=[("SCB021", "subject")]),

dict(guid="scb_sit_2026_0310_spellingbee", pub="2026-03-10T08:00:00-05:00",
     title="St. Helena Elementary fifth-grader wins Lowcountry regional spelling bee",
body="""Jaden Grayson, a fifth-grader at St. Helena Elementary School, won the Lowcountry Regional Spelling Bee on Saturday by correctly spelling "archipelago."

Jaden, the son of Isaiah and Tamika Grayson of St. Helena Island, will represent the region at the state bee in Columbia next month.""",
gold=[("SCB017", "parent_of_subject"), ("SCB018", "parent_of_subject")]),

dict(guid="scb_sit_2026_0614_polite50", pub="2026-06-14T08:00:00-04:00",
     title="Polites celebrate 50 years of marriage",
body="""Mr. and Mrs. Ezekiel Polite Jr. of St. Helena Island celebrated their 50th wedding anniversary on June 12 with a renewal of vows at Ebenezer Baptist Church.

Zeke and Hattie Mae (Chisolm) Polite were married at Tabernacle Baptist Church in Dale on June 12, 1976. They have three children and eight grandchildren. Mr. Polite retired from the Beaufort County Public Works department; Mrs. Polite is a retired nurse.""",
gold=[("SCB001", "subject"), ("SCB002", "subject")]),

dict(guid="scb_sit_2026_0505_penncenter", pub="2026-05-05T08:00:00-04:00",
     title="Heritage Days fundraiser tops $40,000",
body="""The spring Heritage Days fundraiser for the island's historic school campus raised more than $40,000 for the restoration of the old blacksmith shop, organizers said.

Major donors included the Sea Island Rotary, Queen Esther Wigfall, Roberta Glover, Dr. Priya Raghunathan and the Frogmore Shrimp Company. Volunteers Tamika Grayson and Clarence Bostick coordinated the Gullah food tent.""",
gold=[]),

dict(guid="scb_sit_2026_0530_postmaster", pub="2026-05-30T08:00:00-04:00",
     title="Walterboro postmaster Hal Tuten retires after 34 years",
body="""Harold "Hal" Tuten has retired as Walterboro postmaster after 34 years with the U.S. Postal Service, the last twelve running the Hampton Street post office.

Co-workers held a reception for him on May 29. Tuten said he plans to fish the Edisto and spend time with his wife, Brenda, and their grandchildren.""",
gold=[("SCB006", "subject")]),

dict(guid="scb_sit_2026_0218_govschool", pub="2026-02-18T08:00:00-05:00",
     title="Colleton County High junior selected for Governor's School",
body="""Caroline Varnadoe, a junior at Colleton County High School, has been accepted to the South Carolina Governor's School for Science and Mathematics in Hartsville.

Caroline is the daughter of Trip and Ashley Varnadoe of Walterboro, owners of Varnadoe Feed & Seed.""",
gold=[("SCB009", "parent_of_subject"), ("SCB012", "parent_of_subject")]),

dict(guid="scb_sit_2026_0127_naacp", pub="2026-01-27T08:00:00-05:00",
     title="Beaufort NAACP honors Simmons-Gadsden for community service",
body="""The Beaufort Branch of the NAACP presented its Septima Clark Community Service Award to Loretta Simmons-Gadsden at its annual Freedom Fund banquet on Saturday.

Simmons-Gadsden has run the free tax-preparation clinic at the Beaufort branch library for fifteen years.""",
gold=[("SCB005", "subject")]),

dict(guid="scb_sit_2026_0702_births", pub="2026-07-02T08:00:00-04:00",
     title="Births: Coastal Carolina Hospital, June",
body="""A daughter, Amara Grace, to Dwayne and Keisha Smalls of Ridgeland, June 24.

A son, Levi James, to Cody and Brittany Hiers of Hardeeville, June 27.""",
gold=[("SCB022", "subject")]),

dict(guid="scb_sit_2026_0212_signing", pub="2026-02-12T08:00:00-05:00",
     title="Beaufort High's Bythewood signs with Furman",
body="""Beaufort High School offensive lineman Rufus Bythewood, 17, signed a letter of intent Wednesday to play football at Furman University.

Bythewood, a three-year starter for the Eagles, is the son of Dana and Marcus Bythewood of Beaufort.""",
gold=[]),
]
