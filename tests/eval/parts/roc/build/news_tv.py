"""WGVT 13 Genesee Valley: local TV station site, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="roc_wgvt-20260208-1101", pub="2026-02-08T18:40:00-05:00", title="Irondequoit couple escapes early-morning house fire",
body="""IRONDEQUOIT, N.Y. (WGVT) - An Irondequoit couple in their seventies got out of their burning home safely early Sunday after a smoke alarm woke them up.

Firefighters were called to the house on Pinegrove Avenue just after 4 a.m. Bohdan and Olha Kovalchuk told News 13 they smelled smoke and found the kitchen in flames. "We took the icons and the cat and we went out in our slippers," Olha Kovalchuk said.

The Point Pleasant Fire District said the fire started in an electrical outlet behind the refrigerator. The kitchen is a total loss and the rest of the house has heavy smoke damage. The American Red Cross is helping the couple.""",
gold=[("ROC010", "subject"), ("ROC011", "subject")]),

dict(guid="roc_wgvt-20260227-1144", pub="2026-02-27T17:15:00-05:00", title="Irondequoit sophomore wins state wrestling title",
body="""IRONDEQUOIT, N.Y. (WGVT) - Irondequoit High School sophomore Tony Ciaccio is a state champion.

Ciaccio, 16, pinned his opponent from Long Island in the second period of the 145-pound final at the state wrestling championships in Albany on Saturday night, finishing the season 44-1. He is the school's first state champion since 2009.

His parents, Mark and Lisa Ciaccio, drove to Albany with a bus full of teammates. "He's been wrestling since he was five," his father said.""",
gold=[]),

dict(guid="roc_wgvt-20260325-1208", pub="2026-03-25T11:30:00-04:00", title="Webster Thomas senior accepts appointment to West Point",
body="""WEBSTER, N.Y. (WGVT) - Luke Pellegrino has wanted to go to West Point since he was eight, and on Tuesday the Webster Thomas High School senior got the call.

Pellegrino, 18, captain of the Titans' lacrosse team and a member of the National Honor Society, received his appointment to the U.S. Military Academy with a nomination from Rep. Joseph Morelle. He is the son of Daniel and Mary Beth Pellegrino of Webster; his grandfather served in the Army in Vietnam.

"We're proud and a little terrified," his mother said.""",
gold=[("ROC022", "parent_of_subject")]),

dict(guid="roc_wgvt-20260416-1250", pub="2026-04-16T17:50:00-04:00", title="Longtime Sweden town supervisor Howie Lattimore retires",
body="""BROCKPORT, N.Y. (WGVT) - After 40 years in Sweden town government, 24 of them as supervisor, Howard Lattimore is stepping down.

Lattimore, 82, a fifth-generation dairy farmer on the Lake Road, was honored Wednesday night at a packed town board meeting where residents gave him a standing ovation and a framed map of the town from 1852. His wife, Ruth, a retired Brockport librarian, sat in the front row.

"I'll still be at the diner every morning," Lattimore said, "so they know where to find me." """,
gold=[("ROC018", "subject")]),

dict(guid="roc_wgvt-20260612-1322", pub="2026-06-12T07:10:00-04:00", title="Irondequoit and Greece clean up after overnight storm topples trees",
body="""IRONDEQUOIT, N.Y. (WGVT) - Chainsaws were running early Friday along Titus Avenue and in the Stone Road neighborhood of Greece after a line of thunderstorms knocked down dozens of trees overnight.

"I heard a crack and then the whole maple was across the driveway," said Dennis O'Leary, who drove over from Webster to help his cousin clear limbs on Pinegrove Avenue. RG&E reported more than 11,000 customers without power in Irondequoit and Greece at the peak.""",
gold=[]),
]
