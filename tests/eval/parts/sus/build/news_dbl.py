"""Delmarva Business Ledger (business weekly): plain text. Hand-labelled."""

ITEMS = [
dict(guid="sus_dbl_2026_0127", pub="2026-01-27T06:30:00-05:00", title="Indian River Shore Bank names Fennimore president",
body="""OCEAN VIEW - Indian River Shore Bank has named Deirdre "Dee" Fennimore its president and chief executive, effective Feb. 1. Fennimore, who joined the bank in 2011 as chief lending officer and has been its chief operating officer since 2019, succeeds Howard Lekander, who is retiring after 22 years.

The bank has seven branches from Lewes to Selbyville and $1.1 billion in assets. "We are a community bank in a community that has doubled in twenty years," Fennimore said. "Our job is to make sure the people who were here first can still afford to stay." """,
gold=[("SUS016", "subject")]),

dict(guid="sus_dbl_2026_0224", pub="2026-02-24T06:30:00-05:00", title="Kent County farm bureau honors Hartly grower",
body="""DOVER - The Kent County Farm Bureau named Clifton Ellingsworth, 29, of Hartly its Young Farmer of the Year on Saturday. Ellingsworth farms 900 acres of corn, soybeans and lima beans with his father and began growing hemp for fiber in 2024.

"Young farmers need land and they need patience," Ellingsworth said. "I got lucky on the first one." """,
gold=[]),

dict(guid="sus_dbl_2026_0414", pub="2026-04-14T06:30:00-04:00", title="Beachy's Woodcraft marks 25 years in Greenwood",
body="""GREENWOOD - Beachy's Woodcraft, the Mennonite-owned furniture and shed maker on Shawnee Road, marks its 25th anniversary this month with an open house and a new 12,000-square-foot showroom.

Owners Lavern and Edna Beachy started the business in 2001 in a barn behind their house with two employees. It now employs 38 people and ships dining tables and gliders to customers from New Jersey to North Carolina.

"We still sand every table by hand at the end," Lavern Beachy said. "The machines do the rest." """,
gold=[("SUS011", "subject"), ("SUS012", "subject")]),

dict(guid="sus_dbl_2026_0609", pub="2026-06-09T06:30:00-04:00", title="Georgetown tienda owner opens second market in Seaford",
body="""GEORGETOWN - Ana Lucía Tzul Velásquez, who opened Tienda Totonicapán on East Market Street in 2016, will open a second, larger market on High Street in Seaford on June 20.

Tzul, who came to Georgetown from Guatemala as a teenager, said the Seaford store will add a tortillería and a money-transfer counter. She employs 11 people and expects to hire eight more.

The Sussex County Economic Development Office helped her secure a $150,000 Small Business Administration loan.""",
gold=[("SUS010", "subject")]),

dict(guid="sus_dbl_2026_0811", pub="2026-08-11T06:30:00-04:00", title="New Georgetown clinic to serve Creole- and Spanish-speaking families",
body="""GEORGETOWN - Sussex Family Health opened a 9,000-square-foot primary-care clinic on North Race Street on Monday, with Haitian Creole and Spanish speakers at every desk.

The clinic's community advisory board includes Jean-Robert Desrosiers, a Georgetown interpreter, and Ana Lucía Tzul Velásquez, owner of Tienda Totonicapán. "For years people drove to Wilmington or went without," Desrosiers said. "Now the doctor speaks their language in their own town."

The clinic expects to see 8,000 patients in its first year.""",
gold=[]),
]
