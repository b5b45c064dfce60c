"""Triad Business Chronicle: a business weekly, plain text. Hand-labelled."""

FEED = "tbc"
ITEMS = [
dict(guid="gso_tbc-2026-0212-ygl", pub="2026-02-12T06:00:00-05:00", title="Yadkin Gate Logistics taps Crist as chief financial officer",
body="""WINSTON-SALEM - Yadkin Gate Logistics, the freight brokerage that has grown from four employees to 230 since 2014, has promoted Rebecca "Becky" Crist to chief financial officer.

Crist, who joined the company as controller in 2019, will oversee finance, treasury and the company's planned expansion into cold-chain warehousing in Kernersville. She previously spent eleven years at a Big Four accounting firm in Charlotte and is a graduate of Wake Forest University.

"Becky has been running the numbers on every big decision we've made for seven years," said chief executive Raymond Tuttle. "This just puts her name on the door." """,
gold=[("GSO020", "subject")]),

dict(guid="gso_tbc-2026-0326-mcadoos", pub="2026-03-26T06:00:00-04:00", title="McAdoo's Kitchen brings its smothered pork chops to Greensboro",
body="""HIGH POINT - McAdoo's Kitchen, the soul-food restaurant that has drawn lines down East Washington Drive since 2017, will open a second location in Greensboro's Southside this summer.

Owner DeShawn McAdoo said the 90-seat restaurant on South Elm-Eugene Street will keep the High Point menu, including the Sunday-only oxtails, and add breakfast. The expansion is financed in part by a $250,000 loan from a community development lender and will create about 35 jobs.

"My granddaddy told me a restaurant is just a kitchen with more chairs," McAdoo said. "We're adding chairs." """,
gold=[("GSO009", "subject")]),

dict(guid="gso_tbc-2026-0416-market", pub="2026-04-16T06:00:00-04:00", title="Spring furniture market opens with buyers cautious on tariffs",
body="""HIGH POINT - The spring High Point Market opened Saturday with showroom traffic roughly even with last year but buyers measured in their orders, exhibitors said, as tariffs on imported frames and fabric worked their way into prices.

Several domestic upholstery makers in Alamance and Randolph counties said they saw more interest from retailers looking to shorten supply chains. "Ten years ago nobody asked where the frame was built," said Hal O'Briant, a retired upholstery supplier from Burlington who still walks the market every spring. "Now it's the first question."

Market organizers expect about 60,000 attendees over the six days.""",
gold=[]),  # GSO016 Hal O'Briant is a quoted bystander

dict(guid="gso_tbc-2026-0521-panaderia", pub="2026-05-21T06:00:00-04:00", title="Asheboro panadería named Randolph County small business of the year",
body="""ASHEBORO - Panadería La Esperanza, the Sunset Avenue bakery known for conchas, tres leches cakes and lines out the door on Three Kings Day, has been named small business of the year by the Randolph County Chamber of Commerce.

Owner Ana Lucía Hernández opened the bakery in a former shoe store in 2011 with one oven and her mother's recipes. It now employs 14 people and supplies pan dulce to three grocery stores in Randolph and Montgomery counties.

Hernández, who accepted the award at the chamber's annual banquet on Tuesday, thanked her staff in English and Spanish and her husband, Rafael, who she said "has washed more sheet pans than any man alive." """,
gold=[("GSO015", "subject")]),  # roster Hernandez Villalobos: one part of the compound surname in the text

dict(guid="gso_tbc-2026-0709-mill", pub="2026-07-09T06:00:00-04:00", title="Shuttered Burlington hosiery mill to become 120 apartments",
body="""BURLINGTON - A Durham developer has closed on the former Glen Raven hosiery mill property off Webb Avenue and plans to convert it into 120 apartments and ground-floor retail, with construction starting next spring.

The 1920s brick mill has been empty since 2009. The project will use state and federal historic tax credits, said the developer's principal, Naomi Kessler-Park.""",
gold=[]),
]
