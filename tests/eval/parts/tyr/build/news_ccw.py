"""Cherokee County & Piney Woods Weekly (community paper: Jacksonville, Whitehouse, Kilgore): teaser description
and HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="tyr_ccw_2026-01-08-library", pub="2026-01-08T08:00:00-06:00",
title="Friends of the Library thank year-end donors",
body="""The Friends of the Jacksonville Public Library thank the following donors for their year-end gifts toward the new children's reading room.

Benefactors: Rosie Mireles, Ozella Hightower, the Jacksonville Rotary Club and Dr. Hal and Margie Tidwell. Patrons: Jimmie Don Luckett, Lupe Rangel, Ann Foshee and the Cherokee County Master Gardeners.

The reading room is scheduled to open in March.""",
gold=[]),

dict(guid="tyr_ccw_2026-03-19-volunteer", pub="2026-03-19T08:00:00-05:00",
title="Nell Cathey named Whitehouse Volunteer of the Year",
body="""The Whitehouse Area Chamber of Commerce has named Nell Cathey its 2026 Volunteer of the Year.

Cathey, 80, has delivered Meals on Wheels in Whitehouse for 22 years and has run the Hagan Road food pantry since 2015. She will be honored at the chamber luncheon April 2. "I just go where I'm needed," she said.""",
gold=[("TYR013", "subject")]),

dict(guid="tyr_ccw_2026-06-11-tomatofest", pub="2026-06-11T08:00:00-05:00",
title="Tomato Fest salsa contest crowns new champion",
body="""Jacksonville's Tomato Fest salsa contest drew a record 46 entries Saturday. First place went to Arlene Pounds of Rusk for her roasted green tomato salsa.

Judges were Jimmie Don Luckett, chef Benny Saucedo of Tyler and Cherokee County Extension agent Dana Whitten.""",
gold=[]),

dict(guid="tyr_ccw_2026-07-09-kilgore", pub="2026-07-09T08:00:00-05:00",
title="Kilgore widow gives historic oil derrick to the World's Richest Acre park",
body="""Imogene Bostick of Kilgore has donated a restored 1930s wooden derrick that stood behind Bostick Pump & Supply to the city's World's Richest Acre Park.

The derrick was restored by her late husband, Harlan, over three summers. The city will dedicate it on Aug. 15. "Harlan always said it belonged downtown," Bostick said.""",
gold=[("TYR008", "subject")]),
]
