"""Portland Metro Business Tribune (business weekly): plain text. Hand-labelled (gold=[...])."""

FEED = "pbt"
ITEMS = [
dict(guid="pdx_pbt_2026_0208", pub="2026-01-20T05:30:00-08:00", title="Sellwood's Rye & Crumb bakery to open second shop in Lake Oswego",
body="""Rye & Crumb, the Sellwood bakery known for its cardamom buns and for a line that reaches the corner on Saturday mornings, will open a second location on A Avenue in Lake Oswego this spring.

Owner Becky Lindqvist, who started the bakery in 2017 with a borrowed deck oven and a $40,000 loan, said the new shop will double production and add 14 jobs. "We were turning away wholesale accounts every week," Lindqvist said.

Regulars are taking the news calmly. "As long as she doesn't move the Sellwood one," said Kate O'Shea, who drives in from Beaverton most Saturdays.""",
gold=[("PDX021", "subject")]),

dict(guid="pdx_pbt_2026_0231", pub="2026-02-17T05:30:00-08:00", title="Tualatin Valley Semiconductor names Aguilar chief financial officer",
body="""Tualatin Valley Semiconductor, the Hillsboro maker of power-management chips, has named Tomas Aguilar chief financial officer, effective March 1.

Aguilar, 46, of Beaverton, has been the company's controller since 2019 and previously worked in finance at Intel for eleven years. He succeeds Mark Eberly, who is retiring after 22 years. The company, which employs 640 people in Hillsboro, reported revenue of $310 million last year.""",
gold=[("PDX022", "subject")]),

dict(guid="pdx_pbt_2026_0266", pub="2026-03-31T05:30:00-07:00", title="Kravchuk Roofing marks 25 years, plans Ridgefield yard",
body="""Kravchuk Roofing & Gutters, the Vancouver contractor that Vasyl and Nadiya Kravchuk started in 2001 with one pickup and a ladder rack, turns 25 this year with 85 employees and a new equipment yard planned in Ridgefield.

The couple came to Clark County from western Ukraine in 1991 as newlyweds, with their families. Bill Kravchuk, as customers know him, still bids the big commercial jobs himself; Nadia Kravchuk runs the office and the books. "He climbs, I count," she said.""",
gold=[("PDX003", "subject"), ("PDX004", "subject")]),

dict(guid="pdx_pbt_2026_0290", pub="2026-05-05T05:30:00-07:00", title="Sacramento architect picked to design Pearl District Nikkei center",
body="""The Japanese American Museum of Oregon has chosen Sacramento architect Amy Shigemura to design its planned cultural center in the Pearl District, the board announced Monday.

Shigemura, a principal at Sacramento's Kinoshita Shigemura Studio, has designed community centers in Sacramento's Japantown and in Fresno. The $18 million project is expected to break ground in 2028. Major early gifts came from the Oregon Community Foundation and from dozens of families, among them Grace Matsukawa, Minh and Hoa Nguyen and Amy Shigemura of Lake Oswego, a longtime museum volunteer who is no relation to the architect.""",
gold=[]),

dict(guid="pdx_pbt_2026_0312", pub="2026-06-09T05:30:00-07:00", title="Phở Minh named one of the Northwest's best family restaurants",
body="""Phở Minh, the 40-seat noodle house on SE Foster Road that Minh Nguyen and his wife, Hoa, opened in 1994, has been named one of the ten best family-owned restaurants in the Pacific Northwest by a regional food guide.

The Nguyens still open the restaurant at 6 a.m. every day; the broth starts at 2. "My mother-in-law taught me the broth, and she was never satisfied," Minh Nguyen said. "That is the secret." """,
gold=[("PDX006", "subject"), ("PDX007", "subject")]),
]
