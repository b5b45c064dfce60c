"""The Tideline (weekly paper of Swansboro, Hubert, Sneads Ferry and eastern Onslow County): community news,
milestones, schools, plain text. Hand-labelled."""

FEED = "tideline"
ITEMS = [
dict(guid="oaj_tideline_2026_01_15_anniv", pub="2026-01-15T08:00:00-05:00", title="Dimaculangans mark 40 years of marriage",
body="""Rodelio "Rody" and Luzviminda "Luz" Dimaculangan of Jacksonville celebrated their 40th wedding anniversary on January 11 with a Mass of thanksgiving at Our Lady of the Sound Catholic Church and a lechon dinner for 150 at the Filipino-American Association hall.

The couple were married January 11, 1986, in San Fernando, Pampanga, and came to Jacksonville in 1990, when Rody was assigned to the Naval Hospital at Camp Lejeune. After retiring from the Navy he opened Manila Bay Bakeshop on Western Boulevard; Luz is a retired Onslow County Schools teacher assistant.

They have three children and five grandchildren.""",
gold=[("OAJ009", "subject"), ("OAJ008", "subject")]),

dict(guid="oaj_tideline_2026_04_16_toy", pub="2026-04-16T08:00:00-04:00", title="Swansboro Middle's Frazelle is Onslow County Teacher of the Year",
body="""Cedric Frazelle, who teaches eighth-grade science at Swansboro Middle School, has been named the 2026 Onslow County Schools Teacher of the Year.

Frazelle, in his 18th year in the classroom, is known for the oyster-restoration project his students run with the North Carolina Coastal Federation on the White Oak River. He was surprised with the award Tuesday in front of his students, who had known about it for a week and kept the secret.

He will represent Onslow County in the Southeast regional competition this fall.""",
gold=[("OAJ021", "subject")]),

dict(guid="oaj_tideline_2026_05_07_humphreys", pub="2026-05-07T08:00:00-04:00", title="Humphrey's Marine & Tackle marks 40 years on the Swansboro waterfront",
body="""When Carl Wayne Humphrey opened a bait-and-tackle counter in the corner of his daddy's fish house in 1986, he sold frozen shrimp, hooks and cold drinks. Forty years later, Humphrey's Marine & Tackle on Front Street employs 14 people, services outboard motors from Cedar Point to Sneads Ferry, and is the largest independent marine supply store in eastern Onslow and western Carteret counties.

The store will celebrate its anniversary with a fish fry and a free boat-safety check on Saturday, May 16.

Humphrey said he wished his mother, the late Inez Humphrey, who kept the store's books until she was 90, could see it. "She'd say we ought to have done it in thirty-nine," he said.""",
gold=[("OAJ013", "subject")]),

dict(guid="oaj_tideline_2026_07_09_chowder", pub="2026-07-09T08:00:00-04:00", title="Clam chowder crown goes to Cedar Point's Wanda Lewis",
body="""Wanda Lewis of Cedar Point took the crown at the Swansboro Fourth of July Clam Chowder Cook-off for the second time in three years with her Down East-style clear-broth chowder.

Twenty-two cooks entered. The judges were Rev. Clarence Outlaw of Mount Calvary AME Zion Church in Jacksonville, Dr. Anjali Varghese of the Hospice House of Onslow, and Sneads Ferry shrimper Buddy Midyette, who said he "ate more clams in one afternoon than in the whole last year."

Proceeds of $3,400 go to the Swansboro Food Pantry.""",
gold=[]),

dict(guid="oaj_tideline_2026_10_22_rotary", pub="2026-10-22T08:00:00-04:00", title="Rotary golf tournament raises $41,000 for Onslow scholarships",
body="""The Swansboro Rotary Club's 30th annual golf tournament at Star Hill raised $41,000 for college scholarships for Onslow and western Carteret County students.

Major sponsors were Humphrey's Marine & Tackle, First Citizens Bank, New River Federal Credit Union and Manila Bay Bakeshop. Individual donors included Carl Wayne and Patsy Humphrey, Gloria Outlaw, Rody Dimaculangan, Cedric Frazelle, Dr. Anjali Varghese and Travis Mattocks.

The winning foursome was from Cape Carteret.""",
gold=[]),

dict(guid="oaj_tideline_2026_12_03_births", pub="2026-12-03T08:00:00-05:00", title="New arrivals: Amaya Rose Sidbury",
body="""Marvin and Tonya Sidbury of Jacksonville announce the birth of their daughter, Amaya Rose Sidbury, on November 20, 2026, at New River Regional Medical Center. She weighed 7 pounds, 9 ounces.

Amaya joins a big brother, Marcus, 4. Marvin Sidbury is a trustee and youth choir director at Mount Calvary AME Zion Church.""",
gold=[("OAJ007", "subject")]),
]
