"""Midlands Business Weekly: business journal, plain text. Hand-labelled."""

ITEMS = [
dict(guid="cae_mbw_2026_031", pub="2026-03-12T06:00:00-04:00", title="Kanellos Grill to open second location in Lexington",
body="""The family behind one of Devine Street's busiest lunch counters is heading west. Kanellos Grill will open a second restaurant this fall in a former bank branch on Sunset Boulevard in Lexington, owners Dino and Eleni Kanellos said Tuesday.

The couple opened the original Kanellos Grill in 1998. "Lexington families have been driving to Five Points for our gyros for twenty years," Dino Kanellos said. "It's time we drove to them."

The new location will seat 90 and employ about 30 people.""",
gold=[("CAE008", "subject"), ("CAE009", "subject")]),

dict(guid="cae_mbw_2026_044", pub="2026-04-23T06:00:00-04:00", title="Congaree Mutual names new chief operating officer",
body="""Congaree Mutual Insurance has promoted Kyle Amick to chief operating officer, the Lexington-based insurer announced this week.

Amick, who joined the company as a claims adjuster in 2007, most recently served as vice president of operations. He succeeds Dale Shumpert, who is retiring after 26 years.""",
gold=[("CAE007", "subject")]),

dict(guid="cae_mbw_2026_052", pub="2026-05-21T06:00:00-04:00", title="Cayce bakery wins statewide small-business award",
body="""Panadería La Palmita, the Knox Abbott Drive bakery known for its conchas and tres leches cakes, has been named the state's Hispanic-owned Small Business of the Year.

Owner Rosa Elena Tapia opened the bakery in 2019 with two ovens and a loan from her family. It now employs eleven people and supplies pan dulce to three grocery stores in Lexington County.""",
gold=[("CAE015", "subject")]),

dict(guid="cae_mbw_2026_061", pub="2026-06-11T06:00:00-04:00", title="Credit union opens Orangeburg branch; local donors back financial literacy fund",
body="""Palmetto Family Credit Union cut the ribbon Monday on its first Orangeburg branch, on Russell Street near the Edisto Memorial Gardens.

"We've needed a lender on this end of town for years," said Lamont Govan, a retired teacher who opened an account on day one.

The branch also launched a youth financial literacy fund. Founding donors include Orangeburg Rotary, Edisto Electric Cooperative, Dr. Cheryl Jones, and Tasia Dimitriou.""",
gold=[]),

dict(guid="cae_mbw_2026_072", pub="2026-07-09T06:00:00-04:00", title="Columbia law firm adds three partners",
body="""Gervais & Lady LLP has named three new partners: Anastasia "Tasia" Dimitriou, a real estate lawyer from West Columbia; Brandon Shuler; and Keisha Fludd.

Dimitriou has been with the firm since 2012 and chairs its commercial leasing group.""",
gold=[("CAE010", "subject")]),
]
