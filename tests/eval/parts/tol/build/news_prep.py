"""NWO Prep Report (invented high-school sports-brief feed for Northwest Ohio and Monroe County, Mich.): terse
briefs, plain text. Hand-labelled."""

FEED = "prep"
ITEMS = [
dict(guid="tol_prep_2026_0302_wrestling", pub="2026-03-02T22:40:00-05:00",
title="BG's Chmielowiec claims D-II state title at 150",
body="""COLUMBUS - Bowling Green senior Kacper Chmielowiec won the Division II state championship at 150 pounds Sunday at the Schottenstein Center, pinning Tallmadge's Owen Fisk in 3:41 to finish the season 48-1. Chmielowiec, the son of Andy and Renata Chmielowiec of Bowling Green, is the Bobcats' first state champion since 2009 and will wrestle at Ohio University. "He dedicated this one to his grandpa," coach Mike Stroh said.""",
gold=[("TOL021", "parent_of_subject"), ("TOL022", "parent_of_subject")]),

dict(guid="tol_prep_2026_0415_signing", pub="2026-04-15T21:10:00-04:00",
title="Northview's Wierzbicki signs with Toledo",
body="""SYLVANIA - Sylvania Northview catcher Tyler Wierzbicki signed a letter of intent Wednesday to play baseball at the University of Toledo. Wierzbicki, who hit .412 with 9 home runs as a junior, signed in the school library with his parents, Rick and Mary Ann Wierzbicki, at his side, and wore his late grandfather's union pipefitters' cap for the photos.""",
gold=[("TOL008", "parent_of_subject"), ("TOL007", "parent_of_subject")]),

dict(guid="tol_prep_2026_0509_clay", pub="2026-05-09T22:05:00-04:00",
title="Clay softball edges Oregon rival Cardinal Stritch 4-3",
body="""OREGON - Clay scored twice in the bottom of the seventh to beat Cardinal Stritch 4-3 Friday. Hailey Sziraki's two-out single brought home the winner. "These girls don't quit," said Clay assistant coach Joe Kolodziejczak, filling in for head coach Pam Ruiz, who was at a family wedding. Clay (18-4) hosts Perrysburg on Monday.""",
gold=[]),   # a client quoted as assistant coach -> nothing

dict(guid="tol_prep_2026_0530_monroe", pub="2026-05-30T21:30:00-04:00",
title="Monroe's Grzelak-Ruiz runs to regional 800 title",
body="""MONROE, Mich. - Monroe junior Sofia Grzelak-Ruiz won the Division 1 regional 800 meters Friday in 2:11.8, a school record, and qualified for the state finals. She is coached by her mother, Anne Grzelak-Ruiz, a former Eastern Michigan runner.""",
gold=[]),   # granddaughter of the Grzelaks, who are not named -> nothing
]
