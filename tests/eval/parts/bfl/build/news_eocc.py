"""The Community Courier (neighborhood paper for East Bakersfield, Oildale and the valley towns; milestones,
schools, weddings): teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "eocc"
ITEMS = [
dict(guid="bfl_eocc_2026_0312", pub="2026-03-12T09:00:00-07:00",
title="Hanford teacher named Kings County Teacher of the Year",
body="""HANFORD - Marisol Landeros, who teaches fifth grade at Monroe Elementary in Hanford, has been named Kings County Teacher of the Year.

Landeros, 38, a Hanford native, started a school garden that now supplies the cafeteria salad bar. She will represent Kings County in the state program this fall.""",
gold=[]),

dict(guid="bfl_eocc_2026_0528", pub="2026-05-28T09:00:00-07:00",
title="Bakersfield's Jasnoor Mangat earns medical degree, returns home for residency",
body="""Jasnoor Singh Mangat, a 2018 graduate of Liberty High School, received his doctor of medicine degree from the UC Davis School of Medicine on May 22.

Dr. Mangat, the son of Harjinder and Balwinder Mangat of Bakersfield, will begin a family medicine residency at Kern Medical in June. His grandmother, the late Jaswant Kaur Mangat, "told everyone at the gurdwara I was a doctor when I was in eighth grade," he said. "So this is mostly about her being right." """,
gold=[("BFL003", "parent_of_subject"), ("BFL004", "parent_of_subject")]),

dict(guid="bfl_eocc_2026_0606", pub="2026-06-06T09:00:00-07:00",
title="Fela Rubalcava turns 88 with a mariachi and two hundred friends",
body="""Felicitas "Fela" Rubalcava celebrated her 88th birthday on Sunday with a mariachi, a three-tier tres leches cake and about two hundred friends in the hall at San Ignacio de Loyola.

Rubalcava, who was born on June 1, 1938, in Tepic, Nayarit, sewed wedding and quinceañera dresses in her Belle Terrace home for five decades. "Half the brides in this hall wore one of my dresses," she said. "The other half should have." """,
gold=[("BFL019", "subject")]),

dict(guid="bfl_eocc_2026_0627", pub="2026-06-27T09:00:00-07:00",
title="Oyarzabal - Etchepare",
body="""Ximena Oyarzabal and Beñat Etchepare were married June 20 at San Ignacio de Loyola Church in Bakersfield, with a reception for 400 at the Kern County Basque Club.

The bride, a pharmacist at Adventist Health, is the daughter of Mikel and Arantxa Oyarzabal of Bakersfield and the granddaughter of the late Bautista Iturriria. The groom, a CHP officer, is the son of Jean-Michel and Sylvie Etchepare of Chino. The couple danced the aurresku and will live in northeast Bakersfield.""",
gold=[("BFL024", "subject")]),

dict(guid="bfl_eocc_2026_0710", pub="2026-07-10T09:00:00-07:00",
title="East Bakersfield library branch reopens after a year of repairs",
body="""The Baker Street branch of the Kern County Library reopened Tuesday after a year-long seismic retrofit, with a new children's room, a teen maker space and the branch's first air conditioning that works in August.

"People waited outside for an hour," said branch librarian Dorinda McCutchan. "In July. In Bakersfield." The branch is open Tuesday through Saturday.""",
gold=[]),
]
