"""Southside Business Ledger: regional business paper, plain text. Hand-labelled."""

ITEMS = [
dict(guid="dnv_sbl_20260217_tire", pub="2026-02-17T06:00:00-05:00", title="Easley's Tire & Lube marks 25 years on Wilborn Avenue",
body="""SOUTH BOSTON - When Lamont Easley opened Easley's Tire & Lube in a two-bay garage on Wilborn Avenue in February 2001, he had one lift, one employee and a loan his grandmother co-signed.

Twenty-five years later the shop has eight bays, eleven employees and a second location in Halifax. Easley, 49, will mark the anniversary Saturday with free tire rotations and a cookout.

"Every customer who came back is why we're here," he said.""",
gold=[("DNV013", "subject")]),

dict(guid="dnv_sbl_20260420_casegoods", pub="2026-04-20T06:00:00-04:00", title="Smith River Casegoods names Penn plant manager",
body="""MARTINSVILLE - Smith River Casegoods has promoted Dexter Penn to plant manager of its Martinsville assembly plant, the furniture maker announced Monday.

Penn, who joined the company as a line supervisor in 2004, had been operations manager since 2019. He succeeds Charles Koger, who retires in May after 41 years. The plant employs about 380 people.""",
gold=[("DNV016", "subject")]),

dict(guid="dnv_sbl_20260505_utilities", pub="2026-05-05T06:00:00-04:00", title="Danville Utilities' Fitzgerald retires after 35 years",
body="""DANVILLE - Harold L. "Hal" Fitzgerald Jr., the Danville Utilities gas division superintendent who led crews through the 2018 ice storm, retired April 30 after 35 years with the city.

Fitzgerald started as a meter reader in 1991. Colleagues honored him with a luncheon at the Danville Community Market. He said he plans to fish the Dan River "every day it isn't raining, and some days it is." """,
gold=[("DNV005", "subject")]),

dict(guid="dnv_sbl_20260601_stage", pub="2026-06-01T06:00:00-04:00", title="River District stage campaign tops $1.2 million",
body="""DANVILLE - The campaign for a covered performance stage on the River District riverfront has passed $1.2 million, the Danville Pittsylvania County Chamber of Commerce said last week.

Leading gifts came from the Dan River Community Foundation and American National Bank. Individual donors listed on the campaign wall include Garland and Bettie Puryear, Millie Fuller, Dr. and Mrs. Anand Rao, Harold Fitzgerald Jr. and the Averett University alumni council.

Construction is expected to begin in September.""",
gold=[]),   # donor list
]
