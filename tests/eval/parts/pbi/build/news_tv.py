"""WPLM NewsChannel 12 (West Palm Beach): a local TV station's web stories, datelined, short, HTML descriptions.
Hand-labelled: `gold` beside each text."""

FEED = "tv"
ITEMS = [
dict(guid="pbi_wplm_story_20260113_1041", pub="2026-01-13T17:45:00-05:00", title="Greenacres teacher named Palm Beach County Teacher of the Year",
body="""WEST PALM BEACH, Fla. (WPLM) - A fourth-grade teacher who turned her classroom's supply closet into a lending library for families is the best teacher in Palm Beach County, the school district announced Tuesday night.

Marisol Quiñones of Heritage Palms Elementary in Greenacres received the William T. Dwyer Award as Teacher of the Year at a ceremony at the Kravis Center. Quiñones has taught at the school for 19 years, many of them to children who arrived speaking no English.

"She doesn't let a single child disappear," said principal Gerald Oduya. Quiñones will now represent the county in the statewide Teacher of the Year competition.""",
gold=[("PBI022", "subject")]),

dict(guid="pbi_wplm_story_20260124_1102", pub="2026-01-24T19:10:00-05:00", title="Tornado tears roofs off homes in Lake Worth Beach; no injuries",
body="""LAKE WORTH BEACH, Fla. (WPLM) - A brief tornado spun up ahead of a cold front Saturday afternoon and peeled roofs from at least six homes in the College Park and Parrot Cove neighborhoods before lifting over the Lake Worth Lagoon.

The National Weather Service confirmed an EF-1 tornado with winds of about 95 mph. The worst damage was on North K Street, where the Ochoa family's roof landed in their neighbor's pool. "We were in the hallway with the kids and the dog, and then we could see the sky," said Ramiro Ochoa.

Down the block, neighbors with chainsaws were already clearing the street. "I heard it go over like a freight train," said Gus Lachapelle, a retiree from Quebec who spends his winters in the neighborhood and spent the afternoon hauling branches out of driveways. "Everybody came out to help."

FPL said about 4,000 customers lost power. Crews expected to restore most of them by midnight.""",
gold=[]),

dict(guid="pbi_wplm_story_20260220_1187", pub="2026-02-20T12:20:00-05:00", title="Palm Beach cardiologist to lead heart institute at Flagler Shores",
body="""WEST PALM BEACH, Fla. (WPLM) - Flagler Shores Medical Center has named a new chief of its heart and vascular institute.

Dr. Ilana Berkowitz-Lev, who has practiced interventional cardiology at the hospital since 2009, will lead the institute's 60 physicians starting in April. Berkowitz-Lev, of Palm Beach, built the hospital's structural heart program, which now performs more than 400 valve replacements a year without open-heart surgery.

"This hospital took a chance on me when I was a fellow," Dr. Berkowitz-Lev said. "I intend to pay that back." """,
gold=[("PBI009", "subject")]),

dict(guid="pbi_wplm_story_20260205_1150", pub="2026-02-05T18:30:00-05:00", title="After the Lake Worth Beach tornado, roofers warn of storm chasers",
body="""LAKE WORTH BEACH, Fla. (WPLM) - Within hours of last month's tornado, homeowners in College Park say strangers were knocking on doors offering to fix their roofs, for cash, up front.

Licensed roofers say that is the first sign of a scam. "A real roofer pulls a permit and gives you a written contract with a license number on it," said Tad Fairclough, who owns Fairclough & Sons Roofing in West Palm Beach. "If they want all the money before they start, close the door."

The Palm Beach County Sheriff's Office said it has taken three reports of contractors who took deposits and disappeared. Homeowners can check a contractor's license on the state's DBPR website.""",
gold=[]),

dict(guid="pbi_wplm_story_20260418_1302", pub="2026-04-18T22:05:00-04:00", title="Twin Lakes lineman stays in Florida, signs with FAMU",
body="""WEST PALM BEACH, Fla. (WPLM) - Twin Lakes High offensive tackle Thaddeus Fairclough III picked Florida A&M on Saturday, choosing the Rattlers over offers from Central Florida and Georgia Tech.

The 6-foot-6, 305-pound senior announced his decision in front of his teammates in the school's gym, pulling a Rattlers cap out of a shoebox. He is the son of Tad and Monique Fairclough of West Palm Beach, and his grandfather, the late Thaddeus Fairclough Sr., played at FAMU in the 1960s.

"My grandmother told me, 'You're going to Tallahassee,'" Fairclough said. "You don't argue with my grandmother." """,
gold=[("PBI013", "parent_of_subject")]),

dict(guid="pbi_wplm_story_20260315_1233", pub="2026-03-15T16:40:00-04:00", title="Century Village great-grandmother wins national bridge title",
body="""WEST PALM BEACH, Fla. (WPLM) - She learned the game at 62. At 81 she is a national champion.

Harriet Zuckerbrot of Century Village and her partner, Bernice Lowenthal of Boynton Beach, won the senior pairs championship at the spring North American Bridge Championships in Louisville this week, beating 212 other pairs.

"My husband taught me to bid, and I have been correcting him ever since," Zuckerbrot said, laughing, while Sheldon, her husband of 61 years, held the trophy for the cameras.""",
gold=[("PBI008", "subject")]),

dict(guid="pbi_wplm_story_20260618_1511", pub="2026-06-18T21:30:00-04:00", title="Storms knock out power to thousands in north West Palm Beach",
body="""WEST PALM BEACH, Fla. (WPLM) - A line of severe thunderstorms with 65 mph gusts knocked down trees and power lines across the north end of West Palm Beach on Thursday evening, leaving more than 18,000 FPL customers in the dark.

A large ficus fell across Tamarind Avenue near 15th Street, closing it for several hours. In the Coleman Park neighborhood, neighbors sat on porches and waited out the outage.

"We've seen worse. We saw Frances and we saw Jeanne," said Odessa Fairclough, who has lived on Henrietta Avenue for fifty years. "Somebody bring me some ice, and I'll be fine."

FPL said it expected most customers to be restored by Friday afternoon.""",
gold=[]),
]
