"""WLKS 13 Lakeshore (invented TV station, Muskegon / Grand Haven): local news web stories, HTML in
description. Hand-labelled."""

FEED = "wlks"
ITEMS = [
dict(guid="mkg_wlks-story-20260302-118", pub="2026-03-02T18:20:00-05:00", title="Twin Lake couple escapes early-morning house fire",
body="""TWIN LAKE, Mich. (WLKS) - A Twin Lake couple got out of their burning home with their dog and the clothes they slept in early Monday.

Dalton Township firefighters were called to the home of Hal and Bonnie Pruim on Blueberry Road just after 4 a.m. Fire Chief Mark Haveman said the fire started in an attached garage and spread to the kitchen; the house is a total loss. Neither of the Pruims was hurt.

"The smoke alarm woke us up. That's the whole story. Check your batteries," Bonnie Pruim said. Neighbor Tom Kruithof said he saw flames above the roofline and called 911 before he had his boots on. Fruitport Christian Reformed Church is collecting gift cards for the family.""",
gold=[("MKG020", "subject"), ("MKG021", "subject")]),

dict(guid="mkg_wlks-story-20260608-204", pub="2026-06-08T17:45:00-04:00", title="Montague firefighter pulls two kayakers from White Lake",
body="""MONTAGUE, Mich. (WLKS) - Two kayakers from Grand Rapids are safe after a Montague firefighter swam out to them when their boats overturned in a sudden squall on White Lake on Sunday afternoon.

Firefighter Luke Boerema was off duty and fishing near the channel when he saw the kayaks go over. He swam about 200 yards with a throw rope, then towed both paddlers to his boat. "He didn't think about it for one second," said Montague Fire Chief Dan Mikkelsen, who said the department will nominate Boerema for the state firefighters' valor award. Both kayakers were treated for hypothermia at the scene.""",
gold=[("MKG017", "subject")]),

dict(guid="mkg_wlks-story-20260623-311", pub="2026-06-23T12:10:00-04:00", title="Cleanup underway after storm topples trees across North Muskegon",
body="""NORTH MUSKEGON, Mich. (WLKS) - Crews from Consumers Energy worked through the night after Monday evening's severe thunderstorm brought down dozens of trees and left about 14,000 customers without power in Muskegon County.

Winds gusted to 70 mph at the Muskegon County Airport. On Ruddiman Drive, an old oak landed across two driveways. "It sounded like a train, and then it was just quiet," said Mary Jo Lindskog, who watched from her front window. No injuries were reported. The city is collecting brush at the curb through Friday.""",
gold=[]),

dict(guid="mkg_wlks-story-20260307-142", pub="2026-03-07T23:05:00-05:00", title="Mona Shores' Kooiman wins state wrestling title",
body="""DETROIT (WLKS) - Mona Shores junior Owen Kooiman is a state champion.

Kooiman pinned his opponent from Lowell in the third period of the Division 1 final at 157 pounds at Ford Field on Saturday night, finishing the season 49-2. He is the son of Jerry and Tammy Kooiman of Norton Shores, and he dedicated the title to his grandfather, Gerry Kooiman Sr., who died in January and never missed a match. "Grandpa would've been yelling louder than anybody in the building," Owen said.""",
gold=[("MKG010", "parent_of_subject"), ("MKG011", "parent_of_subject")]),
]
