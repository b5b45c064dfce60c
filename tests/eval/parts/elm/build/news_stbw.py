"""Southern Tier Business Weekly (Elmira-Corning-Ithaca business weekly): plain text, longer business stories.
Hand-labelled."""

FEED = "stbw"
ITEMS = [
dict(guid="elm_stbw_2026_02_03_a", pub="2026-02-03T06:00:00-05:00", title="Corning hot-glass studio lands museum commission, will add eight jobs",
body="""CORNING - Thistlewood Hot Glass Studio, the Market Street workshop that started in a two-car garage in 2004, has won a three-year contract to make the large architectural pieces for a new wing of a Toronto museum, and will add eight glassblowers to its staff of fourteen.

Owner Fenwick Thistlewood said the contract is the largest in the studio's history. "We'll need a second glory hole and probably a second building," Thistlewood said. The studio is in talks with the Steuben County IDA about a site on the Gang Mills side of the river.

Thistlewood learned to blow glass at the Corning Museum of Glass studio as a teenager and worked for Steuben Glass until the company's sale in 2008.""",
gold=[("ELM011", "subject")]),

dict(guid="elm_stbw_2026_03_24_b", pub="2026-03-24T06:00:00-04:00", title="Plant expansion in Big Flats to bring 140 jobs",
body="""BIG FLATS - A maker of optical-fiber components will expand its plant off Route 352, adding 140 jobs over three years, the Chemung County IDA said Monday.

The company will invest $62 million in new production lines. "This is the kind of work that keeps young families in the Twin Tiers," said IDA chairman Wendell Okonkwo. Construction is expected to begin in June.""",
gold=[]),

dict(guid="elm_stbw_2026_04_07_a", pub="2026-04-07T06:00:00-04:00", title="Food-truck owner opens first brick-and-mortar cafe on Elmira's East Side",
body="""ELMIRA - Marisol Echevarría, whose Sabor Boricua food truck has been a fixture at Wisner Park lunches for five years, will open a 40-seat cafe on East Church Street next month.

Echevarría, a former LPN at Arnot Ogden Medical Center, bought the building, a former shoe-repair shop, in December with help from a city small-business loan. The menu will keep the truck's pernil, mofongo and alcapurrias and add breakfast.

"My father tells everybody who comes in that he taught me everything," she said. "He taught me how to eat." """,
gold=[("ELM019", "subject")]),

dict(guid="elm_stbw_2026_06_30_c", pub="2026-06-30T06:00:00-04:00", title="Chemung County clerk retires after 34 years in county government",
body="""ELMIRA - Dorinda Hollenbeck-Vance, who has served as Chemung County clerk since 2011 and worked in the county clerk's office since 1992, will retire at the end of July.

Hollenbeck-Vance oversaw the move of the county's land records online and the opening of the Horseheads DMV satellite office. "I was going to stay five years," she said. "Then it was ten." Her deputy, Samantha Orr, is expected to be appointed to fill the term.""",
gold=[("ELM005", "subject")]),

dict(guid="elm_stbw_2026_08_11_a", pub="2026-08-11T06:00:00-04:00", title="Lumber dealer in Lancaster buys two Southern Tier yards",
body="""WAVERLY - Pennypacker Lumber & Millwork of Lancaster, Pa., has bought building-supply yards in Waverly and Owego, its first locations in New York.

President Ezekiel Pennypacker said all 38 employees of the two yards will be kept on. "These are the same kind of towns we grew up in," Pennypacker said. The family-owned company, founded in 1921, now has eleven yards.""",
gold=[]),
]
