"""Arrowhead Business Weekly (Duluth): business news from the Arrowhead and the Iron Range, plain text.
Hand-labelled."""

ITEMS = [
dict(guid="ely_abw_2026_02_0117", pub="2026-02-09T06:00:00-06:00", title="Virginia dentist opens second clinic, adds 14 jobs",
body="""VIRGINIA - Dr. Everett Moilanen has opened a second location of Moilanen Family Dentistry, a 6,000-square-foot clinic on Ninth Street North that will employ 14 people, including four hygienists.

Moilanen, who bought the Chestnut Street practice from his mentor in 2005, said the new clinic will take Medical Assistance patients, who he said wait months for care on the Range. "The mines run three shifts," he said. "We'll be open until 8 p.m. twice a week."

The $3.2 million project was financed by Range Savings Bank with a loan from the Iron Range Resources and Rehabilitation Board.""",
gold=[("ELY007", "subject")]),

dict(guid="ely_abw_2026_03_0144", pub="2026-03-23T06:00:00-05:00", title="Hoyt Lakes plant restart would bring back 300 jobs, developer says",
body="""HOYT LAKES - A Toronto-based developer says it has lined up financing to restart the idle pellet plant in Hoyt Lakes by 2028, a project it says would employ 300 people.

State regulators must still approve the company's water permits. On the Range, reaction was hopeful but wary. "We've heard 'next year' for twenty years," said Milan Pecharich, a shift supervisor at a neighboring mine who serves on the Gilbert planning commission. "If they hire, people will come back."

The plant closed in 2001. Its former owner's pension fund still pays about 1,100 retirees.""",
gold=[]),

dict(guid="ely_abw_2026_04_0171", pub="2026-04-20T06:00:00-05:00", title="Norwegian seafood executive tours Duluth port",
body="""DULUTH - Marit Strand, chief executive of Bergen, Norway-based Nordhav Seafood, toured the Port of Duluth-Superior last week as the company weighs a Great Lakes distribution hub for its frozen salmon.

Strand met with port authority staff and with Duluth and Superior officials. "The Seaway gives us a door to the middle of a continent," she said. A decision is expected by the end of the year.""",
gold=[]),

dict(guid="ely_abw_2026_05_0203", pub="2026-05-18T06:00:00-05:00", title="Cook bait shop sold after 46 years as owners retire",
body="""COOK - Brekkestad Bait & Marine, a landmark on the road to Lake Vermilion since 1980, has a new owner.

Hal and Cece Brekkestad, who built the business from a minnow tank in their garage into a full-service marina with 14 employees, sold it to longtime employee Jake Tuominen and his wife, Amber, effective June 1. Terms were not disclosed.

"We sold our first minnows for 35 cents a dozen," Cece Brekkestad said. "Now we're going to find out whether we actually like fishing." The Brekkestads will stay in Cook.""",
gold=[("ELY017", "subject"), ("ELY018", "subject")]),

dict(guid="ely_abw_2026_06_0229", pub="2026-06-22T06:00:00-05:00", title="Ely outfitter adds electric tow boats for Boundary Waters entry points",
body="""ELY - Wilderness Portal Outfitters will add three electric tow boats on Moose Lake this summer, the first in the Ely area, owner Kristin Haugland said. The boats cost about $180,000 each, and a state clean-energy grant covered half.

Tow boats ferry canoeists up the chain of lakes toward the Canadian border. Haugland said the electric boats will cut fuel costs by two-thirds. Other outfitters are watching. "If the batteries last a season, we'll all switch," said one, who asked not to be named.""",
gold=[]),
]
