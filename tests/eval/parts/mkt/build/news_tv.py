"""KMNV 12 News Now (invented TV station site, Mankato): HTML descriptions, short web stories. Hand-labelled."""

FEED = "kmnv"
ITEMS = [
dict(guid="mkt_kmnv_story_20260114_0211", pub="2026-01-14T18:05:00-06:00",
title="Mankato credit union names new vice president of member lending",
body="""MANKATO, Minn. (KMNV) - Riverbend Community Credit Union has promoted one of its own to lead its lending department.

Ximena Gallegos, who started as a bilingual teller at the Madison Avenue branch in 2009, was named vice president of member lending on Tuesday. She built the credit union's first Spanish-language home-buyer classes, which have helped more than 300 families buy a first home in Blue Earth and Nicollet counties.

"She knows our members by name," said CEO Brian Witt.""",
gold=[("MKT008", "subject")]),

dict(guid="mkt_kmnv_story_20260209_0347", pub="2026-02-09T06:40:00-06:00",
title="Fire heavily damages North Mankato home; no one hurt",
body="""NORTH MANKATO, Minn. (KMNV) - A North Mankato man escaped without injury early Monday when fire tore through the garage and kitchen of his home on Commerce Drive.

Crews were called at about 3:15 a.m. Homeowner Dale Ebert, 65, said a smoke alarm woke him and he got out with his dog, Ruby. The North Mankato Fire Department said the fire appears to have started near a space heater in the garage. The home is not livable, and the Red Cross is helping Ebert.

"I saw the glow from my kitchen window and called 911," said neighbor LaVonne Rademacher. "Dale's the one who shovels everybody's walk. We'll take care of him." """,
gold=[("MKT013", "subject")]),  # MKT012 is a quoted neighbour: nothing

dict(guid="mkt_kmnv_story_20260312_0418", pub="2026-03-12T17:30:00-05:00",
title="St. Peter marks 28 years since the 1998 tornado",
body="""ST. PETER, Minn. (KMNV) - Twenty-eight years after the March 29, 1998, tornado tore through St. Peter, the Nicollet County Historical Society is collecting photographs and stories for a new exhibit.

Longtime resident Dee Tschida was among the first to bring in a shoebox of pictures. "We lost every tree on Broadway," Tschida said. "The town came back because everybody showed up with a chainsaw." The exhibit opens March 28 at the Treaty Site History Center.""",
gold=[]),  # MKT015 is quoted recalling a past event: nothing

dict(guid="mkt_kmnv_story_20260406_0502", pub="2026-04-06T12:15:00-05:00",
title="North Mankato cabinet shop marks 25 years, adds 10 jobs",
body="""NORTH MANKATO, Minn. (KMNV) - Thorsrud Cabinetry is celebrating 25 years in business with a bigger shop and ten new jobs.

Owner Anders Thorsrud started the company in a rented pole barn in 2001 with one table saw. The company now builds kitchens for homes from Mankato to the Twin Cities and on Monday broke ground on a 20,000-square-foot addition in the North Mankato Industrial Park.

"I still sweep the floor on Fridays," Thorsrud said.""",
gold=[("MKT011", "subject")]),

dict(guid="mkt_kmnv_story_20260429_0566", pub="2026-04-29T17:50:00-05:00",
title="New Ulm machinist retires after 42 years on the same shop floor",
body="""NEW ULM, Minn. (KMNV) - When Gerd Hillesheim started at Cottonwood Precision Machining in 1984, the shop had six lathes and a rotary phone.

On Friday, Hillesheim, 67, ran his last part and punched out for good, retiring as the company's longest-serving employee. Co-workers lined the driveway and honked as he left.

He says he plans to spend more time fishing on Lake Hanska and traveling with his wife, Marlys.""",
gold=[("MKT003", "subject")]),  # the retirement is Gerd's; Marlys is only mentioned: nothing for MKT004

dict(guid="mkt_kmnv_story_20260612_0633", pub="2026-06-12T18:20:00-05:00",
title="Le Center couple celebrates 60 years of marriage",
body="""LE CENTER, Minn. (KMNV) - Al and Bernice (Pexa) Sladek of Le Center will celebrate their 60th wedding anniversary with an open house Sunday at the Le Center American Legion.

The couple were married June 18, 1966, at St. Mary's Catholic Church in Le Center. Al farmed and drove school bus for Tri-City United for 30 years; Bernice was the parish secretary. They have four children, eleven grandchildren and five great-grandchildren. Cards may be sent to 220 W. Minnesota St., Le Center.""",
gold=[("MKT019", "subject"), ("MKT020", "subject")]),

dict(guid="mkt_kmnv_story_20260308_0399", pub="2026-03-08T22:10:00-05:00",
title="Thief River Falls sophomore wins state wrestling title",
body="""ST. PAUL, Minn. (KMNV) - Thief River Falls sophomore Anders Thorsrud pinned his way to the Class 2A state title at 145 pounds Saturday night at Xcel Energy Center.

Thorsrud, 16, finished the season 44-1. Mankato West's Carter Olson placed third at 152.""",
gold=[]),  # a young namesake far away of MKT011: nothing
]
