"""KPLT 2 Platte Valley News (invented Casper TV station): web stories, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="cpr_kplt-20260302-0141", pub="2026-03-02T17:45:00-07:00", title="Kelly Walsh senior wins state wrestling title, third in a row",
body="""CASPER, Wyo. (KPLT) - Kelly Walsh senior Ainsley Farquharson is a three-time state champion.

Farquharson pinned her opponent from Cheyenne East in the second period of the 132-pound girls final Saturday at the Ford Wyoming Center, becoming the first Trojan girl to win three titles. She has signed to wrestle at the University of Wyoming.

"She's been on a mat since she was five," said her father, Lachlan Farquharson, who coached her youth club along with her mother, Kendra. Her grandfather, Dwayne Spurlock, died last month; she wore his initials on her singlet.""",
gold=[("CPR010", "parent_of_subject"), ("CPR011", "parent_of_subject")]),

dict(guid="cpr_kplt-20260317-0188", pub="2026-03-17T06:20:00-06:00", title="Fire destroys Evansville home; family and dogs safe",
body="""EVANSVILLE, Wyo. (KPLT) - A family of five and their two dogs escaped early Tuesday when fire swept through their home on Curtis Street.

Gus and Yesenia Arreguin said a space heater in the garage may have started the fire around 3 a.m. Evansville and Casper firefighters had it out within an hour, but the house is a total loss. The Red Cross is helping the family.

"You hear about it, but you never think it's your street," said neighbor Bernie Kolodziej, who woke the family by pounding on the door.""",
gold=[("CPR020", "subject")]),  # Bernie Kolodziej is a neighbor quoted: nothing

dict(guid="cpr_kplt-20260408-0220", pub="2026-04-08T18:05:00-06:00", title="Casper teen seriously hurt in ATV rollover on Casper Mountain",
body="""CASPER, Wyo. (KPLT) - A 16-year-old Casper boy was flown to Denver on Tuesday after the ATV he was riding rolled on a Casper Mountain trail.

Mateo Tafoya, a sophomore at Natrona County High School, was riding with friends near Bridle Trail when the machine went over an embankment, the Natrona County Sheriff's Office said. His parents, Ramon and Rosalinda Tafoya, are with him at Children's Hospital Colorado.

A benefit spaghetti dinner is planned for April 19 at Holy Cross parish hall.""",
gold=[("CPR006", "subject")]),  # a child's injury: the family is the subject

dict(guid="cpr_kplt-20260421-0245", pub="2026-04-21T12:10:00-06:00", title="Cheyenne teacher named Wyoming Teacher of the Year",
body="""CHEYENNE, Wyo. (KPLT) - A Cheyenne South High School history teacher is Wyoming's 2027 Teacher of the Year.

Teodoro Zubiate, who has taught at South for 22 years, was surprised in his classroom Tuesday by the state superintendent. Zubiate founded the school's oral history project, which has recorded more than 300 interviews with Laramie County veterans.""",
gold=[]),  # namesake in Cheyenne (CPR016 is of Casper): nothing

dict(guid="cpr_kplt-20260612-0301", pub="2026-06-12T21:30:00-06:00", title="Hail shreds roofs in east Casper and Evansville",
body="""CASPER, Wyo. (KPLT) - Hail the size of golf balls and larger pounded east Casper and Evansville on Thursday evening, breaking windows, stripping siding and flooding streets near Eastridge.

Roofing companies were already knocking on doors Friday morning. "It sounded like the sky was throwing rocks," said Marit Brekkenfeld, a Red Cross volunteer who helped at the shelter opened at the Ford Wyoming Center.

City crews will pick up storm debris left at the curb through June 26.""",
gold=[]),  # storm story; the quoted resident is a bystander (the storm itself is the weather alert)

dict(guid="cpr_kplt-20260624-0333", pub="2026-06-24T17:00:00-06:00", title="Casper City Council approves budget, delays pool repairs",
body="""CASPER, Wyo. (KPLT) - The Casper City Council approved a $168 million budget Tuesday night, but postponed repairs to the Mike Lansing Field pool for another year.

Councilmember Dana Whitcomb voted no, saying the city had "run out of patience with the pool." City Manager Roy Bettencourt said the repairs would be bid again in the fall.""",
gold=[]),  # no client
]
