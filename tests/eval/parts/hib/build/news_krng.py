"""KRNG 6 Iron Range News (invented TV station site, Hibbing): local stories, HTML descriptions. Hand-labelled."""

FEED = "krng"
ITEMS = [
dict(guid="hib_krng_20260107_first_baby", pub="2026-01-07T18:10:00-06:00", title="Range's first baby of 2026 arrives in Hibbing",
body="""HIBBING, Minn. (KRNG) - The first baby born on the Iron Range in 2026 arrived at 2:14 a.m. on New Year's Day at Fairview Range in Hibbing.

Nora Mae Grahek weighed 7 pounds, 11 ounces. Her parents, Jenna and Matt Grahek of Eveleth, said she was due January 9 and "clearly didn't want to wait."

Matt Grahek teaches social studies at Eveleth-Gilbert High School. The hospital auxiliary presented the family with a handmade quilt and a basket of gifts from local businesses.""",
gold=[("HIB016", "parent_of_subject")]),

dict(guid="hib_krng_20260603_eveleth_retirement", pub="2026-06-03T17:45:00-05:00", title="Eveleth steelworker hangs up his hard hat after 42 years",
body="""EVELETH, Minn. (KRNG) - After 42 years, more than 10,000 shifts and, by his count, four different owners, one of the longest-serving workers at the Eveleth taconite plant clocked out for the last time on Friday.

Frank "Butch" Zupancich Jr. started in the pellet plant in 1984, a year when nobody on the Range was sure the mines would still be open by Christmas. He retires as a maintenance supervisor.

"My dad told me to get a job with a pension and keep my head down," Zupancich said. "I did one of those." Co-workers lined the gate with their pickups and honked as he drove out. He and his wife, Darlene, plan to spend more time at their cabin on Lake Vermilion.""",
gold=[("HIB003", "subject")]),

dict(guid="hib_krng_20260715_storm_cleanup", pub="2026-07-15T12:30:00-05:00", title="Downed trees, power outages after overnight storm in Hibbing and Chisholm",
body="""HIBBING, Minn. (KRNG) - Crews from Hibbing Public Utilities worked through the night after a severe thunderstorm brought 70 mph winds through Hibbing and Chisholm late Tuesday.

About 4,200 customers lost power at the peak. In Chisholm, a large spruce fell across Lake Street and onto two parked cars.

Sandy Hendrickson, who was driving home to Virginia from a meeting in Hibbing when the storm hit, said she pulled into the Super One parking lot to wait it out. "You couldn't see the hood of the car," she said. Power is expected to be fully restored by Wednesday evening.""",
gold=[]),

dict(guid="hib_krng_20260819_buhl_house_fire", pub="2026-08-19T21:05:00-05:00", title="Fire destroys garage, damages Buhl home; couple escapes unhurt",
body="""BUHL, Minn. (KRNG) - A Buhl couple escaped without injury Wednesday afternoon after a fire that began in their detached garage spread to the back of their house on Jones Avenue.

Mike and Carol Ann Stanich were inside when a neighbor pounded on their door to tell them the garage was on fire, Buhl Fire Chief Rick Holmstrom said. Crews from Buhl, Kinney and Chisholm had the fire out within 40 minutes, but the garage was a total loss and the kitchen and back porch were heavily damaged.

The cause is under investigation. The couple is staying with family in Chisholm, and friends have set up a fund at the Buhl American Legion.""",
gold=[("HIB021", "subject"), ("HIB020", "subject")]),

dict(guid="hib_krng_20261003_musher_grahek", pub="2026-10-03T16:20:00-05:00", title="Alaska musher with Range roots signs up for the Beargrease",
body="""DULUTH, Minn. (KRNG) - A rookie from Alaska whose grandparents came from Eveleth is among the 28 mushers signed up for January's John Beargrease Sled Dog Marathon.

Matthew Grahek, 27, of Anchorage, runs a 14-dog team he raised himself. "My grandma still calls Eveleth home, even though she's lived in Anchorage since 1975," he said. "I told her I'd wave when we go by." The race starts north of Duluth on Jan. 25.""",
gold=[]),
]
