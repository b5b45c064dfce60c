"""WDVT News 9 (Delaware Valley TV station) local news site, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="tre_wdvt-local-2026-2231", pub="2026-02-11T18:40:00-05:00", title="Lawrenceville family safe after fire guts home",
body="""LAWRENCE TOWNSHIP, N.J. - A Lawrenceville family escaped uninjured early Wednesday when a fire tore through their two-story home on Carter Road.

Joe Horvath, his wife Kathleen and their two teenage sons got out after a smoke detector went off around 3 a.m., fire officials said. The family dog was rescued by firefighters. The house is considered a total loss.

"We have each other. Everything else is stuff," Horvath said outside a neighbor's house Wednesday morning. Investigators believe the fire started in the garage. The Red Cross is helping the family.""",
gold=[("TRE009", "subject")]),

dict(guid="tre_wdvt-local-2026-2290", pub="2026-03-19T17:55:00-04:00", title="Burlington City firefighter promoted to captain",
body="""BURLINGTON CITY, N.J. - Lt. Marcus Spruill was sworn in Tuesday as a captain in the Burlington City Fire Department, becoming the department's first Black captain in its 140-year history.

Spruill, 45, joined the department as a volunteer at 18 and went career in 2006. His aunt, Loretta Gaines of Willingboro, pinned on his new badge. "She's been pinning things on me since Cub Scouts," he said.""",
gold=[("TRE016", "subject")]),  # the aunt pinning the badge (TRE015): nothing

dict(guid="tre_wdvt-local-2026-2344", pub="2026-05-25T19:10:00-04:00", title="Hamilton Square Memorial Day parade draws thousands",
body="""HAMILTON, N.J. - Thousands lined Route 33 on Monday for the Hamilton Square Memorial Day parade, one of the oldest in Mercer County. Grand marshal was retired Army Col. Denise Whitaker of Robbinsville.

"I've marched in this parade every year since I got back from Germany in 1970," said Stan Kowalczyk, 78, of the Hamilton Square VFW post. "My knees are not what they were. The flag still is."

The parade ended with a wreath-laying at the Hamilton Square war memorial.""",
gold=[]),  # quoted bystander: nothing

dict(guid="tre_wdvt-local-2026-2378", pub="2026-07-02T18:20:00-04:00", title="Ewing teen heads to MIT with full scholarship",
body="""EWING, N.J. - Ewing High School valedictorian Nana Yaw Asante has won a full four-year scholarship to the Massachusetts Institute of Technology, where he plans to study electrical engineering.

Nana Yaw, 18, is the son of Kwabena and Abena Asante of Ewing, who came to the United States from Kumasi, Ghana, in 2001. He built a solar-powered water pump for his grandmother's village as a sophomore. "My parents worked two jobs each so I could do this," he said.""",
gold=[("TRE017", "parent_of_subject"), ("TRE018", "parent_of_subject")]),

dict(guid="tre_wdvt-local-2026-2401", pub="2026-07-20T12:30:00-04:00", title="Route 1 lane closures begin for Brunswick Circle bridge work",
body="""LAWRENCE TOWNSHIP, N.J. - NJDOT will close one lane of Route 1 in each direction near the Brunswick Circle overnight starting Monday for bridge deck repairs expected to last six weeks. Drivers should expect delays between 9 p.m. and 5 a.m.""",
gold=[]),  # nobody
]
