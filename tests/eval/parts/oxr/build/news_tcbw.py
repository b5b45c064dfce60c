"""Tri-Counties Business Weekly (Ventura, Santa Barbara and San Luis Obispo counties): business journal, plain text.
Hand-labelled (`gold=`)."""

FEED = "tcbw"
ITEMS = [
dict(guid="oxr_tcbw_2026_02_04_eskildsen", pub="2026-02-04T06:00:00-08:00",
title="Eskildsen Ceramics opens a second studio in Ojai",
body="""VENTURA - Eskildsen Ceramics, the downtown Ventura pottery studio known for its speckled coastal glazes, is opening a second studio and kiln yard in Ojai this spring.

Founder Sunniva Eskildsen, 41, who started the business in a rented garage in 2015, signed a five-year lease on a former citrus packing shed on Foothill Road. The Ojai site will add three wood-fired kilns and classes for 60 students a week. "Ojai has been a potters' town since Beatrice Wood," Eskildsen said.

The shed's owner, Conrad Ravenscroft, a ceramicist who taught for years at Happy Valley School, said he had been waiting for the right tenant. "She fires hotter than I ever did," Ravenscroft said.""",
gold=[("OXR019", "subject")]),

dict(guid="oxr_tcbw_2026_03_25_credit-union", pub="2026-03-25T06:00:00-07:00",
title="Channel Islands Community Credit Union names O'Driscoll chief executive",
body="""OXNARD - Channel Islands Community Credit Union has named Siobhan O'Driscoll its president and chief executive, the board said Tuesday. She succeeds Harold Byers, who retires June 30 after 19 years.

O'Driscoll, 57, of Ventura, has been the credit union's chief financial officer since 2017 and led its 2023 merger with Santa Clara Valley Federal Credit Union. The $1.9 billion cooperative has 14 branches between Carpinteria and Thousand Oaks.

Board chair Naomi Tsuchiyama-Reyes said the vote was unanimous.""",
gold=[("OXR021", "subject")]),

dict(guid="oxr_tcbw_2026_04_22_huitron-citrus", pub="2026-04-22T06:00:00-07:00",
title="Huitrón Citrus Packing to double Santa Paula packing line",
body="""SANTA PAULA - Huitrón Citrus Packing, the family-owned packing house on Tenth Street, will spend $14 million to double its lemon and avocado line and add 60 jobs, the company said.

Joaquín and Araceli Huitrón, who have co-owned the business since buying out Joaquín's siblings in 2009, said the expansion answers demand from grocery chains in the Pacific Northwest. The company, founded in a garage by Joaquín's parents in 1966, packs for 140 growers in the Santa Clara River Valley.

"My mother saw this building before any of us did," Joaquín Huitrón said. His mother, Guadalupe, died earlier this month.""",
gold=[("OXR013", "subject"), ("OXR012", "subject")]),

dict(guid="oxr_tcbw_2026_06_01_pettengill", pub="2026-06-01T06:00:00-07:00",
title="After 32 years, Gary Pettengill hands over Pettengill Marine Hardware",
body="""VENTURA - Garrison "Gary" Pettengill Jr. is retiring from Pettengill Marine Hardware, the Ventura Harbor chandlery his late father opened in 1963, and selling it to two longtime employees.

Pettengill, 69, took over the store in 1994. He will stay on as an adviser through the end of the year. The buyers, Marco Ibáñez and Kelsey Frame, have worked at the counter for a combined 31 years.

"Dad would have wanted it to stay a store where you can talk to a person," Pettengill said. His wife, Lorna, who kept the books for three decades, said she was looking forward to "a summer where nobody calls about a bilge pump." """,
gold=[("OXR007", "subject")]),

dict(guid="oxr_tcbw_2026_06_18_strawberries", pub="2026-06-18T06:00:00-07:00",
title="Oxnard strawberry acreage falls for a third year",
body="""OXNARD - Ventura County growers planted 9,800 acres of strawberries this season, down 6 percent from last year and the third straight decline, the county agricultural commissioner's annual report shows.

Growers blame labor costs, water and competition from Mexico. "The math doesn't work at these prices," said Luis Arellano, who farms 300 acres near Hueneme Road. Some fields are moving into raspberries and celery.""",
gold=[]),

dict(guid="oxr_tcbw_2026_07_15_foundation", pub="2026-07-15T06:00:00-07:00",
title="Community foundation awards $2.1 million to 48 nonprofits",
body="""CAMARILLO - The Ventura County Community Foundation awarded $2.1 million in spring grants to 48 nonprofits, from the Oxnard food bank to the Ojai Valley Land Conservancy.

The largest grant, $250,000, went to Mixteco/Indígena Community Organizing Project for its interpreter-training program. The foundation thanked its Founders Circle donors, including Teodoro and Consuelo Zamarripa, the Quarles Family Trust, Mariano and Corazon Lacsamana, Dr. Helen Obuya and the estate of Leland Brisbane.""",
gold=[]),
]
