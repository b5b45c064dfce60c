"""Grand River Business Journal (weekly business paper, plain text). Hand-labelled."""

ITEMS = [
dict(guid="grr_biz_2026_0112", pub="2026-01-12T07:00:00-05:00", title="Kooistra Millwork marks 50 years in Ada",
body="""Kooistra Millwork, the custom cabinet and trim shop on Fulton Street in Ada, is celebrating its 50th anniversary this month.

Owner Brian Kooistra, who took over from his father in 1998, has grown the company to 64 employees and a second plant in Lowell. The company will host an open house Jan. 24.""",
gold=[("GRR021", "subject")]),

dict(guid="grr_biz_2026_0209", pub="2026-02-09T07:00:00-05:00", title="Lakeshore Community Bank promotes Haveman to vice president of commercial lending",
body="""Lakeshore Community Bank has promoted Megan Haveman to vice president of commercial lending.

Haveman, who joined the Holland-based bank in 2012, will lead its lending to manufacturers in Ottawa and Allegan counties. She is a graduate of Hope College.""",
gold=[("GRR022", "subject")]),

dict(guid="grr_biz_2026_0316", pub="2026-03-16T07:00:00-04:00", title="Hoekstra retires after 30 years leading Grandville tool-and-die shop",
body="""Case Hoekstra Jr. is retiring as president of Hoekstra Precision Tool & Die in Grandville at the end of March, after 30 years at its helm.

His son, Cornelius Hoekstra III, becomes president. The company, founded by Hoekstra's father in 1966, makes stamping dies for automotive suppliers.""",
gold=[("GRR003", "subject")]),

dict(guid="grr_biz_2026_0420", pub="2026-04-20T07:00:00-04:00", title="ArtPrize 2026 announces founding sponsors and community donors",
body="""ArtPrize organizers announced this week the donors who underwrote this fall's return of the citywide competition.

Community donors at the $5,000 level include Brian Kooistra, Dorothy and Stanley Wisniewski, the Van Andel family office and Lakeshore Community Bank. The competition runs Sept. 17 to Oct. 3.""",
gold=[]),

dict(guid="grr_biz_2026_0504", pub="2026-05-04T07:00:00-04:00", title="Hispanic Chamber names La Estrella owner Businesswoman of the Year",
body="""The West Michigan Hispanic Chamber of Commerce has named Rosa Elena Castillo, owner of La Estrella Bakery on Grandville Avenue, its 2026 Businesswoman of the Year.

Castillo took over the bakery her late father opened in 1979 and added a tortilleria and catering kitchen. She will be honored at the chamber's gala May 21.""",
gold=[("GRR010", "subject")]),

dict(guid="grr_biz_2026_0518", pub="2026-05-18T07:00:00-04:00", title="Start Garden pitch night crowns Muskegon battery startup",
body="""A Muskegon startup that recycles e-bike batteries won the $20,000 top prize at Start Garden's spring pitch night Thursday.

Judges included Jake DeVries, a Rockford software executive, and Derek Bouwkamp of Kentwood. Eight companies pitched to a crowd of 400.""",
gold=[]),
]
