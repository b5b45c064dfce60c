"""The Northport-Tuscaloosa Community Voice (invented community weekly: schools, churches, milestones):
teaser description + HTML in content:encoded. Hand-labelled."""

FEED = "ncv"
ITEMS = [
dict(guid="tcl_ncv_2026_02_26_truman", pub="2026-02-26T08:00:00-06:00",
title="UA junior named Truman Scholar",
body="""A University of Alabama junior from Tuscaloosa has won a 2026 Truman Scholarship, one of about 60 awarded nationally.

Kinsley Lollar, a political science and economics major, is the daughter of Dr. Everett and Priscilla Lollar of Tuscaloosa. She plans to study public health policy and work on rural hospital access in the Black Belt.

Lollar is a graduate of Paul W. Bryant High School.""",
gold=[("TCL008", "parent_of_subject"), ("TCL009", "parent_of_subject")]),

dict(guid="tcl_ncv_2026_04_28_habitat", pub="2026-04-28T08:00:00-05:00",
title="Habitat for Humanity dedicates its 200th Tuscaloosa home",
body="""Habitat for Humanity of Tuscaloosa dedicated its 200th home on Saturday, a three-bedroom house on 31st Street East built for the Hughes family.

Sponsors of this year's build included Cottondale Baptist Church, the Rotary Club of Tuscaloosa, Sue Ellen Burkhalter, Wendell and Imogene Shirah, and Latrice Woolfolk in memory of her grandmother.

Volunteers worked eleven Saturdays on the house. The keys were handed over by Habitat board president Carla Dunn.""",
gold=[]),

dict(guid="tcl_ncv_2026_05_06_nursing", pub="2026-05-06T08:00:00-05:00",
title="First in her family: Yesenia Arriaga earns UA nursing degree",
body="""When Yesenia Arriaga walks across the stage at Coleman Coliseum on Saturday, she will be the first person in her family to finish college.

Arriaga, 22, earned her bachelor's degree in nursing from the University of Alabama's Capstone College of Nursing and has accepted a job in the neonatal intensive care unit at DCH. She is the daughter of Jesús and Maricela Arriaga, owners of Panadería La Tuscalusa, where she has worked the 5 a.m. shift on weekends since she was fourteen.

"My parents got up at 3 a.m. every day so I could do this," she said.""",
gold=[("TCL010", "parent_of_subject"), ("TCL011", "parent_of_subject")]),

dict(guid="tcl_ncv_2026_06_02_stillman", pub="2026-06-02T08:00:00-05:00",
title="Stillman College names new dean of arts and sciences",
body="""Stillman College has named a longtime faculty member to lead its School of Arts and Sciences.

Dr. Adaeze Okonkwo-Battle, a professor of biology who joined Stillman in 2012, will become dean on July 1. She has led the college's summer research program for high-school students from Greene, Hale and Sumter counties.

"Dr. Okonkwo-Battle has brought more students into science than anyone in our history," said the Rev. Alphonso Pettway Jr., chairman of the board of trustees.""",
gold=[("TCL018", "subject")]),

dict(guid="tcl_ncv_2026_07_06_birthday", pub="2026-07-06T08:00:00-05:00",
title="West End celebrates Mother Tempie Lyles at 80",
body="""Mother Tempie Lyles turned 80 on July 2, and on Sunday it seemed the whole West End came to Greater Mount Zion Missionary Baptist Church to tell her happy birthday.

Mrs. Lyles, a retired school cafeteria manager, has taught the church's youth Sunday school class since 1971. Her former students, some of them now grandparents, filled three rows and sang "This Little Light of Mine" while she blew out the candles.""",
gold=[("TCL020", "subject")]),
]
