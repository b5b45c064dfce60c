"""Panhandle Business Weekly: business news, plain text. Hand-labelled."""

ITEMS = [
dict(guid="ama_pbw_2026_0108", pub="2026-01-26T07:00:00-06:00", title="Panadería La Fuente opens second bakery, in Canyon",
body="""AMARILLO - Panadería La Fuente, the South Georgia Street bakery known for its conchas and its line out the door on Sunday mornings, opened a second location on Canyon's Fourth Avenue on Saturday.

Owner Marisol De la Fuente started the business in 2014 with one oven and recipes from her father. The Canyon shop adds twelve jobs and a coffee bar aimed at West Texas A&M students. "Canyon has been driving to us for ten years," De la Fuente said. "It was time we drove to them."

Customers were waiting before the doors opened. "I've been buying her pan dulce since the first week," said JoAnn DeShazo of Canyon, who was first in line.""",
gold=[("AMA015", "subject")]),

dict(guid="ama_pbw_2026_0131", pub="2026-03-09T07:00:00-05:00", title="Northwest Plains Regional names Obiakor chief medical officer",
body="""AMARILLO - Northwest Plains Regional Medical Center has named Dr. Nkechi Obiakor its chief medical officer, effective April 1.

Obiakor, a pulmonologist, came to Amarillo in 2011 and has led the hospital's intensive care unit since 2019, including through the pandemic. She succeeds Dr. Wendell Ashby, who is retiring after 22 years. The hospital's board chair called her "the obvious choice." """,
gold=[("AMA010", "subject")]),

dict(guid="ama_pbw_2026_0167", pub="2026-04-20T07:00:00-05:00", title="Bushland's Tindall Well Service marks 40 years",
body="""BUSHLAND - When Haskell "Buck" Tindall bought a used pulling unit in 1986, oil was at $12 a barrel and his banker told him he was crazy. Forty years later, Tindall Well Service runs nine rigs and employs 46 people out of its yard on Interstate 40 west of Amarillo.

Tindall, 70, still shows up at 5:30 every morning. The company marked the anniversary with a brisket lunch for employees and customers on Friday. His daughter, Shawna Tindall Reyes, became president of the company last year.""",
gold=[("AMA021", "subject")]),

dict(guid="ama_pbw_2026_0188", pub="2026-05-11T07:00:00-05:00", title="Midland driller names new finance chief",
body="""MIDLAND - Caliche Ridge Energy, a privately held Permian Basin driller, has named Lucius Pettigrew III its chief financial officer. Pettigrew, 38, of Midland, was previously treasurer of a Houston pipeline company and is a graduate of Texas Tech's Rawls College of Business.

The company also promoted Dana Whitt to vice president of land.""",
gold=[]),
]
