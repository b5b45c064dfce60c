"""SJV Community News - Neighborhoods & Schools (Fresno, Clovis, Sanger, Visalia, Tulare): teaser description,
HTML body. Hand-labelled: gold=[(client_id, role), ...] beside each text."""

FEED = "community"
ITEMS = [
dict(guid="fre_sjvcn_2026_0219", pub="2026-02-19T07:00:00-08:00",
     title="Mill Creek spills into south Visalia homes; families bail out after Tuesday's downpour",
     body="""VISALIA - Rosa Elena and Rigo Zamudio had lived on South Linwood Street for twenty-six years without seeing water come higher than the curb. On Tuesday night, after more than two inches of rain in three hours, it came through their front door.

"We put the photographs up on the kitchen table and then we just watched it come in," Rosa Elena Zamudio said Wednesday, as the couple and their grown sons pulled soaked carpet into the front yard. Six inches of water stood in the house for most of the night; the Zamudios are staying with a daughter in Goshen while the floors dry.

City crews said about forty homes near Mill Creek and Packwood Creek took water. Connie Borba, who has lived on West Hillsdale Avenue since 1971, said her street flooded "to the hubcaps" but her house stayed dry. "The creek wins every thirty years or so," she said.

The City of Visalia is offering free sandbags at the corporation yard on Cameron Avenue and has opened a damage-report line.""",
     # subjects: Rosa Elena (FRE014) and Rigo (FRE015) Zamudio (flood damage to their home).
     # Connie Borba (FRE013) is a quoted neighbour whose house stayed dry: nothing.
     gold=[("FRE014", "subject"), ("FRE015", "subject")]),

dict(guid="fre_sjvcn_2026_0528", pub="2026-05-28T07:00:00-07:00",
     title="Clovis North senior Kaonou Lor wins a full-ride scholarship, first in her family to go to college",
     body="""CLOVIS - When Kaonou Lor was in third grade she translated her grandmother's hospital discharge papers from English into Hmong. This fall she will start at Stanford University on a full scholarship from the Valley Futures Foundation, one of twelve awarded statewide.

Lor, 18, the daughter of Tou Yeng and Pa Houa Lor of Clovis, is valedictorian of the Clovis North High School class of 2026, captain of the robotics team and a volunteer interpreter at Clovis Community Medical Center. She plans to study bioengineering.

"My mom and dad worked two jobs each so I could do robotics after school," Lor said. "This is theirs too." The foundation will recognize its scholars at a dinner in Sacramento on June 12.""",
     # FRE008 Tou Yeng "Tony" Lor is named as the subject's father -> parent_of_subject.
     gold=[("FRE008", "parent_of_subject")]),

dict(guid="fre_sjvcn_2026_0602", pub="2026-06-02T07:00:00-07:00",
     title="From Southeast Fresno to the white coat: Fue Khang earns his pharmacy doctorate",
     body="""FRESNO - Fue Khang remembers his father studying English flash cards at the kitchen table after ten-hour shifts at a poultry plant. On Saturday, Khang, 27, received his doctor of pharmacy degree from the California Health Sciences University College of Pharmacy in Clovis, with his parents, Pao and Mai Nhia Khang of southeast Fresno, in the front row.

Khang, a graduate of Sunnyside High School and Fresno State, was one of four Hmong American students in the class of 2026. He has accepted a residency at Community Regional Medical Center and hopes to open a community pharmacy with Hmong-speaking staff.

"Half of our elders don't understand their prescriptions," Khang said. "That's the problem I want to fix." """,
     # the subject's parents Pao (FRE006) and Mai Nhia (FRE007) Khang -> parent_of_subject.
     gold=[("FRE006", "parent_of_subject"), ("FRE007", "parent_of_subject")]),

dict(guid="fre_sjvcn_2026_0605", pub="2026-06-05T07:00:00-07:00",
     title="Sanger High's 'Mr. B' hangs up his FFA jacket after 34 years",
     body="""SANGER - Ignacio "Nacho" Barragán has taught agriculture at Sanger High School since 1992, and in that time his students have raised roughly 2,600 lambs, hogs and steers, won eleven state FFA proficiency awards and, by his count, lost exactly one goat on the way to the Big Fresno Fair.

Barragán, 61, known to a generation of students as Mr. B, retires this month. He grew up in Sanger, the son of a ranch foreman, and was the first in his family to graduate from college, at Fresno State in 1987. Former students packed the school farm on Wednesday night for a tri-tip dinner in his honor.

"He'd show up at the barn at 5 a.m. if your pig was sick," said Marisol Cortez, now an ag teacher herself at Reedley High. "He never once asked if it was his job." """,
     # subject: Nacho Barragan (FRE016; retirement). (Born July 31, 1964: 61 in June 2026.)
     gold=[("FRE016", "subject")]),

dict(guid="fre_sjvcn_2026_0725", pub="2026-07-25T07:00:00-07:00",
     title="Fifty years of dancing: the Keshishians celebrate their golden anniversary",
     body="""FRESNO - Haig and Sona Keshishian met at the Holy Trinity Armenian Church picnic in 1974, when he stepped on her foot during the shourchbar. They were married at Holy Trinity on July 24, 1976, and on Saturday they will renew their vows there in front of three children, six grandchildren and, they expect, most of Fig Garden.

Haig Keshishian retired in 2014 after thirty-five years as an almond and raisin broker; Sona taught piano to some 400 Fresno children from the living room of their home on Fig Garden Drive. The couple still dance every Friday at the Armenian Community Center.

"The secret is that she forgave me for the foot," Haig said.""",
     # subjects: Haig (FRE001) and Sona (FRE002) Keshishian (golden anniversary).
     gold=[("FRE001", "subject"), ("FRE002", "subject")]),

dict(guid="fre_sjvcn_2026_1110", pub="2026-11-10T07:00:00-08:00",
     title="Fresno Hmong New Year returns to the fairgrounds Dec. 26-Jan. 1",
     body="""FRESNO - The Hmong International New Year celebration, one of the largest in the world, returns to the Fresno Fairgrounds from December 26 through January 1, organizers announced Monday. More than 100,000 visitors are expected over the seven days.

This year's organizing committee is chaired by Dr. Ka Vang and includes Pao Khang (treasurer), Nhia Blong Xiong, Mai Lor Yang, Tou Vue and Xia Lor. Events include ball-tossing, the Miss Hmong International pageant, bull fights, a qeej competition and a farmers' market of Hmong-grown produce.

Tickets are $10 a day; children under 6 are free. Parking is available at the fairgrounds' Kings Canyon Road entrance.""",
     # committee list: nothing for Pao Khang (FRE006) or Nhia Blong Xiong (FRE009).
     gold=[]),
]
