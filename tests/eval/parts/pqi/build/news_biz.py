"""The County Business Ledger (invented business weekly for Aroostook County): plain text, business style.
Hand-labelled (gold beside each)."""

FEED = "biz"
ITEMS = [
dict(guid="pqi_cbl-2026-0115-broadband", pub="2026-01-15T06:00:00-05:00", title="Valley broadband co-op votes to extend fiber to Saint Francis",
body="""MADAWASKA - Members of the Upper Valley Broadband Cooperative voted 131-9 at their annual meeting Tuesday to borrow $4.2 million and extend fiber to Saint Francis and Allagash by 2028.

Hollis Kinney of Caswell was elected president, succeeding Dana Plourde. Among the members who spoke for the expansion were Rosaire Fongemie of Madawaska, a retired mill worker, and Azade Madore of Van Buren, who said his welding shop loses two days' work a month to dropped connections.""",
gold=[]),   # members who spoke at a meeting: not the subjects

dict(guid="pqi_cbl-2026-0402-partner", pub="2026-04-02T06:00:00-04:00", title="Kinney & Stackpole names Lunn-Sirois partner",
body="""PRESQUE ISLE - Kinney & Stackpole CPAs has named Kendra Lunn-Sirois a partner, the first new partner at the Presque Isle accounting firm in twelve years.

Lunn-Sirois, a Presque Isle native and a graduate of the University of Maine at Presque Isle, joined the firm in 2011 and leads its agricultural tax practice. "Half the potato farms in central Aroostook have had their books on Kendra's desk at some point," said founding partner Walter Kinney.""",
gold=[("PQI007", "subject")]),

dict(guid="pqi_cbl-2026-0624-hardware", pub="2026-06-24T06:00:00-04:00", title="Flewelling Hardware changes hands after 58 years",
body="""FORT FAIRFIELD - Vaughn and Priscilla Flewelling have sold Flewelling Hardware, the Main Street store his late father, Vaughn Flewelling Sr., opened in 1968, to Marcus Dwyer of Caribou.

The Flewellings, who have run the store since 1991, are retiring. "Dad would want it to stay a hardware store, and Marcus promised me it would," Vaughn Flewelling said. Dwyer, who managed a lumber yard in Caribou, said he will keep the name and the staff of six.""",
gold=[("PQI008", "subject"), ("PQI009", "subject")]),

dict(guid="pqi_cbl-2026-0910-bankpresident", pub="2026-09-10T06:00:00-04:00", title="Aroostook Savings & Loan names Colby Bubar president",
body="""PRESQUE ISLE - Aroostook Savings & Loan's board has named Colby Bubar, 49, its president and chief executive, effective Oct. 1. He succeeds Lowell Stackpole, who is retiring after 22 years.

Bubar, the son of Tad and Ardith Bubar of Presque Isle, has been the bank's chief lending officer since 2019. He began his career as a teller at the bank's Fort Fairfield branch, two doors down from his grandfather's hardware store.""",
gold=[("PQI001", "parent_of_subject"), ("PQI002", "parent_of_subject")]),

dict(guid="pqi_cbl-2026-1001-bakery", pub="2026-10-01T06:00:00-04:00", title="Lewiston baker Kendra Sirois opens second Rise & Shine location",
body="""LEWISTON - Kendra Sirois, who opened Rise & Shine Bakery on Lisbon Street in 2019, will open a second location in Auburn next month, she said Tuesday. The new shop will add eight jobs.

Sirois, a Lewiston native, said the Auburn bakery will sell her tourtière year-round.""",
gold=[]),   # a namesake in Lewiston, not PQI007 Kendra Lunn-Sirois of Presque Isle
]
