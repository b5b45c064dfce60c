"""Lakeshore Community News (Greece, Webster, Pittsford and city neighborhoods; schools, milestones, civic news):
teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "com"
ITEMS = [
dict(guid="roc_lcn-2026-0044", pub="2026-03-04T08:00:00-05:00", title="Pittsford Library honors its longest-serving volunteer",
body="""PITTSFORD - For fifty-two years, Prue Hollister has shelved books, mended bindings and run the spring book sale at the Pittsford Community Library, and on Sunday the library named its local-history room for her.

Hollister, 87, a descendant of one of the village's founding families, began volunteering in 1974 when her children started school. "I came for one afternoon a week," she said, "and stayed for half a century." The library's board voted unanimously to call the room the Prudence W. Hollister Local History Room.""",
gold=[("ROC016", "subject")]),

dict(guid="roc_lcn-2026-0061", pub="2026-04-08T08:00:00-04:00", title="Greece school board seats first Bhutanese-Nepali member",
body="""GREECE - The Greece Central School District board of education has appointed Tika Ram Adhikari to fill a vacant seat until the May election, making him the first member of Rochester's Bhutanese-Nepali community to serve on a school board in Monroe County.

Adhikari, a medical interpreter at Rochester General Hospital and father of three Greece graduates, came to Rochester from a refugee camp in Nepal in 2009. "Our children learned English in these schools," he said. "Now the parents want to help run them." """,
gold=[("ROC013", "subject")]),

dict(guid="roc_lcn-2026-0079", pub="2026-05-20T08:00:00-04:00", title="Edison Tech senior wins Golden Apple scholarship",
body="""ROCHESTER - Jaden Colón Vélez, a senior at Edison Career and Technology High School, has won this year's $20,000 Golden Apple scholarship from the Rochester Area Community Foundation.

Colón Vélez, who will study mechanical engineering at RIT in the fall, built an electric delivery tricycle for his parents' bakery as his senior project. He is the son of José Luis and Carmen Colón, owners of Panadería Colón on North Clinton Avenue.""",
gold=[("ROC008", "parent_of_subject"), ("ROC009", "parent_of_subject")]),

dict(guid="roc_lcn-2026-0088", pub="2026-06-03T08:00:00-04:00", title="Weddings: Ayala - Okoro",
body="""ROCHESTER - Sofía Marisol Ayala Rivera and Chinedu Okoro were married May 23 at Our Lady of the Americas Church, with the Rev. Laurence Tracy officiating. A reception followed at the Edgerton Community Center ballroom.

The bride is the daughter of María de los Ángeles Rivera Santiago of Rochester and the late Luis Ayala. She is a nurse at Rochester General Hospital. The groom, son of Emeka and Ngozi Okoro of Houston, is a software engineer. The couple will live in Irondequoit.""",
gold=[("ROC007", "parent_of_subject")]),

dict(guid="roc_lcn-2026-0093", pub="2026-06-10T08:00:00-04:00", title="Canandaigua Lake conservation award goes to longtime shoreline advocate",
body="""CANANDAIGUA - The Canandaigua Lake Watershed Council has given its annual Steward of the Lake award to Genevieve Tillotson, who spent twenty years organizing shoreline cleanups and water-sampling volunteers. Tillotson, a retired Canandaigua Academy chemistry teacher, accepted the award at the council's dinner at the Inn on the Lake.""",
gold=[]),

dict(guid="roc_lcn-2026-0101", pub="2026-06-24T08:00:00-04:00", title="Ontario Beach Park carousel horses return after restoration",
body="""CHARLOTTE - The 1905 Dentzel carousel at Ontario Beach Park is whole again. The last six of its hand-carved animals came back this week from a two-year restoration in Pennsylvania, and the carousel will run on its original schedule from Memorial Day weekend. Monroe County parks director Linda Vasquez said the restoration cost $1.2 million, half of it raised privately.""",
gold=[]),
]
