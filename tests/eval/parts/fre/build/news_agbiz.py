"""Valley Ag & Business Journal: agribusiness and business news, Fresno / Tulare / Kings Counties, plain text.
Hand-labelled: gold=[(client_id, role), ...] beside each text."""

FEED = "agbiz"
ITEMS = [
dict(guid="fre_agbiz_2026_0224", pub="2026-02-24T06:30:00-08:00",
     title="Tulare's Quaresma Dairy takes state milk-quality honor",
     body="""TULARE - Quaresma Dairy, a 1,900-cow family operation on Road 96 west of Tulare, has won the California Dairy Quality Award for the lowest somatic cell counts among large herds in the state, the third Tulare County dairy to win since the award began in 2009.

Manny and Fatima Quaresma, who run the dairy with their sons Eduardo and Nelson, credited a new rotary parlor and "a crew that treats the cows like their grandmothers." Manny Quaresma's father, Manuel Sr., 94, started the dairy with forty cows in 1967 and still drives out to the calf barn most mornings.

"They are doing everything right, and they've done it for fifty years," said Jeff Toste, vice president for member services at Sierra Pacific Dairy Cooperative, which markets the Quaresmas' milk. The award will be presented at the World Ag Expo in Tulare.""",
     # subjects: Manny (FRE010) and Fatima (FRE011) Quaresma. Jeff Toste (FRE019) is quoted: nothing here.
     gold=[("FRE010", "subject"), ("FRE011", "subject")]),

dict(guid="fre_agbiz_2026_0512", pub="2026-05-12T06:30:00-07:00",
     title="Tulare County deputies warn growers after rash of tractor and pump thefts",
     body="""VISALIA - The Tulare County Sheriff's Office Agricultural Crimes Unit is investigating the theft of three tractors, two quad runners and more than a dozen irrigation pump motors from ranches between Visalia and Farmersville since mid-April, and detectives believe the thefts are connected.

Rigo Zamudio, who farms 40 acres of navel oranges off Avenue 280, said thieves cut through two locked gates and drove his 2019 Kubota tractor away in the middle of the night. "You don't sleep well after that," he said. Two men from Porterville were arrested Friday in connection with one of the thefts, Sgt. Dana Whitlock said.

Deputies urge growers to engrave equipment with an owner-applied number and to report suspicious vehicles to the Ag Crimes tip line.""",
     # crime story: Rigo Zamudio (FRE015) is a theft victim -> nothing (crime rule).
     gold=[]),

dict(guid="fre_agbiz_2026_0630", pub="2026-06-30T06:30:00-07:00",
     title="Lavash and choreg: Clovis baker opens her own shop on Pollasky",
     body="""CLOVIS - For twenty years Lucine Minasalian baked lavash and choreg in her kitchen for church festivals, weddings and anybody who asked nicely. On Saturday she opened Lucine's Armenian Bakery at 420 Pollasky Avenue in Old Town Clovis, with a wood-fired tonir oven she had built by a mason from Yerevan.

Minasalian, 68, who retired last year after thirty-one years as a Clovis Unified school secretary, financed the shop with her savings and a small-business loan. The bakery is open Tuesday through Saturday and also sells gata, paklava and her late aunt's recipe for nazook.

"I've been eating Lucine's choreg since the Carter administration," said customer Haig Keshishian of Fresno, who was first in line. "Now I don't have to wait for Easter." """,
     # subject: Lucine Minasalian (FRE005; new business). Haig Keshishian (FRE001) is a quoted customer: nothing.
     gold=[("FRE005", "subject")]),

dict(guid="fre_agbiz_2026_0804", pub="2026-08-04T06:30:00-07:00",
     title="Sierra Pacific Dairy Cooperative names Clovis's Jeff Toste chief executive",
     body="""FRESNO - Sierra Pacific Dairy Cooperative, which markets milk for 212 member dairies from Merced to Kern County, has named Jeffrey R. Toste its president and chief executive, effective September 1.

Toste, 50, of Clovis, grew up on his grandparents' dairy near Hilmar and has been with the cooperative for nineteen years, most recently as vice president for member services. He succeeds Larry Cardoso, who is retiring after fourteen years. Toste holds a degree in dairy science from Cal Poly and an MBA from Fresno State.

"Our members are facing water cuts, feed costs and a milk price that won't sit still," Toste said. "The job is to make sure the family dairy still has a future in this valley." """,
     # subject: Jeff Toste (FRE019; promotion).
     gold=[("FRE019", "subject")]),

dict(guid="fre_agbiz_2026_0915", pub="2026-09-15T06:30:00-07:00",
     title="Fresno State ag college thanks donors for new viticulture teaching lab",
     body="""FRESNO - The Jordan College of Agricultural Sciences and Technology dedicated its new viticulture and enology teaching lab on Friday, built with $3.2 million in gifts from growers, processors and alumni.

Lead gifts came from the Tcholakian family vineyards of Kingsburg and from the Valley Raisin Growers Association. Other donors recognized at the dedication included Haig and Sona Keshishian, Pao Khang, Nhia Blong Xiong, Manny and Fatima Quaresma, Joe Sarmento, the Minasalian family, and the Kings River Grape Growers.

The lab includes a 40-ton crush pad, a sensory-analysis room and a student-run tasting room that will open to the public next spring.""",
     # donor list: nothing for anyone.
     gold=[]),
]
