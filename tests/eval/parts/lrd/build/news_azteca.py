"""La Voz del Azteca (invented bilingual community paper, Laredo): society, schools, milestones; teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "azteca"
ITEMS = [
dict(guid="lrd_azteca_2026_0214_bodas_de_oro", pub="2026-02-14T09:00:00-06:00",
title="Bodas de Oro: Lolo and Maricela Barrientos celebrate 50 years",
body="""Eleuterio "Lolo" Barrientos Jr. and Maricela Peñaloza Barrientos of Laredo renewed their vows on Saturday at Nuestra Señora del Río Bravo Church, fifty years to the day after they were married there in 1976.

The couple met at a dance at the old Civic Center when Maricela was seventeen. Lolo retired from the Laredo Fire Department as a captain; Maricela taught third grade at Santo Niño Elementary for 31 years. They have three children and seven grandchildren.

"His father was supposed to be here today," Maricela said of the late Eleuterio Barrientos Sr., who died last month at 96. "He gave us his blessing fifty years ago, and that will have to do." A reception followed at the Knights of Columbus hall.""",
gold=[("LRD003", "subject"), ("LRD004", "subject")]),

dict(guid="lrd_azteca_2026_0430_vase", pub="2026-04-30T09:00:00-05:00",
title="United High sculptor wins state gold at VASE",
body="""United High School junior Gianna Sciaraffa won a gold medal at the Texas Art Education Association's state VASE competition in San Marcos for a ceramic sculpture of her great-grandmother's hands.

Gianna, 17, is the daughter of Teo and Connie Sciaraffa of north Laredo. Her art teacher, Rolando Moreno, said the piece was one of only 41 state gold medals awarded out of more than 1,500 entries.

"My abuela sewed for seventy years," Gianna said. "I wanted people to see what that does to your hands." """,
gold=[("LRD006", "parent_of_subject"), ("LRD007", "parent_of_subject")]),

dict(guid="lrd_azteca_2026_0522_eagle_pass_principal", pub="2026-05-22T09:00:00-05:00",
title="Eagle Pass names new principal at C.C. Winn",
body="""Eagle Pass ISD has named Griselda Ledezma, 41, principal of C.C. Winn High School. Ledezma, an Eagle Pass native and former assistant principal at Eagle Pass High, holds a doctorate in educational leadership from Texas A&M International University here in Laredo.

She is the daughter of Hilario and Consuelo Ledezma of Eagle Pass and is married to Eagle Pass police Lt. Arturo Benavides.""",
gold=[]),

dict(guid="lrd_azteca_2026_0612_matachines", pub="2026-06-12T09:00:00-05:00",
title="Matachines de Santa Rita raise $12,000 for new costumes",
body="""The Matachines de Santa Rita dance group raised more than $12,000 at its annual kermés on Saturday, enough to replace the feathered headdresses and rattles the group has worn since 2011.

Donors included the Arizpe family, Amparo Bazán, Panadería La Espiga de Oro, the Guadalupanas of Nuestra Señora del Río Bravo and Knights of Columbus Council 2011. Volunteer Maricela Barrientos ran the gorditas booth.

The group will dance on December 12 for the feast of Our Lady of Guadalupe.""",
gold=[]),

dict(guid="lrd_azteca_2026_0708_retirement", pub="2026-07-08T09:00:00-05:00",
title="After 33 years, Mrs. Ledezma rings the last bell at Zacate Creek Elementary",
body="""Generations of south Laredo children learned their times tables from her. Now Griselda Ledezma is retiring.

Ledezma, 60, taught fourth grade at Zacate Creek Elementary for 33 years and was the school's spelling bee coach for 25 of them. The staff sent her off on Friday with a mariachi and a cake shaped like a ruler.

"I buried my mother in April and I am retiring in July. It has been a year," she said, laughing. "Now my husband Ramiro says I have to learn to sleep past six." """,
gold=[("LRD012", "subject")]),
]
