"""Warwick-Cocalico Record: community weekly (Lititz, Ephrata): schools, milestones, sports, churches; teaser
description + HTML in content:encoded. Hand labels in gold=[...]."""

ITEMS = [
dict(guid="lns_wcr_20260226_wrestling", pub="2026-02-26T09:00:00-05:00", title="Warwick's Marlin Hackman claims District 3 title at 152",
body="""Warwick junior Marlin Hackman won the District 3 Class 3A championship at 152 pounds Saturday at the Giant Center, pinning his Manheim Township opponent in the third period.

Hackman, 17, improved to 38-2 and advances to the Southcentral Regional. His parents, Travis and Kelsey Hackman, were in the stands with a bedsheet sign. Hackman's great-grandfather founded Hackman Hardware on Broad Street.""",
gold=[],
note="Teenage namesake of LNS001 Marlin Hackman Jr. (born 1950); his parents are Travis and Kelsey, not clients: nothing."),

dict(guid="lns_wcr_20260430_olympiad", pub="2026-04-30T09:00:00-04:00", title="Lititz eighth-grader wins state Science Olympiad gold",
body="""Warwick Middle School eighth-grader Chidera Ezeagu won a gold medal in the Disease Detectives event at the Pennsylvania Science Olympiad state tournament at Juniata College.

Chidera, 14, the daughter of Obinna and Chiamaka Ezeagu of Lititz, and her partner solved a mock outbreak of foodborne illness in 50 minutes. She will compete at nationals in June.""",
gold=[("LNS014", "parent_of_subject"), ("LNS015", "parent_of_subject")],
note="Child as subject named with parents."),

dict(guid="lns_wcr_20260521_anniversary", pub="2026-05-21T09:00:00-04:00", title="Hackmans to celebrate 50th anniversary",
body="""Marlin J. and Darlene M. (Eberly) Hackman of Lititz will celebrate their 50th wedding anniversary on May 29 with an open house at St. Paul Lutheran Church.

The couple were married May 29, 1976, at Lititz Moravian Church. He retired from Hackman Hardware after 40 years; she was a secretary at Warwick High School. They have three children and seven grandchildren.""",
gold=[("LNS001", "subject"), ("LNS002", "subject")],
note="Couple milestone; no Jr. written; Darlene's maiden name in parentheses."),

dict(guid="lns_wcr_20260611_pastor", pub="2026-06-11T09:00:00-04:00", title="Rev. Stauffacher marks 25 years in ministry",
body="""The Rev. Kathryn "Kate" Stauffacher, associate pastor of Lititz Moravian Congregation, will be honored Sunday for 25 years of ordained ministry.

Stauffacher came to Lititz in 2009 after serving congregations in Bethlehem and Winston-Salem. The congregation will hold a covered-dish dinner after the 10:30 a.m. lovefeast service. Members Dwight and Glenda Eshbach are organizing the dinner.""",
gold=[("LNS010", "subject")],
note="Rev. title, milestone. The Eshbachs (LNS007, LNS008) organize the dinner: nothing."),
]
