"""River Cities 12 (WRCX, invented Northern Kentucky / Cincinnati TV station): web stories, HTML descriptions.
Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="cvg_wrcx_20260209_walton-fire", pub="2026-02-09T07:45:00-05:00", title="Walton couple, dogs escape early-morning house fire",
body="""WALTON, Ky. (WRCX) - A Walton couple and their two coonhounds made it out safely early Monday when fire tore through their farmhouse on Stephenson Mill Road.

Cliff Hatmaker, 78, said the dogs started howling at about 4 a.m. "I opened the bedroom door and the hallway was orange," Hatmaker said. He and his wife, Brenda, climbed out a window onto the porch roof and a neighbor brought a ladder.

Walton-Verona firefighters said the fire started in a wood stove flue. The house is a total loss. The American Red Cross is assisting the couple.""",
gold=[("CVG012", "subject")]),

dict(guid="cvg_wrcx_20260615_kayak-rescue", pub="2026-06-15T18:20:00-04:00", title="Newport man, 71, pulls kayaker from swollen Licking River",
body="""NEWPORT, Ky. (WRCX) - A retired Newport firefighter was fishing off the Licking River floodwall on Sunday afternoon when he saw an overturned kayak drift past, and a head bobbing behind it.

Dennis O'Hearn, 71, threw a rope bag he keeps in his truck, missed, waded in up to his chest and caught the kayaker, a 24-year-old from Cincinnati, by the life-jacket strap. "Thirty years on the job, you don't forget where you keep the rope," O'Hearn said.

The kayaker was treated at the scene. Newport's fire chief said the city will give O'Hearn its civilian lifesaving medal next month.""",
gold=[("CVG008", "subject")]),

dict(guid="cvg_wrcx_20260624_storm-cleanup", pub="2026-06-24T11:10:00-04:00", title="Boone County cleans up after severe storms down trees, power lines",
body="""UNION, Ky. (WRCX) - Chainsaws were running at first light Wednesday in Union, Florence and Burlington after a line of severe thunderstorms brought 70 mph gusts and quarter-size hail through Boone County on Tuesday evening.

On Old Union Road, a big silver maple came down across a driveway. "It took two of us about three hours," said Keith Rabenstein, who walked over with his chainsaw to help the neighbor who owns it. "Nobody hurt. That's what counts."

Duke Energy said about 14,000 customers lost power at the peak; most should be restored by Thursday night.""",
gold=[]),

dict(guid="cvg_wrcx_20260818_cno", pub="2026-08-18T16:00:00-04:00", title="Covington nurse named chief nursing officer at St. Remigius",
body="""COVINGTON, Ky. (WRCX) - A nurse who started at St. Remigius Covington as a unit clerk twenty years ago is now in charge of all of its nurses.

St. Remigius Healthcare on Tuesday named Tamika Fullilove, 43, chief nursing officer of its Covington and Edgewood hospitals. Fullilove, a Holmes High School graduate, earned her nursing degree at Northern Kentucky University while working nights and most recently ran the Edgewood emergency department.

"My grandmother cleaned houses so I could do this," she said. "I think about that every day." """,
gold=[("CVG022", "subject")]),

dict(guid="cvg_wrcx_20260905_powerball", pub="2026-09-05T12:30:00-04:00", title="Owensboro man claims $2 million Powerball prize",
body="""LOUISVILLE, Ky. (WRCX) - An Owensboro retiree says he will buy a new bass boat and not much else after claiming a $2 million Powerball prize on Friday.

Dale Tewes, 70, of Owensboro, bought the ticket at a gas station on Frederica Street, the Kentucky Lottery said. He matched five numbers and had added the Power Play option. "My wife told me to keep it quiet," Tewes said. "So of course here I am on TV." """,
gold=[]),
]
