"""The Hockley County Ledger (weekly, Levelland): small-town obituaries, plain text, 'Name' titles. Hand-labelled."""

FEED = "hcl"
ITEMS = [
dict(guid="lbb_hcl_obit_2026_0104", pub="2026-01-08T07:00:00-06:00", title="Otis Leon Whitsett",
body="""Otis Leon Whitsett, 83, of Sundown passed away Sunday, Jan. 4, 2026, at his home.

Otis roughnecked in the Slaughter Field as a young man and later pumped leases for Amoco until he retired. He loved dominoes at the Sundown senior center and a good cup of coffee at the Allsup's.

Survivors include his wife, Darlene; two daughters, Tonya Birdwell of Sundown and Misty Reyna of Lamesa; and six grandchildren.

Services were held Wednesday at Sundown First Baptist Church with Bro. Buddy Tankersley officiating. Pallbearers were Royce Pevehouse, Jimmy Birdwell, Cole Reyna, Danny Hobbs, Ray Ochoa and Chance Whitsett.""",
gold=[]),

dict(guid="lbb_hcl_obit_2026_0219", pub="2026-02-19T07:00:00-06:00", title="Lottie Mae Hufstedler",
body="""Lottie Mae Hufstedler, 94, of Levelland went to be with her Lord on Monday, Feb. 16, 2026.

Lottie was born in a dugout near Pep in 1931, one of eleven children of Jess and Nora Beard. She married Walter Hufstedler in 1950, and together they farmed north of Levelland for fifty years. She canned everything that grew and several things that shouldn't have.

She is survived by her son, Ronnie Hufstedler of Amarillo; her grandsons, Wyatt Hufstedler of Levelland and Cody Hufstedler of Canyon; and two great-grandchildren. She was preceded in death by her husband, Walter, and her daughter, Sharon.

Services will be held at 2 p.m. Saturday at Hockley Memorial Chapel.""",
gold=[("LBB022", "survivor")]),

dict(guid="lbb_hcl_obit_2026_0326", pub="2026-03-26T07:00:00-05:00", title="Virgil Dean Stagner",
body="""Virgil Dean Stagner, 61, of Ropesville died Saturday, March 21, 2026, at University Medical Center in Lubbock.

Virgil drove a grain truck every harvest of his life and ran the Ropesville volunteer fire department for twelve years. He coached his daughters' softball teams and never once argued with an umpire, which the family considers his greatest miracle.

He is survived by his wife, Rhonda; his daughters, Kelsey Moreno of Ropesville and Brooke Stagner of Lubbock; his mother, Inez Stagner of Ropesville; and two grandsons.

Services will be held at 10 a.m. Monday at Ropesville Methodist Church.""",
gold=[]),

dict(guid="lbb_hcl_obit_2026_0521", pub="2026-05-21T07:00:00-05:00", title="Earline Pruitt Shelburne",
body="""Earline Pruitt Shelburne, 90, of Levelland passed away May 17, 2026.

A longtime home economics teacher at Levelland High School, Earline taught two generations of Lobos to sew a straight seam and to write a thank-you note the same day.

She is survived by her daughter, Ann Shelburne of Levelland; her nephew, Gene Brockhaus, and his wife, Ila Mae, of Levelland; and a host of former students.

A memorial will be held at 3 p.m. Sunday at First United Methodist Church of Levelland.""",
gold=[("LBB019", "survivor")]),
]
