"""Berks Hometown Post: community paper (Southern Berks, Heidelberg, Hamburg editions): engagements, honors,
graduations, scouting, library news. Teaser description + HTML in content:encoded. Hand-labelled (`gold`)."""

BASE = "rdg_bhp_"
ITEMS = [
dict(guid=BASE + "2026-0212-ziemer-rahn", pub="2026-02-12T08:00:00-05:00", title="Engagement: Ziemer - Rahn",
body="""Mary Beth Ziemer of Wyomissing announces the engagement of her daughter, Caitlin Ziemer, to Joshua Rahn, son of Keith and Donna Rahn of Sinking Spring.

The bride-to-be is a 2018 graduate of Wyomissing Area High School and of Penn State Berks and is a physical therapist in West Reading. Her fiance is a Wilson graduate and a lineman for Met-Ed. A June 2027 wedding is planned at Epler's Church.""",
gold=[("RDG004", "parent_of_subject")]),

dict(guid=BASE + "2026-0409-sattazahn-lions", pub="2026-04-09T08:00:00-04:00", title="Robesonia Lions honor JoAnn Sattazahn with top award",
body="""ROBESONIA - The Robesonia Lions Club has given JoAnn Sattazahn its highest honor, the Melvin Jones Fellowship, for 30 years of running the club's eyeglass recycling drive.

Sattazahn has collected more than 40,000 pairs of glasses from boxes in banks, churches and diners across western Berks County. "I just keep asking people to look in their junk drawers," she said. Her husband, Dale, drives the boxes to the sorting center.""",
gold=[("RDG011", "subject")]),

dict(guid=BASE + "2026-0528-fulbright", pub="2026-05-28T08:00:00-04:00", title="Albright graduate wins Fulbright to teach in Spain",
body="""READING - Adrián Quiñones Echevarría, who graduated from Albright College this month with a degree in Spanish and education, has won a Fulbright English Teaching Assistant award to teach in Valencia, Spain.

Quiñones, a Reading High graduate, is the son of Héctor "Tito" Quiñones and Marisol Echevarría of Reading. He plans to become a bilingual teacher in the Reading School District when he returns.""",
gold=[("RDG005", "parent_of_subject"), ("RDG006", "parent_of_subject")]),

dict(guid=BASE + "2026-0611-gernerd-troop42", pub="2026-06-11T08:00:00-04:00", title="Hamburg Scoutmaster marks 60 years with Troop 42",
body="""HAMBURG - When Wilmer "Bud" Gernerd took over Troop 42 in 1966, the Scouts still camped in canvas tents that leaked. Sixty years and 71 Eagle Scouts later, the 85-year-old Gernerd is still at every Monday meeting.

The Hawk Mountain Council presented Gernerd with its Silver Beaver award Saturday at the troop's 60th anniversary picnic at Kaercher Creek Park.""",
gold=[("RDG010", "subject")]),

dict(guid=BASE + "2026-0702-mohnton-library", pub="2026-07-02T08:00:00-04:00", title="Mohnton library thanks donors to its children's room",
body="""MOHNTON - The Mohnton Community Library's new children's room opened Tuesday, paid for by more than 200 donors.

Gifts were received from, among others, the Mohnton Lions, Gary and Lori Brossman, Roz Mengel in memory of Luther Mengel, the Hain family, Kurt and Denise Mengel and the Governor Mifflin Education Foundation.""",
gold=[]),

dict(guid=BASE + "2026-0917-fegley-conservation", pub="2026-09-17T08:00:00-04:00", title="Shillington gardener's heirloom tomatoes win Conservation District award",
body="""SHILLINGTON - Clancy Fegley has saved seed from the same Pennsylvania Dutch paste tomato every year since 1974. On Thursday, the Berks County Conservation District named him its Backyard Conservationist of the Year.

Fegley, a retired school custodian, gives away about 3,000 seedlings each spring from his Lancaster Avenue yard. His father, the late Clarence Fegley Sr., gave him the first seeds.""",
gold=[("RDG003", "subject")]),
]
