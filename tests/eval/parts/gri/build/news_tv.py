"""Heartland 10 (KHTL, Grand Island / Hastings / Kearney TV station) local news site: HTML descriptions, short
web-story style. Hand-labelled."""

ITEMS = [
dict(guid="gri_khtl-20260102-0007", pub="2026-01-02T11:15:00-06:00", title="Kearney welcomes its first baby of 2026",
body="""KEARNEY, Neb. (KHTL) - The first baby born in Kearney this year arrived just 41 minutes after midnight on New Year's Day.

Harper Jo Wolfgram, 7 pounds 4 ounces, was born at CHI Health Good Samaritan to Travis and Kelsey Wolfgram of Kearney. Travis Wolfgram said the family had been hoping for a Christmas baby. "She decided to make her own entrance," he said.

The hospital's auxiliary presented the family with a basket of gifts and a handmade quilt.""",
gold=[("GRI021", "subject")]),

dict(guid="gri_khtl-20260218-0151", pub="2026-02-18T17:40:00-06:00", title="Grand Island market owner opens second store in Hastings",
body="""GRAND ISLAND, Neb. (KHTL) - The owner of a Grand Island market that began as a single aisle of spices and halal meat is expanding to Hastings.

Abdiaziz Hirsi opened Juba Halal Market on West Fourth Street in 2017. On Tuesday he signed the lease on a second store on Second Street in downtown Hastings, which he plans to open in April with eight employees.

"Grand Island gave my family a start," Hirsi said. "Hastings has many families who drive here every Saturday. Now we go to them." """,
gold=[("GRI015", "subject")]),

dict(guid="gri_khtl-20260402-0288", pub="2026-04-02T18:05:00-05:00", title="Kearney bank names new president",
body="""KEARNEY, Neb. (KHTL) - Buffalo Valley Bank has promoted its longtime senior lender to president.

Jerry Oltmanns, who joined the bank in 1991 as an agricultural loan officer, will take over May 1, the board announced Thursday. Oltmanns succeeds Carol Eberle, who is retiring after 14 years as president.

"Jerry knows every farm in this county, and most of the tractors on them," Eberle said.""",
gold=[("GRI006", "subject")]),

dict(guid="gri_khtl-20260615-0420", pub="2026-06-15T07:20:00-05:00", title="Hail shreds siding, cars across north Grand Island",
body="""GRAND ISLAND, Neb. (KHTL) - Residents of north and west Grand Island spent Monday morning sweeping up shingles and broken glass after Sunday night's storm dropped hail up to the size of golf balls.

"It sounded like somebody was emptying a gravel truck on the roof," said Dale Brabander, who lives off Capital Avenue. Down the street, Duane Ruhter counted eleven holes in his pickup's hood.

The city's storm debris drop-off site at the Northeast Utilities yard will be open through Saturday.""",
gold=[]),

dict(guid="gri_khtl-20260710-0501", pub="2026-07-10T16:45:00-05:00", title="Fire damages Kearney home; family and dog safe",
body="""KEARNEY, Neb. (KHTL) - A fire that started in an attached garage heavily damaged a home on East 39th Street early Friday.

The home belongs to Pat and Mary Jo Sughroue. Kearney Volunteer Fire Department Chief Randy Laux said the couple were awakened by smoke alarms and got out with their dog before crews arrived. No one was hurt.

The Sughroues are staying with family while the house is repaired. The cause is under investigation.""",
gold=[("GRI008", "subject"), ("GRI007", "subject")]),

dict(guid="gri_khtl-20260812-0577", pub="2026-08-12T21:30:00-05:00", title="Hastings teen's cherry pie takes grand champion at Adams County Fair",
body="""HASTINGS, Neb. (KHTL) - Fourteen-year-old Addison Kort of Hastings won grand champion in the open-class pie division at the Adams County Fair on Wednesday with a lattice-top cherry pie.

Judges Dottie Schimmer and LeRoy Wiese, both longtime fair volunteers, said the crust was the deciding factor. "You could hear it crackle," Schimmer said.""",
gold=[]),

dict(guid="gri_khtl-20260919-0633", pub="2026-09-19T18:10:00-05:00", title="Grand Island's La Fogata celebrates 25 years",
body="""GRAND ISLAND, Neb. (KHTL) - La Fogata, the family restaurant on West Faidley Avenue, is celebrating 25 years in business this weekend with free horchata and a mariachi band in the parking lot.

Owners Ramiro and Connie Villalpando opened La Fogata in 2001 in a former Dairy Queen with six tables. It now seats 140 and employs 32 people, several of them grandchildren.

"My father-in-law told us a restaurant would fail in a year," Connie Villalpando said. "He ate here every Sunday for twenty-four years." """,
gold=[("GRI018", "subject"), ("GRI017", "subject")]),
]
