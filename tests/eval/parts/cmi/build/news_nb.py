"""Urbana-Champaign Neighbors (community paper and school news), teaser description + HTML in content:encoded.
Hand-labelled."""

FEED = "nb"
ITEMS = [
dict(guid="cmi_nb_2026_0314_engagement", pub="2026-03-14T08:00:00-05:00",
title="Engagement: O'Shaughnessy - Baptiste",
body="""Pat and Deirdre O'Shaughnessy of Savoy announce the engagement of their daughter, Siobhan Clare O'Shaughnessy, to Jean-Luc Baptiste, son of Marie and Emmanuel Baptiste of Evanston.

The bride-to-be is a 2019 graduate of Champaign Centennial High School and of Loyola University Chicago, and is a pediatric nurse at Lurie Children's Hospital. Her fiancé is a graduate of Northwestern University and an architect in Chicago.

A September 2026 wedding is planned at St. Matthew Catholic Church, Champaign.""",
gold=[("CMI015", "parent_of_subject"), ("CMI016", "parent_of_subject")]),

dict(guid="cmi_nb_2026_0328_volunteer", pub="2026-03-28T08:00:00-05:00",
title="Library names volunteer of the year",
body="""The Champaign Public Library has named Loretta Wendtland its volunteer of the year for 2025.

Wendtland, a retired first-grade teacher, has run the library's Saturday morning story hour for eleven years and mended more than 4,000 damaged picture books in the back workroom. She received the award at the library's annual volunteer breakfast, where her husband, Hal, took the photographs.

"Children who came to story hour in 2015 now come back as teen volunteers," library director Nadia Farouk said.""",
gold=[("CMI002", "subject")]),

dict(guid="cmi_nb_2026_0402_tolono-library", pub="2026-04-02T08:00:00-05:00",
title="Tolono library expansion campaign passes halfway mark",
body="""The Tolono Public Library District's campaign for a children's wing has raised $412,000 of its $800,000 goal, board president Sharon Meece announced this week.

Leading donors so far include the Unity Education Foundation, Busey Bank, Connie Stahlhut, Lavern and Darlene Aschermann, Gerry and Janice Brockschmidt, and the Tolono Lions Club.

Construction is expected to begin in the spring of 2027 if the goal is met.""",
gold=[]),   # donor list

dict(guid="cmi_nb_2026_0424_teacher", pub="2026-04-24T08:00:00-05:00",
title="Rantoul's bilingual teacher of the year keeps the door open",
body="""Rantoul City Schools has named its teacher of the year, and she almost never sits at her desk.

Ximena Villaseñor, who teaches third grade in the dual-language program at Eastlawn School, was chosen from 23 nominees. She came to Rantoul from Guanajuato as a nine-year-old who spoke no English and says she teaches "for the kid I was."

Villaseñor will represent the district in the Illinois State Board of Education's regional teacher of the year program.""",
gold=[("CMI005", "subject")]),

dict(guid="cmi_nb_2026_0502_olympiad", pub="2026-05-02T08:00:00-05:00",
title="Urbana High junior takes state Science Olympiad gold",
body="""Adaeze Okonjo, a junior at Urbana High School, won the gold medal in the Disease Detectives event at the Illinois Science Olympiad state tournament at the University of Illinois last Saturday.

Adaeze, the daughter of Dr. Tunde and Folake Okonjo of Urbana, will compete at the national tournament in Lincoln, Nebraska, in May. Her team finished fourth overall.""",
gold=[("CMI008", "parent_of_subject")]),

dict(guid="cmi_nb_2026_0612_anniversary", pub="2026-06-12T08:00:00-05:00",
title="Aschermanns mark 50 years",
body="""Lavern and Darlene Aschermann of Monticello will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, June 14, at St. John's Lutheran Church, Bement.

Lavern Aschermann and Darlene Buhrmester were married June 12, 1976, at St. John's. He farmed near Monticello and she was a secretary at Monticello Middle School. They have three children and seven grandchildren. The couple requests no gifts.""",
gold=[("CMI017", "subject"), ("CMI018", "subject")]),

dict(guid="cmi_nb_2026_1016_choir", pub="2026-10-16T08:00:00-05:00",
title="Mother Gatewood honored for 60 years in the choir",
body="""Greater Mount Olive Missionary Baptist Church honored Mother Marvella Gatewood on Sunday for sixty years in the Voices of Praise choir.

Mrs. Gatewood, 82, joined the choir in 1966 as a young mother and still sings alto every Sunday. Her son, Deacon Lamont Gatewood, presented her with a plaque, and the choir sang "Order My Steps" in her honor.

"It was a hard summer for our family," she told the congregation. "This church carried me.\"""",
gold=[("CMI013", "subject")]),   # the son presenting the plaque is not a subject
]
