"""Middle Georgia Business Chronicle: business news, plain text. Hand-labelled."""

ITEMS = [
dict(guid="mcn_mgbc_2026_0120", pub="2026-01-20T06:00:00-05:00", title="Macon law firm names Lattimore-Banks partner",
body="""Sell & Bryant LLP has named attorney Tamika Lattimore-Banks a partner in its Macon office, the first partner promotion at the firm in six years.

Lattimore-Banks, a Mercer Law graduate, leads the firm's estate planning and probate practice.""",
gold=[("MCN013", "subject")]),

dict(guid="mcn_mgbc_2026_0211", pub="2026-02-11T06:00:00-05:00", title="Ponder Hardware opens third store, in Barnesville",
body="""Ponder Hardware, the Forsyth-based family hardware chain, opened its third store Monday on Thomaston Street in Barnesville.

Owner Ellis "Trey" Ponder III, the third generation to run the business his grandfather started in 1962, said the company has added 14 jobs.""",
gold=[("MCN014", "subject")]),

dict(guid="mcn_mgbc_2026_0305", pub="2026-03-05T06:00:00-05:00", title="Charlotte bank names new chief financial officer",
body="""Piedmont Crescent Bank of Charlotte, N.C., has hired Marquis Tolbert as chief financial officer. Tolbert, 44, was previously treasurer at a Raleigh credit union and lives in Matthews, N.C.""",
gold=[]),

dict(guid="mcn_mgbc_2026_0422", pub="2026-04-22T06:00:00-04:00", title="Small Business of the Year finalists named",
body="""The Greater Macon Chamber of Commerce named five finalists for its Small Business of the Year award: Crumbley Auto Upholstery (Alvin Crumbley), Ocmulgee Outfitters, Bibb Print & Sign, Tubman Cafe and Rooks Family Dentistry. The winner will be announced May 14.""",
gold=[]),
]
