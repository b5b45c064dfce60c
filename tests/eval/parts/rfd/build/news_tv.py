"""13 WRKX Stateline News (Rockford TV station site): HTML descriptions, short web stories. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="rfd_wrkx_20260305_1184", pub="2026-03-05T06:40:00-06:00",
title="Fire displaces Loves Park couple; firefighters rescue family cat",
body="""LOVES PARK, Ill. (WRKX) - A Loves Park couple is staying with family after an overnight fire tore through the back of their home on Clinton Street.

Stan and Bernie Wojcik woke to smoke alarms shortly after 2 a.m. Thursday and got out safely, Loves Park Fire Department Battalion Chief Ron Ekberg said. Crews found heavy fire in an attached garage and had it under control in about 20 minutes. A firefighter carried the couple's cat, Pepper, out through a side window.

Damage is estimated at $120,000. The cause is under investigation, but Ekberg said it does not appear suspicious. The American Red Cross of Northern Illinois is helping the couple.""",
gold=[("RFD013", "subject"), ("RFD014", "subject")]),

dict(guid="rfd_wrkx_20260414_1302", pub="2026-04-14T17:20:00-05:00",
title="South Beloit fire chief hangs up his helmet after 34 years",
body="""SOUTH BELOIT, Ill. (WRKX) - After 34 years with the South Beloit Fire Department, the last eleven as its chief, Tom O'Shaughnessy worked his final shift Tuesday.

Firefighters from South Beloit, Beloit and Rockton lined Blackhawk Boulevard with their engines as O'Shaughnessy drove his chief's truck back to Station 1 one last time. He joined the department as a paid-on-call firefighter in 1992, when the city still had one ambulance.

"I've been to a lot of the worst days of people's lives in this town," O'Shaughnessy said. "What I'll remember is how many of them came back to say thank you." Deputy Chief Lisa Navarro will serve as interim chief.""",
gold=[("RFD018", "subject")]),

dict(guid="rfd_wrkx_20260426_1340", pub="2026-04-26T12:05:00-05:00",
title="Chicago man wins Rockford Marathon in course-record time",
body="""ROCKFORD, Ill. (WRKX) - A 24-year-old Chicago runner shattered the Rockford Marathon course record Sunday.

Thomas O'Shaughnessy, a graduate student at Loyola University, crossed the line on the riverfront at 2:19:41, almost three minutes under the old record. O'Shaughnessy said the wind off the Rock River was "the only thing that slowed me down." Rockford's own Mai Vang won the women's race in 2:48:10.""",
gold=[]),

dict(guid="rfd_wrkx_20260522_1422", pub="2026-05-22T07:10:00-05:00",
title="Roscoe, Machesney Park clean up after overnight storms bring down trees",
body="""ROSCOE, Ill. (WRKX) - Residents in northern Winnebago County spent Friday morning running chainsaws after a line of severe thunderstorms brought 70 mph gusts through Machesney Park and Roscoe late Thursday.

ComEd reported about 9,000 customers without power at the peak. A large oak fell across Hononegah Road, closing it for several hours.

"It sounded like a freight train for about two minutes, and then it was over," said Brent Vanderwerff, who watched from his garage as a neighbor's maple split in half. "We were lucky. Nobody got hurt on our road." No injuries were reported in the county.""",
gold=[]),

dict(guid="rfd_wrkx_20260709_1511", pub="2026-07-09T18:30:00-05:00",
title="Koerner Implement marks 75 years as family-run Freeport dealership",
body="""FREEPORT, Ill. (WRKX) - Three generations of one family and hundreds of farmers packed the shop floor at Koerner Implement on Thursday to celebrate the dealership's 75th anniversary.

Gene Koerner Jr. and his wife, Sharon, who have owned the business since 1994, served pork chops to more than 600 guests. Their son, Jake, now runs the service department. The dealership was founded west of Freeport in 1951 by Gene's grandfather, Fred, and his father, the late Eugene Koerner Sr.

"Dad always said you sell the first tractor and the service sells the next ten," Gene Koerner said. "That's still the business." """,
gold=[("RFD006", "subject"), ("RFD007", "subject")]),
]
