"""Bell County Business Ledger: a business weekly (openings, expansions, appointments, deals), plain text.
Hand-labelled."""

FEED = "bcbl"
ITEMS = [
dict(guid="tpl_bcbl-2026-03-16-sabor", pub="2026-03-16T06:00:00-05:00",
title="Sabor Boricua owners take Puerto Rican kitchen to Harker Heights",
body="""Teodoro and Marisol Villarreal, who opened Sabor Boricua in a former doughnut shop on Stan Schlueter Loop in Killeen in 2014, have signed a lease for a second restaurant in the Market Heights shopping center in Harker Heights.

The couple expect to open the 3,200-square-foot location in August with a bigger bar and a weekend lechón. "Half of Fort Cavazos has been stationed in Puerto Rico or married somebody from there," Teodoro Villarreal said. "They drive across town for mofongo. Now they won't have to."

Marisol Villarreal runs the kitchen; her husband, a retired Army master sergeant, handles the front of the house and the books. The Killeen restaurant employs 22 people; the new one will add about 15.

Tavita Matagi, a regular who has eaten lunch at the Killeen location nearly every Friday for ten years, said he would stay loyal to the original. "The new place is closer to my work," he said, "but the old place has my booth." """,
gold=[("TPL005", "subject"), ("TPL006", "subject")]),

dict(guid="tpl_bcbl-2026-04-20-cardiology", pub="2026-04-20T06:00:00-05:00",
title="Brazos Prairie Heart Institute names Sadler chief of cardiology",
body="""Brazos Prairie Heart Institute in Temple has named Dr. Ifeoma Sadler its chief of cardiology, effective May 1.

Sadler, an interventional cardiologist who joined the institute in 2015, led the team that brought same-day discharge after stent procedures to Central Texas. She trained at the University of Texas Medical Branch in Galveston and completed a fellowship at Emory University.

She succeeds Dr. Warren Pfluger, who is retiring after 31 years. Institute president Alan Voss said Sadler was the unanimous choice of the search committee.""",
gold=[("TPL016", "subject")]),

dict(guid="tpl_bcbl-2026-05-25-solar", pub="2026-05-25T06:00:00-05:00",
title="Temple's Brazos Current Solar lands East Texas utility contract",
body="""Brazos Current Solar, a 60-employee installer based on Industrial Boulevard in Temple, has won a $28 million contract to build a 40-megawatt solar farm near Canton in Van Zandt County for an East Texas electric cooperative.

It is the largest contract in the company's nine-year history, chief executive Marcus Heldt said. The company will hire about 30 installers for the job, most of them from Bell and Coryell counties, and expects construction to start in the fall.""",
gold=[]),

dict(guid="tpl_bcbl-2026-09-21-glassworks", pub="2026-09-21T06:00:00-05:00",
title="Achterberg Glassworks buys historic Salado building for bigger studio",
body="""Salado glass artist Rosalind Achterberg has bought the 1870s limestone building at the corner of Main and Royal streets and will move her studio and gallery, Achterberg Glassworks, into it next spring.

The purchase price was not disclosed. Achterberg, who opened her first studio in a converted garage in 2003, said the building's thick walls and high ceilings are ideal for a second furnace and a teaching space. She plans to offer glassblowing classes for the first time.

"My mother painted this building at least four times," Achterberg said. "I think she'd like that it's going to be full of fire."

The Village of Salado approved the historic-district permit last week.""",
gold=[("TPL010", "subject")]),

dict(guid="tpl_bcbl-2026-10-12-lacewell", pub="2026-10-12T06:00:00-05:00",
title="New Salado boutique bets on holiday shoppers",
body="""Brenda Lacewell has opened Lacewell & Linen, a home goods and gift boutique, in the former Salado Pharmacy building on Main Street, in time for the village's Christmas Stroll.

Lacewell, who spent 20 years as a buyer for a Dallas department store, said she chose Salado for its weekend visitors from Austin and Waco. The store carries table linens, candles and work by 14 Texas artisans.

Neighboring shop owner Rosalind Achterberg said new stores help everyone on the street. "When there's one more reason to stop in Salado, people stop," she said.""",
gold=[]),
]
