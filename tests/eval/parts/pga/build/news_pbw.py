"""Plateau Business Weekly (business news for southern Utah, the Arizona Strip and Lake Powell): plain text.
Hand-labelled."""

FEED = "pbw"
ITEMS = [
dict(guid="pga_pbw_2026_07_electric-boats", pub="2026-02-19T06:30:00-07:00", title="Quist Canyon Outfitters bets on electric tour boats for Antelope Canyon runs",
body="""PAGE, Ariz. - Quist Canyon Outfitters, the Page tour company that runs boats from Wahweap into Antelope and Navajo canyons, will put four electric pontoon boats into service this spring, the first all-electric tour fleet on Lake Powell.

Owner Thatcher Quist said the boats cost about 40 percent more than gas models but are quiet enough that guests can hear the canyon wrens. "People come here for the silence," Quist said. "We were selling them silence and then starting a V-8."

Hank Doerfler, general manager of the Wahweap Marina, said the marina installed charging pedestals on B dock to support the fleet.""",
gold=[("PGA019", "subject")]),

dict(guid="pga_pbw_2026_12_ostergaard-saddlery", pub="2026-03-26T06:30:00-06:00", title="Ostergaard Saddlery marks 40 years on Kanab's Center Street",
body="""KANAB, Utah - Ostergaard Saddlery, the leather shop whose hand-tooled saddles have appeared in a dozen westerns filmed around Kanab, turns 40 this month.

Margo Ostergaard took over the shop from its founder, her late father-in-law Nils Ostergaard, in 1998 and has since added a line of tooled belts and guitar straps that sells mostly online. She plans to hand the bench to her son, Jory, next year. "He cuts a straighter line than I do," she said. "Don't tell him."

The shop will hold an anniversary open house on Saturday.""",
gold=[("PGA006", "subject")]),

dict(guid="pga_pbw_2026_20_marble-canyon-lodge", pub="2026-05-21T06:30:00-07:00", title="Marble Canyon lodge sold; longtime owner Hollenbeck retires",
body="""MARBLE CANYON, Ariz. - The Cliff Dwellers Roost, a 1950s motor lodge and cafe at the foot of the Vermilion Cliffs, has been sold to a Flagstaff hospitality group, ending Emmett Hollenbeck's 27 years as owner.

Hollenbeck, 65, said he will keep a small house down the road and guide fly-fishing trips at Lees Ferry "until the trout figure me out." The buyer, Kestrel Hospitality, plans to renovate the rooms but keep the cafe's sourdough pancakes. Terms were not disclosed.""",
gold=[("PGA021", "subject")]),

dict(guid="pga_pbw_2026_26_nethercott-vet", pub="2026-06-30T06:30:00-06:00", title="Kanab veterinary practice opens second clinic in Fredonia",
body="""FREDONIA, Ariz. - Vermilion Veterinary Clinic, the Kanab large- and small-animal practice, opened a second clinic in Fredonia on Monday, the first full-time veterinarian on the Arizona Strip side of the state line in more than a decade.

Dr. Ephraim Nethercott, who founded the practice in 2004, said ranchers south of the line had been hauling animals to Kanab or Hurricane for years. "A calving problem at two in the morning can't wait for a 40-minute drive," Nethercott said. The Fredonia clinic will be staffed by Dr. Alyssa Brinkerhoff three days a week.""",
gold=[("PGA008", "subject")]),

dict(guid="pga_pbw_2026_30_low-water", pub="2026-07-15T06:30:00-07:00", title="Page businesses brace as Lake Powell nears record low",
body="""PAGE, Ariz. - With Lake Powell forecast to fall within 20 feet of its record low by October, Page's tour operators and hotels are bracing for a second lean season.

"We've moved our launch twice already this summer," said Thatcher Quist, owner of Quist Canyon Outfitters. "Every foot the lake drops, the walk to the boat gets longer."

Casimir Wojtaszek, a retired Navajo Generating Station engineer who now serves on the city's water advisory board, said the city's intake is safe for now but that the board is studying a second, deeper intake. The Page City Council will take up the study in August.""",
gold=[]),

dict(guid="pga_pbw_2026_39_rv-park", pub="2026-10-01T06:30:00-06:00", title="Kane County approves 240-site RV park south of Kanab",
body="""KANAB, Utah - The Kane County Commission voted 2-1 on Monday to approve a 240-site RV resort on 60 acres along U.S. 89A south of Kanab, despite objections from neighbors about traffic and groundwater.

The developer, Sandstone Horizons LLC of St. George, says the park will open in 2028 and employ about 25 people. Commissioner Wade Heaps voted against the project, citing the county's water plan.""",
gold=[]),
]
