"""Twin Cities Business Ledger (weekly business paper for Monroe and West Monroe): plain text. Hand-labelled."""

FEED = "tcbl"
ITEMS = [
dict(guid="mlu_tcbl_2026_0109", pub="2026-01-09T07:00:00-06:00",
title="Marchbanks Soul Food lands ULM catering contract",
body="""Marchbanks Soul Food & Catering, the Jackson Street restaurant known for its Sunday smothered pork chops, has won a three-year contract to cater athletic department events at the University of Louisiana Monroe.

Owners Quintella and Arvell Marchbanks opened the restaurant in 1998 in a former gas station. The contract will add fourteen jobs, Quintella Marchbanks said. "We started with four tables and a deep fryer," she said. "Now we're feeding the Warhawks." """,
gold=[("MLU008", "subject"), ("MLU009", "subject")]),

dict(guid="mlu_tcbl_2026_0213", pub="2026-02-13T07:00:00-06:00",
title="Beddingfield Duck Calls opens second storefront on Cypress Street",
body="""Jeremiah Beddingfield started carving duck calls in his grandfather's shed in 2011. This week the company that bears his name opened its second West Monroe storefront, on Cypress Street, with a workshop where customers can watch calls being turned.

Beddingfield Duck Calls now employs 22 people and ships to 40 states. "These calls are made out of Ouachita River cypress, and people can hear it," Beddingfield said.

Longtime customer Harlow Wyble, who drove over from Bayou Oaks for the ribbon cutting, said he has bought a call every season since the first one. "I still can't blow them right," he said.""",
gold=[("MLU016", "subject")]),

dict(guid="mlu_tcbl_2026_0320", pub="2026-03-20T07:00:00-05:00",
title="Heart institute names Kotagiri chief medical officer",
body="""The Ouachita Regional Heart Institute has named Dr. Ravindra Kotagiri its chief medical officer, effective April 1.

Kotagiri, an interventional cardiologist, came to Monroe in 2006 and has led the institute's structural heart program since 2015. He succeeds Dr. Harold Binion, who is retiring after 31 years.""",
gold=[("MLU007", "subject")]),

dict(guid="mlu_tcbl_2026_0417", pub="2026-04-17T07:00:00-05:00",
title="Texarkana trucking firm buys Ruston distribution center",
body="""Pettus Freight Lines of Texarkana, Ark., has bought the former Lincoln Wholesale distribution center on Interstate 20 in Ruston for $6.2 million.

Company president Garland Pettus, 52, said the site will become the firm's Louisiana hub, with 60 drivers and warehouse workers. "We've been driving past this building for twenty years," he said.""",
gold=[]),

dict(guid="mlu_tcbl_2026_0515", pub="2026-05-15T07:00:00-05:00",
title="Chamber honors small businesses at annual luncheon",
body="""The Monroe Chamber of Commerce honored Ouachita Parish small businesses at its annual luncheon Thursday at the Monroe Civic Center.

Small Business of the Year went to Delta Bayou Plumbing, owned by Marcus and Keri Fussell. Sponsors of the luncheon included Bayou Country Wealth Partners, St. Francis Medical Center, Cascio's Market, Nassif Properties and Marchbanks Soul Food & Catering.

Georgette Ghattas, Lamar Cheatwood and Dr. Ravi Kotagiri were among the 400 guests. Chamber president Sue Nolan said membership reached a record 1,100 businesses.""",
gold=[]),

dict(guid="mlu_tcbl_2026_0612", pub="2026-06-12T07:00:00-05:00",
title="Port of Ouachita wins $18 million for river terminal",
body="""The Ouachita Parish Port Commission has won an $18 million federal grant to rebuild the river terminal north of Sterlington, commission chairman Buddy Lavender announced Thursday.

The money will pay for a new barge dock, a rail spur and a grain conveyor. Construction is expected to begin next spring.""",
gold=[]),
]
