"""KSPC 5 News (Pueblo / Southern Colorado local TV station site): HTML descriptions, short web stories.
Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="pue_kspc-20260217-1104", pub="2026-02-17T17:20:00-07:00", title="Sangre de Cristo Medical Center names new chief medical officer",
body="""PUEBLO, Colo. (KSPC) - Sangre de Cristo Medical Center has promoted one of its own to lead its doctors.

Dr. Priscilla Lucero-Baca, a Pueblo native and the hospital's director of hospital medicine since 2018, was named chief medical officer on Tuesday. She is the first Pueblo-born physician, and the first Latina, to hold the job.

Lucero-Baca graduated from Centennial High School and the University of Colorado School of Medicine and came home to practice in 2006. "Every patient on the fourth floor is somebody's tía or somebody's coach," she said. "That's why I came back." """,
gold=[("PUE013", "subject")]),

dict(guid="pue_kspc-20260421-1322", pub="2026-04-21T18:05:00-06:00", title="DiSanti's marks 50 years of sloppers on Northern Avenue",
body="""PUEBLO, Colo. (KSPC) - Fifty years after Carmine DiSanti first smothered a cheeseburger in green chile on Northern Avenue, the little diner that helped make the slopper famous is still packed at lunch.

Annette DiSanti, who has owned and run DiSanti's with her husband, Paul, since his father retired in 2004, threw a half-price party Tuesday for the restaurant's 50th anniversary. The line reached the corner by 11 a.m.

"I've eaten here every Friday since 1977, and the chile's never been better," said Bernie Mihelich of Bessemer, a retired steelworker, from his usual stool. Carmine DiSanti, 90, stopped by to shake hands.""",
gold=[("PUE016", "subject")]),

dict(guid="pue_kspc-20260505-1410", pub="2026-05-05T06:45:00-06:00", title="Pueblo West family escapes overnight house fire",
body="""PUEBLO WEST, Colo. (KSPC) - A Pueblo West couple and their two dogs got out safely early Tuesday after a fire started in their garage and spread into the attic of their home on South Carefree Drive.

Ramon Archuleta Jr. said a smoke alarm woke him just after 2 a.m. "I yelled for Terri, grabbed the dogs, and by the time we were in the street the whole garage was gone," he said. Pueblo West Fire crews had the fire out within forty minutes, but the home is a total loss.

The American Red Cross is helping the Archuletas with temporary housing. Investigators believe the fire started with a charging battery for a lawn mower.""",
gold=[("PUE006", "subject"), ("PUE007", "subject")]),

dict(guid="pue_kspc-20260612-1533", pub="2026-06-12T07:10:00-06:00", title="Hail shreds gardens, cracks windshields from Pueblo West to the North Side",
body="""PUEBLO, Colo. (KSPC) - Wednesday afternoon's storm dropped hail the size of golf balls on Pueblo West and north Pueblo, stripping gardens, cracking windshields and piling ice two inches deep in Pueblo Boulevard's intersections.

At the Walmart on Highway 50, shoppers sheltered inside as the parking lot turned white. "It sounded like somebody was throwing rocks at the roof," said Gil Maestas, who had driven down from Cañon City for the afternoon. "My truck looks like a golf ball now."

Insurance adjusters expect thousands of claims. The National Weather Service said the storm produced wind gusts of 60 mph at the Pueblo Memorial Airport.""",
gold=[]),

dict(guid="pue_kspc-20260829-1702", pub="2026-08-29T19:30:00-06:00", title="Chile & Frijoles Festival crowns its roasting champion",
body="""PUEBLO, Colo. (KSPC) - Under a haze of roasting-chile smoke on Union Avenue, the 2026 Chile & Frijoles Festival crowned Avondale grower Orlando Medina Reyes the champion of its Mirasol chile cook-off Saturday.

The judges - restaurateur Annette DiSanti, Deacon Leonard Romero of St. Anne's, and chef Marisol Tafoya of Denver - tasted forty-one entries of green chile stew. "By entry thirty, my tongue was on strike," Romero joked.

More than 150,000 people are expected over the three-day weekend.""",
gold=[]),

dict(guid="pue_kspc-20260914-1811", pub="2026-09-14T17:00:00-06:00", title="Colorado Springs trooper named State Patrol's Trooper of the Year",
body="""COLORADO SPRINGS, Colo. (KSPC) - A Colorado State Patrol trooper who pulled a driver from a burning car on Interstate 25 last winter has been named the agency's Trooper of the Year.

Trooper Raymond Gallegos, 34, of Colorado Springs, has served with Troop 2A for nine years. He received the award Friday at the patrol's academy in Golden.""",
gold=[]),
]
