"""NewsWatch 11 Northeast Wisconsin (local TV station site), HTML descriptions. Hand-labelled."""

FEED = "nw11"
ITEMS = [
dict(guid="grb_nw11-2026-20417", pub="2026-02-20T18:10:00-06:00", title="Fire destroys Seymour-area farmhouse; family and dog safe",
body="""TOWN OF OSBORN (NewsWatch 11) - A fire early Thursday destroyed a farmhouse on Highway 54 west of Seymour. Kevin and Michelle Pankratz and their dog got out safely after a smoke alarm woke them around 3 a.m., the Seymour fire chief said.

Crews from Seymour, Black Creek and Oneida fought the fire in below-zero temperatures. The cause appears to be an electrical problem in the attached garage.

"Shelly called me from the driveway in her pajamas," said neighbour Debbie Kanasawe, who drives the morning school-bus route past the farm. "The whole sky was orange." A fund to help the Pankratz family has been set up at the Seymour Community Credit Union.""",
gold=[("GRB022", "subject"), ("GRB021", "subject")]),

dict(guid="grb_nw11-2026-21503", pub="2026-05-18T17:45:00-05:00", title="De Pere junior wins state track title in her first season",
body="""DE PERE (NewsWatch 11) - Lily Van Lanen had never run a race longer than a mile until last August. On Saturday the De Pere High School junior won the WIAA Division 1 state title in the 3,200 meters at the track championships in La Crosse, in 10 minutes 31 seconds, a school record.

Lily is the daughter of Tom and Kathy Van Lanen of De Pere. "She used to hate running," her mother said. "Then a friend dared her to try out." """,
gold=[("GRB015", "parent_of_subject"), ("GRB014", "parent_of_subject")]),

dict(guid="grb_nw11-2026-22018", pub="2026-06-26T17:30:00-05:00", title="Green Bay couple marks 50 years - and 50 Lambeau home openers",
body="""GREEN BAY (NewsWatch 11) - Len and Joan Vandenhouten were married on June 26, 1976, at St. Willebrord Church. Joan, the former Joan DeBaker, says the honeymoon was cut short for a Packers preseason game. They have not missed a home opener since.

The couple will celebrate their 50th anniversary with family at a booyah picnic this weekend at their home on Finger Road. They have three children and seven grandchildren.""",
gold=[("GRB001", "subject"), ("GRB002", "subject")]),

dict(guid="grb_nw11-2026-22951", pub="2026-08-12T18:00:00-05:00", title="Police: Kaukauna man, 82, lost $40,000 to 'grandson in jail' phone scam",
body="""KAUKAUNA (NewsWatch 11) - Kaukauna police are warning seniors after an 82-year-old man lost $40,000 in a phone scam. Police said Gerald Wiedenhoeft received a call from a man claiming to be his grandson, who said he had been jailed after a car crash and needed bail money. Wiedenhoeft handed cash to a courier at his door on two occasions.

A 23-year-old Milwaukee man was arrested Tuesday and faces theft-by-fraud charges. "Hang up and call a family member," Sgt. Amy Lamers said.""",
gold=[]),

dict(guid="grb_nw11-2026-23640", pub="2026-09-24T17:50:00-05:00", title="Oneida Nation honours longtime language teacher",
body="""ONEIDA (NewsWatch 11) - Randy Kanasawe has spent 30 years teaching the Oneida language to children who, in many cases, were the first in their families in three generations to speak it. On Wednesday the Oneida Nation honoured him with its lifetime educator award at the Norbert Hill Center.

Kanasawe, 64, started as a teacher's aide at the tribal school in 1996. His wife, Debbie, and their grandchildren were in the audience. The emcee was Oneida Business Committee member Lorraine Skye.""",
gold=[("GRB011", "subject")]),
]
