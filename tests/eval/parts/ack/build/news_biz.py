"""Cape & Islands Business Weekly (invented business weekly): plain text. Hand-labelled."""

FEED = "cibw"
ITEMS = [
dict(guid="ack_cibw-2026-w05-02", pub="2026-01-28T07:00:00-05:00", title="Cape Cod Healthcare names new chief of infectious disease",
body="""HYANNIS - Cape Cod Healthcare has appointed Dr. Ifeoma Crowell chief of infectious disease at Cape Cod Hospital, effective March 1.

Crowell, who has practiced at the hospital since 2014 and led its response to the 2024 tick-borne illness surge, succeeds Dr. Alan Farnsworth, who is retiring after 26 years. She trained at the University of Nigeria and at Boston Medical Center and lives in Sandwich.""",
gold=[("ACK019", "subject")]),

dict(guid="ack_cibw-2026-w09-04", pub="2026-02-25T07:00:00-05:00", title="Steamship Authority proposes 6 percent fare increase for island routes",
body="""WOODS HOLE - The Steamship Authority will ask its board next month to raise fares 6 percent on the Nantucket and Martha's Vineyard routes, citing fuel and labor costs.

"Islanders understand costs go up, but this is the third increase in four years, and it lands on the people who live here all winter," said Harriet Wyer, who represents Nantucket on the authority's port council. Island business owners said freight rates matter more to them than passenger fares.""",
gold=[]),

dict(guid="ack_cibw-2026-w14-01", pub="2026-03-31T07:00:00-04:00", title="Mashpee's Attaquin Shellfish Co. wins state aquaculture grant",
body="""MASHPEE - Attaquin Shellfish Co., an oyster farm in Popponesset Bay, has won a $240,000 state aquaculture grant to build a solar-powered upweller and double its seed production.

Owner Ezra Attaquin, who started the farm in 2009 with a borrowed skiff and a quarter-acre grant, now employs eleven people and sells to restaurants from Boston to New York. "My grandmother fed this family out of this bay," he said. "I'm trying to keep doing that." """,
gold=[("ACK013", "subject")]),

dict(guid="ack_cibw-2026-w18-03", pub="2026-04-28T07:00:00-04:00", title="Mid-Island Galley owner to open a second restaurant on the Hyannis waterfront",
body="""HYANNIS - Stoyan Valchanov, the Bulgarian-born owner of the Mid-Island Galley on Nantucket, has signed a lease for the former Harborside Grill on Ocean Street and plans to open a second restaurant there in June.

Valchanov came to Nantucket in 2001 as a seasonal dishwasher on a J-1 visa and bought the Galley in 2012. The Hyannis restaurant will keep the Galley's year-round breakfast menu and add a raw bar.""",
gold=[("ACK006", "subject")]),

dict(guid="ack_cibw-2026-w24-02", pub="2026-06-10T07:00:00-04:00", title="Sandbar Cooperative Bank promotes Wixon to senior vice president",
body="""SOUTH YARMOUTH - Sandbar Cooperative Bank has promoted Bartholomew "Bart" Wixon to senior vice president and chief lending officer.

Wixon, of Dennis, joined the bank in 2008 as a teller and has led its commercial lending team since 2019. He serves on the board of the Dennis-Yarmouth Youth Hockey Association.""",
gold=[("ACK016", "subject")]),
]
