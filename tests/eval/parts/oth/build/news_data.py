"""Local news for part oth: a TV station site (HTML descriptions) and a community weekly (teaser + content:encoded).
Hand-labelled: gold=[(client_id, role), ...]."""

# 1. KSCO 11 South Coast News (TV station site)
TV = [
dict(guid="oth_tv_story_260108_0114", pub="2026-01-08T19:20:00-08:00", title="Crab boat burns at Charleston dock; skipper escapes",
body="""CHARLESTON, Ore. (KSCO) - A commercial crab boat burned to the waterline at the Charleston Marina early Thursday, and her skipper got off with seconds to spare.

Everett "Ev" Kalmbach, who has fished the Joy Ann out of Charleston for 22 years, was asleep aboard when a heater in the wheelhouse caught fire around 4 a.m., Charleston Rural Fire Protection District officials said. Kalmbach was treated for smoke inhalation at Bay Area Hospital and released.

The boat, loaded with 300 crab pots for the season's second week, is a total loss. Dock neighbors have started a fund at the marina office.""",
gold=[("OTH021", "subject")]),

dict(guid="oth_tv_story_260112_0139", pub="2026-01-12T18:05:00-08:00", title="South coast cleans up after weekend wind storm",
body="""NORTH BEND, Ore. (KSCO) - Crews from Coos-Curry Electric and Pacific Power worked through Monday to restore power to more than 9,000 customers after gusts topping 80 mph raked the south coast on Sunday.

In North Bend, a 90-foot Sitka spruce came down across Sherman Avenue. "It missed my truck by about two feet," said Del Strahorn, who lives across the street. "Forty years on this street and I've never seen the bay that white."

Coos County Roads said Highway 42 reopened at noon.""",
gold=[]),   # Del Strahorn is a quoted neighbour: nothing

dict(guid="oth_tv_story_260219_0402", pub="2026-02-19T17:40:00-08:00", title="Bay Area Hospital names new chief nursing officer",
body="""COOS BAY, Ore. (KSCO) - Bay Area Hospital has a new chief nursing officer, and she started on its night shift 27 years ago.

Graciela Ruelas Mendoza, the hospital's director of critical care, was named to the post Wednesday. Ruelas Mendoza, who grew up in Coos Bay and graduated from Southwestern Oregon Community College's nursing program in 1999, led the hospital's ICU through the pandemic.

"Nobody knows this building, or the people in it, better than Chela," hospital CEO Brent Aldana said.""",
gold=[("OTH009", "subject")]),

dict(guid="oth_tv_story_260305_0488", pub="2026-03-05T18:30:00-08:00", title="North Bend pastor honored for winter warming center",
body="""NORTH BEND, Ore. (KSCO) - The pastor who opened his church basement to the county's homeless on the coldest nights of the winter was honored Wednesday by the Coos County Board of Commissioners.

Pastor Jonah Kettleson of Bay Area Lutheran Church received the county's Community Service Award. The warming center he started three years ago opened on 41 nights this winter and sheltered more than 300 people.

"We just unlocked a door," Kettleson said. "The volunteers did the rest." """,
gold=[("OTH015", "subject")]),

dict(guid="oth_tv_story_260422_0611", pub="2026-04-22T17:55:00-07:00", title="Dungeness crab season wraps up as one of the best in a decade",
body="""CHARLESTON, Ore. (KSCO) - Oregon's commercial Dungeness crab season is winding down, and the south coast fleet is calling it one of the best in ten years.

"The crab were full and the price held," said Kurt Ostrander, a buyer for Sunset Bay Seafoods in Charleston. Ev Kalmbach, back on the water this spring in a borrowed boat after losing the Joy Ann to a fire in January, said he landed more crab in March than in any month of his career.

The Oregon Department of Fish and Wildlife will release final landings in June.""",
gold=[]),   # both quoted in a season story: nothing

dict(guid="oth_tv_story_260514_0703", pub="2026-05-14T18:10:00-07:00", title="Gold Beach senior wins statewide Ford Family scholarship",
body="""GOLD BEACH, Ore. (KSCO) - A Gold Beach High School senior who restored a salmon-spawning creek for her senior project has won one of the state's most competitive college scholarships.

Hannah Hollenbeck, the daughter of Marcus and Gail Hollenbeck of Gold Beach, is one of 120 Ford Scholars chosen this year. She plans to study fisheries biology at Oregon State University in the fall.

Her project replanted a mile of Hunter Creek with native willow and alder.""",
gold=[("OTH018", "parent_of_subject"), ("OTH019", "parent_of_subject")]),

dict(guid="oth_tv_story_260618_0817", pub="2026-06-18T17:25:00-07:00", title="Bandon cranberry growers named Oregon Farm Family of the Year",
body="""BANDON, Ore. (KSCO) - A Bandon cranberry family that has worked the same bogs for three generations has been named the Oregon Farm Family of the Year.

Kip and Dana Lindeberg were honored Tuesday by the Oregon Farm Bureau for their work converting their 60 acres of bogs to a water-recycling system that cut their draw from Fish Hatchery Creek by half.

"Dana's dad planted half of these vines," Kip Lindeberg said. "We're just trying not to mess them up." """,
gold=[("OTH006", "subject"), ("OTH007", "subject")]),
]

# 2. Coquille Valley & Bandon Weekly (community weekly): teaser description, HTML in content:encoded
WK = [
dict(guid="oth_wk_2026_03_anniv_strahorn", pub="2026-03-25T08:00:00-07:00", title="Strahorns to mark 50 years",
body="""Del and Wanda Strahorn of North Bend will celebrate their 50th wedding anniversary with an open house from 2 to 5 p.m. Saturday, March 28, at the North Bend Senior Center.

Delbert Strahorn and Wanda Kronquist were married March 27, 1976, at Bay Area Lutheran Church. Del retired from the Port of Coos Bay in 2014; Wanda taught at North Bay Elementary for 29 years. They have two sons, Ben and Cody, and five grandchildren. No gifts, please.""",
gold=[("OTH003", "subject"), ("OTH004", "subject")]),

dict(guid="oth_wk_2026_04_births", pub="2026-04-15T08:00:00-07:00", title="Births at Bay Area Hospital",
body="""Born to Tad and Kelsey Brunkhorst of North Bend, a son, Emmett Lyle, 8 pounds 2 ounces, April 6.

Born to Jordan Fry and Marisa Ocampo of Coquille, a daughter, Luz Marie, 7 pounds 4 ounces, April 8.""",
gold=[("OTH011", "subject")]),

dict(guid="oth_wk_2026_05_gallery_25", pub="2026-05-06T08:00:00-07:00", title="Port Orford's Tidepool Gallery turns 25",
body="""When Ingrid Solvang opened the Tidepool Gallery on Port Orford's Sixth Street in 2001, the town had one stoplight fewer than it has now and no galleries at all. Today it has nine, and Solvang's is still the one on the postcards.

Solvang, a potter who moved to the south coast from Minnesota, will mark the gallery's 25th anniversary with a show of work by the 40 local artists she has represented over the years, opening Saturday, May 16.""",
gold=[("OTH020", "subject")]),

dict(guid="oth_wk_2026_06_easley_retires", pub="2026-06-10T08:00:00-07:00", title="Easley retires after 34 years with Coquille schools",
body="""Walt Easley Jr. has driven a Coquille School District bus, fixed its boilers and, for the last 12 years, run its whole maintenance department. On Friday he retires after 34 years.

"He knows where every shutoff valve in this district is, including the ones that aren't on the drawings," Superintendent Tonya Kemper said at the school board's June meeting, where Easley was honored with a plaque and a standing ovation. Easley said he plans to spend more time at his son Trey's football games.""",
gold=[("OTH008", "subject")]),

dict(guid="oth_wk_2026_07_grange_hanscom", pub="2026-07-15T08:00:00-07:00", title="Coquille Grange honors Leota Hanscom for 60 years",
body="""The Coquille Grange No. 196 honored Leota Hanscom on Saturday for sixty years of membership, presenting her with the Oregon State Grange's Diamond Certificate at its summer potluck.

Hanscom joined the Grange in 1966, two years after she married Virgil Hanscom. She has served as its lecturer, its treasurer and its cook, and her marionberry pies have raised, by the Grange's count, more than $40,000 for the hall's roof, furnace and piano.""",
gold=[("OTH022", "subject")]),

dict(guid="oth_wk_2026_08_cranberry_court", pub="2026-08-26T08:00:00-07:00", title="Cranberry Festival names its 2026 court",
body="""The Bandon Cranberry Festival announced its 2026 court this week. Sadie Nygaard, a Bandon High School senior and the daughter of Bev Nygaard, was named festival queen; princesses are Ava Toribio and Mei Lin Sato.

The court was chosen by a panel of judges that included longtime festival volunteer Mary Lou Ekblad, Port of Bandon commissioner Reggie Dunning and Bandon Chamber of Commerce director Holly Jensen.""",
gold=[]),   # Bev Nygaard is do_not_contact; Mary Lou Ekblad is a judge: nothing

dict(guid="oth_wk_2026_09_library_donors", pub="2026-09-09T08:00:00-07:00", title="Lakeside library thanks its building-fund donors",
body="""The Lakeside Public Library's building fund has passed its $250,000 goal, and the library board thanks everyone who gave. Donors of $1,000 or more include the Lakeside Lions Club, Tenmile Lakes Marina, Norma Jean Wirtanen, Lorraine Haataja, Dr. Samuel and Joyce Akers, and the Aho family in memory of Evelyn Aho.

Construction of the new reading room begins in October.""",
gold=[]),   # donor list: nothing

dict(guid="oth_wk_2026_10_eagle_scout", pub="2026-10-21T08:00:00-07:00", title="Myrtle Point Scout earns Eagle rank",
body="""Colton Birdsell, 17, of Myrtle Point has earned the rank of Eagle Scout with Troop 46. For his Eagle project Colton built and installed twelve wood-duck nesting boxes along the Coquille River at Sturdivant Park.

Colton is the son of Shane and Amber Birdsell and the grandson of Loren and Phyllis Birdsell, all of Myrtle Point. His court of honor will be held Nov. 8 at the Myrtle Point Church of Christ.""",
gold=[]),   # grandparents, not parents: no parent_of_subject (judgement call, see README)
]
