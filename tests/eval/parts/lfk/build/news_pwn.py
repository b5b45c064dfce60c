"""Piney Woods Neighbors (community newsletter / weekly: schools, milestones, church and club news): teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "pwn"
ITEMS = [
dict(guid="lfk_pwn_2026_0328_anniv", pub="2026-03-28T09:00:00-05:00", title="Berryhills celebrate 40 years",
body="""C.R. and Donna Berryhill of Nacogdoches celebrated their 40th wedding anniversary on March 22 with a reception hosted by their children in the fellowship hall of Fredonia Hill Baptist Church.

Cletus Ray Berryhill Jr. and the former Donna Kay Stringer were married March 22, 1986, at First Baptist Church of Cushing. He retired from the Texas Department of Transportation; she is the office manager of a Nacogdoches veterinary clinic. They have two children and four grandchildren.""",
gold=[("LFK003", "subject"), ("LFK004", "subject")]),

dict(guid="lfk_pwn_2026_0430_library", pub="2026-04-30T09:00:00-05:00", title="Friends of the Library thank spring book sale donors",
body="""The Friends of the Nacogdoches Public Library raised $8,400 at this year's spring book sale, the most in its history.

The Friends thank this year's sponsors: Nacogdoches Ford, Brookshire Brothers, Curtis and Tamara Eldridge, Donna Berryhill, the Garrison Lions Club and the Nacogdoches Woman's Club. Volunteers sorted more than 20,000 books.""",
gold=[]),   # donor list

dict(guid="lfk_pwn_2026_0522_valedictorian", pub="2026-05-22T09:00:00-05:00", title="Jasper High names Class of 2026 valedictorian, salutatorian",
body="""Kennedi Mouton has been named valedictorian of Jasper High School's Class of 2026, with salutatorian honors going to Brayden Holt.

Kennedi, the daughter of T.L. and Shonda Mouton of Jasper, is president of the National Honor Society and a four-year member of the Bulldog band. She will attend Prairie View A&M University on a full scholarship to study nursing.

Brayden is the son of Jeff and Carrie Holt and will attend Lamar University.""",
gold=[("LFK009", "parent_of_subject"), ("LFK010", "parent_of_subject")]),

dict(guid="lfk_pwn_2026_0805_birth", pub="2026-08-05T09:00:00-05:00", title="Births at Nacogdoches Medical Center",
body="""Waylon and Kelsey Pettigrew of Nacogdoches, a son, Eugene Waylon Pettigrew, born July 28, 7 lbs. 9 oz. Grandparents are Rusty and Carla Pettigrew of Lufkin and Mike and Sandy Dunn of Appleby.

Marcus and Tiana Lewis of Cushing, a daughter, Aubree Lewis, born July 30, 6 lbs. 14 oz.""",
gold=[("LFK016", "subject")]),

dict(guid="lfk_pwn_2026_0902_teacher", pub="2026-09-02T09:00:00-05:00", title="Kirbyville teacher named Region 5 Elementary Teacher of the Year",
body="""Kirbyville Elementary second-grade teacher Sammie Jo Tidwell has been named Region 5 Elementary Teacher of the Year and will compete for the statewide title in October.

Mrs. Tidwell, a Kirbyville graduate in her tenth year in the classroom, started the school's "Reading Buddies" program, which pairs high school athletes with second graders. "She makes every child feel like the smartest kid in the room," principal Dana Fuselier said.""",
gold=[("LFK022", "subject")]),
]
