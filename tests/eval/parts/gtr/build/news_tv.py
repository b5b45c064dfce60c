"""WGTV Golden Triangle 4 (Columbus/Starkville/West Point TV station site): HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="gtr_wgtv_20260128_pruitt_fire", pub="2026-01-28T18:20:00-06:00", title="Fire heavily damages north Columbus home; couple escapes",
body="""COLUMBUS, Miss. (WGTV) - A Columbus couple escaped without injury early Wednesday when fire swept through their home on Military Road.

Thaddeus "Tad" Pruitt and his wife, Lurleen, told WGTV they woke to the smoke alarm just after 3 a.m. and got out through the carport door. Columbus Fire and Rescue said the fire started in a space heater in the den. The house is a total loss.

"I heard Tad hollering and I saw the porch light go orange," said neighbor Virgil Tubb, who called 911. The American Red Cross is assisting the Pruitts.""",
gold=[("GTR001", "subject"), ("GTR002", "subject")]),

dict(guid="gtr_wgtv_20260210_fondren_feed_75", pub="2026-02-10T17:45:00-06:00", title="West Point feed store marks 75 years on Commerce Street",
body="""WEST POINT, Miss. (WGTV) - Fondren's Feed & Seed opened on Commerce Street in 1951, when mules still pulled wagons to the loading dock. On Tuesday the store celebrated 75 years with free hot dogs and a ribbon cutting by the Clay County Economic Development District.

Owner Coy Fondren, whose grandfather opened the store, says the secret is simple. "We still know everybody's name and what their cows eat," he said.

Longtime customer Mary Frances Gandy of West Point said she has bought her tomato plants there every spring since 1962.""",
gold=[("GTR020", "subject")]),

dict(guid="gtr_wgtv_20260305_boykin_spelling_bee", pub="2026-03-05T18:00:00-06:00", title="Columbus eighth-grader wins state spelling bee",
body="""JACKSON, Miss. (WGTV) - A Columbus Middle School eighth-grader is headed to the Scripps National Spelling Bee.

Malik Boykin, 13, won the Mississippi State Spelling Bee on Wednesday by correctly spelling "sesquipedalian" in the 14th round. He is the son of Jarvis and Tameka Boykin of Columbus.

"He reads the dictionary at the supper table," his mother said. "We quit fussing about it."
""",
gold=[("GTR017", "parent_of_subject"), ("GTR018", "parent_of_subject")]),

dict(guid="gtr_wgtv_20260413_tornado_cleanup", pub="2026-04-13T12:30:00-05:00", title="Neighbors help neighbors after tornado in north Lowndes County",
body="""COLUMBUS, Miss. (WGTV) - Chain saws were running before sunrise Monday along Military Road and in Caledonia, where Sunday night's EF-1 tornado toppled hundreds of trees and tore the roofs off at least a dozen homes.

No one was seriously hurt. Church groups from across the Golden Triangle brought food and tarps.

"This is what we do around here," said Virgil Tubb, who spent the morning clearing a neighbor's driveway. "Nobody waits on anybody." Lowndes County EMA director Cindy Lawrence said damage assessments will continue through Tuesday.""",
gold=[]),

dict(guid="gtr_wgtv_20260422_vowell_award", pub="2026-04-22T17:10:00-05:00", title="MSU professor wins national award for rural water research",
body="""STARKVILLE, Miss. (WGTV) - A Mississippi State University engineer whose low-cost sensors now watch the water in dozens of small Delta towns has won a national award.

Dr. Prentiss Vowell, professor of civil and environmental engineering, received the American Water Works Association's Rural Water Innovation Award on Tuesday. Vowell's team has installed more than 300 of its $40 sensors in rural water systems since 2021.

"Small systems do not have a chemist on staff," Vowell said. "So we built them one that fits in a coffee can." """,
gold=[("GTR013", "subject")]),

dict(guid="gtr_wgtv_20260526_shumpert_quilt_of_valor", pub="2026-05-26T18:05:00-05:00", title="Macon's oldest veteran honored with Quilt of Valor on Memorial Day",
body="""MACON, Miss. (WGTV) - Korea veteran Luther Shumpert, 88, was wrapped in a Quilt of Valor on Monday at the Noxubee County Memorial Day ceremony on the courthouse square.

Shumpert, who served as an Army truck driver near the 38th parallel in 1953, is the oldest member of American Legion Post 67. The quilt was stitched by the Prairie Piecemakers of Macon.

"I never expected anybody to remember," Shumpert said.""",
gold=[("GTR016", "subject")]),

dict(guid="gtr_wgtv_20260609_crumpton_partner", pub="2026-06-09T17:30:00-05:00", title="Huntsville native named partner at Birmingham law firm",
body="""BIRMINGHAM, Ala. (WGTV) - Wendell Crumpton Jr., a Huntsville native and Mississippi State graduate, has been named a partner at the Birmingham firm of Sewell Baird LLP.

Crumpton, 38, the son of Rodney and Pam Crumpton of Huntsville, practices construction law. He played tuba in the Famous Maroon Band while at State.""",
gold=[]),
]
