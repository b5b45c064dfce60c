"""WFTN 22 News (invented Fort Wayne TV station): local web stories, HTML descriptions. Hand-labelled."""

FEED = "wftn"
ITEMS = [
dict(guid="fwa_wftn_20260119_kirkendall_hall_of_fame", pub="2026-01-19T18:20:00-05:00", title="Fort Wayne veteran inducted into Indiana Military Veterans Hall of Fame",
body="""FORT WAYNE, Ind. (WFTN) - A Fort Wayne man who flew 212 combat missions and later led the 122nd Fighter Wing's maintenance group was inducted into the Indiana Military Veterans Hall of Fame on Saturday.

Retired Lt. Col. Desmond Kirkendall, 73, accepted the honor in Indianapolis with his wife, Margaret, at his side. Kirkendall has mentored Junior ROTC cadets at South Side High School for 15 years.""",
gold=[("FWA020", "subject")]),

dict(guid="fwa_wftn_20260223_new_haven_fire", pub="2026-02-23T06:45:00-05:00", title="New Haven couple escapes early-morning house fire",
body="""NEW HAVEN, Ind. (WFTN) - A New Haven couple escaped without injury early Monday when fire broke out in the garage of their home on Green Road.

Tad and Renee Obergfell told WFTN a smoke alarm woke them just after 3 a.m. The New Haven-Adams Township Fire Department said the garage is a total loss and the house has heavy smoke damage.

"We heard the pop and then the alarm," said neighbor Gretchen Lepper, who called 911. The Red Cross is helping the family.""",
gold=[("FWA003", "subject")]),

dict(guid="fwa_wftn_20260317_daisy_award", pub="2026-03-17T17:05:00-04:00", title="Lutheran Hospital nurse receives DAISY Award",
body="""FORT WAYNE, Ind. (WFTN) - A cardiac nurse at Lutheran Hospital has received the DAISY Award for extraordinary nursing.

Latrice Gatewood, a charge nurse in the cardiovascular ICU, was nominated by the family of a patient she sat with through a long night after open-heart surgery. Colleagues surprised her with the award at shift change Tuesday.""",
gold=[("FWA016", "subject")]),

dict(guid="fwa_wftn_20260408_gatewood_signs", pub="2026-04-08T18:10:00-04:00", title="South Side guard signs with Purdue Fort Wayne",
body="""FORT WAYNE, Ind. (WFTN) - South Side High School point guard Jaylen Gatewood is staying home.

The senior, who averaged 21 points a game this winter, signed his letter of intent with Purdue Fort Wayne on Wednesday in the school library. Jaylen is the son of Marcus and Latrice Gatewood, who sat beside him in Mastodon gold. "He's been dribbling in our kitchen since he was three," his mother said.""",
gold=[("FWA016", "parent_of_subject")]),

dict(guid="fwa_wftn_20260506_judge_sworn_in", pub="2026-05-06T17:40:00-04:00", title="New Allen Superior Court judge sworn in",
body="""FORT WAYNE, Ind. (WFTN) - Allen County has a new Superior Court judge.

Judge Philippa Oyelaran took the oath of office Wednesday in a packed courtroom at the Allen County Courthouse. Oyelaran, a former deputy public defender, was appointed by the governor to fill the seat of Judge Thomas Felger, who retired.""",
gold=[("FWA021", "subject")]),

dict(guid="fwa_wftn_20260611_storm_cleanup", pub="2026-06-11T12:15:00-04:00", title="Northeast Fort Wayne cleans up after Tuesday night's storm",
body="""FORT WAYNE, Ind. (WFTN) - Crews from Indiana Michigan Power worked through the night to restore power to about 14,000 customers after a line of severe storms tore through northern Allen County on Tuesday evening.

On Dupont Road, a large maple fell across two driveways. "It sounded like a freight train," said Wendell Bultemeier, who lives next door. No injuries were reported.""",
gold=[]),

dict(guid="fwa_wftn_20260614_threatt_anniversary", pub="2026-06-14T19:00:00-04:00", title="Southeast side pastor marks 30 years in the pulpit",
body="""FORT WAYNE, Ind. (WFTN) - Greater Mount Zion Missionary Baptist Church celebrated its pastor on Sunday.

The Rev. Lucius Threatt has led the congregation for 30 years. Under his leadership the church opened a food pantry, a tutoring program and a credit-repair clinic on Wayne Trace. Mayor's office staff presented a proclamation naming June 14 "Pastor Lucius Threatt Day." """,
gold=[("FWA012", "subject")]),

dict(guid="fwa_wftn_20260702_carmel_chili", pub="2026-07-02T16:30:00-04:00", title="Carmel cook takes top prize at state chili cook-off",
body="""INDIANAPOLIS (WFTN) - A Carmel man's smoked brisket chili took first place at the Indiana State Chili Cook-Off at the fairgrounds on Saturday.

Kurt Hockemeyer, 29, a sous chef at a Carmel steakhouse, beat 64 other cooks. He said the secret is "patience and a little coffee." """,
gold=[]),
]
