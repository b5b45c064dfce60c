"""Big Sioux Business Journal (invented business weekly for Sioux Falls and the Sioux Empire): plain text.
Hand-labelled: gold=[(client_id, role)]."""

FEED = "bsbj"
ITEMS = [
dict(guid="sfx_bsbj_2026_0211_hofer_meat", pub="2026-02-11T07:00:00-06:00", category="Small Business",
title="Tea butcher shop opens with old-country sausage recipes",
body="""Nate Hofer grew up helping his grandfather make German sausage in a colony kitchen near Freeman. On Monday he opened his own shop.

Hofer Meat Co., at 410 E. Ryan Drive in Tea, sells fresh and smoked meats, custom processing for area livestock producers and the summer sausage Hofer says is "my grandpa's recipe, minus one secret." Hofer, 40, spent 14 years as a meat cutter at a Sioux Falls grocery chain before buying the former Tea Hardware building last summer.

The shop has six employees and a processing room that can handle 20 head of cattle a week. Hofer financed the build-out with an SBA 504 loan through a Sioux Falls lender.

"People in Tea wanted a place where they know the guy behind the counter," said Kendra Lien, Tea's economic development director. "Nate's going to be that guy."

The shop is open Tuesday through Saturday.""",
gold=[("SFX017", "subject")]),

dict(guid="sfx_bsbj_2026_0415_people_on_the_move", pub="2026-04-15T07:00:00-05:00", category="People on the Move",
title="People on the Move: credit union CFO, bank ag lender, architecture firm partner",
body="""Sioux Empire Federal Credit Union has named Jolene Kleinsasser chief financial officer. Kleinsasser, a certified public accountant, joined the credit union in 2009 as controller and has led its finance department since 2019. She succeeds Roger Tieszen, who retired in March.

Dakota Prairie Bank in Bismarck, N.D., has promoted Brad Quam to vice president of agricultural lending. Quam, a Bismarck native and North Dakota State graduate, has been with the bank since 2015.

Kolstad Hegland Architects has made Maria Esparza a partner. Esparza designed the firm's recent work for the Sioux Falls School District, including the new Jefferson High School athletic complex.

Send People on the Move items to people@bigsiouxbusiness.example.""",
gold=[("SFX011", "subject")]),

dict(guid="sfx_bsbj_2026_0520_small_business_awards", pub="2026-05-20T07:00:00-05:00", category="Awards",
title="Hartford hardware store named Minnehaha County small business of the year",
body="""Quam Hardware & Rental in Hartford was named Minnehaha County's small business of the year Tuesday at the Sioux Falls Area Chamber's annual small business luncheon.

Owner Brad Quam bought the store from his father, Orville, in 1996 and has since tripled its floor space, added equipment rental and opened a second location in Humboldt. The store employs 22 people. Quam accepted the award wearing the store's red apron and thanked "every farmer who ever came in at 6:55 on a Saturday needing one bolt."

Other finalists were Dakota Glass & Mirror of Sioux Falls and Splitrock Coffee of Brandon.

Award winners were chosen by a committee of past honorees and chamber members: Cal Hoogendoorn, Colleen O'Halloran, Terrence Big Eagle, Amy Vostad and Lisa Ruud.""",
gold=[("SFX018", "subject")]),

dict(guid="sfx_bsbj_2026_0812_prairie_sky_cno", pub="2026-08-12T07:00:00-05:00", category="Health Care",
title="Prairie Sky Health names longtime ICU nurse chief nursing officer",
body="""Prairie Sky Health has named Colleen O'Halloran its chief nursing officer, effective Sept. 1. She will oversee 1,900 nurses across the health system's Sioux Falls hospital and 11 rural clinics.

O'Halloran began her career as a night-shift nurse in the intensive care unit in 1988 and has been vice president of patient care services since 2020. She led the system's rural nurse residency program, which has placed 140 new nurses in small-town hospitals since 2021.

"Colleen has never stopped thinking like a bedside nurse," said Prairie Sky chief executive Darren Fiegen.

O'Halloran, a Sioux Falls native, holds a master's degree in nursing from South Dakota State University.""",
gold=[("SFX015", "subject")]),

dict(guid="sfx_bsbj_2026_0916_lennox_community_center", pub="2026-09-16T07:00:00-05:00", category="Nonprofits",
title="Lennox community center campaign passes $2 million goal",
body="""The campaign to build a community center and child care center in Lennox has passed its $2 million goal two months early, organizers said Monday.

The 18,000-square-foot building on South Main Street will include a gym, a senior meal site and a child care center licensed for 60 children, which organizers say will ease one of the biggest barriers to hiring in Lincoln County.

Campaign chair Brian Wieneke said more than 400 households gave. Leadership donors, listed on the campaign's donor wall, include the Lennox Area Community Foundation, First Dakota Lennox branch, LeRoy and Phyllis Aamot, the Ostrem Family Farms, Gary and Deb Luebke, and Lennox Cooperative.

Construction is to begin next spring.""",
gold=[]),

dict(guid="sfx_bsbj_2026_1014_tea_ag_supply_sold", pub="2026-10-14T07:00:00-05:00", category="Deals",
title="Founders sell Tea Ag Supply to employees after 40 years",
body="""Cal and Mary Beth Hoogendoorn, who started Tea Ag Supply with one rented fertilizer spreader in 1986, have sold the agronomy business to its employees.

The sale to an employee stock ownership plan closed Oct. 1. Terms were not disclosed. The business now has 34 employees, two locations and about 60,000 acres under agronomy contracts in Lincoln and Turner counties.

Cal Hoogendoorn will stay on as an adviser through next year's planting season. Mary Beth Hoogendoorn, who kept the books for 40 years, said the couple wanted the business to stay local. "We had offers from the big guys," she said. "But these people built it with us."

Longtime agronomist Jared Sandbulte becomes president.""",
gold=[("SFX008", "subject"), ("SFX007", "subject")]),
]
