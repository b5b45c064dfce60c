"""KINW 5 (invented Spokane / Coeur d'Alene TV station) - local news, HTML descriptions. Hand-labelled."""

FEED = "kinw"
ITEMS = [
dict(guid="spk_kinw_2026_20417", pub="2026-04-17T18:40:00-07:00",
title="Fire destroys Colbert family's home; family and dog safe",
body="""COLBERT, Wash. - A family of five escaped unharmed after fire tore through their home off Dunn Road north of Spokane on Thursday night.

Spokane County Fire District 4 said the fire started in the attached garage of Brian and Jill Halvorsrud's home around 9:30 p.m. The Halvorsruds, their three children and the family's Labrador got out before flames reached the second floor. Investigators believe an electric-bike battery charging in the garage is to blame.

"We lost the house, but we have each other," Jill Halvorsrud told KINW 5. Neighbors have started a fundraiser, and the family is staying with relatives in Spokane.

Fire District 4 reminds residents not to charge lithium batteries unattended.""",
gold=[("SPK021", "subject"), ("SPK022", "subject")]),

dict(guid="spk_kinw_2026_20615", pub="2026-06-15T07:05:00-07:00",
title="Hail shreds gardens, cars in Liberty Lake after Sunday storm",
body="""LIBERTY LAKE, Wash. - Residents of Liberty Lake and Otis Orchards spent Monday morning sweeping up shattered glass and shredded leaves after a severe thunderstorm dropped golf ball-size hail across the east end of Spokane Valley on Sunday evening.

Birgit Oftedahl, who has grown heirloom tomatoes in a backyard greenhouse on Mission Avenue for 20 years, said the hail punched through every panel in under five minutes. "It sounded like gravel being poured on the roof," she said. "The tomatoes are gone, the greenhouse is gone, and the car has dimples."

Avista reported about 4,000 customers without power at the height of the storm. Roofing companies say they expect a busy summer.""",
gold=[("SPK008", "subject")]),

dict(guid="spk_kinw_2026_20702", pub="2026-07-02T17:55:00-07:00",
title="Spokane Valley man charged in Sprague Avenue hit-and-run",
body="""SPOKANE VALLEY, Wash. - A 24-year-old Spokane Valley man has been charged with vehicular assault after a hit-and-run crash on Sprague Avenue on Tuesday night, the Spokane County Sheriff's Office said.

Deputies say Tyler J. Brisbois ran a red light at Sprague and Pines, struck a pickup driven by Karl-Heinz Mittelstaedt, 74, of Spokane, and fled on foot. Mittelstaedt was treated for minor injuries at Valley Hospital and released.

Brisbois was booked into the Spokane County Jail. His bail was set at $25,000.""",
# Crime/court rule: the other driver in a crash-charge story gets nothing (SPK020).
gold=[]),
dict(guid="spk_kinw_2026_20727", pub="2026-07-27T22:10:00-07:00",
title="Sandpoint nurse wins Long Bridge Swim in record time",
body="""SANDPOINT, Idaho - A 31-year-old Sandpoint nurse set a course record Saturday in the Long Bridge Swim, crossing the 1.76 miles of Lake Pend Oreille beside the Long Bridge in 38 minutes, 12 seconds.

Renee Wojtaszek, who swam for the University of Montana, beat the women's record by nearly a minute. "The water was 68 degrees and glassy - a perfect morning," Wojtaszek said.

More than 600 swimmers took part in the 33rd annual event, which raises money for local swim lessons.""",
# A 31-year-old Sandpoint namesake of SPK017 (born 1969, Spokane) -> nothing.
gold=[]),
]
