"""Local news for the sdk part (Erie County, Ohio). Hand-labelled (`gold=` beside each text).

TV: Firelands 10 (WFRL) News, a local TV station site, HTML descriptions.
WK: The Firelands Beacon, a community weekly (Huron, Milan, Vermilion, Castalia), teaser + content:encoded.
"""

TV = [
dict(guid="sdk_tv_20260205_promotion", pub="2026-02-05T17:30:00-05:00",
title="Sandusky's Marisol Ortiz Delgado named plant manager at Bayshore Components",
body="""SANDUSKY - Bayshore Components has named Marisol Ortiz Delgado plant manager of its Tiffin Avenue brake-parts plant, the company said Thursday.

Ortiz Delgado, a Sandusky High School and BGSU Firelands graduate, started on the plant floor in 2003 and becomes the first woman to run the 400-worker plant.

"She knows every press on that floor," said company president Alan Reiter.""",
gold=[("SDK019", "subject")]),

dict(guid="sdk_tv_20260312_fire", pub="2026-03-12T22:10:00-04:00",
title="Fire destroys garage, damages home on Kelleys Island",
body="""KELLEYS ISLAND - A fire late Wednesday destroyed a detached garage and damaged the home of Doug and Pat Heyman on West Lakeshore Drive.

The island's volunteer fire department was on scene within minutes. Nobody was hurt, but the couple lost a boat and most of their tools.

"We got out with the dog and the clothes on our backs," Doug Heyman said. Neighbors have started a fund at the island's general store.""",
gold=[("SDK020", "subject")]),

dict(guid="sdk_tv_20260415_pfanners", pub="2026-04-15T18:00:00-04:00",
title="Pfanner's Marine marks 50 years on Sandusky Bay",
body="""SANDUSKY - When Warren Pfanner's father opened a two-slip boat repair on Meigs Street in 1976, Sandusky Bay was crowded with perch boats.

Fifty years later Pfanner's Marine has 120 slips, a service barn and a third generation behind the counter. Warren Pfanner, who has owned the business since 1989, and his wife Gail will host an anniversary open house Saturday.

"Half our customers are the grandkids of Dad's first customers," Pfanner said.""",
gold=[("SDK016", "subject")]),

dict(guid="sdk_tv_20260520_cleanup", pub="2026-05-20T12:00:00-04:00",
title="Vermilion cleans up after overnight wind gusts topple trees",
body="""VERMILION - Crews spent Wednesday morning clearing downed limbs along Liberty Avenue after gusts near 50 mph swept in off the lake overnight.

"It sounded like a freight train for about ten minutes," said Jerry Zieroff, who was out with a chainsaw helping a neighbor clear a driveway. "Everybody on the street came out to help."

Ohio Edison said about 1,800 customers lost power; most were restored by noon.""",
gold=[]),  # quoted bystander; no damage to the Zieroffs reported

dict(guid="sdk_tv_20260610_trapshoot", pub="2026-06-10T19:00:00-04:00",
title="Huron man takes state trapshooting crown",
body="""Craig Mutchler of Huron, South Dakota, won the South Dakota State Trapshoot's doubles championship over the weekend, breaking 98 of 100 targets.

Mutchler, a 41-year-old grain elevator manager, said he first shot trap at the Beadle County fairgrounds as a boy.""",
gold=[]),  # namesake in Huron, S.D.; SDK022 lives in Huron, Ohio and is 66

dict(guid="sdk_tv_20260908_melon", pub="2026-09-08T17:00:00-04:00",
title="Huron woman's melon pie takes top prize at Milan Melon Festival",
body="""MILAN - Nadine Whitcomb-Feller of Huron took the blue ribbon in the Milan Melon Festival's pie contest Sunday with a cantaloupe cream pie from her late mother's recipe card.

Judges Rev. Philip Kessling of Sandusky and Rosemarie Orshefsky of Milan tasted 23 entries. "It wasn't close," Orshefsky said.

The festival drew an estimated 30,000 visitors over Labor Day weekend.""",
gold=[("SDK011", "subject")]),

dict(guid="sdk_tv_20260902_library", pub="2026-09-02T18:30:00-04:00",
title="Sandusky Library's children's wing campaign reaches $2 million goal",
body="""SANDUSKY - The Sandusky Library Foundation says it has reached its $2 million goal for a new children's wing, a year ahead of schedule.

Major gifts came from the Cedar Fair retirees' association, the Hoffacker family, Tony and Mary Beth Sciarappa, and Pfanner's Marine. Construction begins in the spring.""",
gold=[]),  # donor list
]

WK = [
dict(guid="sdk_wk_2026_0114_anniversary", pub="2026-01-14T08:00:00-05:00",
title="Hoffackers to mark 60th anniversary",
body="""Len and Phyllis (Brugnone) Hoffacker of Sandusky will celebrate their 60th wedding anniversary Jan. 22 with a family dinner.

The couple were married Jan. 22, 1966, at Sts. Peter and Paul Church. He retired from the Sandusky Register's press room; she was a school secretary at Hancock Elementary. They have two sons and five grandchildren.""",
gold=[("SDK001", "subject"), ("SDK002", "subject")]),

dict(guid="sdk_wk_2026_0211_birth", pub="2026-02-11T08:00:00-05:00",
title="Births: Vogelsang",
body="""Curt and Amber Vogelsang of Castalia announce the birth of a son, Everett James, born Jan. 30 at Firelands Regional Medical Center. He weighed 8 pounds, 2 ounces.

Grandparents are Dale and Terri Vogelsang of Castalia and Rick and Jolene Reinhart of Bellevue.""",
gold=[("SDK012", "subject"), ("SDK013", "subject")]),

dict(guid="sdk_wk_2026_0408_scholar", pub="2026-04-08T08:00:00-04:00",
title="Vermilion senior named Ohio Scholar finalist",
body="""Emma Zieroff, a senior at Vermilion High School, has been named a finalist for the Ohio Governor's Scholar award, one of 40 students statewide.

Emma, who plans to study marine biology at Ohio State, is the daughter of Jerry and Karen Zieroff of Vermilion. She is captain of the Sailors' swim team and volunteers at the Vermilion River reservation.""",
gold=[("SDK004", "parent_of_subject"), ("SDK005", "parent_of_subject")]),

dict(guid="sdk_wk_2026_0527_retires", pub="2026-05-27T08:00:00-04:00",
title="After 34 years, Huron's Ms. Eckstein closes her chemistry lab",
body="""When the last bell rings at Huron High School on June 4, chemistry teacher Joyce Eckstein will retire after 34 years in the same classroom.

Eckstein, a Huron graduate herself, started the school's Science Olympiad team in 1995 and took it to state nine times. Former students plan a surprise reception at the Huron Boat Basin on June 6.""",
gold=[("SDK017", "subject")]),

dict(guid="sdk_wk_2026_0715_volunteer", pub="2026-07-15T08:00:00-04:00",
title="Kalizewski named Bay Volunteer of the Year",
body="""The Sandusky Bay Conservancy has named Ted Kalizewski of Sandusky its 2026 Volunteer of the Year.

Kalizewski, 71, has led the Saturday shoreline clean-up crew since 2011 and has logged more than 3,000 volunteer hours pulling tires and fishing line out of the bay. He will be honored at the conservancy's dinner Aug. 8.""",
gold=[("SDK014", "subject")]),

dict(guid="sdk_wk_2026_0902_historical", pub="2026-09-02T08:00:00-04:00",
title="Milan Historical Society honors the late Harold Buckenmeyer",
body="""The Milan Historical Society on Sunday dedicated its restored corn crib exhibit to the late Harold Buckenmeyer, the Mason Road farmer who donated it and spent two summers restoring it before his death in June.

His wife, Ilene Buckenmeyer, accepted the plaque on behalf of the family. "He would have been embarrassed by the fuss," she said.

Also recognized were volunteers Rosemarie Orshefsky and Evelyn Rauscher's grandson, Tyler Rauscher.""",
gold=[]),  # posthumous honour of a deceased client, accepted by his widow; volunteers listed
]
