"""Laurel Highlands Business Weekly (invented business weekly, Greensburg): plain text, guids lbe_lhbw_*.
Hand-labelled: gold=[(client_id, role)]."""

FEED = "lhbw"
ITEMS = [
dict(guid="lbe_lhbw_2026_0219_brewery", pub="2026-02-19T06:30:00-05:00",
title="Irwin brewer opens Loyalhanna Ridge Brewing in former Latrobe dairy",
body="""LATROBE - Brian Oberdick spent nine years brewing in his Irwin garage before he found the building he wanted: the 1920s brick dairy on Depot Street that had stood empty since 2004.

Oberdick, 42, opened Loyalhanna Ridge Brewing there on Saturday with eight beers on tap, a 30-barrel system and a kitchen that serves pierogies from a Jeannette church. The renovation cost about $1.6 million, financed in part by a Westmoreland County Industrial Development Corp. loan.

"Latrobe invented the banana split and brewed Rolling Rock. It deserved a new brewery," Oberdick said. He employs 14 people and plans to can two of the beers by fall.""",
gold=[("LBE022", "subject")]),

dict(guid="lbe_lhbw_2026_0326_sazon", pub="2026-03-26T06:30:00-04:00",
title="Puerto Rican restaurant Sazón de Mami to open on Greensburg's Main Street",
body="""GREENSBURG - A Puerto Rican restaurant will open next month in the former Penn Albert storefront on South Main Street.

Sazón de Mami is the first restaurant of Rafael Ocasio, a respiratory therapist who moved to Greensburg from Caguas in 2009. The menu - mofongo, pernil, arroz con gandules and his mother's pasteles - comes from recipes his mother, Carmen, taught him. "Greensburg has pierogies and it has pizza. Now it will have mofongo," Ocasio said.

The 48-seat restaurant was financed with a Greensburg Downtown Partnership facade grant and a loan from Chestnut Ridge Savings Bank.""",
gold=[("LBE007", "subject")]),

dict(guid="lbe_lhbw_2026_0507_promotion", pub="2026-05-07T06:30:00-04:00",
title="Chestnut Ridge Savings names Pisarcik senior vice president",
body="""LATROBE - Chestnut Ridge Savings Bank has promoted Mary Beth Pisarcik to senior vice president and chief lending officer, the bank said Tuesday.

Pisarcik, of Derry, joined the bank as a teller in 1990 and has led its commercial lending department since 2017. She succeeds Ronald Keefer, who retired in April after 31 years. A graduate of Saint Vincent College, she serves on the board of the Latrobe Area Chamber of Commerce.""",
gold=[("LBE004", "subject")]),

dict(guid="lbe_lhbw_2026_0611_cranberry", pub="2026-06-11T06:30:00-04:00",
title="Cranberry Township software firm names new chief executive",
body="""CRANBERRY TOWNSHIP - Brightline Logistics Software, which makes routing tools for trucking companies, has named Stephen Kostelnik its chief executive officer.

Kostelnik, 44, of Cranberry Township, Butler County, was previously chief operating officer. He succeeds the company's founder, Rita Yeager, who will remain chair. The firm employs 210 people and recently opened an office in Columbus, Ohio.""",
gold=[]),

dict(guid="lbe_lhbw_2026_0924_gala", pub="2026-09-24T06:30:00-04:00",
title="Latrobe hospital foundation gala raises $410,000 for cancer center",
body="""LATROBE - The Latrobe Hospital Foundation's Autumn Gala raised $410,000 on Saturday toward a new infusion suite at the hospital's cancer center, the foundation said.

More than 300 guests attended at the Latrobe Country Club. Leadership gifts came from Kennametal, Chestnut Ridge Savings Bank and the Fiore & Hartzell Funeral Home; individual benefactors included Tony and Rosemary Brunazzi, Helen Wasilchak, Dr. Elaine Dzurenda and Raymond and Carol Gesalman. Gala chair Nora Whitfield thanked "every family in the Loyalhanna Valley who has sat in that waiting room." """,
gold=[]),
]
