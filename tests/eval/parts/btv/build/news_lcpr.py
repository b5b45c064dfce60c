"""Lake Country Public Radio (Burlington, Vt.): public radio news site, HTML descriptions, bylines. Hand-labelled."""

FEED = "lcpr"
ITEMS = [
dict(guid="btv_lcpr_2026_0408_wrestling", pub="2026-04-08T17:20:00-04:00", byline="Nadia Okonjo",
title="Burlington wrestler who learned the sport at 14 wins state title",
body="""Four years ago Yusuf Mberwa had never seen a wrestling mat. On Saturday, the Burlington High School senior won the Vermont Division I championship at 150 pounds, pinning his opponent from Mount Mansfield in the third period at the state tournament in Essex.

Mberwa, whose family came to Vermont from a refugee camp in Kenya when he was six, tried wrestling because a gym teacher told him he would be good at it. His coach, Tom Greeley, says he has never seen anyone learn faster. "He asks a question about every move. Every single move," Greeley said.

His mother, Hawa Mberwa, a certified nursing assistant at the UVM Medical Center, worked a double shift on Saturday and watched the final on her phone in the break room. "The whole floor was screaming," she said. His father, Omar, drove the team van.

Mberwa plans to wrestle at Castleton next winter and study nursing, like his mother.""",
gold=[("BTV019", "parent_of_subject")]),

dict(guid="btv_lcpr_2026_0520_volunteer", pub="2026-05-20T16:05:00-04:00", byline="Ben Larrabee",
title="Plattsburgh widow named North Country volunteer of the year",
body="""Cécile Marcotte has driven cancer patients from Plattsburgh to Burlington and back across the lake more than 900 times since 2011. On Tuesday the North Country Neighbors Fund named her its North Country Volunteer of the Year.

Marcotte, 78, a retired school secretary, started driving for a volunteer cancer-patient ride program after her sister's treatment. She kept at it this winter, after her husband, Henri, died in February. "The people in my car need me more than I need to sit home," she said. "And the ferry is beautiful in every season."

The award comes with a $1,000 gift to the charity of her choice. Marcotte picked the Plattsburgh Interfaith Food Shelf.""",
gold=[("BTV017", "subject")]),

dict(guid="btv_lcpr_2026_0611_truck", pub="2026-06-11T12:40:00-04:00", byline="Lake Country Public Radio Newsroom",
title="Police arrest Burlington man in string of Shelburne farm truck thefts",
body="""Shelburne police on Wednesday arrested a 27-year-old Burlington man they say stole three pickup trucks from farms along Harbor Road and Bostwick Road over the past month.

One of the trucks, taken from the Whitcomb orchard, was found burned in a gravel pit in Charlotte. Orchard owner Richard Whitcomb told police the keys had been left in the truck, "like they have been every day since 1955."

The suspect was arraigned in Vermont Superior Court in Burlington on three counts of felony motor vehicle theft and pleaded not guilty. He is being held on $10,000 bail.""",
gold=[]),

dict(guid="btv_lcpr_2026_0715_storm", pub="2026-07-15T08:10:00-04:00", byline="Nadia Okonjo",
title="Crews clear downed trees after fast storm slams New North End and Winooski",
body="""Burlington and Winooski public works crews spent Tuesday night and Wednesday morning clearing trees and limbs after a severe thunderstorm with wind gusts estimated at 70 miles an hour crossed Lake Champlain late Tuesday afternoon.

The utility said about 6,200 customers lost power at the peak, most of them in Burlington's New North End and in Winooski. A large maple fell across North Avenue near Leddy Park, closing the road for three hours, and a section of the Winooski River bridge sidewalk was blocked by a fallen light pole.

No injuries were reported. "It went from sunny to sideways in about two minutes," said Ted Wheelock, a Hinesburg contractor who was working on a roof on Ethan Allen Parkway when the storm hit and sheltered in his truck. "I've never come down a ladder that fast."

The city asks residents to put storm debris at the curb by Friday for pickup.""",
gold=[]),
]
