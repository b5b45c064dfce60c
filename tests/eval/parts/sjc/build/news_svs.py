"""South Valley Sentinel (Morgan Hill and Gilroy weekly; community, milestones, announcements): teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "svs"
ITEMS = [
dict(guid="sjc_svs_2026_0129_anniv", pub="2026-01-29T08:00:00-08:00", title="Nakamuras mark 50 years of marriage",
body="""Ken and June Nakamura of San Jose celebrated their 50th wedding anniversary on January 24 with a dinner for 120 friends and family at the Japanese American Museum hall in Japantown.

The couple met at a Nisei Week dance in Los Angeles in 1973 and married at Wesley United Methodist Church in 1976. Ken ran the family tofu shop on Jackson Street for forty years; June taught third grade in the Berryessa schools. They have two children and four grandchildren.""",
gold=[("SJC016", "subject"), ("SJC017", "subject")]),

dict(guid="sjc_svs_2026_0521_festa", pub="2026-05-21T08:00:00-07:00", title="Morgan Hill's Armando da Costa named grand marshal of Holy Ghost festa",
body="""The Morgan Hill Holy Ghost Society has named Armando da Costa, 78, grand marshal of this year's festa parade on June 7.

Da Costa, a retired dairyman born on Pico, has marched in the parade every year since 1968 and has cooked the sopas for the free Sunday meal for the last thirty. "My brother Joaquim should be walking next to me," he said of his brother, who died in February. "I will walk for both of us." """,
gold=[("SJC021", "subject")]),

dict(guid="sjc_svs_2026_0604_engaged", pub="2026-06-04T08:00:00-07:00", title="Engagement: Krishnamurthy - Ramírez",
body="""Raj and Priya Krishnamurthy of Cupertino and José Luis and Alicia Ramírez of Gilroy are pleased to announce the engagement of their children, Arjun Krishnamurthy and Elena Ramírez.

Arjun is a graduate of Monta Vista High School and UC Davis and is a civil engineer with Caltrans. Elena graduated from Gilroy High School and San Jose State University and teaches fourth grade in Morgan Hill. A wedding is planned for next spring in Gilroy.""",
gold=[("SJC013", "parent_of_subject"), ("SJC014", "parent_of_subject"),
      ("SJC005", "parent_of_subject"), ("SJC006", "parent_of_subject")]),

dict(guid="sjc_svs_2026_0611_scholar", pub="2026-06-11T08:00:00-07:00", title="Santa Clara I.E.S. awards first Joe Bettencourt scholarship",
body="""The Santa Clara council of the Irmandade do Espírito Santo awarded its first Joe Bettencourt Memorial Scholarship to Live Oak High School senior Gabriel Mendonca, who will study mechanical engineering at Cal Poly.

The $2,500 scholarship honors the longtime council president, who died in March. His widow, Mary Bettencourt, presented the award at the council's annual dinner.""",
gold=[]),  # a relative presenting an honour for the late client; the student is the subject -> nothing

dict(guid="sjc_svs_2026_0702_retire", pub="2026-07-02T08:00:00-07:00", title="After 38 years, Milpitas' 'Mr. Bus' retires",
body="""When VTA Route 66 pulls out of the Milpitas garage on Monday, Rudy Dela Cruz will not be behind the wheel for the first time since 1988.

Dela Cruz, 70, retired last week as the transit agency's longest-serving bus operator, with more than 1.4 million miles and no preventable accident. Coworkers lined the garage with balloons for his last run. "I drove the grandchildren of my first passengers," he said.""",
gold=[("SJC011", "subject")]),

dict(guid="sjc_svs_2026_0709_rodeo", pub="2026-07-09T08:00:00-07:00", title="Morgan Hill 4th of July parade draws record crowd",
body="""An estimated 40,000 people lined Monterey Road for Morgan Hill's Independence Day parade, the largest crowd in the event's history, organizers said.

Among the 110 entries were the Live Oak High marching band riding on a Sandhu Freight Lines flatbed, the Morgan Hill Holy Ghost Society's queens and a dozen vintage tractors. The sweepstakes trophy went to the Morgan Hill Mushroom Mardi Gras float. Parade chair Denise Carrillo thanked the 300 volunteers.""",
gold=[]),  # a client's business mentioned in a parade round-up, no life event for the owner -> nothing
]
