"""Bluegrass Hometown Weekly (Winchester, Paris and Richmond editions): small-town paper, teaser in description,
HTML in content:encoded (milestones, schools, community). Hand-labelled (gold=[...])."""

FEED = "bhw"
ITEMS = [
dict(guid="lex_bhw-2026-02-05-napier-50th", pub="2026-02-05T07:00:00-05:00",
     title="Napiers mark 50 years of marriage",
body="""Harold "Buck" and Darlene Napier of Winchester will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, February 8, in the fellowship hall of Winchester First Church of God.

The couple were married February 7, 1976, at the Hyden Church of God in Leslie County and moved to Winchester the same year. Buck retired from the brake plant and Darlene from the Clark County clerk's office. They have two children and five grandchildren. The family requests no gifts.""",
gold=[("LEX007", "subject")]),

dict(guid="lex_bhw-2026-04-02-gabbard-retires", pub="2026-04-02T07:00:00-04:00",
     title="Madison Central's 'Miss Sissy' to retire after 35 years",
body="""Students have called her Miss Sissy since 1991, and on May 22 they will have to stop.

Shelby Jean Gabbard, the attendance clerk at Madison Central High School in Richmond, is retiring after 35 years in the Madison County school district. Gabbard, a native of Clay County, has signed more than forty thousand tardy slips by her own estimate, and kept a drawer of granola bars for students who missed breakfast.

A reception will be held May 20 in the school library.""",
gold=[("LEX008", "subject")]),

dict(guid="lex_bhw-2026-05-14-van-meter-engagement", pub="2026-05-14T07:00:00-04:00",
     title="Engagement: Van Meter - Ashcraft",
body="""Tommy and Ann Van Meter of Winchester announce the engagement of their daughter, Caroline Ida Van Meter, to Wesley Ashcraft, son of Gary and Lisa Ashcraft of Mount Sterling.

The bride-elect is a graduate of George Rogers Clark High School and Eastern Kentucky University and teaches third grade at Shearer Elementary. The prospective groom farms with his father in Montgomery County.

The wedding will be September 19 at Central Baptist Church, Winchester, where the bride's late grandmother taught Sunday school.""",
gold=[("LEX020", "parent_of_subject")]),

dict(guid="lex_bhw-2026-06-11-bourbon-fair", pub="2026-06-11T07:00:00-04:00",
     title="Bourbon County Fair results: tobacco, quilts and a blue-ribbon goat",
body="""The 2026 Bourbon County Fair closed Saturday with record attendance.

Best burley stick went to Keith Ramsey of Millersburg, the grand champion quilt to Eunice Florence of North Middletown, and the grand champion market goat to 4-H member Paisley Judy, 11, of Paris. The Paris Lions Club sold 2,800 pork chop sandwiches.""",
gold=[]),

dict(guid="lex_bhw-2026-06-25-library-storytime", pub="2026-06-25T07:00:00-04:00",
     title="Summer reading program draws record crowd at Paris library",
body="""More than 400 children signed up for the Bourbon County Public Library's summer reading program this year, the most since it began in 1978.

Volunteers reading at the Tuesday story hour this month include Mary Beth Calloway, a retired Lexington school librarian, Pastor Gene Whitt and members of the Paris High School drama club. "The goal is one book a week," said children's librarian Dana Kiser.""",
gold=[]),
]
