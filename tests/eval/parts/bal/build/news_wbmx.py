"""WBMX 11 News (Baltimore TV station): local web stories, HTML descriptions. Hand-labelled."""

FEED = "wbmx"
ITEMS = [
dict(guid="bal_wbmx_story_0127_whitlock_coach", pub="2026-01-27T18:20:00-05:00", title="West Baltimore coach honored for 40 years of keeping kids on the court",
body="""BALTIMORE (WBMX) - For forty winters, the gym at the Druid Hill Avenue recreation center has belonged to Reggie Whitlock.

On Tuesday the city's Department of Recreation and Parks renamed the gym's court in his honor. Whitlock, a retired postal carrier and a deacon at Greater Mount Moriah Baptist Church, has coached more than 1,500 boys and girls in the neighborhood league since 1986, many of them, he says, "the grandchildren of my first players."

Whitlock's wife, Bernice, who has kept the scorebook for most of those years, cut the ribbon.""",
gold=[("BAL001", "subject")]),  # Bernice cuts the ribbon for his honour: nothing for BAL002

dict(guid="bal_wbmx_story_0212_dundalk_fire", pub="2026-02-12T06:45:00-05:00", title="Couple escapes Dundalk house fire; firefighters rescue dog",
body="""DUNDALK, Md. (WBMX) - An elderly couple escaped a two-alarm fire that gutted their Shipway Road home early Thursday.

Baltimore County fire officials said Bohdan and Maria Kowalchuk woke to smoke shortly after 2 a.m. and got out through a back door. Firefighters carried the couple's dog, Bruno, out of the basement. Neither was hurt.

The fire appears to have started in a space heater in the kitchen, officials said. Neighbors have set up a collection for the Kowalchuks at St. Michael's Ukrainian Catholic Church.""",
gold=[("BAL007", "subject")]),   # Maria Kowalchuk is not a client

dict(guid="bal_wbmx_story_0305_rec_center", pub="2026-03-05T17:05:00-05:00", title="Edmondson Village rec center reopens after $4 million renovation",
body="""BALTIMORE (WBMX) - The Edmondson Village recreation center reopened Thursday with a new pool, a teaching kitchen and a computer lab.

"My kids learned to swim here and now my grandkids will," said Clarence Mayfield, who has lived on Edmondson Avenue for 45 years and came to the ribbon cutting. "This is what a neighborhood looks like when somebody keeps a promise."

The center had been closed since 2023.""",
gold=[]),   # Clarence Mayfield quoted bystander: nothing

dict(guid="bal_wbmx_story_0514_spelling_bee", pub="2026-05-14T18:30:00-04:00", title="Columbia 8th-grader heads to Scripps National Spelling Bee",
body="""COLUMBIA, Md. (WBMX) - Kiara Van Dyke, an eighth-grader at Wilde Lake Middle School, won the Howard County spelling bee Saturday and will represent the county at the Scripps National Spelling Bee in June.

Kiara clinched the title with "chiaroscuro." Her parents, Darnell and Tamika Van Dyke, said she studies word roots with her grandmother over FaceTime every night.""",
gold=[("BAL024", "parent_of_subject")]),

dict(guid="bal_wbmx_story_0602_glen_burnie_crash", pub="2026-06-02T07:10:00-04:00", title="Crash closes Ritchie Highway in Glen Burnie for three hours",
body="""GLEN BURNIE, Md. (WBMX) - A three-vehicle crash closed northbound Ritchie Highway at Crain Highway for about three hours Monday morning. Anne Arundel County police said two drivers were taken to Baltimore Washington Medical Center with injuries that were not life-threatening. The crash remains under investigation.""",
gold=[]),

dict(guid="bal_wbmx_story_0616_eagle_scout", pub="2026-06-16T17:40:00-04:00", title="Dundalk teen builds flood-warning signs for Eagle Scout project",
body="""DUNDALK, Md. (WBMX) - Dan Kowalchuk, 17, of Dundalk, has earned the rank of Eagle Scout with a project his neighbors hope they never need: 14 flood-depth signs along the low streets near Bear Creek.

The Patapsco High junior, a member of Troop 876, raised $3,200 for the signs. His parents, Roman and Tetyana Kowalchuk, said he got the idea after the 2023 tidal floods.""",
gold=[]),   # young namesake of BAL007 (Bohdan "Dan" Kowalchuk, b. 1950, Dundalk), parents Roman and Tetyana: nothing
]
