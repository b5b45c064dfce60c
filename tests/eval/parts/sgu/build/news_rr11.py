"""RedRock 11 News (invented TV station, St. George / Cedar City): station web stories, HTML descriptions.
Hand-labelled."""

FEED = "rr11"
ITEMS = [
dict(guid="sgu_rr11_20260224_118", pub="2026-02-24T18:30:00-07:00", title="Hurricane couple escapes early-morning house fire",
body="""HURRICANE, Utah (RedRock 11) - A Hurricane couple escaped without injury early Tuesday after a fire that started in their garage spread into the attic of their home on 200 South.

DeWayne Stucki Jr. and his wife, Colleen, woke to smoke alarms shortly after 3 a.m. and got out with their two dogs, Hurricane Valley Fire District officials said. The home is a total loss. Investigators believe a charging battery for a side-by-side started the fire.

"He banged on my door at 3 in the morning in his socks," said neighbor Vonda Schiess. The Stuckis are staying with family; a fund has been set up at a local bank. It was less than a month since the family buried DeWayne's father.""",
gold=[("SGU005", "subject")]),

dict(guid="sgu_rr11_20260330_142", pub="2026-03-30T17:45:00-06:00", title="St. George woman rescued from Snow Canyon slot with broken ankle",
body="""IVINS, Utah (RedRock 11) - Washington County Search and Rescue carried a 67-year-old St. George woman out of a slot canyon in Snow Canyon State Park on Sunday after she fell and broke her ankle.

Maureen O'Bannon was hiking alone near Jenny's Canyon when she slipped on a sandstone ledge, officials said. She called 911 and waited about two hours for the team, which lifted her out by litter.

"She was cracking jokes the whole way up," said volunteer team leader Ferron Ipsen. O'Bannon was taken to St. George Regional Hospital and is expected to recover.""",
gold=[("SGU010", "subject")]),

dict(guid="sgu_rr11_20260523_166", pub="2026-05-23T21:10:00-06:00", title="Desert Hills' Brynlee Tollestrup runs away with 4A 3200 title",
body="""OREM, Utah (RedRock 11) - Desert Hills junior Brynlee Tollestrup won the 4A girls 3200 meters at the state track meet Saturday by nearly eleven seconds, the fastest time in the classification in six years.

Tollestrup, who also took second in the 1600, is the daughter of Spencer and Kristalyn Tollestrup of St. George. Her mother ran for Dixie College; her father, she says, "mostly drives the car."

The Thunder girls finished third as a team.""",
gold=[("SGU012", "parent_of_subject"), ("SGU013", "parent_of_subject")]),

dict(guid="sgu_rr11_20260814_203", pub="2026-08-14T19:20:00-06:00", title="Flash flooding sends water over Santa Clara River crossings",
body="""SANTA CLARA, Utah (RedRock 11) - Monsoon storms dumped more than an inch of rain in under an hour on the Pine Valley Mountains on Wednesday, sending the Santa Clara River over two low-water crossings and closing Old Highway 91 for four hours.

No injuries were reported. "I've lived here thirty years and I've never seen the wash run the color of chocolate milk like that," said Sharla Beckstrand, who watched from the Ivins bridge with her grandchildren.

Washington City crews cleared mud and rocks from Telegraph Street and 300 East after the Virgin River rose.""",
gold=[]),

dict(guid="sgu_rr11_20260906_219", pub="2026-09-06T18:00:00-06:00", title="Cedar City couple named Shakespeare festival volunteers of the year",
body="""CEDAR CITY, Utah (RedRock 11) - For twenty-two summers Al and Jeanie Pulsipher have ushered, sold tarts and given backstage tours at the Utah Shakespeare Festival. On Friday the festival named them its volunteers of the year.

The Pulsiphers, both retired teachers, have logged more than 9,000 volunteer hours between them. "Jeanie knows where every seat is," Al Pulsipher said. "I know where every tart is." """,
gold=[("SGU016", "subject"), ("SGU015", "subject")]),
]
