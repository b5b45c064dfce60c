"""Red Rose Business Brief: short business items for Lancaster County. Plain text. Hand-labelled."""

FILE = "lan_red_rose_business_brief.rss"
TITLE = "Red Rose Business Brief"
LINK = "https://www.redrosebizbrief.example/briefs/"
DESCRIPTION = "Openings, promotions, appointments and deals in Lancaster County"
CATEGORY = "Business"
STYLE = "plain"

ITEMS = [
dict(guid="lan_rrbb_2026_0129", pub="2026-01-29T07:00:00-05:00", title="Longenecker named president of Conestoga Valley Savings",
body="""Conestoga Valley Savings Bank has named Richard L. Longenecker Jr. president and chief executive, effective March 1. Longenecker, 64, has been the bank's chief lending officer since 2014 and succeeds Ronald Hess, who is retiring after 22 years.

"Dick knows every farmer and contractor in this county who has ever borrowed a dollar from us," board chair Evelyn Groff said. The bank has eleven branches and $1.4 billion in assets.""",
gold=[("LAN009", "subject")]),

dict(guid="lan_rrbb_2026_0409", pub="2026-04-09T07:00:00-04:00", title="Coffee roaster opens in former print shop on West James Street",
body="""Jon Habecker has opened Third Cutting Coffee Roasters in a former print shop at 233 W. James St., Lancaster. Habecker, a former agronomist with a seed company, roasts beans from farms in Colombia and Honduras in a 15-kilo roaster installed in what used to be the bindery.

The shop seats 24 and sells pastries from a Bird-in-Hand bakery. Habecker and his wife, Kelsey, renovated the building over eighteen months. "People kept telling us the neighborhood needed a place that opens at 6 a.m.," he said.""",
gold=[("LAN016", "subject")]),

dict(guid="lan_rrbb_2026_0820", pub="2026-08-20T07:00:00-04:00", title="Community foundation's spring giving day tops $12 million",
body="""The Lancaster County Community Foundation's annual giving day raised $12.3 million for 540 nonprofits, a record. The foundation's annual report, released this week, thanks the business sponsors and the individual match-pool donors, among them Carmen Delia Quiñones and Hector Olmeda, Kenneth and Sharon Horning, Richard and Patricia Longenecker, Dr. Priya Raman and Ryan Snavely.

Foundation president Samuel Bucher said the match pool will grow to $1.5 million next year.""",
gold=[]),  # a donor list: no one is the subject of a life event

dict(guid="lan_rrbb_2026_1104", pub="2026-11-04T07:00:00-05:00", title="Horning Excavating marks 30 years, hands daily operations to longtime foreman",
body="""Horning Excavating of Strasburg is marking its 30th year in business. Owner Ken Horning started the company in 1996 with one used backhoe and a dump truck; it now employs 22 people and does site work for farms, schools and housing developments across southern Lancaster County.

Horning, 62, said he will stay on as owner but has named longtime foreman Travis Eshleman general manager. "The flood this spring showed me I can't be in every ditch at once anymore," he said. His wife, Sharon, has kept the company's books since the start.""",
gold=[("LAN013", "subject")]),  # Sharon is mentioned as the bookkeeper, not a subject of the milestone
]
