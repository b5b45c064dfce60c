"""Crossroads 19 (KXVT, Victoria): local TV station site, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="vct_tv_20260122_101", pub="2026-01-22T17:30:00-06:00", title="Victoria College names new dean of health sciences",
body="""VICTORIA, Texas (KXVT) - Victoria College has a new dean of health sciences, and she is no stranger to the campus.

Bobbie Sue Pargmann, who has led the college's nursing program since 2017, was named dean on Thursday by the board of trustees. Pargmann started her career as a labor-and-delivery nurse at Citizens Medical Center and has taught at the college for 19 years.

"Half the nurses in this town passed through her classroom," trustee Alan Brevard said.""",
gold=[("VCT004", "subject")]),

dict(guid="vct_tv_20260209_114", pub="2026-02-09T06:45:00-06:00", title="Port Lavaca shrimper's home damaged in early-morning fire",
body="""PORT LAVACA, Texas (KXVT) - A Port Lavaca shrimper and his family escaped without injury early Monday when fire broke out in the kitchen of their home on Travis Street.

Thanh "Tommy" Tran said a smoke alarm woke him at about 4 a.m. "I got everybody out, then I got the hose," Tran said. Port Lavaca firefighters had the blaze out in twenty minutes, but the kitchen and back porch are a loss.

The Calhoun County Long Term Recovery group is collecting gift cards for the family.""",
gold=[("VCT008", "subject")]),

dict(guid="vct_tv_20260305_127", pub="2026-03-05T18:10:00-06:00", title="Victoria East senior named National Merit Scholar",
body="""VICTORIA, Texas (KXVT) - Victoria East High School senior Diego De La Garza has been named a National Merit Scholar, one of only three in the Crossroads this year.

Diego, the son of Ramiro and Yolanda De La Garza of Victoria, plans to study chemical engineering at Texas A&M. He is also the Titans' drum major.

"We are proud, but mostly we are tired of driving to band contests," his father joked.""",
gold=[("VCT006", "parent_of_subject"), ("VCT007", "parent_of_subject")]),

dict(guid="vct_tv_20260331_140", pub="2026-03-31T17:00:00-05:00", title="Victoria fire captain hangs up his helmet after 35 years",
body="""VICTORIA, Texas (KXVT) - Firefighters lined the bay doors of Station 1 on Tuesday to clap out Capt. Gustavo "Gus" Villarreal on his last shift with the Victoria Fire Department.

Villarreal joined the department in 1991 and led the rescue boat crews during the 1998 Guadalupe River flood and Hurricane Harvey. He says retirement will mean fishing at Coleto Creek and more time with his grandchildren.""",
gold=[("VCT014", "subject")]),

dict(guid="vct_tv_20260602_166", pub="2026-06-02T16:20:00-05:00", title="Calhoun County residents stock up as hurricane season begins",
body="""PORT LAVACA, Texas (KXVT) - Plywood and generators were already moving at hardware stores in Port Lavaca on the first day of hurricane season.

"I've lived on the bay front for forty years. You don't wait for the cone," said Reba Jean Strauch, loading water jugs into her car. Calhoun County emergency management urges residents to know their evacuation zone and register anyone who needs transportation.""",
gold=[]),

dict(guid="vct_tv_20260614_171", pub="2026-06-14T19:05:00-05:00", title="Beaumont angler wins Lake Texana bass tournament",
body="""EDNA, Texas (KXVT) - Marcus Oliphant, 24, of Beaumont, brought in a five-fish bag weighing 27.4 pounds on Saturday to win the Lake Texana Summer Bass Classic at Brackenridge Park.

Oliphant, a Lamar University student, said he fished deep brush piles near the dam. Second place went to a team from Ganado.""",
gold=[]),

dict(guid="vct_tv_20260710_185", pub="2026-07-10T12:00:00-05:00", title="Port Lavaca's Pho Lavaca celebrates ten years on Main Street",
body="""PORT LAVACA, Texas (KXVT) - Ten years ago Hoang and Mai Nguyen turned a shuttered bait shop into a noodle house. On Friday, Pho Lavaca celebrated its tenth anniversary with free spring rolls and a line out the door.

Henry Nguyen, as regulars know him, still makes the broth himself every morning at 4. Mai Nguyen runs the front and the books. "Shrimpers, refinery workers, the mayor - everybody eats here," she said.""",
gold=[("VCT015", "subject"), ("VCT016", "subject")]),
]
