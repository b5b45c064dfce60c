"""Coastal Bend Neighbors (community and school news across Nueces, San Patricio, Kleberg and Jim Wells
counties): teaser description, HTML in content:encoded. Hand-labelled."""

FEED = "nb"
ITEMS = [
dict(guid="crp_nb_2026_0527_merriweather_retires", pub="2026-05-27T07:00:00-05:00",
title="Moody High's Mrs. Merriweather closes her grade book after 35 years",
body="""LaDonna Merriweather taught English at Moody High School for 35 years, and on Friday the Trojans' band played her out of the building.

Merriweather, who started at Moody in 1991, coached the UIL literary criticism team to eleven district titles and, by her own estimate, read 14,000 essays on The Great Gatsby.

"She made me read Toni Morrison when I only wanted to read the sports page," said former student Darnell Greenleaf. Her husband, Cedric Merriweather, said the first thing on her retirement list is a trip to Ghana.""",
gold=[("CRP020", "subject")]),  # Cedric (CRP021) speaks about his wife's retirement: not the subject

dict(guid="crp_nb_2026_0512_pruneda_scholarship", pub="2026-05-12T07:00:00-05:00",
title="Carroll senior wins full ride to Rice University",
body="""Carroll High School senior Marisol Pruneda has received a full scholarship to Rice University through the QuestBridge National College Match, the first Carroll student to win one.

Marisol, the daughter of Ruben and Yolanda Pruneda of Corpus Christi, plans to study chemical engineering. She is the salutatorian of her class and captain of the Tigers' robotics team.""",
gold=[("CRP018", "parent_of_subject")]),

dict(guid="crp_nb_2026_0415_calallen_baseball", pub="2026-04-15T07:00:00-05:00",
title="Calallen sophomore throws first no-hitter of his life",
body="""Calallen sophomore Adrian Barrientos struck out 12 and walked one on Tuesday in the Wildcats' 5-0 win over Flour Bluff, the first no-hitter of his career at any level.

"I didn't know until the dugout went quiet in the sixth," said Adrian, the son of Ysidro and Paula Barrientos. Calallen coach Rusty Volkmer said the sophomore has "the best changeup I've had in 20 years." """,
gold=[("CRP022", "parent_of_subject")]),

dict(guid="crp_nb_2026_0610_kallenbach_engaged", pub="2026-06-10T07:00:00-05:00",
title="Engagements: Kallenbach - Ochs",
body="""Mr. and Mrs. Dwayne Kallenbach of Portland announce the engagement of their daughter, Kelsey Lynn Kallenbach, to Travis Ochs, son of Dale and Renee Ochs of Yorktown.

The bride-elect is a 2019 graduate of Gregory-Portland High School and Texas A&M University-Corpus Christi and teaches third grade in Portland. Her fiancé is a petroleum engineer in Corpus Christi. The couple will marry October 17 at First Baptist Church of Portland.""",
gold=[("CRP005", "parent_of_subject"), ("CRP004", "parent_of_subject")]),  # "Mr. and Mrs. Dwayne Kallenbach"

dict(guid="crp_nb_2026_0318_grand_marshal", pub="2026-03-18T07:00:00-05:00",
title="Sinton's Peggy O'Shaughnessy to lead St. Patrick's parade",
body="""Margaret "Peggy" O'Shaughnessy of Sinton, whose family came to San Patricio County with the Irish colony of 1829, will be grand marshal of Saturday's St. Patrick's Day parade through downtown Sinton.

O'Shaughnessy, who turned 86 on St. Patrick's Day itself, taught fourth grade in Sinton for 37 years. She will ride in her late husband's 1959 Ford pickup.""",
gold=[("CRP011", "subject")]),

dict(guid="crp_nb_2026_0902_quilt", pub="2026-09-02T07:00:00-05:00",
title="Coastal Bend quilters bring home ribbons from the state fair entries",
body="""Three Coastal Bend quilters placed in the preliminary judging for the State Fair of Texas quilt show announced this week.

Alice Quilt Guild member Rosa Barrera took first in appliqué. Second place in the scrappy category went to Tina Haverstock of Abilene, a retired nurse, and third in art quilts to Dee Pinson of Kingsville.""",
gold=[]),  # Tina Haverstock of Abilene: a namesake far away (CRP019 is of Alice)
]
