"""Bluegrass Business Weekly: business journal, plain text. Hand-labelled (gold=[...])."""

FEED = "bbw"
ITEMS = [
dict(guid="lex_bbw-2026-0108-equine-rescue", pub="2026-01-08T06:00:00-05:00",
     title="Equine rescue opens $2.1 million retirement barn near Paris",
body="""Second Stride Equine Retirement opened a 40-stall barn and indoor arena on 120 acres off the Bethlehem Road last week, the largest expansion in the nonprofit's 15-year history.

The project was paid for by more than 300 donors. Leading gifts came from the Redmon Springs Farm family of Preston Hargis II, the Clark County horsemen's association, Tommy Van Meter, Nell and Carr Whitlock, and the Bourbon County Farm Bureau.

"Every one of these horses earned somebody a living," said executive director Rachel Dunaway. "Now it's our turn." """,
gold=[]),

dict(guid="lex_bbw-2026-0212-sakura-retirement", pub="2026-02-12T06:00:00-05:00",
     title="Sakura Precision's founding plant manager retires after 32 years",
body="""The man who opened Sakura Precision Components' Georgetown plant in a rented warehouse in 1994 is retiring at the end of the month.

Kenji Matsuda, 64, came to Scott County from Nagoya as a 33-year-old engineer with six employees and a single stamping press. Sakura now employs 640 people making seat frames and door hinges for the auto assembly plant across the interstate. Matsuda, who became a U.S. citizen in 2003, led the plant through three expansions and the 2009 downturn without a layoff.

"He knew every name on the floor, and most of the kids' names too," said Hiroshi Tanabe, Sakura's quality director. Matsuda said he plans to garden, coach the Scott County High robotics team and visit his grandchildren. His successor has not been named.""",
gold=[("LEX016", "subject")]),

dict(guid="lex_bbw-2026-0326-ashbrook-hill-record", pub="2026-03-26T06:00:00-04:00",
     title="Ashbrook Hill Farm's filly brings record price at March sale",
body="""A two-year-old filly bred and consigned by Ashbrook Hill Farm of Versailles sold for $2.4 million Tuesday, a record for the March sale of two-year-olds in training.

Ashbrook Hill, on Pisgah Pike, is owned by Carr and Nell Whitlock, who took over the farm from his late father in January. The filly, by a freshman sire standing in Woodford County, worked a furlong in 10 seconds flat at the under-tack show.

"My father would have said she was worth every penny and then some," Carr Whitlock said.""",
gold=[("LEX001", "subject"), ("LEX002", "subject")]),

dict(guid="lex_bbw-2026-0423-ocampo-farm-manager", pub="2026-04-23T06:00:00-04:00",
     title="Elkhorn Creek Stud names Ocampo farm manager",
body="""Elkhorn Creek Stud in Scott County has promoted Maribel Ocampo to farm manager, making her one of the first Latina managers of a major Central Kentucky stallion farm.

Ocampo, 38, grew up on the farms along Ironworks Pike where her father worked the night foaling shift, and joined Elkhorn Creek as a groom at 19. She earned a degree in equine management from the University of Kentucky while working full time and became broodmare manager in 2019.

She oversees 28 employees and 140 mares. "Half my crew I've known since I was a little girl," Ocampo said.""",
gold=[("LEX015", "subject")]),

dict(guid="lex_bbw-2026-0604-taqueria-zamora", pub="2026-06-04T06:00:00-04:00",
     title="Versailles taquería opens second location in Midway",
body="""Taquería Los Zamora, the Main Street Versailles restaurant known for its Michoacán-style carnitas, will open a second location in Midway in July.

Owners José Luis and Lupe Zamora started the business in 2011 selling tamales out of their kitchen to horse-farm workers on Saturday mornings. José Luis Zamora still works mornings as a stallion handler; Lupe Zamora runs the restaurants. The Midway location, in the former Kinkead hardware building, will seat 60.

"The recipe is my mother-in-law's," Lupe Zamora said. "The hours are mine." """,
gold=[("LEX013", "subject"), ("LEX014", "subject")]),
]
