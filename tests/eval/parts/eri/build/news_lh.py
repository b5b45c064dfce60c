"""The Lakeshore Herald (weekly: North East, Harborcreek and Conneaut) with county community notes; teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "lh"
ITEMS = [
dict(guid="eri_lh-2026-0205", pub="2026-02-05T08:00:00-05:00", title="Wisniewskis mark 50 years",
body="""Stanley and Dorothy Wisniewski of East Ninth Street, Erie, will celebrate their 50th wedding anniversary on February 14 with a Mass at St. Stanislaus Church and a dinner for family at the Polish Falcons.

Stan and Dottie were married on Valentine's Day 1976 at St. Stanislaus. He retired from the post office; she was a secretary at East High School for 28 years. They have two sons, Mark and Stephen, and four grandchildren.""",
gold=[("ERI001", "subject"), ("ERI002", "subject")]),

dict(guid="eri_lh-2026-0402", pub="2026-04-02T08:00:00-04:00", title="Adhikari - Gurung engagement announced",
body="""Hari and Devi Adhikari of Erie announce the engagement of their daughter, Sita Adhikari, to Bikash Gurung, son of Bal and Sabitri Gurung of Pittsburgh.

The bride-to-be is a 2021 graduate of Central Career and Technical School and a 2025 graduate of Mercyhurst University, and is a registered nurse at Bayfront Regional Medical Center. Her fiance is a software engineer in Pittsburgh. A November wedding is planned in Erie.""",
gold=[("ERI011", "parent_of_subject")]),

dict(guid="eri_lh-2026-0423", pub="2026-04-23T08:00:00-04:00", title="O'Connell retires as Conneaut harbor master after 34 years",
body="""CONNEAUT, Ohio - For 34 years, the first person a lake freighter captain heard on the radio coming into Conneaut was Pat O'Connell.

That ended Friday, when O'Connell retired as the Port Authority's harbor master. Colleagues and captains filled the Conneaut Port Authority office on Broad Street for cake and a ship's bell presented by the Lake Carriers' Association.

O'Connell, 65, said he and his wife, Sharon, plan to spend more time on their own boat. "Thirty-four years of watching other people sail," he said. "Now it's our turn." """,
gold=[("ERI022", "subject")]),
# Sharon O'Connell is the roster spouse but not a client.

dict(guid="eri_lh-2026-0514", pub="2026-05-14T08:00:00-04:00", title="Corry teacher named state Teacher of the Year finalist",
body="""CORRY, Pa. - A Corry Area High School chemistry teacher is one of twelve finalists for Pennsylvania Teacher of the Year.

Mary Catherine "Kitty" Fessler, who has taught at Corry for 27 years, started the school's robotics team in a supply closet in 2009; the team has since reached the world championship three times. The Department of Education will announce the winner in December.

"Kitty makes kids believe they can build anything," said principal Ron Sturdevant.""",
gold=[("ERI019", "subject")]),

dict(guid="eri_lh-2026-0611", pub="2026-06-11T08:00:00-04:00", title="Wine Country Harvest Festival thanks sponsors and volunteers",
body="""NORTH EAST, Pa. - The North East Wine Country Harvest Festival committee thanks this year's sponsors: Marchetti Family Vineyards, Lakeshore Savings Bank, Penn Shore Grange, the North East Lions Club and Erie Insurance agents of the North East area.

Special thanks to the volunteers who ran the grape-stomp tent for three days: Len and Rita Schaaf, Bob and Anne Kuhn, Wanda Pietrzak, Gary Dombrowski and the North East High School Key Club. The festival raised $41,000 for the North East Community Library and the volunteer fire department.""",
gold=[]),
# Sponsors and volunteers lists: nothing for ERI009/ERI010 (winery sponsor) or ERI016/ERI017.
]
