"""KWSL 6 Western Slope News (Grand Junction TV station site, HTML descriptions, short web stories).
Hand-labelled (gold=[...] beside each)."""

FEED = "kwsl"
ITEMS = [
dict(guid="gjt_kwsl-story-20260128-1102", pub="2026-01-28T18:20:00-07:00", title="Fruita sheepman honored for 50 years on the range",
body="""FRUITA, Colo. (KWSL) - The Colorado Wool Growers Association has given its Golden Fleece award to Jose Mari Goicoechea of Fruita, who first came to the Book Cliffs as a 19-year-old herder from Navarre in 1972.

Goicoechea, 72, still runs about 2,000 ewes, wintering them on the desert north of Loma and trailing them to summer range on the Grand Mesa. The association cited his work training young herders and his fight to keep grazing allotments open.

"The sheep taught me English before the people did," Goicoechea said at the association's convention in Grand Junction.""",
gold=[("GJT009", "subject")]),

dict(guid="gjt_kwsl-story-20260219-1207", pub="2026-02-19T17:45:00-07:00", title="Delta County brand inspector hangs up his spurs after 40 years",
body="""DELTA, Colo. (KWSL) - For four decades, if a cow changed hands in Delta County, Jed Allred probably looked at it first.

Allred, 69, retired Friday as a Colorado Department of Agriculture brand inspector, a job he took in 1986 alongside running his own cow-calf operation on the Gunnison River. Coworkers and ranchers threw him a party at the Delta County Fairgrounds.

"He knows every brand in this county by sight, and most of the cows," said his wife, LaRae. Allred said he plans to spend retirement calving, hunting elk and "finally fixing the fences I've been inspecting on other people's places." """,
gold=[("GJT001", "subject")]),  # LaRae quoted about his retirement: not her life event

dict(guid="gjt_kwsl-story-20260324-1311", pub="2026-03-24T06:10:00-06:00", title="Fire destroys barn at Montrose dairy; 40 calves saved",
body="""MONTROSE, Colo. (KWSL) - An early-morning fire destroyed a hay barn and calf shed at De Jong Dairy on Ogden Road on Tuesday.

Owner Pete De Jong said he and two milkers pulled about 40 calves out before the roof came down. No people were hurt. Montrose Fire Protection District crews fought the fire for five hours; investigators believe a heat lamp in the calf shed started it.

The dairy lost about 600 tons of hay. Neighbors have offered to lend feed while the family sorts out insurance, De Jong said.""",
gold=[("GJT017", "subject")]),

dict(guid="gjt_kwsl-story-20260415-1420", pub="2026-04-15T18:05:00-06:00", title="Grand Junction High senior wins full-ride Mesa Scholars award",
body="""GRAND JUNCTION, Colo. (KWSL) - Isabella Sandoval, a senior at Grand Junction High School, is one of five students across the state to receive the full-ride Mesa Scholars award to Colorado Mesa University.

Sandoval, the daughter of Angie and Mark Sandoval of Grand Junction, plans to study nursing. She is the first in her family to attend college and has worked weekends at her grandmother's tamale stand at the farmers market since she was 12.

"She did this all herself," her mother said. "We just drove her places." """,
gold=[("GJT019", "parent_of_subject")]),

dict(guid="gjt_kwsl-story-20260729-1533", pub="2026-07-29T07:30:00-06:00", title="Glenwood Springs library reopens after mudslide cleanup",
body="""GLENWOOD SPRINGS, Colo. (KWSL) - The Glenwood Springs branch library reopened Tuesday afternoon after crews cleared mud from its parking lot left by Monday's flash flooding.

"People were lined up at the door; this is where they come for the Internet and the air conditioning," said Patty O'Bannon, a longtime member of the library's Friends board. Garfield County said several homes along the creek drainages were damaged, but no one was injured.

CDOT closed Interstate 70 through Glenwood Canyon for 14 hours as a precaution.""",
gold=[]),  # Patty O'Bannon quoted as a library volunteer: nothing (any storm note is the weather alert's)

dict(guid="gjt_kwsl-story-20260811-1602", pub="2026-08-11T17:15:00-06:00", title="New Mexico's teacher of the year has Western Slope roots",
body="""SANTA FE, N.M. (KWSL) - A Santa Fe first-grade teacher whose parents grew up in Grand Junction has been named New Mexico's Teacher of the Year.

Teodora Lucero, 38, teaches at Aspen Community Magnet School and runs a bilingual reading program that the state now plans to copy. Lucero spent summers with her grandparents in Grand Junction as a child.""",
gold=[]),  # namesake in Santa Fe, aged 38: nothing for GJT005
]
