"""KCHY News 5 (Cheyenne TV station; also covers Laramie, Torrington and Scottsbluff), HTML descriptions.
Hand-labelled."""

FEED = "kchy"
ITEMS = [
dict(guid="chy_kchy_2026_40112", pub="2026-02-03T17:45:00-07:00", title="Fire guts south Cheyenne home; couple escapes with their dog",
body="""CHEYENNE - A south-side couple escaped without injury early Tuesday when fire swept through their home on West 5th Street.

Jose Luis Ramirez and his wife, Lola, woke to the smoke alarm shortly after 3 a.m. and got out with their dog, Chato, Cheyenne Fire Rescue said. The fire started in a detached garage and spread to the kitchen. The house is a total loss.

Neighbors and members of St. Joseph's parish have set up a collection for the family, who have lived in the house for 31 years. The cause is under investigation.""",
gold=[("CHY005", "subject"), ("CHY006", "subject")]),

dict(guid="chy_kchy_2026_40287", pub="2026-04-14T18:10:00-06:00", title="City council approves depot plaza expansion over neighbors' objections",
body="""CHEYENNE - The Cheyenne City Council voted 6-3 on Monday night to expand the Depot Plaza event space east along 15th Street, closing a block to traffic for most of the summer.

Supporters said the plaza draws thousands of visitors during Frontier Days and the summer concert series. Some downtown residents said the noise is already too much. "I have lived on this block for forty years, and I can tell you the trains are quieter than the concerts," said Gordon Fairbanks, who spoke against the plan.

Construction is expected to start in September.""",
gold=[]),

dict(guid="chy_kchy_2026_40455", pub="2026-06-24T17:30:00-06:00", title="New commander takes over missile squadron at F.E. Warren",
body="""F.E. WARREN AFB - Lt. Col. Marcus Whitfield took command of the 791st Missile Maintenance Squadron on Tuesday in a ceremony at the base's Trail of Pride parade field.

Whitfield, a Cheyenne resident who first came to F.E. Warren as a second lieutenant in 2005, leads about 450 airmen who maintain the Minuteman III missiles scattered across southeast Wyoming, western Nebraska and northern Colorado. His father, a retired chief master sergeant, served in the same wing in the 1970s.

"This is the closest thing to coming home the Air Force has ever given me," Whitfield said. His wife, Danielle, and their children, Ava and Caleb, pinned on his new squadron patch.""",
gold=[("CHY009", "subject")]),

dict(guid="chy_kchy_2026_40601", pub="2026-09-01T18:00:00-06:00", title="Pine Bluffs mayor will not seek a fourth term",
body="""PINE BLUFFS - Mayor Len Bauer announced Monday that he will not run for a fourth term this fall, ending twelve years at the head of the town of 1,100.

Bauer, 76, a wheat farmer, oversaw the rebuilding of the town's water system and the new rest area on Interstate 80. He said he wants to spend more time with his grandchildren. Town council member Shannon Reiter has said she will run to succeed him.""",
gold=[]),
]
