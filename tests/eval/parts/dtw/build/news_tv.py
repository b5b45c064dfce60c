"""Metro 7 Detroit: local TV station site, HTML descriptions, short web-story style. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="dtw_m7_story_20260309", pub="2026-03-09T18:15:00-04:00", title="Zion Hill's Rev. Hollowell preaches final Sunday after 35 years",
body="""DETROIT (Metro 7) - The Rev. Cornelius "Neil" Hollowell stepped down from the pulpit of Zion Hill Missionary Baptist Church on Puritan Avenue on Sunday after 35 years as its pastor.

Hollowell, 71, led the congregation through the closing of two nearby schools and built a senior housing complex next door. He and his wife, Gloria, plan to stay in their Westmoreland home.

"He buried my husband and baptized my grandbabies," said longtime member LaVerne Threadgill. "There's no replacing him." """,
gold=[("DTW019", "subject")]),

dict(guid="dtw_m7_story_20260502", pub="2026-05-02T17:40:00-04:00", title="Detroit couple married 50 years renews vows where they met: a Belle Isle dance",
body="""DETROIT (Metro 7) - Odell Dismukes Jr. and his wife Bernice, whom everybody on Pennington Drive calls Niecy, met at a Belle Isle casino dance in 1974 and married in May 1976. On Saturday they went back to renew their vows for their 50th wedding anniversary.

Dismukes, a retired Detroit firefighter, and Bernice, a retired Henry Ford Hospital nurse, raised three children in the Sherwood Forest home they still share.

"Fifty years and he still can't dance," Bernice Dismukes laughed.""",
gold=[("DTW015", "subject"), ("DTW016", "subject")]),

dict(guid="dtw_m7_story_20260619", pub="2026-06-19T07:10:00-04:00", title="Storm topples tree onto Dearborn Heights home; family unhurt",
body="""DEARBORN HEIGHTS (Metro 7) - A 90-year-old silver maple crashed through the roof of a house on Powers Avenue during Thursday's severe thunderstorm, splitting the upstairs bedroom in two.

Homeowners Hussein "Sam" Hojeij and his wife Mariam were downstairs with their two teenage sons when the tree came down. No one was hurt. "We heard a crack like a gunshot and then the ceiling was on the bed," Mariam Hojeij said.

DTE Energy reported more than 60,000 customers without power in western Wayne County. Neighbor Kaz Pawlikowski helped the family tarp the roof. "That's what you do," he said.""",
gold=[("DTW003", "subject"), ("DTW004", "subject")]),

dict(guid="dtw_m7_story_20260623", pub="2026-06-23T16:30:00-04:00", title="Detroit assistant principal named to lead Renaissance High",
body="""DETROIT (Metro 7) - Detroit Public Schools Community District on Monday named Tamika Banks, 43, the next principal of Renaissance High School.

Banks, a Renaissance graduate, has been assistant principal at Martin Luther King Jr. Senior High for six years. She takes over July 1 from Dr. Howard Fields, who is retiring.

"I walked these halls at fourteen," Banks said. "Now I get to open the doors for somebody else's fourteen-year-old." """,
gold=[("DTW018", "subject")]),

dict(guid="dtw_m7_story_20260716", pub="2026-07-16T21:05:00-04:00", title="Fire guts Ardmore Street home; retired teacher escapes with her cat",
body="""DETROIT (Metro 7) - A two-alarm fire gutted a brick colonial on Ardmore Street on Detroit's northwest side Wednesday evening. The homeowner, retired Detroit Public Schools teacher LaVerne Threadgill, 69, got out safely with her cat.

Detroit Fire Department officials said the fire started in a rear kitchen and appears accidental. The American Red Cross is helping Threadgill, who has lived in the house since 1989.

Her granddaughter set up an online fundraiser Thursday morning. "She's always the one feeding everybody," neighbor Carla Moody said. "Now it's our turn." """,
gold=[("DTW017", "subject")]),
]
