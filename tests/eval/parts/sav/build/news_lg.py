"""The Lowcountry Gazette - Community News: teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "lg"
ITEMS = [
dict(guid="sav_lg_2026_2031", pub="2026-01-20T08:00:00-05:00", title="Fire damages Kingsbury Road home; couple and dog escape",
body="""A kitchen fire heavily damaged a home on Kingsbury Road on Savannah's south side late Sunday night. Homeowners Frank and Bridget Mulherin escaped unhurt with their dog after a smoke alarm woke them, Savannah Fire said.

The fire started near the stove and spread to the attic, a department spokesperson said. The Red Cross is assisting the couple.

Neighbor Peggy Cullinane said she saw flames through the kitchen window and called 911. "Frank was on the lawn in his bathrobe holding the dog," she said.""",
gold=[("SAV020", "subject"), ("SAV021", "subject")]),

dict(guid="sav_lg_2026_2058", pub="2026-03-03T08:00:00-05:00", title="Richmond Hill senior wins state science fair with marsh sensor",
body="""Richmond Hill High School senior Jalen Mungin took first place in engineering at the Georgia Science and Engineering Fair in Athens for a solar-powered sensor that tracks salinity in tidal creeks.

Jalen, the son of Cassie and Darnell Mungin of Richmond Hill, built the sensor in his family's garage and tested it on the Ogeechee River. He plans to study environmental engineering at Georgia Tech.""",
gold=[("SAV009", "parent_of_subject")]),

dict(guid="sav_lg_2026_2077", pub="2026-04-28T08:00:00-04:00", title="Two arrested after break-ins at Montgomery Street businesses",
body="""Savannah police arrested two men Monday in a string of overnight break-ins at restaurants and shops on Montgomery Street.

Brandon Exley, 24, of Rincon and Travis Kight, 27, of Savannah are charged with burglary and criminal damage to property, police said.

Jerome Manigo, whose restaurant's security camera captured the pair, said he was relieved. "We just want to cook," he said. Police credited the video with the arrests.""",
gold=[]),

dict(guid="sav_lg_2026_2102", pub="2026-06-09T08:00:00-04:00", title="Lekkas-Harrington wedding at Holy Trinity",
body="""Sophia Anastasia Lekkas and Ethan James Harrington were united in marriage on May 30 at Holy Trinity Greek Orthodox Church, Savannah, with Fr. Stephanos Maragos officiating.

The bride is the daughter of Jimmy and Christina Lekkas of Wilmington Island and a pharmacist at Memorial Health. The groom, the son of Mark and Susan Harrington of Marietta, is an engineer with Gulfstream. Koumbara was Katerina Polydoris, cousin of the bride. The couple live in Savannah.""",
gold=[("SAV012", "parent_of_subject"), ("SAV013", "parent_of_subject")]),

dict(guid="sav_lg_2026_2120", pub="2026-07-14T08:00:00-04:00", title="Singleterrys mark 50 years of marriage with renewal of vows",
body="""Alonzo and Ruthie Mae Singleterry of Savannah celebrated their 50th wedding anniversary on July 11 with a renewal of vows at First Zion Missionary Baptist Church, where they were married in 1976.

The Rev. Dr. Isaiah Ravenell led the service. The couple have three children and seven grandchildren. Mrs. Singleterry, the former Ruthie Mae Grovner of Pin Point, retired from the Chatham County schools; Mr. Singleterry retired from the Georgia Ports Authority.""",
gold=[("SAV004", "subject"), ("SAV003", "subject")]),

dict(guid="sav_lg_2026_2141", pub="2026-08-18T08:00:00-04:00", title="Macon baker Eleni Stavrakos takes top prize at state fair",
body="""Eleni Stavrakos, 34, of Macon won the blue ribbon for baklava at the Georgia National Fair preview in Perry on Saturday. Stavrakos, a dental hygienist, learned the recipe from her grandmother in Macon and bakes for her church's festival each May.""",
gold=[]),
]
