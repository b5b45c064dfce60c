"""KWST 4 Utah News (Salt Lake City TV station site): HTML descriptions, short web stories. Hand-labelled."""

FEED = "ktv"
ITEMS = [
dict(guid="slc_ktv-story-20260204-1188", pub="2026-02-04T18:30:00-07:00", title="Granger defensive lineman signs with Utah on National Signing Day",
body="""WEST VALLEY CITY, Utah (KWST) - Granger High School defensive tackle Viliami Taufa made his choice official Wednesday, signing with the University of Utah in a packed school auditorium decorated in red and white.

Taufa, 6-foot-4 and 305 pounds, picked the Utes over Oregon and BYU. He is the fourth member of his extended family to play at Utah.

His parents, Sione and Mele Taufa of West Valley City, sat beside him, along with what seemed like half of the Tongan United Methodist congregation. "We told him, go where God sends you," his father said. "God sent him to Rice-Eccles. We can drive there." """,
# parents Sione and Mele Taufa = SLC008, SLC009.
gold=[("SLC008", "parent_of_subject"), ("SLC009", "parent_of_subject")]),

dict(guid="slc_ktv-story-20260318-1302", pub="2026-03-18T07:10:00-06:00", title="Fire damages Magna home; couple and cat escape",
body="""MAGNA, Utah (KWST) - A Magna couple escaped without injury early Wednesday when fire broke out in the attached garage of their home near 8900 West and 2700 South.

Unified Fire Authority crews said Gus Lambrakis, 76, and his wife, Georgia, woke to a smoke alarm at about 4:30 a.m. and got out with their cat. The fire destroyed the garage and a 1967 Mustang inside and caused smoke damage to the rest of the house.

Investigators believe a battery charger started the fire. The Red Cross is helping the couple, who have lived in the house since 1975.""",
# SLC011 Konstantinos "Gus" Lambrakis of Magna, 76 (b. 1949): house fire.
gold=[("SLC011", "subject")]),

dict(guid="slc_ktv-story-20260422-1377", pub="2026-04-22T16:45:00-06:00", title="Midvale man charged after police chase ends in Murray",
body="""MURRAY, Utah (KWST) - A Midvale man faces felony charges after leading police on a chase that ended when his pickup struck a power pole near State Street and Vine Street in Murray on Tuesday night.

Police identified the driver as Tyler Nielsen, 24. He was booked into the Salt Lake County jail on suspicion of failing to stop at the command of police, reckless driving and DUI. No one else was hurt. Rocky Mountain Power restored service to about 900 customers by early Wednesday.""",
# Crime story and a young namesake from Midvale (SLC007 Tyler Nielsen of Murray is 64): nothing.
gold=[]),

dict(guid="slc_ktv-story-20260716-1455", pub="2026-07-16T12:20:00-06:00", title="Volunteers pitch in as west side cleans up after hail and wind",
body="""KEARNS, Utah (KWST) - Chainsaws and leaf blowers filled the streets of Kearns, Magna and West Valley City on Wednesday as neighbors cleaned up after Tuesday evening's severe thunderstorm, which brought 70 mph gusts and hail the size of golf balls.

Rocky Mountain Power said about 14,000 customers lost power at the peak. Dozens of trees fell, and at least six homes were damaged.

Volunteers from several congregations set up a water station at Kearns High School. "You just show up with gloves," said Steve Tateoka, a retired engineer from Murray who drove over with his grandsons. "Somebody always needs a hand." """,
# Steve Tateoka (SLC017) quoted volunteer: nothing.
gold=[]),

dict(guid="slc_ktv-story-20260825-1530", pub="2026-08-25T18:05:00-06:00", title="Ogden nurse named Utah School Nurse of the Year",
body="""OGDEN, Utah (KWST) - A school nurse who started a free Saturday clinic for students without insurance has been named Utah School Nurse of the Year.

Rosa Elena Castañeda Ruiz has served the Ogden School District for 17 years, most recently at Ben Lomond High School. Her Saturday clinic, run with volunteer doctors from McKay-Dee Hospital, has given sports physicals and vaccinations to more than 3,000 students since 2019.

Castañeda Ruiz will be honored at the state school nurses' conference in October.""",
# SLC013 Rosa Elena Castaneda Ruiz, Ogden: award.
gold=[("SLC013", "subject")]),
]
