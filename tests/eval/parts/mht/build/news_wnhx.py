"""WNHX News 5 (Manchester): TV station site, HTML descriptions, short web-story style, guids mht_wnhx_*.
Hand-labelled."""

FEED = "wnhx"
ITEMS = [
dict(guid="mht_wnhx_story_260223_barn_fire", pub="2026-02-23T07:45:00-05:00", title="Fire destroys 150-year-old barn at Goffstown farm",
body="""GOFFSTOWN, N.H. (WNHX) - A fire overnight destroyed a 150-year-old barn at the Batchelder farm on Parker Station Road, killing no animals but taking the family's hay, a tractor and the sugaring equipment.

Hal and Ruth Ann Batchelder, whose family has worked the land since 1871, woke up to the glow at about 2 a.m. Hal Batchelder and a neighbor led nineteen heifers out of the adjoining shed before firefighters from Goffstown, Dunbarton and Weare arrived.

"The cows are fine, we're fine, and barns can be built," Ruth Ann Batchelder said Monday morning. The fire marshal said the cause appears to be electrical. Neighbors have started collecting hay for the herd.""",
gold=[("MHT017", "subject"), ("MHT018", "subject")]),

dict(guid="mht_wnhx_story_260318_spelling_bee", pub="2026-03-18T18:10:00-04:00", title="Derry eighth-grader wins state spelling bee",
body="""CONCORD, N.H. (WNHX) - An eighth-grader from Derry is headed to the national spelling bee.

Aidan Doherty, 13, of Gilbert H. Hood Middle School, won the New Hampshire state bee Saturday in Concord, correctly spelling "ptarmigan" in the 14th round. His parents, Brendan and Maureen Doherty, said he studies word origins at the kitchen table every night.

"He learned 'ptarmigan' from a bird book his grandfather gave him," Maureen Doherty said. The national bee is in May near Washington.""",
gold=[("MHT014", "parent_of_subject")]),
# Maureen Doherty is not a client.

dict(guid="mht_wnhx_story_260408_volunteer", pub="2026-04-08T17:30:00-04:00", title="Concord woman who teaches English to refugees named state's volunteer of the year",
body="""CONCORD, N.H. (WNHX) - For fourteen years she has taught English at her kitchen table, then at the library, and now to classes of forty. On Wednesday the governor named her New Hampshire's Volunteer of the Year.

Bishnu Maya Adhikari came to Concord from a refugee camp in Nepal in 2009 speaking almost no English. She now runs free evening classes for Bhutanese-Nepali, Afghan and Congolese adults at the Concord Public Library.

"She corrects my grammar at dinner too," her husband, Tika Ram Adhikari, said, laughing. The award comes with a $2,500 grant for the program.""",
gold=[("MHT011", "subject")]),
# The husband (MHT010) is quoted about his wife's award: nothing.

dict(guid="mht_wnhx_story_260609_elm_crash", pub="2026-06-09T22:15:00-04:00", title="Manchester man charged with DWI after Elm Street crash",
body="""MANCHESTER, N.H. (WNHX) - A Manchester man faces a drunken-driving charge after police say he ran a red light on Elm Street and struck another car Tuesday evening.

Police said Kyle Drouin, 29, was driving a pickup north on Elm Street when he hit a sedan driven by Roland Bergeron, 80, of Manchester, at the Bridge Street intersection. Bergeron was checked at the scene and declined treatment. Drouin was released on bail and is due in court next month.""",
gold=[]),
# Crime/court rule: the other driver (MHT001) in a DWI-charge story gets nothing.

dict(guid="mht_wnhx_story_260722_nashua_storm", pub="2026-07-22T21:40:00-04:00", title="Storm topples trees, cuts power to thousands in south Nashua",
body="""NASHUA, N.H. (WNHX) - A line of severe thunderstorms tore through south Nashua on Wednesday afternoon, toppling trees onto cars and power lines and leaving more than 6,000 customers without power.

Crews worked into the night along Main Dunstable Road and the streets near the Massachusetts line. "It sounded like a train, and then the big oak was on the garage," said Lisa Moreau, who lives off Ridge Road. No injuries were reported. Eversource said most customers should have power back by Thursday evening.""",
gold=[]),
]
