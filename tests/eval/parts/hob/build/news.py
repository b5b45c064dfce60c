"""Local news for the hob part, three sources. Every person and business is invented. Hand labels in `gold=[...]`."""

# E. KLEA NewsWest 7 (TV station site; HTML descriptions)
TV = [
dict(guid="hob_klea_2026_0102", pub="2026-01-02T08:15:00-07:00", title="First baby of 2026 in Lea County arrives at 12:41 a.m.",
body="""HOBBS - Lea County's first baby of the new year did not wait long. Mateo Ray Villanueva was born at 12:41 a.m. New Year's Day at Llano Regional Medical Center, weighing 7 pounds, 9 ounces.

He is the first child of Kaylee and Marcus Villanueva of Hobbs. "We were watching the ball drop on the TV in the delivery room," Kaylee Villanueva said. "He clearly wanted to be first."

The hospital auxiliary presented the family with a basket of baby gear and a $500 savings bond.""",
gold=[("HOB024", "subject")]),

dict(guid="hob_klea_2026_0218", pub="2026-02-18T18:40:00-07:00", title="Jal family loses home in early-morning fire",
body="""JAL - A Jal couple escaped with their dog and little else when fire destroyed their home on South Third Street early Wednesday.

Nacho and Rosalinda Baeza woke to smoke around 4 a.m. and got out through a bedroom window, Jal Fire Chief Roy Teel said. The house, where the Baezas raised four children, was a total loss. The cause appears to be an electrical fault in the attic.

Neighbors have set up a donation drive at the Jal Community Center, and St. Cecilia's Thrift is collecting clothing. "They'd give you the shirt off their back, so now it's our turn," said neighbor Oralia Fierro.""",
gold=[("HOB013", "subject"), ("HOB014", "subject")]),

dict(guid="hob_klea_2026_0310", pub="2026-03-10T17:05:00-06:00", title="Hobbs Fire Department names new battalion chief",
body="""HOBBS - The Hobbs Fire Department has a new battalion chief. Travis McAnally, a 19-year veteran of the department, was promoted Monday in a pinning ceremony at Station 1.

McAnally started as a firefighter-EMT in 2007 and has led the department's hazmat team since 2018. His wife, Shelby, pinned on his new badge. "This department is family," McAnally said.""",
gold=[("HOB015", "subject")]),

dict(guid="hob_klea_2026_0412", pub="2026-04-12T19:30:00-06:00", title="Pastor Cal Birdwell named Hobbs Citizen of the Year",
body="""HOBBS - The Hobbs Chamber of Commerce named the Rev. Calvin Birdwell its 2026 Citizen of the Year at its annual banquet Saturday night.

Birdwell, pastor of Dal Paso Baptist Church for 22 years, started the Friday night meal at the church that now feeds 300 people a week, and he drives the van himself. Chamber president Lacey Brumley presented the award.

"I just open the door," Birdwell said. "Hobbs walks in.\"""",
gold=[("HOB009", "subject")]),  # HOB010 Lacey Brumley only presents the award

dict(guid="hob_klea_2026_0521", pub="2026-05-20T21:10:00-06:00", title="Hail the size of golf balls batters north Hobbs; cleanup under way",
body="""HOBBS - Residents of north Hobbs spent Wednesday sweeping glass and tarping roofs after a severe thunderstorm dropped golf-ball-sized hail on neighborhoods north of Bender Boulevard Tuesday evening.

Body shops along the Lovington Highway reported lines out the door. "I drove up from Eunice to help my daughter get a tarp on," said Teddy Saiz. "Her truck looks like a golf ball itself."

The city says brush and debris pickup will run through Saturday.""",
gold=[]),  # HOB021 Teddy Saiz is a quoted bystander

dict(guid="hob_klea_2026_0615", pub="2026-06-15T16:00:00-06:00", title="Texas teen Wyatt Bivins ropes his way to national title",
body="""STEPHENVILLE, Texas - Wyatt Bivins, 17, of Stephenville won the tie-down roping title at the National High School Finals Rodeo on Saturday. Bivins, the great-grandson of the late dairyman Wyatt Earl Bivins, says he will rope for Tarleton State next year.""",
gold=[]),  # namesake of HOB023 (Carlsbad, b. 1971)
]

# F. Permian Basin Business Report (business paper; plain text)
PBBR = [
dict(guid="hob_pbbr_2026_0127", pub="2026-01-27T06:00:00-07:00", title="Caprock Pressure Pumping names Brumley VP of operations",
body="""Hobbs-based Caprock Pressure Pumping has promoted Lacey Brumley to vice president of operations, the company said Monday. Brumley, a Hobbs native and New Mexico Junior College graduate, joined the company as a dispatcher in 2008 and most recently managed its Lea County district of 240 employees.

"Lacey knows every crew and every county road," said chief executive Darren Pike.""",
gold=[("HOB010", "subject")]),

dict(guid="hob_pbbr_2026_0224", pub="2026-02-24T06:00:00-07:00", title="Ontiveros Tire & Lube marks 30 years on Dal Paso",
body="""When Ruben Ontiveros opened Ontiveros Tire & Lube on East Dal Paso Street in 1996, he had two bays, one compressor and a loan from his aunt. Thirty years later the shop has eight bays, a second location on the Lovington Highway and 22 employees, and it changes tires on more oilfield pickups than anyone in Hobbs.

The shop will celebrate its anniversary with a customer cookout on Saturday.""",
gold=[("HOB011", "subject")]),

dict(guid="hob_pbbr_2026_0407", pub="2026-04-07T06:00:00-06:00", title="Llano Regional names Dr. Marisa Quintero chief medical officer",
body="""Llano Regional Medical Center in Hobbs has named Dr. Marisa Quintero its chief medical officer, effective May 1. Quintero, a family physician who has practiced in Hobbs since 2009, has led the hospital's hospice and palliative care program since 2017.

"Dr. Quintero is the reason half of Hobbs has a doctor," said board chair Ed Whitfield.""",
gold=[("HOB018", "subject")]),

dict(guid="hob_pbbr_2026_0505", pub="2026-05-05T06:00:00-06:00", title="Oilfield scholarship fund tops $1 million",
body="""The Lea County Oilfield Families Scholarship Fund has passed $1 million in endowment, its board said Monday, after a spring campaign that drew 412 donors. Major gifts came from Caprock Pressure Pumping, Ontiveros Tire & Lube, Harlan and Jolene Gentry, the Permian Pipe Supply Co. and the estate of Lorene Estes.

The fund will award 40 scholarships to New Mexico Junior College and the University of the Southwest this fall.""",
gold=[]),  # donors: the Gentrys, Ontiveros's shop

dict(guid="hob_pbbr_2026_0616", pub="2026-06-16T06:00:00-06:00", title="Lovington's longtime county clerk retires",
body="""After 35 years in the Lea County Clerk's office, the last 16 of them as the elected clerk, Glenda Rutter is retiring at the end of June. Rutter, who lives in Lovington, modernized the county's land records, putting nearly a century of oil and gas leases online.

"Every landman in the Permian owes Glenda a steak dinner," said Lea County Commission chair Bo Pettit.""",
gold=[("HOB022", "subject")]),
]

# G. Lovington Plainsman (weekly community paper; teaser description, HTML in content:encoded)
PLAINSMAN = [
dict(guid="hob_plainsman_2026_0305", pub="2026-03-05T09:00:00-07:00", title="Cowboy Hall of Fame inducts Buster Coldiron",
body="""LOVINGTON - The late Tatum rancher Leland "Buster" Coldiron was inducted into the Lea County Cowboy Hall of Fame on Saturday, two weeks after his death at 86. His widow, Opal Coldiron, accepted the plaque to a standing ovation.

Also inducted were barrel racer Jessie Rae Kimbrough and the late brand inspector Hollis Tate.""",
gold=[]),  # the honour belongs to the deceased; his widow only accepts it (she had her condolence from the obituary)

dict(guid="hob_plainsman_2026_0402", pub="2026-04-02T09:00:00-06:00", title="Lea County 4-H show crowns grand champions",
body="""LOVINGTON - Kaden Pruitt of Tatum showed the grand champion market steer at the Lea County 4-H Spring Show on Saturday, and Ximena Lucero of Hobbs took grand champion market lamb.

Judges were Dr. Marisa Quintero of Hobbs, county extension agent Clay Wofford and rancher Opal Coldiron of Tatum, who judged the showmanship classes as she has for 30 years.""",
gold=[]),  # judges; Kaden Pruitt is not a client and no parent is named

dict(guid="hob_plainsman_2026_0521", pub="2026-05-21T09:00:00-06:00", title="Carrasco named Lovington High valedictorian",
body="""LOVINGTON - Daniela Carrasco will lead the Lovington High School Class of 2026 as valedictorian with a 4.0 grade point average, the school announced.

Daniela, the daughter of José Ángel and María Elena Carrasco of Lovington, is a four-year member of the Wildcat band and will study chemical engineering at New Mexico State on a Crimson Scholarship.""",
gold=[("HOB003", "parent_of_subject"), ("HOB004", "parent_of_subject")]),

dict(guid="hob_plainsman_2026_0611", pub="2026-06-11T09:00:00-06:00", title="Gentrys celebrate 50 years",
body="""HOBBS - Harlan and Jolene Gentry of Hobbs will celebrate their 50th wedding anniversary with a come-and-go reception from 2 to 4 p.m. Saturday in the fellowship hall of First Baptist Church of Hobbs.

Harlan Gentry and Jolene Scarbrough were married June 12, 1976, at First Baptist. He retired from the pipeline after 38 years; she taught piano to, by her count, 600 Hobbs children. Their children request no gifts.""",
gold=[("HOB019", "subject"), ("HOB020", "subject")]),
]
