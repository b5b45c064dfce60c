"""Siouxland News 9 (KSXN, a TV station site covering Yankton, Vermillion and northeast Nebraska): HTML
descriptions, short web-story style. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="ykn_ksxn_20260114_0317", pub="2026-01-14T18:20:00-06:00", title="Yankton family escapes early-morning house fire",
body="""YANKTON, S.D. (KSXN) - A Yankton couple and their two teenagers escaped without injury early Wednesday when fire broke out in the garage of their home on Walnut Street.

Wade and Tasha Nedved said a smoke alarm woke them just after 4 a.m. Yankton firefighters had the fire out within half an hour, but the garage and the kitchen above it are a total loss, and the family is staying with relatives.

"The alarm did exactly what it was supposed to do," Tasha Nedved said. A neighbor, Jo Hovorka, said she saw the glow from across the street and called 911. "By the time I got my coat on, the trucks were there," Hovorka said.""",
gold=[("YKN018", "subject"), ("YKN019", "subject")]),

dict(guid="ykn_ksxn_20260212_0422", pub="2026-02-12T17:45:00-06:00", title="Northeast Nebraska digs out after blizzard closes Highway 81",
body="""CROFTON, Neb. (KSXN) - Ranchers in Knox and Cedar counties spent Thursday digging out cattle and clearing drifts after a two-day blizzard closed Highway 81 between Yankton and Norfolk and left some county roads buried under eight-foot drifts.

"We lost power for about 20 hours, but the cows are fed and everybody's accounted for," said Denny Kathol, who farms west of Crofton. "My neighbors came over with a tractor before I even called them."

The Nebraska Department of Transportation reopened Highway 81 Thursday afternoon.""",
gold=[]),

dict(guid="ykn_ksxn_20260305_0511", pub="2026-03-05T12:10:00-06:00", title="Yankton nurse named hospital's new ICU director",
body="""YANKTON, S.D. (KSXN) - Riverview Regional Medical Center has promoted one of its own to lead its intensive care unit.

Justine Cournoyer, a Yankton native and a 2006 graduate of Yankton High School, was named director of critical care nursing on Wednesday. Cournoyer, an enrolled member of the Yankton Sioux Tribe, started at the hospital as a certified nursing assistant at 19 and earned her nursing degrees at Mount Marty while working nights.

"She has been the person everybody calls at 3 a.m. for years," said hospital president Dr. Gail Brandvold. "Now it's official." """,
gold=[("YKN017", "subject")]),

dict(guid="ykn_ksxn_20260409_0609", pub="2026-04-09T18:00:00-05:00", title="USD chemistry professor wins national teaching award",
body="""VERMILLION, S.D. (KSXN) - A University of South Dakota professor whose students make their own ink, soap and fireworks has won one of the top teaching awards in the country.

Dr. Anneliese Brekke-Olson received the American Chemical Society's national award for excellence in undergraduate teaching on Tuesday. She has taught at USD since 2008, in the same building where her late father taught chemistry for 36 years.

"He kept bees on the roof and nobody stopped him," Brekke-Olson said. "I'm just trying to keep up." """,
gold=[("YKN009", "subject")]),

dict(guid="ykn_ksxn_20260423_0688", pub="2026-04-23T17:30:00-05:00", title="Lincoln firefighter honored for rescue from burning apartment",
body="""LINCOLN, Neb. (KSXN) - Lincoln Fire and Rescue captain Trent Steffen has received the department's Medal of Valor for carrying two children out of a burning apartment building in January.

Steffen, 34, a native of Grand Island, was off duty and driving past the building when he saw smoke. "I just happened to be the first one there," he said.""",
gold=[]),

dict(guid="ykn_ksxn_20260318_0555", pub="2026-03-18T18:15:00-05:00", title="Vermillion eighth-grader heads to national spelling bee",
body="""VERMILLION, S.D. (KSXN) - Ella Steffen spelled "sauerbraten" to win the South Dakota State Spelling Bee on Saturday in Pierre, and now she is headed to Washington.

Ella, 13, an eighth-grader at Vermillion Middle School, is the daughter of Trent and Alyssa Steffen of Vermillion. She outlasted 41 spellers over 17 rounds. "We quiz her in the car," her father said. "She has started quizzing us back." """,
gold=[("YKN010", "parent_of_subject"), ("YKN011", "parent_of_subject")]),
]
