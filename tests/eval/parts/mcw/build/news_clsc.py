"""Clear Lake Shoreline Courier (weekly community paper, Clear Lake and Ventura): community, church, school and
milestone news; teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "clsc"
ITEMS = [
dict(guid="mcw_clsc_2026_0208_quilters", pub="2026-02-08T07:00:00-06:00",
title="Zion Lutheran quilters send 212 quilts to Lutheran World Relief",
body="""The Zion Lutheran Church quilting circle in Clear Lake shipped 212 quilts to Lutheran World Relief this winter, its largest shipment in 20 years.

The circle meets Tuesday mornings in the church basement. This year's quilters were Marcy Oberhauser, Priscilla Ostergaard, Joyce Heitland, Gail Pederson, Bonnie Thompson, Arlys Frank and LaDonna Meyer.

New quilters are welcome; no experience needed, the circle says, only "a good pair of scissors and a sense of humor." """,
gold=[]),

dict(guid="mcw_clsc_2026_0412_scholarships", pub="2026-04-12T07:00:00-05:00",
title="Area seniors earn North Iowa Community Foundation scholarships",
body="""The North Iowa Community Foundation announced its 2026 scholarship recipients this week.

The $10,000 Decker Memorial Scholarship went to Mason City High School senior Yesenia Quintanar, daughter of Efraín and Linda Quintanar of Mason City. Quintanar, a National Honor Society member and captain of the soccer team, plans to study nursing at the University of Iowa.

The $2,500 Lakeside Lions Scholarship went to Clear Lake senior Brody Heitland, son of Jeff and Amanda Heitland.""",
gold=[("MCW008", "parent_of_subject")]),

dict(guid="mcw_clsc_2026_0524_oberhauser_40th", pub="2026-05-24T07:00:00-05:00",
title="Oberhausers to mark 40th anniversary",
body="""Wendell "Butch" and Marcy (Schwieger) Oberhauser of Clear Lake will celebrate their 40th wedding anniversary with an open house from 2 to 4 p.m. Sunday, May 31, at Zion Lutheran Church fellowship hall.

The couple were married May 31, 1986, at St. John's Lutheran Church in Garner. Butch retired last year from Cerro Gordo County Secondary Roads; Marcy is the office manager at Clear Lake Family Dental.

Their children, Nate (Hannah) Oberhauser and Brooke Oberhauser, request no gifts.""",
gold=[("MCW006", "subject"), ("MCW007", "subject")]),

dict(guid="mcw_clsc_2026_0802_tveitbakk_award", pub="2026-08-02T07:00:00-05:00",
title="Zion's Pastor Tveitbakk receives Luther College alumni award",
body="""The Rev. Gunnar Tveitbakk, pastor of Zion Lutheran Church in Clear Lake since 2016, has received Luther College's Distinguished Service Award for his work starting the Lakes Area Food Shelf and the church's free Wednesday suppers.

The award was presented at the college's homecoming in Decorah. Tveitbakk, a 1997 Luther graduate, said the honor belongs to "the 90 volunteers who show up every Wednesday at four o'clock with a roaster pan." """,
gold=[("MCW018", "subject")]),

dict(guid="mcw_clsc_2026_0816_regatta", pub="2026-08-16T07:00:00-05:00",
title="Clear Lake Yacht Club crowns regatta champions",
body="""Light air and a late shift made for a long Saturday at the Clear Lake Yacht Club's annual regatta, but 38 boats finished all three races.

Tyler Brandvold and crew won the E-scow division; Maddie Harnack took the junior Optimist title, and the Cedar Rapids father-son team of Mike and Owen Vrba won the C-scows.

The club's fall series begins Sept. 6.""",
gold=[]),
]
