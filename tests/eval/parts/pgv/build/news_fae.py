"""The Farmville-Ayden Enterprise (community weekly; also carries Washington and Winterville community news):
teaser description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="pgv_fae_20260219_mewborn", pub="2026-02-19T06:00:00-05:00", title="Mewborn retires after 38 years keeping Farmville's water running",
body="""Garland Mewborn is hanging up his hard hat.

Mewborn, Farmville's public works director, retires at the end of the month after 38 years with the town. He started on a garbage truck in 1988. Mayor Jamie Smith presented him with a key to the town at the Feb. 10 board meeting.""",
gold=[("PGV021", "subject")]),

dict(guid="pgv_fae_20260312_whichard50", pub="2026-03-12T06:00:00-04:00", title="Whichards celebrate 50th wedding anniversary",
body="""Mr. and Mrs. Thaddeus R. Whichard of Greenville celebrated their 50th wedding anniversary on March 6 with a dinner at the Farmville Community Arts Council hosted by their children.

Thad Whichard and the former Lorene Tyson were married March 6, 1976, at Farmville Free Will Baptist Church. He retired from the Pitt County Register of Deeds office; she retired from teaching at Wellcome Middle School.""",
gold=[("PGV001", "subject"), ("PGV002", "subject")]),

dict(guid="pgv_fae_20260416_library", pub="2026-04-16T06:00:00-04:00", title="Farmville library campaign passes $1 million",
body="""The Farmville Public Library's capital campaign has passed $1 million toward its new children's wing, the Friends of the Library announced this week.

Leading donors include Mary Frances Joyner, Audrey and Roy Smallwood, Cleveland Dail Jr., the Farmville Rotary Club and the estate of Ralph Corey. Construction begins in August.""",
gold=[]),

dict(guid="pgv_fae_20260430_collardjudges", pub="2026-04-30T06:00:00-04:00", title="Ayden Collard Festival names cook-off judges",
body="""The Ayden Collard Festival has announced the judges for this year's collard cook-off on May 30: Garland Mewborn of Farmville, Latoya Worthington of Greenville, and Chef Ray Faircloth of Kinston.

The cook-off is open to anyone who can cook a mess of greens. Entries close May 20.""",
gold=[]),

dict(guid="pgv_fae_20260507_harrington", pub="2026-05-07T06:00:00-04:00", title="Winterville student named to Governor's School",
body="""South Central High School junior Kaylee Harrington has been selected for Governor's School East this summer in natural science.

Kaylee, the daughter of Wyatt and Crystal Harrington of Winterville, is president of the school's science club and a member of the marching band.""",
gold=[("PGV013", "parent_of_subject"), ("PGV014", "parent_of_subject")]),

dict(guid="pgv_fae_20260521_tripp", pub="2026-05-21T06:00:00-04:00", title="Ayden pastor receives town's community service award",
body="""The Town of Ayden presented its Citizen of the Year award to the Rev. Alphonso Tripp, pastor of Saint James Missionary Baptist Church, at the May town council meeting.

Tripp started the church's Saturday tutoring program and its winter coat drive, which handed out 600 coats last year.""",
gold=[("PGV010", "subject")]),

dict(guid="pgv_fae_20260604_gardenclub", pub="2026-06-04T06:00:00-04:00", title="Winterville Garden Club names Yard of the Month",
body="""The Winterville Garden Club has named the home of Rhonda Cannon on Vernon White Road its June Yard of the Month, for her hydrangeas and a vegetable garden that club members called "the envy of Pitt County." """,
gold=[]),

dict(guid="pgv_fae_20260723_congleton", pub="2026-07-23T06:00:00-04:00", title="Washington church honors pianist for 60 years at the keys",
body="""First Free Will Baptist Church of Washington honored Ella Mae Congleton on Sunday for 60 years as its pianist.

Mrs. Congleton, 90, began playing for the church in 1966 and has missed, by the pastor's count, four Sundays since. The congregation presented her with a plaque and a new hymnal with her name on the cover.""",
gold=[("PGV017", "subject")]),
]
