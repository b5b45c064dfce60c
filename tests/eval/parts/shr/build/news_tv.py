"""KXLB 4 News (Billings, Mont., with a Sheridan bureau): local TV station site, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="shr_kxlb_2026_0509_ranchester-fire", pub="2026-05-09T18:40:00-06:00", title="Fire destroys Ranchester home; couple escapes with their dog",
body="""RANCHESTER, Wyo. - A Ranchester couple escaped with their dog and little else early Saturday when fire destroyed their home on Dayton Street.

Vince and Loretta D'Arcangelo woke to the smoke alarm shortly after 3 a.m. and got out through a bedroom window, the Sheridan County Fire Warden's office said. Neither was hurt. The house, which Vince D'Arcangelo's grandfather built in 1921, was a total loss.

Crews from Ranchester, Dayton and Banner responded. "By the time we got there the roof was fully involved," said Banner volunteer fire chief Gid Marchbanks. "They did everything right: they got out and stayed out." The cause is under investigation.""",
gold=[("SHR004", "subject")]),  # Loretta is not a client; Gid Marchbanks is the quoted fire chief

dict(guid="shr_kxlb_2026_0531_state-track", pub="2026-05-31T21:10:00-06:00", title="Sheridan junior runs away with state 1600 title",
body="""CASPER, Wyo. - Sheridan High School junior Maren Ellingboe won the Class 4A girls' 1600 meters at the Wyoming state track meet Saturday in 4:58.21, the fastest time in the state this season.

Ellingboe, the daughter of Toby and Kirsten Ellingboe of Sheridan, led from the second lap. She also placed second in the 3200. "I just wanted to make it hurt for everybody else," she said.""",
gold=[("SHR013", "parent_of_subject"), ("SHR014", "parent_of_subject")]),

dict(guid="shr_kxlb_2026_0614_black-mountain", pub="2026-06-14T16:25:00-06:00", title="Searchers carry injured hiker off Black Mountain",
body="""SHERIDAN, Wyo. - Sheridan County Search and Rescue carried an injured hiker more than two miles down the Black Mountain trail in the Bighorns on Saturday night.

Toby Ellingboe, 42, of Sheridan broke his lower leg when a rock shifted under him near the lookout, the sheriff's office said. His hiking partner called for help at about 4 p.m. A team of fourteen volunteers reached him before dark and brought him out on a wheeled litter just after midnight. He was taken to Sheridan Memorial Hospital and is expected to recover.""",
gold=[("SHR013", "subject")]),

dict(guid="shr_kxlb_2026_0715_hail", pub="2026-07-15T12:05:00-06:00", title="Hail the size of baseballs batters Sheridan; body shops booked into September",
body="""SHERIDAN, Wyo. - Tuesday evening's storm dropped hail up to 2.75 inches across Sheridan and Big Horn, smashing windshields, shredding gardens and stripping leaves from the trees along Big Goose Creek.

Body shops said they were booked into September. "I had tomatoes the size of my fist yesterday, and today I have hail the size of my fist," said Mary Beth Wojtaszek, who has gardened on Lewis Street for fifty years. Sheridan Memorial Hospital treated two people for minor cuts from broken glass.

The city's street department said crews will collect storm debris left at the curb through next Friday.""",
gold=[]),  # bystander quoted in a storm story (the storm itself is the weather alert)

dict(guid="shr_kxlb_2026_0824_crow-fair", pub="2026-08-24T19:30:00-06:00", title="Sheridan beadworker takes best of show at Crow Fair",
body="""CROW AGENCY, Mont. - A beaded cradleboard that took two winters to make won best of show in the arts and crafts competition at this year's Crow Fair.

Charlene Stands Twice of Sheridan, who learned beadwork from her late mother, Lucille, made the cradleboard for her first granddaughter. The judges called its floral work "a lesson in patience." Stands Twice said she will give the prize money to the Lodge Grass language program where her mother taught.""",
gold=[("SHR010", "subject")]),
]
