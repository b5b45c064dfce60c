"""Concho Valley Business Journal (invented business weekly, San Angelo): plain text. Hand-labelled."""

FEED = "cvbj"
ITEMS = [
dict(guid="sjt_cvbj_2026_0112", pub="2026-01-12T06:00:00-06:00",
title="Prickly Pear Bakehouse opens on West Beauregard",
body="""SAN ANGELO - Kendra Satterwhite spent twelve years baking at 3 a.m. for other people. On Saturday she unlocked the doors of her own place.

Prickly Pear Bakehouse, at 1420 W. Beauregard Ave., sells kolaches, sourdough, pan dulce and a prickly-pear lemon bar that sold out by 9 a.m. on opening day. Satterwhite, a San Angelo native who trained at the culinary program at Howard College, signed a five-year lease on the former insurance office and rebuilt the kitchen with a $40,000 loan from the Small Business Development Center at Angelo State.

"I wanted a place where the ranch hands and the ASU kids stand in the same line," Satterwhite said. The bakery employs six and is open Tuesday through Sunday.""",
gold=[("SJT016", "subject")]),

dict(guid="sjt_cvbj_2026_0302", pub="2026-03-02T06:00:00-06:00",
title="Concho Educators Federal Credit Union names retired colonel as CEO",
body="""SAN ANGELO - Concho Educators Federal Credit Union has a new chief executive, and he comes from the flight line rather than the teller line.

The credit union's board on Friday named Garrison "Gary" Quattlebaum, 59, president and CEO, effective April 1. Quattlebaum retired from the Air Force in 2019 as a colonel after commanding the mission support group at Goodfellow Air Force Base, and has been the credit union's chief operating officer since 2021. He succeeds Linda Marsh, who is retiring after 18 years.

The credit union has 38,000 members and $610 million in assets. "Our members are teachers, airmen and ranchers," Quattlebaum said. "They all want the same thing: to be treated like neighbors." """,
gold=[("SJT011", "subject")]),

dict(guid="sjt_cvbj_2026_0608", pub="2026-06-08T06:00:00-05:00",
title="Broughton Feed & Supply marks 75 years on South Chadbourne",
body="""SAN ANGELO - The doors still open at 6 a.m. at Broughton Feed & Supply, just as they did when Thad Broughton Sr. ran the place. The store, which began as a seed counter in 1951, celebrates its 75th anniversary this week with a customer barbecue and a 10 percent discount on deer corn.

Owner Tad Broughton Jr., who took over the day-to-day business in 2009 and became sole owner after his father's death in March, has added a pet-food aisle and a delivery truck but kept the hand-lettered price board. "Dad's rule was that nobody leaves without what they came for, even if we have to drive to Abilene to get it," Broughton said.

The store employs 14 people. Broughton's wife, Marcy, handles the books.""",
gold=[("SJT006", "subject")]),

dict(guid="sjt_cvbj_2026_0817", pub="2026-08-17T06:00:00-05:00",
title="Shannon Foundation gala raises record $1.4 million for cancer center",
body="""SAN ANGELO - The Shannon Health Foundation's Starlight Gala raised a record $1.4 million on Saturday for the expansion of the Shannon Clinic cancer center, foundation officials said.

More than 600 guests attended the event at the McNease Convention Center. Presenting sponsors included Concho Educators Federal Credit Union, Pecan Bayou Wealth Partners and First Financial Bank. Individual benefactors listed in the program included Alphonso and Bernice Threadgill, Leon and Jo Ann Hoelscher, Dr. Samuel Okonjo, and Ramiro and Lola Ochotorena.

The foundation's chairwoman, Patricia Voss, said the money will pay for a second linear accelerator.""",
gold=[]),

dict(guid="sjt_cvbj_2026_0914", pub="2026-09-14T06:00:00-05:00",
title="Mertzon ranch couple named Irion County Conservation Ranchers of the Year",
body="""MERTZON - Doyle and Luanne Haberstroh have spent twenty years clearing cedar and mesquite from the Spring Creek ranch Luanne's grandfather homesteaded. On Thursday the Middle Concho Soil and Water Conservation District named them Irion County's Conservation Ranchers of the Year.

The Haberstrohs run about 400 ewes and a herd of Angus cows and have restored three springs that had been dry since the 1950s drought. "Daddy always said the land would tell us what it needed if we'd shut up and listen," Luanne Haberstroh said. Her father, Cecil Kuykendall, died in June.

The couple will be honored at the district's banquet in October and are nominated for the statewide award.""",
gold=[("SJT019", "subject"), ("SJT018", "subject")]),
]
