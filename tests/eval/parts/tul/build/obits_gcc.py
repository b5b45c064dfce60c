"""Green Country Courier obituaries (Owasso, Sand Springs, Broken Arrow weekly): Baptist and Methodist
small-town obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="tul_gcc_2026_0114", pub="2026-01-15T06:00:00-06:00", title="Wanda Faye Tubbs",
body="""Wanda Faye Tubbs, 93, of Sand Springs went home to be with her Lord on Sunday, January 11, 2026. She was born October 2, 1932, in Keystone, Oklahoma, to Orville and Ruby Dell Coker, and married Lloyd Tubbs in 1950 at the First Baptist Church of Sand Springs, where she taught the Ladies' Sunday School class for 41 years. She retired from the Sand Springs Home after 28 years in the kitchen.

Survivors include her daughter, Peggy Vanlandingham and husband Buddy of Sand Springs; son, Larry Tubbs and wife Cheryl of Mannford; six grandchildren and eleven great-grandchildren.

She was preceded in death by her husband Lloyd, her parents, and a brother, Virgil Coker.

Services will be at 2 p.m. Friday at First Baptist Church of Sand Springs, Pastor Denny O'Daniel officiating, with burial in Woodland Cemetery. Arrangements by Sand Springs Chapel.""",
gold=[("TUL013", "survivor"), ("TUL012", "survivor")]),
]
