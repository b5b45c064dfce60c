"""Med City Business Weekly (invented business weekly, Rochester and south-east Minnesota): plain text.
Hand-labelled."""

FEED = "mcbw"
ITEMS = [
dict(guid="rst_mcbw_2026_0219", pub="2026-02-19T06:00:00-06:00", title="Wojtaszek's Kolache Bakery marks 40 years on North Broadway",
body="""ROCHESTER - When Thad and Carol Wojtaszek opened Wojtaszek's Kolache Bakery on North Broadway in February 1986, they baked four kinds of kolache and closed at noon. Forty years later the bakery turns out 30 varieties, ships poppyseed rolls to 22 states and still closes at noon.

"We never wanted to be big. We wanted to be done by lunch," Carol Wojtaszek said. Thad Wojtaszek still starts the ovens at 3:30 a.m.; the couple plans to hand the business to their nephew over the next two years.

Regulars say the apricot kolache is the reason to come. "I've stopped here every school morning for fifteen years," said Declan O'Dwyer, who buys two dozen for his staff on Fridays.""",
gold=[("RST016", "subject"), ("RST017", "subject")]),  # Declan O'Dwyer is a quoted customer: nothing

dict(guid="rst_mcbw_2026_0409", pub="2026-04-09T06:00:00-05:00", title="Hodan's Sambusa Kitchen to open second location in northwest Rochester",
body="""ROCHESTER - Hodan's Sambusa Kitchen, the Somali cafe on Marion Road Southeast that began as a table at the Rochester Farmers Market, will open a second location this summer in a former bank building on 55th Street Northwest.

Owner Hodan Warsame said the new kitchen will also cook for the catering side of the business, which now serves clinic departments and three area schools. She expects to hire 14 people. "My mother made sambusa for the whole neighborhood in Beledweyne," Warsame said. "Now I get to do it for the whole city."

The expansion is financed in part by a loan from the city's small-business revolving fund.""",
gold=[("RST008", "subject")]),

dict(guid="rst_mcbw_2026_0514", pub="2026-05-14T06:00:00-05:00", title="Zumbro Valley Health names Brandvold chief of pediatric cardiology",
body="""ROCHESTER - Zumbro Valley Health has named Dr. Ifeoma Brandvold chief of its pediatric cardiology division, effective July 1.

Brandvold, a pediatric cardiologist who joined the health system in 2014, led the team that opened the region's first fetal heart clinic in 2021. She succeeds Dr. Walter Sandquist, who is retiring after 31 years.

"She has built the program that families from four states now drive to," said Zumbro Valley Health chief medical officer Dr. Priya Raghunathan.""",
gold=[("RST007", "subject")]),  # roster Okwuosa-Brandvold: one part of the compound surname in the text

dict(guid="rst_mcbw_2026_0723", pub="2026-07-23T06:00:00-05:00", title="Byron's Ruesink Brewing takes gold at national competition",
body="""BYRON - Ruesink Brewing Co., the six-year-old brewery in a former implement dealership on Byron's Frontier Road, won a gold medal for its Zumbro River Kolsch at the U.S. Open Beer Championship.

Co-owner Toby Ruesink, a former Mayo Clinic lab technician, said the brewery will double its canning output this fall. "Two years ago we were giving this beer away at the Byron sweet-corn feed," Ruesink said.""",
gold=[("RST022", "subject")]),

dict(guid="rst_mcbw_2026_0813", pub="2026-08-13T06:00:00-05:00", title="Duluth engineering firm names Thorsgaard CFO",
body="""DULUTH - Arrowhead Structural Engineers has named Gunnar Thorsgaard, 41, of Hermantown its chief financial officer. Thorsgaard was previously controller at a Superior, Wis., shipyard. The 140-person firm designs bridges and port facilities across the Upper Midwest and opened a Rochester office last year.""",
gold=[]),  # namesake in Hermantown, aged 41 (roster Gunnar Thorsgaard of Oronoco, born 1956)

dict(guid="rst_mcbw_2026_1001", pub="2026-10-01T06:00:00-05:00", title="Council approves Second Street parking ramp",
body="""ROCHESTER - The Rochester City Council voted 5-2 on Monday to build a 900-space parking ramp on Second Street Southwest, the last large piece of the downtown development district's first phase.

"This is the ramp we've been promising since 2019," said council member Patrice Kiehne. Opponent Marcus Theobald said the city should have built transit first. Construction is expected to start in April.""",
gold=[]),
]
