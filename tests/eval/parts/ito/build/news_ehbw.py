"""East Hawaii Business Weekly: a business weekly (people on the move, openings, anniversaries, farm prices).
Plain-text descriptions. Hand-labelled."""

FEED = "ehbw"
ITEMS = [
dict(guid="ito_ehbw_2026_0107", pub="2026-01-07T06:00:00-10:00", title="Longtime Hilo dentist Hideo Matsunami retires after 40 years",
body="""Dr. Hideo Matsunami will see his last patient on Jan. 30, closing out forty years of practice in the same office on Kinoole Street where his father, Dr. Tetsuo Matsunami, practiced before him.

Matsunami, 70, has sold the practice to Dr. Reyna Ota, a Hilo High graduate who has worked with him since 2021. His wife, Carol, who has run the front desk for thirty-two years, is retiring with him.

"I've cleaned the teeth of three generations of some families," Matsunami said. "I'm going to miss the gossip more than the dentistry." """,
gold=[("ITO016", "subject")]),

dict(guid="ito_ehbw_2026_0311", pub="2026-03-11T06:00:00-10:00", title="Kaʻaihue Poke & Plate Lunch opens second shop in Keaau",
body="""The plate-lunch counter that started in a converted garage in Pāpaʻikou is going south. Kaʻaihue Poke & Plate Lunch will open a second location in the Keaau Town Center on March 21.

Owner Kawika Kaʻaihue opened the original shop in 2016 with a rice cooker, a used poke case and his grandmother's recipe for shoyu ahi. It now sells about 400 plates a day. The Keaau shop will add twelve jobs.

"Puna people have been driving up to Pāpaʻikou for years," Kaʻaihue said. "It's time we drove down to them." """,
gold=[("ITO006", "subject")]),

dict(guid="ito_ehbw_2026_0506", pub="2026-05-06T06:00:00-10:00", title="Tsukiyama Florist marks 50 years on Kamehameha Avenue",
body="""When Harold and Setsuko Tsukiyama opened a flower stand on Kamehameha Avenue in 1976, they sold anthuriums and orchids grown in their own back yard in Waiakea Uka. Fifty years later Tsukiyama Florist is the oldest family-owned florist in Hilo, delivering about 9,000 lei a year, most of them for graduations.

Their daughter, Yvonne Tsukiyama, has owned and run the shop since 2004. She has kept the original koa counter and added an online store that ships lei to the mainland overnight.

"My father always said a lei is a hug you can mail," Tsukiyama said. The shop will celebrate its anniversary with free carnation lei for customers on May 16.""",
gold=[("ITO019", "subject")]),

dict(guid="ito_ehbw_2026_0617", pub="2026-06-17T06:00:00-10:00", title="People on the move: Hilo Bay Federal Credit Union names Kaneakua vice president",
body="""Hilo Bay Federal Credit Union has promoted Leiann Kaneakua to vice president of member lending. Kaneakua, a University of Hawaii at Hilo graduate, joined the credit union as a teller in 1994 and most recently managed its Prince Kuhio Plaza branch.

Also at the credit union, Marcus Yoshimoto has been named branch manager in Keaau and Dana Perreira has joined as compliance officer.""",
gold=[("ITO021", "subject")]),

dict(guid="ito_ehbw_2026_0722", pub="2026-07-22T06:00:00-10:00", title="Macadamia growers face another year of low farm-gate prices",
body="""East Hawaii macadamia growers will again be paid less than a dollar a pound for wet-in-shell nuts this season, the third year in a row of prices below what many say it costs them to farm.

"At 85 cents a pound I'm paying to pick my own nuts," said Wendell Akiona, who farms eight acres in Kurtistown and sells to the Puna growers' cooperative. Cooperative manager Faith Kamakana said the co-op was exploring a direct-to-consumer brand to lift prices.

The state Department of Agriculture reported the 2025 crop at 38 million pounds, down 9 percent, with the macadamia felted coccid and drought both blamed.""",
gold=[]),

dict(guid="ito_ehbw_2026_0826", pub="2026-08-26T06:00:00-10:00", title="Hilo harbor cargo volume up 6 percent",
body="""Container and breakbulk cargo through Hilo Harbor rose 6 percent in the fiscal year ended June 30, the state Harbors Division reported, led by building materials for Puna and Kau housing projects.

Harbor agent Ronald Okazaki said the addition of a second weekly barge from Honolulu had cut the backlog at Pier 1. The division plans to begin dredging the pier's berth next spring.""",
gold=[]),
]
