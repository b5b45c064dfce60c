"""Detroit Metro Ledger: metro daily, plain text. Hand-labelled."""

FEED = "mdl"
ITEMS = [
dict(guid="dtw_mdl_news_2026_0217", pub="2026-02-17T14:30:00-05:00", title="After 42 Paczki Days, Hamtramck's 'Dottie' hangs up her apron",
body="""HAMTRAMCK - When the line outside New Warsaw Bakery stretched past the corner of Joseph Campau and Holbrook at 5 a.m. Tuesday, the woman most customers came to see was behind the counter for the last time.

Dorota "Dottie" Grzeskowiak, 75, is retiring after 42 years of Paczki Days, the last 28 as the bakery's owner. She sold the business last month to her longtime head baker, Tomasz Rybak, who plans to keep the name and the recipes.

"My mother made the plum filling this way, and her mother," Grzeskowiak said, dusting sugar off a tray of rose-jam paczki. "Tomasz knows. I made him promise."

Customers lined up in the cold to say goodbye. "I've been coming since I was a little girl," said Halina Przybylowicz, who walked over from Dequindre with her granddaughter. "This is Hamtramck."

By Ewa Lisowski, Metro Ledger staff writer""",
gold=[("DTW012", "subject")]),

dict(guid="dtw_mdl_news_2026_0311", pub="2026-03-11T05:30:00-04:00", title="Police arrest suspect in northwest Detroit carjacking spree",
body="""DETROIT - Detroit police on Tuesday arrested a 22-year-old man suspected in a string of carjackings on the city's northwest side, including one outside a Livernois Avenue pharmacy last week.

In that case, LaVerne Threadgill, 69, told officers a man with a handgun demanded her keys as she loaded groceries into her Buick. She was not hurt. The car was recovered two days later in Highland Park.

The suspect, whose name was not released pending arraignment, faces charges of carjacking and armed robbery in 36th District Court.""",
gold=[]),

dict(guid="dtw_mdl_news_2026_0528", pub="2026-05-28T05:30:00-04:00", title="Cass Tech robotics captain heads to MIT with full scholarship",
body="""DETROIT - Jordan Pettaway, who led Cass Technical High School's robotics team to its first world championship appearance, has received a full scholarship to the Massachusetts Institute of Technology.

Pettaway, 18, is the son of Marcus and Kendra Pettaway of the University District, and grandson of the late Deacon Harold Oglesby, a longtime DDOT driver. He plans to study mechanical engineering.

"He was taking apart the toaster at six," his father said. "We stopped buying toasters and started buying kits."

The team's coach, Tyrone Gaskin, said Pettaway spent many Saturdays teaching younger students at the Detroit Public Library's maker space.""",
gold=[("DTW020", "parent_of_subject"), ("DTW021", "parent_of_subject")]),

dict(guid="dtw_mdl_news_2026_0614", pub="2026-06-14T05:30:00-04:00", title="Donors help reopen Sherwood Forest library branch",
body="""DETROIT - The Sherwood Forest branch of the Detroit Public Library reopened Saturday after an 18-month, $3.1 million renovation paid for in part by neighborhood donors.

Major gifts came from the Kresge Foundation and the Sherwood Forest Association. A donor wall in the new children's room lists more than 200 neighbors, among them Odell and Bernice Dismukes, Kendra Pettaway, the Rev. Cornelius Hollowell and Gloria Hollowell, and the Livernois Avenue of Fashion merchants' group.

Library director Monique Barksdale said the branch will now open on Sundays.""",
gold=[]),

dict(guid="dtw_mdl_news_2026_0627", pub="2026-06-27T05:30:00-04:00", title="Flooded basements, lost keepsakes after Hamtramck downpour",
body="""HAMTRAMCK - Thursday night's downpour dropped nearly three inches of rain on Hamtramck in two hours, backing up sewers and flooding basements on dozens of blocks east of Joseph Campau.

Halina Przybylowicz, 80, lost most of her late husband's keepsakes: his Army uniform, his Polish Legion of American Veterans cap and forty years of St. Florian choir programs, all stored in the basement of the Dequindre Street home they shared for 55 years. "Stash saved everything," she said, laying photographs out to dry on the porch. "Now I am saving what I can."

City officials said crews would haul away damaged furniture curbside through next week.""",
gold=[("DTW011", "subject")]),

dict(guid="dtw_mdl_news_2026_0629", pub="2026-06-29T05:30:00-04:00", title="Grand Rapids teacher named Michigan Teacher of the Year",
body="""GRAND RAPIDS - Marcus Pettaway, a seventh-grade science teacher at Grand Rapids' City Middle School, was named 2026-27 Michigan Teacher of the Year on Friday by the State Board of Education.

Pettaway, 31, started an after-school aquaponics lab that now supplies lettuce to the school cafeteria. He will spend next year as a non-voting member of the state board.""",
gold=[]),
]
