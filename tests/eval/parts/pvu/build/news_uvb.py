"""Utah Valley Business Weekly: business news, plain text. Hand-labelled (gold=[(client_id, role)])."""

ITEMS = [
dict(guid="pvu_uvb-2026-0112", pub="2026-05-14T06:00:00-06:00",
title="Fifth-generation saddle maker opens Van Wagenen Saddlery in Orem",
body="""OREM - Garrett Van Wagenen learned to cut leather at his grandfather's bench in Midway before he could ride a bike. On Saturday he opened his own shop, Van Wagenen Saddlery & Tack, in a renovated tire store at 1020 S. State Street in Orem.

The shop builds custom roping and ranch saddles, with a waiting list already running into next spring, and sells tack, boots and repairs. Van Wagenen, 41, spent 15 years as a software project manager in Lehi before deciding, as he put it, "that I'd rather have a sore back than a sore soul."

He and his wife, Brielle, run the business with two apprentices. A ribbon cutting with the Utah Valley Chamber is set for May 28.""",
gold=[("PVU011", "subject")]),

dict(guid="pvu_uvb-2026-0127", pub="2026-06-25T06:00:00-06:00",
title="Brockbank orchard passes to a new generation as Reed Brockbank Jr. retires",
body="""SPRINGVILLE - After 36 years running the family orchard on the Mapleton bench, Reed Brockbank Jr. is retiring this season and handing Brockbank Fruit Farm to his daughter, Lacey Brockbank Ence, and her husband, Tyler.

The farm, started by Brockbank's late father in 1956, grows apricots, peaches and tart cherries on 110 acres and is best known for its roadside stand on 400 South. Brockbank, 68, said he plans to "do absolutely nothing for a month and then probably come back and prune."

The Utah County Farm Bureau will honor Brockbank at its summer banquet in August.""",
gold=[("PVU005", "subject")]),

dict(guid="pvu_uvb-2026-0133", pub="2026-07-09T06:00:00-06:00",
title="Orem fintech firm Quillstack names Priya Ranganath chief financial officer",
body="""OREM - Quillstack, the Orem-based payroll software company, has named Priya Ranganath chief financial officer. Ranganath joins from a Salt Lake City bank, where she was treasurer.

"Priya has the discipline we need heading into our Series C," said Efrain Villasenor, who chairs Quillstack's board and is a partner at Timp Ridge Ventures. Quillstack employs 240 people at its office near University Place.""",
gold=[]),  # PVU008 Efrain Villasenor is the quoted board chair: nothing

dict(guid="pvu_uvb-2026-0141", pub="2026-03-26T06:00:00-06:00",
title="Tongan bakery Mele's Keiki Bakehouse adds a second Provo location",
body="""PROVO - The line out the door of Mele's Keiki Bakehouse on Saturday mornings has gotten long enough that owners Sione and ʻAna Tuipulotu are opening a second shop, in the former Dixon's Hardware building at 150 E. Center Street, in June.

The Tuipulotus opened the original bakery on 500 West in 2014, named for ʻAna's grandmother. It is known for its keke ʻisite (Tongan yeast doughnuts), coconut buns and, on Fridays, lu pulu. The new location will add seating for 40 and a catering kitchen.

"Half of our customers are BYU students who served missions in Tonga and miss the food," ʻAna Tuipulotu said.""",
gold=[("PVU003", "subject"), ("PVU004", "subject")]),

dict(guid="pvu_uvb-2026-0150", pub="2026-08-06T06:00:00-06:00",
title="Rigby potato grower Calvin Thurgood named chair of Idaho Potato Commission",
body="""IDAHO FALLS, Idaho - Calvin Thurgood, a third-generation potato grower from Rigby, Idaho, has been named chairman of the Idaho Potato Commission. Thurgood, 52, farms 2,400 acres in Jefferson County and has served on the commission since 2019.

The commission markets Idaho potatoes nationwide; the state grows about a third of the country's crop.""",
gold=[]),  # namesake in Idaho (PVU018 Calvin Thurgood, 77, of Pleasant Grove): nothing
]
