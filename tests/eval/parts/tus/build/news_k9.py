"""News 9 KSCV Tucson (TV station site): HTML descriptions. Hand-labelled (gold= beside each text)."""

FEED = "k9"
ITEMS = [
dict(guid="tus_k9-story-20260306-0412", pub="2026-03-06T18:30:00-07:00", title="Davis-Monthan officer pinned on as colonel, takes command of maintenance group",
body="""TUCSON, Ariz. (KSCV) - A Davis-Monthan Air Force Base officer was promoted to colonel on Friday and took command of the base's maintenance group, the unit that keeps its A-10s and rescue helicopters flying.

Col. Derrick Haskins, who grew up in Killeen, Texas, and enlisted as an aircraft mechanic before earning his commission, had his new insignia pinned on by his wife, Keisha, and their son, Jaylen, in a ceremony in the base's main hangar.

"I started on the flight line with a wrench in my hand," Haskins said. "These airmen are who I was." """,
gold=[("TUS009", "subject")]),  # his promotion; Keisha pinning the insignia is not her event

dict(guid="tus_k9-story-20260402-0520", pub="2026-04-02T17:45:00-07:00", title="Yaqui Easter ceremonies draw crowds to Old Pascua",
body="""TUCSON, Ariz. (KSCV) - Hundreds of visitors filled the plaza in Old Pascua Village this week for the Pascua Yaqui Lenten and Easter ceremonies, which continue through Sunday.

Organizers asked visitors again not to take photographs, video or recordings. "These are prayers, not a show," said Lorenzo Valencia, who has helped with the ceremonies since he was a boy. "Come, sit, be respectful. You are welcome."

The ceremonies end on Easter Sunday morning.""",
gold=[]),  # Lorenzo Valencia quoted: nothing

dict(guid="tus_k9-story-20260509-0611", pub="2026-05-09T20:10:00-07:00", title="Sells basket weaver wins best of show",
body="""SELLS, Ariz. (KSCV) - A Tohono O'odham basket weaver from Sells has won best of show at the Desert Basketry Market in Tucson for a yucca-and-bear-grass basket that took her eleven months to finish.

Delia Antone, 67, learned to weave from her grandmother and now teaches classes at the district community center. Her winning piece shows the man in the maze, I'itoi, in devil's claw on a white yucca ground.

"It is for my grandchildren," Antone said. "So they know where they come from." """,
gold=[("TUS008", "subject")]),

dict(guid="tus_k9-story-20260727-0733", pub="2026-07-27T21:40:00-07:00", title="Nogales woman loses home in early-morning fire",
body="""NOGALES, Ariz. (KSCV) - A Nogales woman escaped without injury early Monday when a fire destroyed her home on North Morley Avenue.

Firefighters said the blaze started in the kitchen at about 4 a.m. María de la Luz Carrillo, 71, known to neighbors as Lucha, was awakened by her smoke alarm and her dog. "I grabbed the dog and my mother's rosary and I ran," she said.

The American Red Cross is helping Carrillo with temporary housing. A neighbor has started a collection at the Sacred Heart parish hall.""",
gold=[("TUS011", "subject")]),

dict(guid="tus_k9-story-20260812-0790", pub="2026-08-12T22:05:00-07:00", title="Monsoon storm topples trees, knocks out power on Tucson's east side",
body="""TUCSON, Ariz. (KSCV) - A fast-moving monsoon storm brought 70 mph gusts to Tucson's east side on Wednesday evening, toppling palo verdes and mesquites and knocking out power to about 14,000 customers.

"The whole sky went brown and then the rain came sideways," said Gary Lindahl, who was loading his car outside a grocery store on Tanque Verde Road when the gust front arrived.

Tucson Electric Power said most service should be restored by Thursday morning.""",
gold=[]),  # Gary Lindahl quoted bystander: nothing (his in_area weather row comes from the alert)
]
