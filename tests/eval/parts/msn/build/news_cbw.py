"""Capital Region Business Weekly (Madison): business journal, plain text. Hand-labelled."""

ITEMS = [
dict(guid="msn_cbw_20260210_cidery", pub="2026-02-10T06:00:00-06:00", title="Middleton cidery buys former tractor dealership for taproom",
body="""Driftless Forge Cider Co. has bought the former Ripp Implement building on Parmenter Street in Middleton and plans to open a taproom and production floor there by fall.

Owner Declan O'Shaughnessy, who started the business in his garage in 2019, said the $2.1 million purchase will triple production to about 60,000 gallons a year. "We outgrew the garage in about a month," O'Shaughnessy said. "This time we have room for the next ten years."

The cidery buys most of its apples from orchards in Gays Mills and Richland Center.""",
gold=[("MSN009", "subject")]),

dict(guid="msn_cbw_20260317_bakehouse", pub="2026-03-17T06:00:00-05:00", title="Zuehlsdorf Bakehouse to open second shop on Atwood Avenue",
body="""Zuehlsdorf Bakehouse, the Monroe Street bakery known for its kringle and sourdough rye, will open a second shop on Atwood Avenue in May.

Owner Gretchen Zuehlsdorf, a pastry chef who trained in Copenhagen, opened the original shop in 2021. The new location will add 14 jobs and a wholesale kitchen supplying area coffee shops.

"I drive across town for the rye every Saturday, so this is good news for the east side," said Carol Ruedebusch, a customer who lives near the new site.""",
gold=[("MSN021", "subject")]),

dict(guid="msn_cbw_20260428_cmo", pub="2026-04-28T06:00:00-05:00", title="Yahara Valley Health names new chief medical officer",
body="""Yahara Valley Health has named Dr. Priya Venkataraghavan its chief medical officer, effective June 1.

Venkataraghavan, a palliative-care physician, has led the system's hospice and palliative medicine program since 2014. She succeeds Dr. Gary Loomis, who is retiring after 28 years. The health system employs 6,200 people at three hospitals and 40 clinics in south-central Wisconsin.""",
gold=[("MSN010", "subject")]),

dict(guid="msn_cbw_20260602_layoffs", pub="2026-06-02T06:00:00-05:00", title="Sun Prairie packaging plant to cut 120 jobs",
body="""Prairie Corrugated will lay off 120 of its 340 workers at its Sun Prairie plant by August, the company told the state in a notice filed Friday.

The company blamed falling orders from food processors. Workers learned of the cuts at a shift meeting Thursday. "Some of these people have been on the line for twenty-five years," said Nhia Blong Thao, a machine operator and union steward. "We want to know what the company is going to do for them."

The Dane County Workforce Development Board said it will hold a job fair at the plant in July.""",
gold=[]),  # quoted union steward, not a life event of his own

dict(guid="msn_cbw_20260714_cu", pub="2026-07-14T06:00:00-05:00", title="Kalscheur retires after 22 years at helm of Middleton credit union",
body="""Mary Beth Kalscheur will retire as president and chief executive of Pheasant Branch Community Credit Union on Sept. 30, ending a 35-year career at the credit union that began at a teller window.

Under Kalscheur, who became chief executive in 2004, the credit union grew from $90 million in assets to $1.1 billion and from two branches to eleven. The board has named chief operating officer Daniel Ripp to succeed her.

Kalscheur said she plans to spend more time with her grandchildren and on the bike trails.""",
gold=[("MSN003", "subject")]),
]
