"""Gulf Coast 7 WGCX (Fort Myers TV station site): HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="ftm_wgcx_story_260115_2201", pub="2026-01-15T18:40:00-05:00",
title="North Fort Myers battalion chief hangs up his helmet after 32 years",
body="""NORTH FORT MYERS, Fla. (WGCX) - The sirens at Station 1 on Pondella Road were for one of their own on Thursday.

Battalion Chief Dennis "Denny" Hollenbeck worked his last shift after 32 years with the North Fort Myers Fire Control and Rescue District. Crews lined the apron and sprayed a water arch over his truck as he pulled out.

Hollenbeck led the district's water rescues during Hurricane Ian and trained most of the firefighters now on its roster. "I'm going fishing," he said. "After that I haven't decided." """,
gold=[("FTM018", "subject")]),

dict(guid="ftm_wgcx_story_260219_2240", pub="2026-02-19T22:10:00-05:00",
title="Family of four escapes Lehigh Acres house fire",
body="""LEHIGH ACRES, Fla. (WGCX) - A family of four got out safely early Thursday when fire tore through their home on Kilbourne Avenue South.

Lehigh Acres Fire Control and Rescue said the fire started in the garage around 3 a.m. Wilfredo Cintrón Rivera said his smoke alarm woke him, and he and his wife, Marisol, got their two teenagers and the family's dog out through a back window.

"Everything else we can replace," Marisol Cintrón said. The Red Cross is helping the family. Investigators believe an e-bike battery charging in the garage caused the fire.""",
gold=[("FTM004", "subject"), ("FTM005", "subject")]),

dict(guid="ftm_wgcx_story_260228_2255", pub="2026-02-28T17:30:00-05:00",
title="Pensacola teacher named Florida Teacher of the Year finalist",
body="""TALLAHASSEE, Fla. (WGCX) - A 29-year-old fourth-grade teacher from Pensacola is one of five finalists for Florida Teacher of the Year.

Mary Beth Trammell teaches at Blue Angels Elementary in Escambia County, where she started a school garden that now feeds a weekly produce stand for families. The winner will be announced in July in Orlando.

Lee County's district teacher of the year, Andre Lopez of Lehigh Acres Middle School, was not among the finalists.""",
gold=[]),

dict(guid="ftm_wgcx_story_260309_2290", pub="2026-03-09T19:05:00-04:00",
title="Cape Coral canal dredging to start on Del Prado side next month",
body="""CAPE CORAL, Fla. (WGCX) - Dredges will move into the southeast Cape's canals in April, the city said Monday, the first dredging there since Hurricane Ian filled them with sand and debris.

Homeowners along the affected canals say they haven't been able to get their boats out at low tide for three years. "We watch the tide chart like it's the stock market," said Klaus Oberholtzer, who lives on a canal off Tower Drive. "At low tide my boat sits in the mud."

The city will mail notices to affected property owners this month.""",
gold=[]),

dict(guid="ftm_wgcx_story_260414_2331", pub="2026-04-14T18:15:00-04:00",
title="Lehigh Acres boy recovering after alligator bite at retention pond",
body="""LEHIGH ACRES, Fla. (WGCX) - A 10-year-old Lehigh Acres boy is recovering at Golisano Children's Hospital after an alligator bit his arm Sunday evening at a retention pond behind Homestead Road.

Wildlife officers identified the boy as Kenley Desravines. His parents, Fritznel and Nadège Desravines, said he was trying to get a soccer ball out of the water. His uncle pulled him free.

A trapper removed a 9-foot alligator from the pond Monday. The boy is expected to make a full recovery.""",
gold=[("FTM009", "subject"), ("FTM010", "subject")]),

dict(guid="ftm_wgcx_story_260502_2360", pub="2026-05-02T17:45:00-04:00",
title="McGregor Boulevard volunteer, 87, honored for 40 years of reading to hospital patients",
body="""FORT MYERS, Fla. (WGCX) - Lee Health honored its longest-serving volunteer on Friday.

Harriet "Hattie" Vandergriff, 87, has read to patients at Lee Memorial Hospital every Wednesday since 1986. The hospital named its new reading room for her.

"I just show up," Vandergriff said.""",
gold=[]),
]
