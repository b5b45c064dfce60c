"""KRVX Rogue Valley 7 (TV station, Medford): local web stories, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="mfr_krvx_20260127_fire", pub="2026-01-27T07:45:00-08:00",
title="Central Point woman escapes early-morning house fire",
body="""CENTRAL POINT, Ore. (KRVX) - A Central Point woman escaped without injury early Tuesday when fire broke out in the garage of her home on Pine Street.

Fire District 3 crews arrived at about 4:10 a.m. to find the garage fully involved. The homeowner, Rae Ann Stuckart, 71, told Rogue Valley 7 she woke to her smoke alarm and got out through the back door with her cat. The fire spread into the kitchen before crews stopped it; the home is not livable, and the Red Cross is helping her.

"I saw the glow through the window and I went over and pounded on her door, but she was already out in the yard in her robe," said neighbor Gideon Pflugrath. Investigators believe a space heater in the garage started the fire.""",
gold=[("MFR004", "subject")]),   # Pflugrath is a quoted neighbor: nothing

dict(guid="mfr_krvx_20260228_wrestling", pub="2026-02-28T22:10:00-08:00",
title="North Medford sophomore wins state wrestling title",
body="""PORTLAND, Ore. (KRVX) - North Medford sophomore Mateo Tafolla won the 6A state championship at 138 pounds Saturday night at Memorial Coliseum, pinning his opponent from Newberg in the third period.

Tafolla, 16, finished the season 41-2. He is the son of Chuy and Leticia Tafolla of Medford; his father wrestled for South Medford in the 1990s and never made it past the district tournament. "He's already better than I ever was," Chuy Tafolla said. "His mother says he gets it from her side."

Mateo is North Medford's first state champion since 2019.""",
gold=[("MFR018", "parent_of_subject"), ("MFR019", "parent_of_subject")]),

dict(guid="mfr_krvx_20260608_rogues", pub="2026-06-08T21:30:00-07:00",
title="Medford Rogues open season with a walk-off win at Harry & David Field",
body="""MEDFORD, Ore. (KRVX) - The Medford Rogues opened their summer collegiate season Monday with a 5-4 win over the Corvallis Knights, on a ninth-inning single by catcher Brody Nakamura.

A crowd of 2,900 filled Harry & David Field. "I've had season tickets since the Medford A's were here, and that's as good an opener as I've seen," said Ev Quisenberry, 78, of east Medford, who sat behind home plate with his wife.

The Rogues play the Knights again Tuesday at 6:35 p.m.""",
gold=[]),   # Ev Quisenberry is a quoted fan: nothing

dict(guid="mfr_krvx_20260712_rescue", pub="2026-07-12T18:05:00-07:00",
title="Ashland hiker rescued after fall near Mount Ashland",
body="""ASHLAND, Ore. (KRVX) - An Ashland man was airlifted to Asante Rogue Regional Medical Center on Sunday after falling about 30 feet down a rocky slope off the Pacific Crest Trail near Mount Ashland.

The Jackson County Sheriff's Office identified the hiker as Declan O'Shaughnessy, 53, of Ashland. Search and Rescue volunteers reached him at about 2 p.m. and a Coast Guard helicopter lifted him out. He was listed in fair condition with a broken leg and a broken wrist.

"He was calm, talking the whole time, cracking jokes," said Dalton Ruesink of Central Point, who was hiking the same stretch and called 911. "I've never seen anybody that cheerful with a bone sticking the wrong way." """,
gold=[("MFR007", "subject")]),   # Ruesink is the hiker who called 911, quoted: nothing

dict(guid="mfr_krvx_20261005_doctor", pub="2026-10-05T17:20:00-07:00",
title="Ashland doctor named Oregon's Rural Physician of the Year",
body="""ASHLAND, Ore. (KRVX) - An Ashland family doctor who drives a mobile clinic to the Applegate Valley and Prospect every week has been named Oregon's Rural Physician of the Year by the Oregon Academy of Family Physicians.

Dr. Anneliese Kornbluth started the clinic in a converted bookmobile in 2017 after noticing how many of her patients skipped appointments because of the drive. It now makes four stops a week and sees about 3,000 patient visits a year.

"People in Ruch and Prospect should not have to choose between a day of wages and a blood-pressure check," Kornbluth said. She will receive the award in Portland next month.""",
gold=[("MFR017", "subject")]),
]
