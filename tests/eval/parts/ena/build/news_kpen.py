"""KPEN 7 Peninsula News (invented TV station site, Kenai/Soldotna bureau): short web stories, HTML
descriptions. Hand-labelled."""

FEED = "kpen"
ITEMS = [
dict(guid="ena_kpen_20260128_0114", pub="2026-01-28T17:40:00-09:00", title="Soldotna marine shop marks 40 years on the Kenai",
body="""SOLDOTNA (KPEN) - Marchetti's Marine & Outboard opened in a Quonset hut on the Sterling Highway in 1986, when the Kenai River king run still drew fishermen from around the world. Forty years later the shop has rebuilt something like 20,000 outboards and never once closed for a fishing opener.

Owners Lee and Crystal Marchetti, who took over the business from Lee's father in 2004, marked the anniversary Saturday with a free fish fry for customers. "Half the guides on this river learned to change a water pump on our floor," Lee Marchetti said.

The couple plan to add a second service bay this spring.""",
gold=[("ENA016", "subject"), ("ENA017", "subject")]),

dict(guid="ena_kpen_20260316_0233", pub="2026-03-16T07:15:00-08:00", title="Kenai couple escapes early-morning house fire",
body="""KENAI (KPEN) - A Kenai couple escaped without injury early Monday when fire destroyed their home on Magic Avenue.

Gary and Linda Vukovich told KPEN that a smoke alarm woke them at about 4 a.m. and that they got out in their slippers. Kenai Fire Department crews fought the fire in minus 8 degree temperatures for three hours; the house is a total loss.

Investigators believe the fire started near a woodstove. The Red Cross of Alaska is helping the couple, and a meal train has been organized through Kenai Central High School, where Linda Vukovich taught for years.""",
gold=[("ENA012", "subject"), ("ENA013", "subject")]),

dict(guid="ena_kpen_20260425_0301", pub="2026-04-25T18:05:00-08:00", title="Kenai Central senior wins state wrestling title",
body="""KENAI (KPEN) - Kenai Central senior Paolo Dimaculangan pinned his way to the 145-pound state championship at the ASAA/First National Bank Alaska State Wrestling Championships in Anchorage on Saturday, the Kardinals' first individual state title in nine years.

Dimaculangan, the son of Rommel and Rosario "Charing" Dimaculangan of Kenai, finished the season 41-2. His grandmother, Lola Nora, who died last month, never missed a home meet. "This one was for her," he said.""",
gold=[("ENA008", "parent_of_subject")]),

dict(guid="ena_kpen_20260520_0412", pub="2026-05-20T16:30:00-08:00", title="Nikiski fisherman honored by Coast Guard for Cook Inlet rescue",
body="""NIKISKI (KPEN) - A Nikiski commercial fisherman who pulled two men from the frigid waters of Cook Inlet last August received the Coast Guard's Certificate of Valor on Tuesday.

Dwayne "Butch" Showalter Jr. was running his drift boat near the East Foreland when he saw a skiff capsize in a rip tide. He reached the two men within minutes and hauled them aboard as the tide pulled the skiff under.

"I just did what my dad would have done," Showalter said. His father, Dwayne Sr., a longtime Nikiski resident, died in January.""",
gold=[("ENA007", "subject")]),

dict(guid="ena_kpen_20260811_0520", pub="2026-08-11T19:45:00-08:00", title="Glacier dam release floods Kenai River homes in Soldotna",
body="""SOLDOTNA (KPEN) - The Kenai River rose above flood stage at Soldotna on Tuesday as water released from a glacier-dammed lake above Skilak Lake moved downstream, putting yards, docks and some homes along Funny River Road and Big Eddy under water.

Hal and Doreen Ostrander watched the river fill their garage on Funny River Road and climb their front steps. "Forty years we've lived here and never seen it this high in August," Doreen Ostrander said. The couple moved their truck and their freezers to higher ground and spent the night with friends.

Upriver in Sterling, Rusty Pennock said the water was still rising near the Moose River. "Everybody's pulling their boats and pulling their docks," Pennock said. The National Weather Service expects the river to crest at Soldotna on Wednesday.""",
gold=[("ENA001", "subject"), ("ENA002", "subject")]),

dict(guid="ena_kpen_20260831_0588", pub="2026-08-31T18:10:00-08:00", title="Wasilla grower's 1,312-pound pumpkin sets State Fair record",
body="""PALMER (KPEN) - Kenny Bragg of Wasilla set a new Alaska State Fair record on Monday with a 1,312-pound pumpkin, grown under the midnight sun in a hoop house on his family's Matanuska Valley farm.

Bragg, a 28-year-old heavy-equipment operator, said he fed the pumpkin fish emulsion and talked to it daily. The record beats the previous mark by 40 pounds.""",
gold=[]),
]
