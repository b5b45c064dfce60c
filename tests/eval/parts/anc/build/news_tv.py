"""KANL 5 Alaska's Newsroom: local TV station web stories, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="anc_kanl5_story_20260514_0311", pub="2026-05-14T17:30:00-09:00", title="Juneau fisherman rescued after skiff capsizes in Lynn Canal",
body="""JUNEAU, Alaska (KANL) - A Juneau commercial fisherman is recovering after spending nearly an hour clinging to his overturned skiff in Lynn Canal on Wednesday.

The Coast Guard said Sean O'Halloran, 24, of Juneau, was pulled from the water by the crew of a passing tender. He was treated for hypothermia at Bartlett Regional Hospital and released.

"I'm buying that crew dinner for the rest of my life," O'Halloran said.""",
gold=[]),

dict(guid="anc_kanl5_story_20260823_0488", pub="2026-08-23T19:10:00-08:00", title="Peters Creek floods Chugiak homes; families sandbag through the night",
body="""CHUGIAK, Alaska (KANL) - Families along Peters Creek spent Saturday bailing basements and pulling carpet after a night of heavy rain sent the creek over its banks and into a dozen homes off Birchwood Loop Road.

Sean and Tamsin O'Halloran said water was ankle-deep in their garage and lower level by midnight. "We lost the freezer, the furnace and thirty years of photos," Tamsin O'Halloran said. "But the dog is fine and we are fine."

A neighbor, Grant McFetridge, helped them carry furniture upstairs until 2 a.m. The Municipality of Anchorage has opened a damage-reporting line, and the Red Cross is offering clean-up kits at the Chugiak Senior Center.""",
gold=[("ANC018", "subject"), ("ANC019", "subject")]),

dict(guid="anc_kanl5_story_20261030_0602", pub="2026-10-30T18:00:00-08:00", title="JBER's longest-serving civilian fire chief hangs up his helmet",
body="""JOINT BASE ELMENDORF-RICHARDSON, Alaska (KANL) - After 41 years on the base fire department, Deputy Fire Chief Dwight Harrelkamp of Eagle River worked his last shift Thursday.

Harrelkamp, the son of a career Air Force chief master sergeant, joined the department in 1985 and fought fires in everything from F-15 hangars to base housing. Firefighters lined the apparatus bay and sounded the sirens as he walked out.

"Carol has a list of projects," Harrelkamp said of his wife. "It's longer than my service record." """,
gold=[("ANC007", "subject")]),

dict(guid="anc_kanl5_story_20260127_0144", pub="2026-01-27T21:15:00-09:00", title="Parks Highway driver charged with DUI after head-on crash near Wasilla",
body="""WASILLA, Alaska (KANL) - Alaska State Troopers have charged a Big Lake man with driving under the influence and first-degree assault after a head-on crash on the Parks Highway near Church Road on Monday night.

Troopers say the man's pickup crossed the center line and struck an SUV driven by Kyle Lindvahl, 40, of Wasilla. Lindvahl was taken to Mat-Su Regional Medical Center with a broken wrist and released.

The suspect is being held at the Mat-Su Pretrial Facility on $25,000 bail.""",
gold=[]),

dict(guid="anc_kanl5_story_20261119_0655", pub="2026-11-19T17:45:00-09:00", title="Fire guts Muldoon home of Samoan church pastor days before Thanksgiving",
body="""ANCHORAGE, Alaska (KANL) - A Muldoon pastor who spends most of her week feeding other families is now the one who needs help, after an early-morning fire gutted her home on Wednesday.

Anchorage Fire Department crews were called to the house off Muldoon Road at about 4:30 a.m. The Rev. Faamatala "Mata" Tauanu'u, pastor of the Samoan Congregational Christian Church, and her two nieces got out safely. Investigators believe the fire started in a space heater in the garage.

"We have our lives and our Bibles," Tauanu'u said. "Everything else God can replace." Church members have set up a collection at the Mountain View Community Pantry.""",
gold=[("ANC017", "subject")]),
]
