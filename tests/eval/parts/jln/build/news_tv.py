"""Four States 12 (KFSJ, Joplin): local TV station site, HTML descriptions, web-story style. Hand-labelled."""

ITEMS = [
dict(guid="jln_kfsj_20260102_0101", pub="2026-01-02T17:45:00-06:00",
title="Pittsburg's first baby of 2026 arrives 47 minutes after midnight",
body="""PITTSBURG, Kan. (KFSJ) - The first baby born in Pittsburg in 2026 didn't keep anyone waiting.

Dustin and Alyssa Kirkendoll of Pittsburg welcomed a son, Luca Frank Kirkendoll, at 12:47 a.m. Thursday at Ascension Via Christi Hospital. He weighed 7 pounds, 9 ounces.

"We were supposed to be watching the ball drop at my mom's," Alyssa Kirkendoll said. "Instead we were watching it in triage." The hospital's auxiliary presented the family with a basket of gifts from local businesses.""",
gold=[("JLN016", "subject"), ("JLN017", "subject")]),

dict(guid="jln_kfsj_20260115_0233", pub="2026-01-15T18:10:00-06:00",
title="Ozark Prairie Bank names Joplin native as its next president",
body="""JOPLIN, Mo. (KFSJ) - Ozark Prairie Bank has a new president, and he grew up three blocks from the bank's first branch.

The bank's board on Wednesday promoted Trent Ackerly, 46, from chief lending officer to president and chief executive, effective February 1. Ackerly joined the bank as a teller while a student at Missouri Southern State University in 1999.

He succeeds Harlan Yoakum, who is retiring after 22 years in the job. "Trent knows every farmer and every small business owner in this county by their first name," Yoakum said.""",
gold=[("JLN011", "subject")]),

dict(guid="jln_kfsj_20260218_0417", pub="2026-02-18T06:20:00-06:00",
title="Neosho widow, 88, escapes house fire thanks to neighbor",
body="""NEOSHO, Mo. (KFSJ) - An 88-year-old Neosho woman is safe after fire heavily damaged her home on Hickory Street early Wednesday.

Firefighters said Wilma Tharp was asleep when a space heater ignited a chair in her living room around 4 a.m. A neighbor delivering newspapers saw the flames, pounded on the door and helped her out onto the porch.

"She asked me to go back for her Bible and her cat, and I told her the firemen could get the cat," the neighbor, Jesse Morrow, said. Both the cat and the Bible were recovered. The Red Cross is helping Tharp, who is staying with relatives in Seneca.""",
gold=[("JLN009", "subject")]),

dict(guid="jln_kfsj_20260307_0522", pub="2026-03-07T21:30:00-06:00",
title="Carl Junction junior wins state wrestling title",
body="""COLUMBIA, Mo. (KFSJ) - Carl Junction junior Kinsley Hollenbeck is a state champion.

Hollenbeck pinned Nixa's Addison Crane in the second period of the Class 3 girls 125-pound final Saturday night at Mizzou Arena, finishing her season 44-2. She is the first girl from Carl Junction to win a state wrestling title.

Her parents, Jace and Brittany Hollenbeck, were in the front row. "She's been wrestling her cousins on the living-room carpet since she was four," her father said. "This was just a bigger carpet." """,
gold=[("JLN014", "parent_of_subject"), ("JLN015", "parent_of_subject")]),

dict(guid="jln_kfsj_20260518_0730", pub="2026-05-18T23:05:00-05:00",
title="Joplin neighbors clear trees after tornado warning; no injuries reported",
body="""JOPLIN, Mo. (KFSJ) - Chainsaws were running after dark Monday along West 7th Street and in the neighborhoods south of 20th Street, where a storm that prompted a tornado warning brought down trees and power lines.

The National Weather Service will survey the damage Tuesday to determine whether a tornado touched down. Liberty Utilities said about 6,000 customers lost power.

"Our house didn't lose a shingle, but the Harmons' big pin oak went right through their carport," said Trent Ackerly, who spent the evening cutting up limbs with his neighbors. "After 2011, everybody on this street just shows up." """,
gold=[]),  # quoted helper, his own house undamaged: no news outreach (his weather row comes from the alert)

dict(guid="jln_kfsj_20260802_0811", pub="2026-08-02T17:00:00-05:00",
title="Oklahoma City firefighter honored for rescue at apartment fire",
body="""OKLAHOMA CITY (KFSJ/AP) - An Oklahoma City firefighter who carried two children down a smoke-filled stairwell has received the department's Medal of Valor.

Firefighter Efrain Villalobos, 29, of Station 17, was honored Friday at a ceremony at the Oklahoma City Fire Department's training center. Villalobos, a Moore native, has been with the department for six years.""",
gold=[]),  # namesake 190 miles away, age 29 (JLN006 is 50 and lives in Carthage)
]
