"""Seven Mile & Five Mile Beach Times (Cape May County community paper, with an island edition): teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "smt"
ITEMS = [
dict(guid="acy_smt_2026_061", pub="2026-06-04T08:00:00-04:00", title="Court House school nurse Bridget Mulrooney retires after 32 years",
body="""CAPE MAY COURT HOUSE - Bridget Mulrooney has taken more temperatures, pulled more splinters and calmed more first-day tears than anyone at the Middle Township Elementary School, and on Friday she will take off her badge for the last time.

Mulrooney, the school nurse since 1994, was honored at a school assembly where the second grade sang a song they wrote about her. "I'm going to garden and to spoil my grandchildren," she said.""",
gold=[("ACY008", "subject")]),

dict(guid="acy_smt_2026_066", pub="2026-06-18T08:00:00-04:00", title="Engagement: Vreeland - Haskins",
body="""STONE HARBOR - Mr. and Mrs. Theodore Vreeland of Stone Harbor announce the engagement of their daughter, Caroline Vreeland, to Andrew Haskins, son of Mr. and Mrs. Paul Haskins of Haddonfield.

The bride-to-be is a graduate of Villanova University and is a physical therapist in Philadelphia. Her fiance is an architect. A September 2027 wedding is planned at St. Paul's Church, Stone Harbor.""",
gold=[("ACY024", "parent_of_subject")]),

dict(guid="acy_smt_2026_072", pub="2026-07-16T08:00:00-04:00", title="South Philadelphia woman with Ventnor roots turns 100",
body="""VENTNOR - Josephine "Josie" Della Penna of South Philadelphia, who spent seventy summers in a rented apartment on Little Rock Avenue in Ventnor, celebrated her 100th birthday on Saturday with a party at her parish hall on Passyunk Avenue.

Della Penna, born in 1926, still takes the bus to the shore every August. Her secret, she said, is "sauce on Sunday and minding my own business." """,
gold=[]),

dict(guid="acy_smt_2026_090", pub="2026-09-24T08:00:00-04:00", title="Margate's Sheila Tannenwald receives Hadassah's Woman of Valor award",
body="""MARGATE - Sheila Tannenwald, who has chaired the Margate-Ventnor Hadassah's annual book sale for 22 years, received the chapter's Woman of Valor award at its fall luncheon on Sunday.

Tannenwald, a retired librarian, dedicated the award to her late husband, Lenny, "who carried every box of books up from the basement and never once read one." The sale has raised more than $300,000 for Hadassah's hospitals.""",
gold=[("ACY002", "subject")]),
]
