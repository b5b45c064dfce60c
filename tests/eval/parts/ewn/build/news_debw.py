"""Down East Business Weekly (eastern North Carolina business news): plain text, guids prefixed ewn_.
Hand-labelled."""

FEED = "debw"
ITEMS = [
dict(guid="ewn_debw_2026_0112", pub="2026-02-16T06:00:00-05:00",
     title="Restaurant Week fills downtown New Bern tables in a slow month",
body="""NEW BERN - Downtown New Bern's winter Restaurant Week drew its largest crowds yet, with 23 restaurants reporting a combined 14,000 covers over ten days, according to Swiss Bear Downtown Development.

"February is usually the month we just survive," said Anita Brinson, who owns the Neuse Galley on Craven Street. "This year we had a wait on a Tuesday."

Diners agreed. "We came for the shrimp and grits and stayed for the banana pudding," said Loretta Ipock of New Bern, who was dining with friends. Organizers plan a summer edition in July.""",
gold=[]),  # Loretta Ipock is a quoted diner

dict(guid="ewn_debw_2026_0131", pub="2026-03-30T06:00:00-04:00",
     title="Sermons Bait & Marine opens a second store, in Oriental",
body="""ORIENTAL - Sermons Bait & Marine, the Bridgeton tackle shop that has sold bloodworms and ice to Neuse River fishermen since 1989, will open a second store on Hodges Street in Oriental on April 4.

Owners Win and Dolores Sermons of Bridgeton bought the former Pamlico Hardware building last fall and renovated it themselves over the winter. The new store will carry marine hardware and sailboat rigging for Oriental's cruising community as well as bait.

"Oriental calls itself the sailing capital of North Carolina, and sailors break things," Win Sermons said. "We'll have the part."

The Oriental store will employ five people. Dolores Sermons, who keeps the books for both shops, said the couple had looked for a second location for three years.""",
gold=[("EWN017", "subject"), ("EWN018", "subject")]),

dict(guid="ewn_debw_2026_0158", pub="2026-05-04T06:00:00-04:00",
     title="Tryon Federal Credit Union names Lavender to lead Trent Road branch",
body="""NEW BERN - Tryon Federal Credit Union has promoted Kendrick Lavender to branch manager of its Trent Road office, the credit union's busiest.

Lavender, 35, joined Tryon Federal as a teller in 2013 while studying at Craven Community College and has been assistant manager of the Havelock branch since 2021. He holds a degree in finance from East Carolina University.

"Kendrick knows half our members by name and the other half by their dogs," said chief executive Paula Kornegay.""",
gold=[("EWN016", "subject")]),

dict(guid="ewn_debw_2026_0177", pub="2026-06-08T06:00:00-04:00",
     title="Greenville developer breaks ground on $40 million medical office park",
body="""GREENVILLE - Developer Truett Mewborn III broke ground Thursday on Tar River Medical Commons, a $40 million, 120,000-square-foot medical office park on Fire Tower Road near ECU Health Medical Center.

Mewborn, 41, whose family has built in Pitt County for three generations, said the first building should open in late 2027. ECU Health has signed as anchor tenant.""",
gold=[]),  # namesake in Greenville (EWN013 Truett Mewborn of Oriental, 73): nothing

dict(guid="ewn_debw_2026_0203", pub="2026-07-27T06:00:00-04:00",
     title="CarolinaEast names Dimaculangan nurse manager of heart unit",
body="""NEW BERN - CarolinaEast Health System has named Rowena Dimaculangan, RN, nurse manager of its 32-bed cardiac progressive care unit.

Dimaculangan, who lives in Havelock, came to CarolinaEast in 2004 after nursing school in Manila and a first job in Norfolk, Va. She has been the unit's charge nurse since 2017 and led the team that earned the hospital's chest pain center reaccreditation last year.""",
gold=[("EWN012", "subject")]),
]
