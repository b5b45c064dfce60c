"""The Lake Worth Lantern: a community paper for Lake Worth Beach, Lantana, Palm Springs, Greenacres and the
lagoon towns (schools, churches, the Haitian, Guatemalan, Finnish and Quebecois communities). Teaser description,
HTML in content:encoded. Hand-labelled: `gold` beside each text."""

FEED = "lwl"
ITEMS = [
dict(guid="pbi_lwl_2026_01_15_principal", pub="2026-01-15T08:00:00-05:00", title="Former bus rider returns as principal of North Grade",
body="""When Nadege Desravines-Toussaint was seven, she rode the Palm Tran bus to North Grade Elementary every morning, and the driver was her father. This month she walked back into the school as its principal.

The Palm Beach County School Board on Wednesday named Desravines-Toussaint, 41, principal of North Grade Elementary in Lake Worth Beach, where she was a student and, later, a second-grade teacher. She has been assistant principal at Palm Springs Community Middle School for five years.

She is the daughter of Jean-Robert and Lucienne Desravines of Lake Worth Beach, who came from Jacmel, Haiti, in 1981. "My father still tells people he drove the principal to school," she said. "Now he says it louder." """,
gold=[("PBI003", "parent_of_subject"), ("PBI004", "parent_of_subject")]),

dict(guid="pbi_lwl_2026_02_14_anniversary", pub="2026-02-14T08:00:00-05:00", title="Fifty Valentine's Days later, the Gansevoorts are still dancing",
body="""Laurence and Philippa Gansevoort of Palm Beach will celebrate their 50th wedding anniversary on Saturday, Valentine's Day, exactly half a century after they were married at Bethesda-by-the-Sea.

Larry, a retired reinsurance executive, and Pippa, who spent twenty years on the board of the Norton Museum of Art, met at a dance class on Worth Avenue in 1974. They still take one, every Tuesday, at the Lake Worth Beach casino ballroom, where they are often the oldest couple on the floor and usually the best.

They will mark the day with a dinner for their three children and seven grandchildren.""",
gold=[("PBI014", "subject"), ("PBI015", "subject")]),

dict(guid="pbi_lwl_2026_03_02_scholarship", pub="2026-03-02T08:00:00-05:00", title="Lake Worth High senior wins full scholarship to Rice University",
body="""Yesenia Tzul Ajpop, a senior at Lake Worth Community High School, has won a QuestBridge National College Match scholarship that will pay her full tuition, room and board at Rice University in Houston, where she plans to study chemical engineering.

Yesenia is the daughter of Baltazar Tzul and Rosalinda Ajpop, who own Panaderia La Quetzalteca on South Dixie Highway, and she has worked the bakery's counter on weekends since she was twelve. She will be the first in her family to attend college.

"My grandfather taught me to read in K'iche' before I could read in English," she said. "He made me promise I would go." Her grandfather, Baltazar Tzul Chuc, died last month.""",
gold=[("PBI010", "parent_of_subject"), ("PBI011", "parent_of_subject")]),

dict(guid="pbi_lwl_2026_04_25_finnfest", pub="2026-04-25T08:00:00-04:00", title="Finnish heritage festival returns to Bryant Park",
body="""The smell of cardamom bread will drift across Bryant Park on Saturday as the Lake Worth Finnish-American community holds its 41st annual heritage festival, with folk dancers from Lantana, a sauna demonstration and a reindeer-hide display.

The festival began in 1985 as a potluck for the families who settled Lake Worth and Lantana after the war, when the town had more Finnish speakers than any place in America outside Michigan. Volunteers this year include Tom Haapakoski, Raili Vuorenmaa, Liisa Koivisto, Matti Rantanen and members of the Suomi Club.

Admission is free. The festival runs from 10 a.m. to 5 p.m.""",
gold=[]),

dict(guid="pbi_lwl_2026_05_20_navy", pub="2026-05-20T08:00:00-04:00", title="Santaluces graduate promoted to commander in the Navy",
body="""Kemar Blackwood, a 2004 graduate of Santaluces Community High School, was promoted to the rank of commander in the U.S. Navy on May 15 in a ceremony aboard the destroyer USS Delbert D. Black at Naval Station Mayport.

Blackwood, a surface warfare officer, will take command of a guided-missile destroyer later this year. He is the son of Delroy and Winsome Blackwood of West Palm Beach, who pinned on his new insignia, and the grandson of Ezekiel Maragh, the West Palm Beach tailor.

"My father told me the Navy would teach me to be on time," Blackwood said. "He was right, and he has never let me forget it." """,
gold=[("PBI018", "parent_of_subject"), ("PBI019", "parent_of_subject")]),

dict(guid="pbi_lwl_2026_07_01_garden", pub="2026-07-01T08:00:00-04:00", title="Community garden takes root on vacant lot in the Osborne neighborhood",
body="""Forty raised beds now sit on what was, for twenty years, a weedy lot on South D Street, after neighbors and the city's Community Redevelopment Agency finished building the Osborne Community Garden last weekend.

Plots are free to residents of the neighborhood and about half have already been claimed, many by Guatemalan and Haitian families growing chipilin, callaloo and hot peppers. "People here grew food their whole lives," said organizer Dahlia Ferrante. "They just needed somewhere to put it."

The garden will hold an open house on Saturday at 9 a.m.""",
gold=[]),
]
