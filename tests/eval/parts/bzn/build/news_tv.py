"""KGVM 11 News (Bozeman): local TV station site, HTML descriptions, short web stories. Hand-labelled; every
person invented."""

FEED = "tv"
ITEMS = [
dict(guid="bzn_kgvm_20260127_2231", pub="2026-01-27T18:45:00-07:00", title="Belgrade family, three dogs escape early-morning house fire",
body="""BELGRADE, Mont. (KGVM) - A Belgrade couple and their three dogs escaped without injury early Tuesday when fire tore through their home on Spooner Road.

Mary Beth and Dale Trettevik woke to smoke alarms shortly after 4 a.m. and got out through a bedroom window, Central Valley Fire District Chief Ron Hagerty said. The fire started in an attached garage; the house is a total loss.

A neighbor has set up a fundraiser to help the family, who have lived in the home for 26 years.""",
gold=[("BZN005", "subject")]),

dict(guid="bzn_kgvm_20260220_2310", pub="2026-02-20T22:10:00-07:00", title="Gallatin Gateway senior wins state wrestling title",
body="""BILLINGS, Mont. (KGVM) - Bozeman High senior Colt Halvorsrud is a state champion.

Halvorsrud pinned his opponent from Billings Senior in the second period of the Class AA 170-pound final Saturday at the MetraPark Arena, finishing the season 41-2. He is the son of Wade and Kristin Halvorsrud of Gallatin Gateway, who ranch on Cottonwood Road, and will wrestle at the University of Wyoming next year.""",
gold=[("BZN015", "parent_of_subject"), ("BZN016", "parent_of_subject")]),

dict(guid="bzn_kgvm_20260307_2402", pub="2026-03-07T17:25:00-07:00", title="Witnesses describe I-90 pileup near Three Forks",
body="""THREE FORKS, Mont. (KGVM) - Blowing snow and black ice caused a 14-vehicle pileup on Interstate 90 east of the Three Forks exit Friday afternoon, the Montana Highway Patrol said. Four people were taken to Bozeman Health with injuries that were not life-threatening.

"You couldn't see the hood of your own truck," said Clay Rudeen of Three Forks, who stopped to help pull a family out of a car in the median. "People were just coming out of the white at seventy."

The interstate reopened about 7 p.m.""",
gold=[]),   # Clay Rudeen is a quoted witness/helper, not the subject of a life event

dict(guid="bzn_kgvm_20260815_2577", pub="2026-08-15T20:05:00-06:00", title="Search and rescue crews carry injured hiker out of Hyalite Canyon",
body="""BOZEMAN, Mont. (KGVM) - Gallatin County Search and Rescue volunteers carried an injured Bozeman hiker nearly four miles out of Hyalite Canyon on Friday night.

Russell Kittelmann, 68, broke his ankle on the trail to Hyalite Peak and was able to call for help from the ridge, the sheriff's office said. A team of 22 volunteers reached him around 8 p.m. and carried him out on a wheeled litter. He was taken to Bozeman Health Deaconess Hospital in stable condition.

"He was in good spirits, telling us about the grandson he lost to an avalanche last winter," said volunteer Wade Halvorsrud. "He said he'd be back up there as soon as the cast comes off." """,
gold=[("BZN018", "subject")]),   # Halvorsrud is a quoted volunteer: nothing

dict(guid="bzn_kgvm_20260902_2620", pub="2026-09-02T18:15:00-06:00", title="Bozeman land trust founder honored by governor",
body="""HELENA, Mont. (KGVM) - Lorne Bickerstaff, founder of the Gallatin Open Lands Trust, received the Governor's Award for Conservation at the Capitol on Tuesday. The trust has protected more than 60,000 acres of ranch land in the Gallatin and Madison valleys since 1994.""",
gold=[]),   # BZN017 is do_not_contact
]
