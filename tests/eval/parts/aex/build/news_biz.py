"""Central Louisiana Business Report (monthly business paper): plain text. Hand-labelled."""

ITEMS = [
dict(guid="aex_clbr_2026_01_texada", pub="2026-01-30T07:00:00-06:00",
title="Clay Texada steps down after 41 years at helm of Texada Timber & Land",
body="""ALEXANDRIA - Claiborne "Clay" Texada is retiring as president of Texada Timber & Land Co., the Alexandria timber-management firm his grandfather founded in 1938.

Texada, 70, led the company for 41 years and grew its managed acreage from 12,000 to more than 90,000 acres across Rapides, Grant and Vernon parishes. Longtime forester Dana Whitstine becomes president on March 1; Texada remains chairman.""",
gold=[("AEX006", "subject")]),

dict(guid="aex_clbr_2026_04_rachal", pub="2026-04-24T07:00:00-05:00",
title="Rachal's Cane River Kitchen to open second location in Pineville",
body="""ALEXANDRIA - Patrice Rachal will open a second Rachal's Cane River Kitchen this summer in the former Main Street bank building in Pineville.

Rachal opened the original restaurant on Third Street in Alexandria in 2014; its meat pies and Sunday smothered chicken now draw a line out the door. The Pineville location will add 30 jobs.""",
gold=[("AEX019", "subject")]),

dict(guid="aex_clbr_2026_05_library", pub="2026-05-29T07:00:00-05:00",
title="Rapides library foundation closes $2.1 million campaign for new Pineville branch",
body="""PINEVILLE - The Rapides Parish Library Foundation has closed its campaign for a new Pineville branch at $2.1 million, ahead of schedule.

Leadership donors include Cleco, Red River Bank, Ferris and Dot Lachney, Clay and Annelise Texada, and the Kimbrough family. Construction is set to begin in October.""",
gold=[]),  # donor list

dict(guid="aex_clbr_2026_05_teacher", pub="2026-05-15T07:00:00-05:00",
title="Lecompte science teacher named Rapides Parish Teacher of the Year",
body="""LECOMPTE - Shonda Batiste, who teaches chemistry and physics at Lecompte High School, was named 2026 Rapides Parish Teacher of the Year.

Batiste started the school's robotics team in 2019; it qualified for the state championship this spring. She will represent Rapides Parish in the state competition in Baton Rouge in July.""",
gold=[("AEX023", "subject")]),
]
