"""WDCT Druid City 9 (invented Tuscaloosa TV station): local news site, HTML descriptions. Hand-labelled."""

FEED = "wdct"
ITEMS = [
dict(guid="tcl_wdct_story_20260210_0412", pub="2026-02-10T07:45:00-06:00",
title="Cottondale family of four escapes early-morning house fire",
body="""COTTONDALE, Ala. (WDCT) - A Cottondale family made it out safely early Tuesday after fire tore through their home off Old Birmingham Highway.

Trey Gilliland told Druid City 9 that the smoke alarms went off a little after 3 a.m. He and his wife, Brandi, carried their two children, ages 6 and 9, out the front door while the kitchen filled with smoke. "You don't think about anything but the kids," Gilliland said. "Everything else is just stuff."

Cottondale Volunteer Fire Department Chief Randy Norris said the fire started in an electrical outlet behind the refrigerator. The house is a total loss. The family is staying with relatives, and a donation drive has been set up at Cottondale Baptist Church.""",
gold=[("TCL006", "subject")]),

dict(guid="tcl_wdct_story_20260325_0533", pub="2026-03-25T18:20:00-05:00",
title="Alberta neighbors pick up the pieces after Tuesday night tornado",
body="""TUSCALOOSA, Ala. (WDCT) - Chainsaws were running at first light Wednesday in Alberta and Holt, where an EF-1 tornado confirmed by the National Weather Service snapped trees and peeled roofs late Tuesday night.

"It was over in about thirty seconds, and it sounded exactly like they say, like a train," said Latrice Woolfolk, who walked over from 10th Avenue East to help a neighbor drag limbs off a carport. "We've been through this before in this neighborhood. We know what to do."

On 25th Avenue East, Gary Sartain pointed to the oak that landed across his driveway. "Missed the house by a foot," he said.

Alabama Power reported about 6,500 customers without power at the peak. No injuries were reported. The city's debris pickup will begin Monday.""",
gold=[]),

dict(guid="tcl_wdct_story_20260402_0610", pub="2026-04-02T17:05:00-05:00",
title="Northridge names Quattlebaum head football coach",
body="""TUSCALOOSA, Ala. (WDCT) - Northridge High School has its new head football coach, and he grew up just across the river.

Rhett Quattlebaum, 41, the defensive coordinator at Hewitt-Trussville for the last six seasons, was approved by the Tuscaloosa City Board of Education on Wednesday. Quattlebaum played linebacker at Tuscaloosa County High and at Samford.

He is the son of Neal and Lurleen Quattlebaum of Northport, who were in the board room for the vote. "His mama cried, and I pretended I didn't," Neal Quattlebaum said.""",
gold=[("TCL001", "parent_of_subject"), ("TCL002", "parent_of_subject")]),

dict(guid="tcl_wdct_story_20260420_0702", pub="2026-04-20T12:10:00-05:00",
title="Coker Farmers Market opens for the season",
body="""COKER, Ala. (WDCT) - The Coker Farmers Market opened its 2026 season on Saturday with strawberries from Chilton County, the first spring onions and a line at the boiled-peanut stand before 8 a.m.

"We've been waiting on this all winter," said Clell Dockery, who has sold peas, okra and tomatoes from the same spot under the pavilion for thirty years. "People here want to know who grew it."

The market is open Saturdays from 7 a.m. to noon through October at the Coker community center on Highway 82.""",
gold=[]),

dict(guid="tcl_wdct_story_20260514_0755", pub="2026-05-14T19:00:00-05:00",
title="City council approves McFarland Boulevard turn-lane project",
body="""TUSCALOOSA, Ala. (WDCT) - The Tuscaloosa City Council on Tuesday approved a $4.2 million project to add turn lanes and a new traffic signal on McFarland Boulevard near Skyland Boulevard.

City engineer Bryan Hallmark said construction should begin in September and last about a year, with most lane closures at night. The Alabama Department of Transportation is paying 80 percent of the cost.""",
gold=[]),

dict(guid="tcl_wdct_story_20260618_0842", pub="2026-06-18T06:30:00-05:00",
title="Flash flooding swamps downtown streets, Northport underpasses",
body="""TUSCALOOSA, Ala. (WDCT) - More than four inches of rain fell in under two hours Wednesday afternoon, flooding streets in downtown Tuscaloosa and stranding cars in the underpasses along Lurleen Wingo Boulevard and in Northport.

Tuscaloosa Fire Rescue said crews pulled three drivers from stalled vehicles; none were hurt. "Turn around, don't drown is not just a slogan," Battalion Chief Darnell Knox said.

The Black Warrior River was expected to crest below flood stage on Friday.""",
gold=[]),

dict(guid="tcl_wdct_story_20260721_0903", pub="2026-07-21T17:45:00-05:00",
title="Cullman science teacher named Alabama Teacher of the Year",
body="""MONTGOMERY, Ala. (WDCT) - A Cullman High School chemistry teacher is Alabama's 2026-27 Teacher of the Year.

Everett Lollar, 44, who has taught at Cullman High for nineteen years, was honored by the State Board of Education on Thursday. Lollar is known for a Saturday chemistry club that has sent students to state science fairs every year since 2011.

He will represent Alabama in the National Teacher of the Year program.""",
gold=[]),
]
