"""Twin Tiers 13 News (WTTX, Elmira): local TV station site, HTML descriptions, short web-story style.
Hand-labelled."""

FEED = "wttx"
ITEMS = [
dict(guid="elm_wttx_20260127_0311", pub="2026-01-27T06:45:00-05:00", title="Fire guts Southside Elmira home; couple and cat escape",
body="""ELMIRA, N.Y. (WTTX) - An Elmira couple escaped a fire that gutted their West Water Street home early Tuesday morning.

Fire officials said Bart and Loretta Quackenbush were asleep when a smoke detector went off just after 2 a.m. The couple got out on their own and a neighbor found their cat, Pepper, hiding under a porch across the street.

"We lost the kitchen and most of the back of the house, but we have each other and we have the cat," Loretta Quackenbush said. Elmira Fire Chief Dwayne Hollis said the fire appears to have started near a space heater. The Red Cross is assisting the couple.""",
gold=[("ELM001", "subject"), ("ELM002", "subject")]),

dict(guid="elm_wttx_20260216_0402", pub="2026-02-16T18:10:00-05:00", title="Elmira pastor honored with city's Mark Twain Community Award",
body="""ELMIRA, N.Y. (WTTX) - The pastor who started a free Saturday supper on the city's east side eighteen years ago has received Elmira's Mark Twain Community Award.

The Rev. Obadiah Pettaway of Bethel Rock AME Zion Church accepted the award Monday night at City Hall. The supper now serves about 300 people every week, with volunteers from a dozen congregations.

"I didn't start anything. Somebody was hungry, and we had a kitchen," Pettaway said. Mayor Dan Mandell called him "the conscience of the east side." """,
gold=[("ELM012", "subject")]),

dict(guid="elm_wttx_20260312_0519", pub="2026-03-12T17:35:00-04:00", title="Painted Post senior's glass-recycling project wins regional science fair",
body="""PAINTED POST, N.Y. (WTTX) - A Corning-Painted Post High School senior has won the top prize at the Southern Tier Regional Science and Engineering Fair for a way to turn crushed bottle glass into water filters.

Anjali Achterberg, 17, the daughter of Desmond and Priya Achterberg of Painted Post, spent two years testing the filters in her family's garage. She will compete at the international fair in May.

"My grandfather was a glass chemist. I think he'd be happy I'm still breaking things," Achterberg said. Her grandfather, Pieter Achterberg, died earlier this month.""",
gold=[("ELM009", "parent_of_subject"), ("ELM010", "parent_of_subject")]),

dict(guid="elm_wttx_20260424_0604", pub="2026-04-24T23:05:00-04:00", title="Horseheads woman hurt in Route 17 crash",
body="""HORSEHEADS, N.Y. (WTTX) - A Horseheads woman was taken to Arnot Ogden Medical Center with non-life-threatening injuries after a two-car crash on the Southern Tier Expressway near exit 52 on Friday evening.

New York State Police identified her as Gwendolyn Trowbridge, 67. The other driver, a 24-year-old man from Big Flats, was not hurt. Troopers said the crash remains under investigation.""",
gold=[]),

dict(guid="elm_wttx_20260610_0711", pub="2026-06-10T22:30:00-04:00", title="Chemung River rises fast in Corning after afternoon downpours",
body="""CORNING, N.Y. (WTTX) - Firefighters went door to door on Corning's Northside on Wednesday afternoon after three inches of rain in two hours sent the Chemung and Cohocton Rivers and Monkey Run over their banks.

Water covered parts of Pulteney Street and Route 414, and several basements on the Northside took on water. No injuries were reported.

"I've lived here since '72 and I've seen it worse, but not this fast," said Gus Threlkeld, who was bailing out his neighbor's basement on West Third Street. The flash flood warning for the Corning area expired at 8 p.m.""",
gold=[]),

dict(guid="elm_wttx_20260718_0820", pub="2026-07-18T19:00:00-04:00", title="Lancaster driver takes vintage feature at Watkins Glen",
body="""WATKINS GLEN, N.Y. (WTTX) - Ezekiel Pennypacker of Lancaster, Pa., won Saturday's feature race for pre-1973 sports cars at Watkins Glen International, driving a 1967 Porsche 911 that his father raced at the same track.

Pennypacker, 41, held off a late charge from defending champion Hal Brightman of Rochester. The Vintage Grand Prix festival continues through Sunday.""",
gold=[]),
]
