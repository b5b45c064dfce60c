"""Gulf Coast 5 (KGCF-TV, Corpus Christi): local TV station site, short web stories, HTML descriptions.
Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="crp_kgcf_20260303_cafe_fire", pub="2026-03-03T18:20:00-06:00",
title="Fire guts Flour Bluff cafe owned by longtime couple",
body="""CORPUS CHRISTI, Texas (KGCF) - A fire early Tuesday heavily damaged El Bosque Cafe on Waldron Road in Flour Bluff, a breakfast spot that sailors from Naval Air Station Corpus Christi have frequented for 25 years.

Owners Eddie and Norma Del Bosque said the fire started in the kitchen around 3 a.m.; no one was inside. Corpus Christi Fire Department crews had it out in forty minutes.

"We'll rebuild. The migas aren't going anywhere," Eddie Del Bosque said. A neighbor, Yolanda Pruneda, who was driving to work when she saw the smoke, called 911. "I just saw flames in the window and pulled over," Pruneda said.""",
gold=[("CRP009", "subject"), ("CRP010", "subject")]),  # Pruneda (CRP018) is a bystander who called 911

dict(guid="crp_kgcf_20260412_kayak_rescue", pub="2026-04-12T19:05:00-05:00",
title="Port Aransas fishing guide pulls two kayakers from rough Gulf water",
body="""PORT ARANSAS, Texas (KGCF) - Two San Antonio kayakers are safe tonight thanks to a Port Aransas fishing guide who saw them overturn near the south jetty.

Wendell Ambrister, a guide for 30 years, was heading in with a charter when he spotted the capsized kayaks in four-foot swells. He and his deckhand pulled both men aboard and radioed the Coast Guard.

"They had life jackets on, which is the only reason this story ends well," Ambrister said. The kayakers were treated for hypothermia at the marina and released.""",
gold=[("CRP016", "subject")]),

dict(guid="crp_kgcf_20260220_allstate", pub="2026-02-20T17:45:00-06:00",
title="Kingsville lineman named to all-state team",
body="""KINGSVILLE, Texas (KGCF) - H.M. King senior offensive tackle Mateo Ozuna has been named first-team all-state by the Texas Sports Writers Association, the first Brahma lineman so honored since 1994.

Ozuna, the son of Polo and Araceli (Escamilla) Ozuna of Kingsville, has committed to play at Texas A&M University-Kingsville. "He eats more than the rest of the house combined," his father said. "Worth every tortilla." """,
gold=[("CRP013", "parent_of_subject"), ("CRP014", "parent_of_subject")]),

dict(guid="crp_kgcf_20260529_battalion_chief", pub="2026-05-29T17:30:00-05:00",
title="Corpus Christi Fire Department promotes first Westside native to battalion chief",
body="""CORPUS CHRISTI, Texas (KGCF) - A 28-year veteran of the Corpus Christi Fire Department was pinned as battalion chief on Friday.

Reginald "Reggie" Bluitt Jr., who grew up on the Westside and joined the department in 1998, will command the six stations of the department's Battalion 2. His wife, Yvonne, pinned the new badge on his uniform.

"My dad coached me to run toward the finish line," Bluitt said. "This job taught me to run toward the smoke." """,
gold=[("CRP003", "subject")]),

dict(guid="crp_kgcf_20260424_kingsville_storm", pub="2026-04-24T21:10:00-05:00",
title="Kingsville cleans up after hail and wind storm",
body="""KINGSVILLE, Texas (KGCF) - Crews in Kingsville spent Friday clearing downed limbs and power lines after a severe thunderstorm brought golf-ball-size hail and 70 mph gusts Thursday evening.

AEP Texas said about 6,000 customers lost power at the storm's peak. At St. Gertrude Catholic Church volunteers handed out water and ice. "People just showed up with coolers," said Araceli Ozuna, who helped organize the volunteers. No injuries were reported.""",
gold=[]),  # Araceli Ozuna quoted as a volunteer organizer: not the subject (weather labelled separately)

dict(guid="crp_kgcf_20260620_cookoff", pub="2026-06-20T18:00:00-05:00",
title="Corpus Christi pitmaster takes grand champion at Buc Days cook-off",
body="""CORPUS CHRISTI, Texas (KGCF) - Gil Ximenez of Corpus Christi took home the grand champion trophy at the Buc Days barbecue cook-off Saturday with a brisket he says took 16 hours and "one argument with my smoker."

Ximenez, a retired city mechanic, has entered the cook-off every year since 1999 and finished second three times.""",
gold=[]),  # CRP017 is do_not_contact
]
