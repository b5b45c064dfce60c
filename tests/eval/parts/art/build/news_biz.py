"""North Country Business Weekly: business weekly, plain text. Hand-labelled (`gold`)."""

ITEMS = [
dict(guid="art_ncbw-2026-03-09-boatworks", pub="2026-03-09T06:00:00-04:00",
title="Vanderwerken Boat Works to double its Sackets Harbor yard",
body="""SACKETS HARBOR - Vanderwerken Boat Works will add a second heated storage building and a 50-ton travel lift this spring, doubling the number of boats it can haul and store each winter.

Owner Amos Vanderwerken, who bought the yard from his father in 1994, said the $2.4 million expansion will add six year-round jobs. The project received a $300,000 grant through the regional economic development council.

"Every fall we turn away forty boats," Vanderwerken said. Tillie Brennecke, who chairs the Dexter Marina board, said the region has been short of winter storage for years. "Anything that keeps boats on this end of the lake is good for all of us," she said.""",
gold=[("ART010", "subject")]),

dict(guid="art_ncbw-2026-04-27-bakery", pub="2026-04-27T06:00:00-04:00",
title="Clayton's Marchildon's River Bakery named state's best small bakery",
body="""CLAYTON - Marchildon's River Bakery, the Riverside Drive institution known for its maple-cream doughnuts, has been named the best small bakery in New York State by the state Retail Bakers Association.

Theodosia "Teddie" Marchildon has run the bakery since 1996; her late father, Ted, opened it in 1958. She accepted the award in Albany last week and said she would put the plaque "right next to Dad's picture, where the line starts."

The bakery employs 14 people in summer and six in winter.""",
gold=[("ART016", "subject")]),

dict(guid="art_ncbw-2026-05-11-people", pub="2026-05-11T06:00:00-04:00",
title="People on the move: Plattsburgh CPA firm adds partner; Ogdensburg bridge authority names engineer",
body="""PLATTSBURGH - Lorraine Quackenbush, CPA, has been named a partner at Adirondack Coast Accounting Group in Plattsburgh. Quackenbush, 41, a Plattsburgh native and a graduate of SUNY Plattsburgh, joined the firm in 2011 and leads its agricultural practice.

OGDENSBURG - The Ogdensburg Bridge and Port Authority has hired Nathan Ouimet as its chief engineer. Ouimet previously worked for the state Department of Transportation in Watertown.""",
gold=[]),

dict(guid="art_ncbw-2026-08-10-bank", pub="2026-08-10T06:00:00-04:00",
title="Seaway Federal names Evans Mills branch manager",
body="""EVANS MILLS - Seaway Federal Credit Union has promoted Migdalia Alvarado to manage its Evans Mills branch, which serves many Fort Drum families.

Alvarado joined the credit union as a teller in 2014 after her husband retired from the Army at Fort Drum. She is fluent in Spanish and English and has led the branch's financial-readiness classes for newly arrived soldiers since 2019.

"Most of our members are 22 and getting their first car loan three weeks after they arrive," she said. "I like to meet them before the dealership does." """,
gold=[("ART008", "subject")]),
]
