"""Basin Business & Ag Journal (weekly business paper): plain text. Hand-labelled."""

ITEMS = [
dict(guid="lmt_bbaj_0501", pub="2026-03-03T06:00:00-08:00", title="Villasenor Potato Packing marks 25 years in Merrill",
body="""MERRILL - When Augustin "Gus" Villasenor leased a half-empty packing shed on East Front Street in 2001, he had one sorting line, six employees and a single contract with a chip maker in Portland.

Twenty-five years later, Villasenor Potato Packing runs three lines, employs 70 people at harvest and ships russets and reds to grocery chains from Seattle to Phoenix. The company marks its anniversary this month with a new optical sorter and a cold-storage expansion.

"Gus pays on time and he answers his phone at 5 in the morning," said Kenji Okimura, who has grown potatoes for the shed since its first season.""",
gold=[("LMT018", "subject")]),

dict(guid="lmt_bbaj_0508", pub="2026-04-14T06:00:00-07:00", title="Oregon Tech names new dean of engineering",
body="""KLAMATH FALLS - Oregon Institute of Technology has named Sunniva Haldorsen dean of its College of Engineering, Technology and Management, effective July 1.

Haldorsen, a geothermal engineer who came to Oregon Tech in 2014, has led the university's Geo-Heat Center since 2020 and helped design the expansion of the city's downtown geothermal district heating loop. She succeeds Dean Walter Kinney, who is retiring.""",
gold=[("LMT010", "subject")]),

dict(guid="lmt_bbaj_0515", pub="2026-05-19T06:00:00-07:00", title="Irrigation district's longtime ditch rider retires after 42 years",
body="""MERRILL - Wendell "Butch" Pickerill Jr. started with the Klamath Irrigation District in 1984 with a shovel and a pickup. He retires this month as the district's operations manager, having run water through the A Canal through three droughts and one shutoff that made national news.

"Butch knows every headgate from Klamath Falls to Merrill by the sound it makes," said district manager Rhonda Tisdale. Pickerill and his wife, Corinne, plan to travel - "as soon as the first irrigation season I don't have to worry about is over," he said.""",
gold=[("LMT003", "subject")]),

dict(guid="lmt_bbaj_0522", pub="2026-06-02T06:00:00-07:00", title="Chamber names Skeen Diesel small business of the year",
body="""KLAMATH FALLS - The Klamath County Chamber of Commerce named Skeen Diesel & Ag Repair of Malin its Small Business of the Year at its annual awards luncheon Friday.

Owner Garrett Skeen, the third generation of his family to fix farm equipment in Malin, expanded the shop to a second bay last year and added mobile repair service for harvest breakdowns.

The awards were chosen by a panel of judges that included Annaliese Pruett-Dunmire of Klamath Union High School, banker Todd Ringer and past chamber president Lyle Cosgrove.""",
gold=[("LMT023", "subject")]),
]
