"""KPIF Local 6 (invented Pocatello / Idaho Falls TV station site): local news, HTML descriptions. Hand-labelled."""

FEED = "kpif"
ITEMS = [
dict(guid="pih_kpif_20260209_0412", pub="2026-02-09T18:30:00-07:00",
title="'She wasn't going to wait': Pocatello firefighter delivers his own daughter on I-15",
body="""POCATELLO - Pocatello Fire Department engineer Brig Stoddart has delivered plenty of babies on the job. Sunday morning was the first time the baby was his.

Stoddart and his wife, Kalli, were driving to Portneuf Medical Center from their home when it became clear their daughter was not going to wait for the hospital. Stoddart pulled onto the shoulder of Interstate 15, and at 6:41 a.m. Harper Jean Stoddart arrived, 7 pounds, 2 ounces, in the back seat of a Subaru.

"Training kicks in," Stoddart said. "Then about ten seconds later it wears off and you're just a dad crying on the interstate." Mother and daughter are doing well.""",
gold=[("PIH017", "subject")]),

dict(guid="pih_kpif_20260617_0877", pub="2026-06-17T21:10:00-06:00",
title="Golf-ball hail shreds siding, shatters windshields across Chubbuck",
body="""CHUBBUCK - A fast-moving thunderstorm dropped hail the size of golf balls on Chubbuck and north Pocatello Wednesday evening, shattering windshields in the Pine Ridge Mall parking lot and stripping siding from homes along Hawthorne Road.

The National Weather Service in Pocatello had issued a severe thunderstorm warning about fifteen minutes before the hail began. No injuries were reported.

"It sounded like somebody dumping gravel on the roof," said Nate Stohl, who was helping neighbors tarp a broken skylight on Tahoe Avenue. "The kids thought it was great until the trampoline went over the fence."

Chubbuck Public Works said crews would pick up hail-damaged debris at the curb through next week.""",
gold=[]),

dict(guid="pih_kpif_20260303_0520", pub="2026-03-03T17:45:00-07:00",
title="Fire destroys American Falls farm shop, equipment",
body="""AMERICAN FALLS - A fire early Tuesday destroyed a large machine shop and two tractors on the Harbertson farm north of American Falls.

Dell and Afton Harbertson were woken at about 3 a.m. by their dog barking and saw flames coming through the shop roof. The Power County Fire District said the fire likely started in a battery charger. The couple's home, about 100 feet away, was not damaged, and no one was hurt.

"Forty years of tools," Wendell Harbertson said, standing by the blackened frame. "But the house is fine and we're fine. You can buy tools." Neighbors have already offered to loan equipment for spring planting.""",
gold=[("PIH007", "subject"), ("PIH008", "subject")]),

dict(guid="pih_kpif_20260122_0233", pub="2026-01-22T18:00:00-07:00",
title="Blackfoot grower named Idaho potato grower of the year",
body="""BLACKFOOT - Rogelio "Roy" Benavides started in the Bingham County potato fields as a fourteen-year-old picking rocks. On Wednesday, the Idaho Potato Conference in Pocatello named him its 2026 Grower of the Year.

Benavides farms 1,900 acres of russets west of Blackfoot with his wife, Yesenia, and their two sons. The award recognized his switch to variable-rate irrigation, which has cut his water use by almost a fifth.

"My dad would have laughed at a computer telling us when to water," Benavides said. "Then he would have wanted one." """,
gold=[("PIH016", "subject")]),

dict(guid="pih_kpif_20260414_0611", pub="2026-04-14T17:20:00-06:00",
title="Kaysville pitcher throws perfect game in Utah 5A opener",
body="""KAYSVILLE, Utah - Davis High School junior Spencer Kunzler struck out 14 and did not allow a baserunner Monday in a 6-0 win over Layton, the first perfect game in the Utah 5A classification in six years.

Kunzler, 16, has already drawn interest from several Pac-12 and Mountain West programs. Davis plays at Bonneville High of Idaho Falls in a non-conference game next week.""",
gold=[]),

dict(guid="pih_kpif_20260516_0730", pub="2026-05-16T22:05:00-06:00",
title="Preston's Tessa Kunzler runs away with 4A state title in the 1600",
body="""MIDDLETON - Preston High junior Tessa Kunzler won the 4A girls 1600 meters at the state track meet Saturday in 4:58.31, pulling away on the final lap to win by more than four seconds.

Kunzler, the daughter of Spencer and Kenzie Kunzler of Preston, also placed second in the 3200. "I just wanted to make my grandma proud," she said. Her grandmother, Kathy Beutler, is undergoing cancer treatment.

Preston finished third in the team standings.""",
gold=[("PIH012", "parent_of_subject"), ("PIH013", "parent_of_subject")]),
]
