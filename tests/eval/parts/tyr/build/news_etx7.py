"""East Texas 7 News (KETX-like TV station site): HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="tyr_etx7_20260123", pub="2026-01-23T18:40:00-06:00",
title="Longview couple escapes early-morning house fire on Judson Road",
body="""LONGVIEW, Texas - A Longview couple escaped without injury after fire broke out in their home in the 1200 block of Judson Road early Friday morning.

Bobby Ray Dossett said a smoke alarm woke him and his wife, Darlene, shortly after 3 a.m. "We got out with the dog and the clothes on our backs," he said.

Longview Fire Department officials said the fire started in the garage; the home is a total loss. Neighbor Marquita Sessions said she saw flames through her window and called 911. The American Red Cross is assisting the Dossetts.""",
gold=[("TYR003", "subject"), ("TYR004", "subject")]),

dict(guid="tyr_etx7_20260227", pub="2026-02-27T17:15:00-06:00",
title="Longview's Malik Wyatt named to all-state football team",
body="""LONGVIEW, Texas - Longview High School linebacker Malik Wyatt has been named first-team all-state by the Texas Sports Writers Association.

The senior, who has signed with Baylor, led the Lobos with 131 tackles. His parents, Demetrius and Latrice Wyatt, watched him receive the honor at a pep rally Friday afternoon.""",
gold=[("TYR014", "parent_of_subject"), ("TYR015", "parent_of_subject")]),

dict(guid="tyr_etx7_20260415", pub="2026-04-15T07:10:00-05:00",
title="Tornado damages homes in south Tyler and Whitehouse; no injuries reported",
body="""TYLER, Texas - The National Weather Service confirmed an EF-1 tornado touched down near Old Bullard Road late Tuesday and tracked toward Whitehouse, damaging roofs and downing trees.

"We heard the freight-train sound and got in the hall closet," said Whitehouse resident Colton Dewberry, who spent Wednesday morning helping neighbors cut up fallen pines.

Smith County emergency management said about 40 homes had damage. Volunteers from Green Acres Baptist Church, led by Rev. Lonnie Spradlin, served meals to crews.""",
gold=[]),

dict(guid="tyr_etx7_20260612", pub="2026-06-12T16:30:00-05:00",
title="Jacksonville couple marks 50 years of marriage with vow renewal",
body="""JACKSONVILLE, Texas - Jimmie Don and Carolyn Luckett of Jacksonville celebrated their 50th wedding anniversary Saturday by renewing their vows at First Methodist Church, where they married on June 12, 1976.

The Lucketts met at the Tomato Fest street dance in 1975. They have three children and seven grandchildren.""",
gold=[("TYR022", "subject")]),

dict(guid="tyr_etx7_20260703", pub="2026-07-03T12:00:00-05:00",
title="Whitehouse family welcomes first baby born at new hospital wing",
body="""WHITEHOUSE, Texas - The first baby delivered in the new women's wing at Azalea Regional Medical Center belongs to a Whitehouse family.

Colton and Brianna Dewberry welcomed daughter Emmy Rae Dewberry at 6:02 a.m. Wednesday, weighing 7 pounds, 9 ounces. Chief nursing officer Kendra Ashworth presented the family with a gift basket.""",
gold=[("TYR016", "subject")]),
]
