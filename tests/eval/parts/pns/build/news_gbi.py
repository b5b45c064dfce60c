"""The Gulf Breeze Islander & Santa Rosa Neighbors (community weekly for Gulf Breeze, Navarre, Pace and Milton,
with a schools page that also covers Pensacola): teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "gbi"
ITEMS = [
dict(guid="pns_gbi_2026_0110_fairbairn_50th", pub="2026-01-10T08:00:00-06:00",
title="Navarre couple marks 50 years of marriage",
body="""NAVARRE - Gus and Doreen Fairbairn of Navarre celebrated their 50th wedding anniversary on January 3 with a fish fry for 120 friends at the Navarre Beach pavilion.

The couple met at a Pensacola Junior College dance in 1974 and married at First Baptist Church of Milton on January 3, 1976. Gus retired from Eglin Air Force Base as a civilian engineer; Doreen taught kindergarten in Santa Rosa County for thirty years. They have two children and four grandchildren.""",
gold=[("PNS016", "subject"), ("PNS017", "subject")]),

dict(guid="pns_gbi_2026_0526_ladoucette_retires", pub="2026-05-26T08:00:00-05:00",
title="Madame Ladoucette says au revoir after 34 years at Gulf Breeze High",
body="""GULF BREEZE - Generations of Gulf Breeze High School students learned to conjugate "être" from the same teacher. On Friday, she taught her last class.

Celestine Ladoucette, who has taught French at Gulf Breeze High since 1992, is retiring at the end of the school year. Her students have won 41 state titles at the Florida French competition, and she has taken more than 600 of them to Quebec City and Paris.

"She made us believe Pensacola was a French town first, and she was right," said former student Lt. Cmdr. Amy Ruiz. Ladoucette and her husband, Thornton, plan to spend the fall in Lafayette, Louisiana, where she has family.""",
gold=[("PNS005", "subject")]),

dict(guid="pns_gbi_2026_0922_hall_of_fame", pub="2026-09-22T08:00:00-05:00",
title="Escambia sports hall of fame inducts mill league pitching legend",
body="""PENSACOLA - The late Wendell Ashburne, who pitched fast-pitch softball for the Cantonment paper mill team for twenty years and struck out more than 4,000 batters, was inducted into the Escambia County Sports Hall of Fame on Saturday.

Ashburne died in May at 86. His widow, Inez Ashburne, accepted the plaque on his behalf, joined by their sons and grandsons. "He'd have said they should have given it to the catcher," she said.""",
gold=[]),  # posthumous honour accepted by the widow: no outreach

dict(guid="pns_gbi_2026_1112_grandberry_signs", pub="2026-11-12T08:00:00-06:00",
title="Catholic High's Grandberry signs with UWF baseball",
body="""PENSACOLA - Pensacola Catholic High School shortstop Jaylen Grandberry signed his national letter of intent Wednesday to play baseball at the University of West Florida.

Grandberry hit .412 as a junior and was named to the all-area first team. He is the son of Leon and Tommie Grandberry of Pensacola; his late grandfather, Deacon Leon Grandberry Sr., coached him in the backyard in Atmore. "He promised Granddaddy he'd stay close to home," his mother said.""",
gold=[("PNS022", "parent_of_subject")]),
]
