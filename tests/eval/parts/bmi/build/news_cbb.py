"""Corn Belt Business Monthly (Bloomington-Normal business paper), plain text. Hand-labelled."""

FEED = "cbb"
ITEMS = [
dict(guid="bmi_cbb-2026-02-0117", pub="2026-02-10T06:00:00-06:00",
title="Prairie Mutual names Bachman vice president of claims",
body="""Prairie Mutual Insurance has promoted Curt Bachman to vice president of claims, the Bloomington-based insurer announced this week.

Bachman, who joined the company as a field adjuster in 1994, will oversee 400 claims staff in Bloomington and the regional offices in Peoria and Champaign. He most recently led the catastrophe response team that handled more than 9,000 hail claims after last summer's storms.

"Curt has stood in more flooded basements than anyone in this building," said Prairie Mutual president Angela Whitacre.""",
gold=[("BMI009", "subject")]),

dict(guid="bmi_cbb-2026-04-0233", pub="2026-04-14T06:00:00-05:00",
title="Panadería La Estrella marks 10 years on West Washington Street",
body="""Ten years after opening with two ovens and a borrowed display case, Panadería La Estrella is celebrating its anniversary with free conchas on Saturday and a second location on the way in Normal.

Owner Luz Elena Ochoa Villarreal started the bakery in 2016 after 15 years of baking overnight for a grocery chain. It now employs 14 people and supplies pan dulce to three west-side groceries.

"I come in every Saturday for the tres leches," said customer Marcus Threlkeld, who lives on the city's southwest side. "I've watched her build this one tray at a time." """,
gold=[("BMI010", "subject")]),   # quoted customer Marcus Threlkeld (BMI021): nothing

dict(guid="bmi_cbb-2026-05-0290", pub="2026-05-12T06:00:00-05:00",
title="Schertz Implement celebrates 75 years in Pontiac",
body="""Schertz Implement, the John Deere dealership on Pontiac's north side, turns 75 this month - and it is still run by a Schertz.

Wendell Schertz Jr. and his wife, Joyce, who has kept the books since 1984, own the dealership his grandfather and father founded in 1951. The business now has 38 employees and a second store in Fairbury.

The Schertzes will host an open house with a vintage tractor display on May 30. The celebration was planned before Wendell Schertz Sr., the founder, died in March; the family says it will be dedicated to him.""",
gold=[("BMI003", "subject"), ("BMI004", "subject")]),

dict(guid="bmi_cbb-2026-09-0418", pub="2026-09-15T06:00:00-05:00",
title="Hospice gala raises record $412,000",
body="""The Heartland Hospice Foundation's Harvest Gala raised a record $412,000 on Saturday at the Bloomington Center for the Performing Arts.

Leading sponsors were Prairie Mutual Insurance, Heartland Bank & Trust and Carle BroMenn. Individual benefactors recognized in the program included Fran and the late Rosemary O'Malley, Curt and Renee Bachman, Dr. Anil and Meera Desai, and Tom and Judy Wiegand.

The money will fund the foundation's new pediatric bereavement program.""",
gold=[]),   # donor list: nothing

dict(guid="bmi_cbb-2026-10-0455", pub="2026-10-13T06:00:00-05:00",
title="Peoria startup founder Trevor Eichelberger, 19, wins state pitch contest",
body="""Trevor Eichelberger, a 19-year-old Bradley University sophomore from Peoria, won the $25,000 top prize at the Illinois Collegiate Pitch Competition for his app that matches farmers with custom harvest crews.

Eichelberger grew up on a grain farm near Brimfield in Peoria County. He plans to launch the app in time for the 2027 harvest.""",
gold=[]),   # young namesake in Peoria of BMI011 (b. 1978, Normal): nothing
]
