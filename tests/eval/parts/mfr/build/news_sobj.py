"""Southern Oregon Business Journal (weekly, Medford): plain text. Hand-labelled."""

FEED = "sobj"
ITEMS = [
dict(guid="mfr_sobj_2026_0218_builder", pub="2026-02-18T06:00:00-08:00",
title="Grants Pass contractor named Builder of the Year",
body="""GRANTS PASS - The Southern Oregon Home Builders Association has named Tad Birkenfeld its 2026 Builder of the Year, the first Josephine County builder to win the award in a decade.

Birkenfeld, 70, founded Birkenfeld Construction in 1984 and has built more than 400 homes between Merlin and Wilderville, along with the restored Redwood Highway storefronts downtown. The association cited his apprenticeship program, which has trained 61 young carpenters, many of them from Grants Pass High School's construction class.

"My mother finished furniture and my father built it," Birkenfeld said at the association's banquet in Medford. "I just made it bigger and let other people live in it." """,
gold=[("MFR012", "subject")]),

dict(guid="mfr_sobj_2026_0422_cider", pub="2026-04-22T06:00:00-07:00",
title="Table Rock Cider House opens in former Medford pear-packing shed",
body="""MEDFORD - A 1920s pear-packing shed on South Fir Street that sat empty for fifteen years reopened Saturday as the Table Rock Cider House, a cidery and taproom with 16 taps and a kitchen.

Owner Cash Wetherbee, a former Harry & David orchard manager, spent two years and about $1.8 million restoring the building, keeping the original fir floors and the loading dock, which is now a patio. The cidery presses Rogue Valley pears and apples from six local orchards and employs 22 people.

Wetherbee said the idea came from his grandmother, who worked the gift-box line at Harry & David for three decades. "She said the best pears in the world were going into the compost," he said. "So we made them into something you can drink." """,
gold=[("MFR016", "subject")]),

dict(guid="mfr_sobj_2026_0506_spokane", pub="2026-05-06T06:00:00-07:00",
title="Spokane developer buys downtown Medford office tower",
body="""MEDFORD - The nine-story Liberty Park Tower on East Main Street has been sold to a Spokane, Wash., investment group for $14.2 million, according to Jackson County records.

Thaddeus Birkenfeld, managing partner of Inland Northwest Realty Partners of Spokane, said the group plans to convert the top four floors to apartments. "Downtown Medford has the bones," Birkenfeld said. "It needs people living in it after five o'clock."

The group owns office and apartment buildings in Spokane, Coeur d'Alene and Yakima. The seller, a Portland pension fund, had owned the tower since 2007.""",
gold=[]),   # a namesake from Spokane (MFR012 is Tad Birkenfeld of Grants Pass): nothing

dict(guid="mfr_sobj_2026_0603_tacos", pub="2026-06-03T06:00:00-07:00",
title="White City taqueria opens second location on Biddle Road",
body="""MEDFORD - Tacos Del Castillo, the White City taqueria known for its Sunday birria and lines out the door, opened a second restaurant this week in the former Biddle Road Burgerville.

Owner Nacho Del Castillo started the business in 2011 as a food truck parked outside the Agate Road feed store. He moved into a storefront on Highway 62 in 2016. The new location seats 80 and adds a drive-through; Del Castillo has hired 18 people for it.

"My mother-in-law taught me the salsa," he said. "She is not here to see this, so I put her picture by the register." """,
gold=[("MFR008", "subject")]),

dict(guid="mfr_sobj_2026_0826_bakery", pub="2026-08-26T06:00:00-07:00",
title="Talent bakery reopens three weeks after flash flood",
body="""TALENT - Wagner Street Bakery reopened Tuesday, three weeks after a flash flood off the Almeda burn scar sent two feet of mud and water through its kitchen.

Owner Mary Kay Oberholtzer said insurance covered the ovens but not the flour, the walk-in cooler or the three weeks of lost sales. More than 200 volunteers helped shovel the mud out, and a GoFundMe raised $41,000. "This town rebuilt after the fire in 2020," Oberholtzer said. "A little mud wasn't going to stop us."

The bakery, which Oberholtzer opened in 2014, employs nine people.""",
gold=[("MFR015", "subject")]),
]
