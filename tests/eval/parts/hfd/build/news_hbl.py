"""Hartford Business Ledger (business weekly): plain text. Hand-labelled."""

FEED = "hbl"
ITEMS = [
dict(guid="hfd_hbl-2026-0114", pub="2026-01-14T06:30:00-05:00", title="Franklin Avenue pastry shop to open second location in Wethersfield",
body="""Lo Bianco's Pastry Shop, a Franklin Avenue fixture since 1961, will open a second location this spring in the Silas Deane Highway plaza that formerly housed a bank branch in Wethersfield.

Owner Vincent Lo Bianco, who took over the bakery from his father in 1988, said the new shop will offer the full line of cannoli, sfogliatelle and wedding cakes, plus a small espresso bar. "Half our customers moved to Wethersfield and Rocky Hill thirty years ago," Lo Bianco said. "They still drive in for Christmas. Now we will drive out to them."

The 2,400-square-foot space was leased from Deane Commons LLC. The company expects to hire 12 people.""",
gold=[("HFD010", "subject")]),

dict(guid="hfd_hbl-2026-0204", pub="2026-02-04T06:30:00-05:00", title="Riverbend Mutual names Santiago Vélez senior vice president of claims",
body="""Riverbend Mutual Insurance Co. has promoted Carmen Santiago Vélez to senior vice president of claims operations, the Hartford insurer said Tuesday.

Santiago Vélez, a 31-year veteran of the company who began as a bilingual claims adjuster, has led its property claims unit since 2019 and oversaw its response to the 2023 flood season. She succeeds Martin Gould, who is retiring.

"Carmen has never forgotten that a claim is a family's worst week," chief executive Linda Harwood said.""",
gold=[("HFD005", "subject")]),

dict(guid="hfd_hbl-2026-0311", pub="2026-03-11T06:30:00-04:00", title="Sarajevo Auto Body buys former dealership on New Park Avenue",
body="""Sarajevo Auto Body has bought the former Park Motors dealership at 760 New Park Ave. for $1.9 million and will move its collision shop there from Hartford's Parkville neighborhood by summer.

Owner Emir Hadžić, who founded the business in a two-bay garage in 2004, said the new site triples the shop's space and adds a paint booth certified for aluminum-bodied trucks. The company employs 14 and plans to hire six more technicians.

Hadžić came to Hartford as a refugee from Bosnia in 1998 and trained at Porter and Chester Institute.""",
gold=[("HFD015", "subject")]),

dict(guid="hfd_hbl-2026-0415", pub="2026-04-15T06:30:00-04:00", title="New Britain tool maker's longtime plant manager retires",
body="""After 38 years on the floor and in the front office, Joseph Kowalczyk Jr. retired on Friday as plant manager of Hardware City Tool & Die, the New Britain precision machining company.

Kowalczyk started at the company in 1988 as a second-shift apprentice, following his father into the trade, and has run the plant since 2009. Under his tenure the company doubled its aerospace business. He will be succeeded by operations director Priya Natarajan.

Company president Alan Brodeur said the shop would rename its training room for him.""",
gold=[("HFD003", "subject")]),

dict(guid="hfd_hbl-2026-0520", pub="2026-05-20T06:30:00-04:00", title="Insurers' Hartford headcount steady, survey finds",
body="""Employment at Hartford's insurance carriers held steady at roughly 55,000 in the first quarter, according to a survey by the MetroHartford Alliance, despite continued consolidation in the life and annuity business.

Hiring in data science and cyber underwriting offset cuts in back-office processing, the survey found. Downtown office vacancy rose slightly, to 23 percent.""",
gold=[]),

dict(guid="hfd_hbl-2026-0617", pub="2026-06-17T06:30:00-04:00", title="Bloomfield Chamber honors three at annual dinner",
body="""The Bloomfield Chamber of Commerce presented its annual awards Thursday at the Copper Hill Golf Club in East Granby.

Business of the Year went to Blue Hills Electrical Supply. Rev. Everton Gayle, pastor of Faith Tabernacle Church of God in Hartford and a Bloomfield resident for thirty years, received the Citizen of the Year award for the church's free tax preparation clinic, which filed returns for 1,400 families last spring.

The chamber also recognized outgoing president Denise Fontaine. Dinner sponsors included Charter Oak Wealth Partners, Sarajevo Auto Body and Lo Bianco's Pastry Shop.""",
gold=[("HFD014", "subject")]),

dict(guid="hfd_hbl-2026-0909", pub="2026-09-09T06:30:00-04:00", title="New Britain bakery lands supermarket deal for pan de agua",
body="""Panadería Borinquen, the New Britain bakery known for Puerto Rican water bread, has signed a deal to supply 40 Connecticut supermarkets.

José Antonio Figueroa, who owns the Arch Street bakery and learned the trade from his late father on Park Street in Hartford, said he will add a night shift and eight bakers. "My father made 300 loaves a day by hand," Figueroa said. "We will make 6,000, and I hope he would still eat them."

The contract runs three years.""",
gold=[("HFD007", "subject")]),
]
