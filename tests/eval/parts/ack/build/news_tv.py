"""Cape & Islands NewsCenter 9 (WCIN, invented local TV station site): HTML descriptions. Hand-labelled."""

FEED = "wcin"
ITEMS = [
dict(guid="ack_wcin-2026-0212", pub="2026-02-18T18:30:00-05:00", title="Nantucket digs out after blizzard; some homes still without power",
body="""NANTUCKET - Crews worked through the weekend to restore power on Nantucket after a blizzard dropped more than 20 inches of snow on the island and knocked down lines from Madaket to Wauwinet. The ferries did not run for two days.

"We lost power for thirty hours, so we cooked everything in the walk-in on the gas range and fed the plow drivers," said Stoyan Valchanov, who owns the Mid-Island Galley on Old South Road. "Nobody paid. It was that kind of week."

Eversource said fewer than 200 island customers remained without power Tuesday evening.""",
gold=[]),

dict(guid="ack_wcin-2026-0398", pub="2026-04-16T18:00:00-04:00", title="Hyannis bakery Sabor de Minas voted best bakery on the Cape",
body="""HYANNIS - The line out the door on Main Street on Saturday mornings was a clue. Sabor de Minas, the Brazilian bakery owned by Rosângela and Anderson Bittencourt, has been voted the best bakery on Cape Cod in the Cape & Islands NewsCenter 9 viewers' poll.

The couple opened the shop in 2011 with one oven and a recipe for pão de queijo from Rosângela's grandmother in Minas Gerais. They now bake 4,000 cheese breads a day and supply three supermarkets.

"The secret is that we never stopped making it the slow way," Rosângela Bittencourt said.""",
gold=[("ACK020", "subject"), ("ACK021", "subject")]),

dict(guid="ack_wcin-2026-0455", pub="2026-05-06T17:45:00-04:00", title="Airport rotary construction snarls Hyannis traffic",
body="""HYANNIS - Drivers face detours and long delays at the Airport rotary for the next six weeks as MassDOT replaces the drainage under Route 28.

"It took me forty minutes to go two miles this morning, and I drive this road six times a day," said Anderson Bittencourt, who makes deliveries for his family's bakery. A MassDOT spokesman said night work would begin next week to shorten the project.""",
gold=[]),

dict(guid="ack_wcin-2026-0520", pub="2026-05-25T19:10:00-04:00", title="Falmouth sailor wins the Figawi race to Nantucket",
body="""NANTUCKET - Falmouth's Prue Hallett crossed the finish line off Brant Point first on Saturday to win her class in the Figawi race from Hyannis, the first woman skipper to win it single-handed.

Hallett, 40, a marine technician at the Woods Hole Oceanographic Institution, sailed her 30-foot sloop Juniper through fog so thick she said she navigated "by the smell of the Nantucket bakeries." She also won the race's seamanship trophy.""",
gold=[("ACK022", "subject")]),

dict(guid="ack_wcin-2026-0611", pub="2026-06-27T17:30:00-04:00", title="Cape Cod Rail Trail extension opens in Wellfleet",
body="""WELLFLEET - Cyclists can now ride the Cape Cod Rail Trail all the way to Wellfleet center after the state opened the last 1.4-mile section on Friday.

"It's the last piece of a fifty-year puzzle," said state Rep. Daniel Oakes at a ribbon-cutting attended by about 200 people, many on bicycles. The trail now runs 25.5 miles from Yarmouth.""",
gold=[]),

dict(guid="ack_wcin-2026-0987", pub="2026-10-21T06:15:00-04:00", title="Fire heavily damages Orleans home; family escapes unhurt",
body="""ORLEANS - A fire early Wednesday heavily damaged a two-story home on Tonset Road, and the family of four escaped without injury, Orleans fire officials said.

The home belongs to Clement and Rosalind Sparrow, who were woken by their son Caleb and their dog. Firefighters from Orleans, Eastham and Brewster brought the blaze under control in about an hour. The cause appears to have been a clothes dryer.

"We're all safe. That's the only thing that matters," Roz Sparrow said. Neighbors have set up a fund to help the family.""",
gold=[("ACK015", "subject"), ("ACK014", "subject")]),
]
