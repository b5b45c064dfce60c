"""The Lamar-Petal Leader (community weekly for Lamar County, Petal and the Jones County line): schools, milestones,
clubs; teaser description and HTML in content:encoded. Hand-labelled."""

FEED = "lpl"
ITEMS = [
dict(guid="pib_lpl_2026_03_05_forestry", pub="2026-03-05T09:00:00-06:00",
title="Sumrall FFA foresters bring home state title",
body="""The Sumrall High School FFA forestry team won the state Career Development Event in Raymond last week and will compete at the national convention in Indianapolis in October.

Junior Colby Mozingo, the son of Stace and Delphine Mozingo of Sumrall, was the high individual in the state, identifying 48 of 50 tree species and estimating board feet within two percent. Teammates Tate Holifield, Anna Grace Bounds and Luis Salgado placed in the top twenty.

Advisor Lindsey Welborn said the team practiced at 6 a.m. three days a week since August. "They earned this one in the dark," she said.""",
# Colby is the subject; his parents (PIB010, PIB011) are named as parents. Anna Grace Bounds / Luis Salgado: not clients.
gold=[("PIB010", "parent_of_subject"), ("PIB011", "parent_of_subject")]),

dict(guid="pib_lpl_2026_04_23_gardenclub", pub="2026-04-23T09:00:00-05:00",
title="Ellisville Garden Club's spring tour raises record for scholarships",
body="""The Ellisville Garden Club's 38th Spring Pilgrimage raised $12,400 for its scholarship fund, a record, president Marian Welborn announced.

More than 600 visitors toured six homes and gardens on Hill Street and Court Street. Volunteers who hosted the homes included Delia Bounds, Francine Welch, Tish Mauldin and Brenda Kittrell. Sponsors included Threadgill Tire & Lube of Laurel, Citizens Bank of Ellisville and the Quattlebaum family of Hattiesburg in memory of Neal Quattlebaum.

Scholarships of $2,000 will go to four South Jones and Northeast Jones seniors in May.""",
# volunteer list and sponsor list: nothing for PIB018, PIB008 or PIB004
gold=[]),

dict(guid="pib_lpl_2026_06_11_anniversary", pub="2026-06-11T09:00:00-05:00",
title="Dearmans celebrate 50 years of marriage",
body="""Obie and Lavonne Dearman of Petal will celebrate their 50th wedding anniversary with a drop-in reception from 2 to 4 p.m. Sunday, June 14, in the fellowship hall of Petal First Baptist Church.

Obadiah Lane Dearman and Lavonne Shoemake were married June 12, 1976, at Ellisville First Baptist Church. He retired from Hercules after thirty years and she taught first grade at Petal Primary School for twenty-eight. They have two sons, Lane Dearman and Todd Dearman, both of Petal, and five grandchildren.

The couple request no gifts. Cards may be sent to the church.""",
gold=[("PIB001", "subject"), ("PIB002", "subject")]),

dict(guid="pib_lpl_2026_05_07_teacher", pub="2026-05-07T09:00:00-05:00",
title="Thames Elementary's Gaines is district Teacher of the Year",
body="""The Hattiesburg Public School District named Zenobia Gaines, a fourth-grade teacher at Thames Elementary, its 2026 Teacher of the Year on Tuesday night.

Gaines, a Hattiesburg native and a graduate of Hattiesburg High and the University of Southern Mississippi, has taught for twenty-nine years, all of them in the district. Her students' reading scores led the district for three straight years. She now advances to the state competition.

"Every one of these children can read by June. That is the only promise I make their parents," said Gaines, who was surprised by the announcement in front of her class and her husband, Reginald.""",
gold=[("PIB015", "subject")]),
]
