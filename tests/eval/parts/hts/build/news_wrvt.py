"""WRVT River Valley 13 (Huntington TV station) local news: HTML descriptions, short web stories. Hand-labelled."""

ITEMS = [
dict(guid="hts_wrvt-story-260318", pub="2026-03-18T18:10:00-04:00",
title="Milton man pulls neighbor from swollen Mud River",
body="""MILTON, W.Va. (WRVT) - A Milton man is being called a hero after he waded into the rain-swollen Mud River on Tuesday afternoon to pull his neighbor from a pickup truck swept off a low-water crossing.

Virgil Haynie, 69, said he heard the horn, grabbed a tow strap from his barn and tied himself to a sycamore. "I didn't think about it. You just go," Haynie told River Valley 13.

The driver, 81, was taken to St. Mary's Medical Center and is expected to recover. The Milton Volunteer Fire Department plans to honor Haynie at its April meeting.""",
gold=[("HTS016", "subject")]),

dict(guid="hts_wrvt-story-260409", pub="2026-04-09T17:45:00-04:00",
title="Marshall chemist wins national teaching and research award",
body="""HUNTINGTON, W.Va. (WRVT) - A Marshall University chemistry professor has won one of the country's top awards for young scientists who also teach.

Dr. Ximena Arriaga, who came to Marshall from the University of Guadalajara in 2012, received a National Science Foundation CAREER award of $650,000 to study water contamination from abandoned mines in southern West Virginia. The grant will pay for 15 undergraduate researchers over five years.

"Our students grew up next to these streams," Arriaga said. "They should be the ones who clean them up." """,
gold=[("HTS007", "subject")]),

dict(guid="hts_wrvt-story-260522", pub="2026-05-22T22:30:00-04:00",
title="Spring Valley wins state softball title behind Stoneking's arm",
body="""MORGANTOWN, W.Va. (WRVT) - Spring Valley is the Class AAA state softball champion.

Junior pitcher Kaitlyn Stoneking struck out 13 and allowed two hits in a 3-0 win over Wheeling Park on Friday. Stoneking, of Lavalette, finished the season 24-2 with a 0.61 ERA.

Her parents, Wendell and Patsy Stoneking, drove up for all three days of the tournament. "She's been throwing at a tire in our backyard since she was six," her father said.""",
gold=[("HTS014", "parent_of_subject"), ("HTS015", "parent_of_subject")]),

dict(guid="hts_wrvt-story-260619", pub="2026-06-19T07:20:00-04:00",
title="Clean-up begins after storm topples trees across east Huntington",
body="""HUNTINGTON, W.Va. (WRVT) - Crews from Appalachian Power worked through the night after a severe thunderstorm brought 70 mph gusts to east Huntington and Barboursville on Thursday evening. About 14,000 customers lost power at the peak.

On Crane Avenue, a 100-year-old oak came down across three yards. "It sounded like a train, and then it was over," said neighbor Imogene Fizer, who watched from her porch. No injuries were reported.

The city will pick up brush at the curb through June 30.""",
gold=[]),  # HTS017 quoted neighbour: nothing for the story (her weather outreach comes from the alert)

dict(guid="hts_wrvt-story-260811", pub="2026-08-11T06:15:00-04:00",
title="Barboursville couple escapes early-morning house fire",
body="""BARBOURSVILLE, W.Va. (WRVT) - A Barboursville couple escaped uninjured when fire broke out in the garage of their Water Street home early Tuesday.

Chet Pinson said a smoke alarm woke him and his wife, Wanda, shortly after 3 a.m. "We got out in our bare feet," Pinson said. "The house can be fixed."

The Barboursville Volunteer Fire Department had the fire out in 20 minutes. The Red Cross is helping the Pinsons while the house is repaired.""",
gold=[("HTS018", "subject")]),

dict(guid="hts_wrvt-story-260901", pub="2026-09-01T17:05:00-04:00",
title="Kenova teacher retires after 38 years, and the whole school lines the hallway",
body="""KENOVA, W.Va. (WRVT) - Students at Kenova Elementary lined the hallways Monday to clap out a teacher who started there before any of their parents were born.

Mary Beth Loudermilk taught third grade at Kenova Elementary for 38 years. She announced her retirement this summer and came back Monday for a surprise send-off organized by the PTO.

"I taught some of these kids' grandparents to do long division," Loudermilk said, laughing.""",
gold=[("HTS006", "subject")]),
]
