"""Benton-Stearns Neighbors (invented community paper: Rockville, Albany, Cold Spring, Sauk Rapids, Rice,
Waite Park): milestones, schools, clubs; teaser description and HTML in content:encoded. Hand-labelled."""

FEED = "bsn"
ITEMS = [
dict(guid="stc_bsn_2026_0129", pub="2026-01-29T08:00:00-06:00", title="Engagement: Lommel - Brinkerhoff",
body="""ROCKVILLE - Gary and Patty Lommel of Rockville are pleased to announce the engagement of their daughter, Theresa "Tess" Lommel, to Nathan Brinkerhoff, son of David and Kim Brinkerhoff of Paynesville.

The bride-to-be is a 2008 graduate of ROCORI High School and a 2012 graduate of the College of St. Benedict, and is a physical therapist in St. Cloud. Her fiance is an electrician with IBEW Local 292. A September wedding is planned at Church of Mary of the Immaculate Conception in Rockville.""",
gold=[("STC021", "subject")]),

dict(guid="stc_bsn_2026_0423", pub="2026-04-23T08:00:00-05:00", title="Albany's Dee Wirtzfeld honored for 50 years of mission quilts",
body="""ALBANY - The Christian Mothers of Seven Dolors Parish honored Dolores "Dee" Wirtzfeld on Sunday for fifty years of quilting for the parish mission sale. By the group's count, Wirtzfeld has pieced or tied more than 1,100 quilts, which have raised an estimated $180,000 for missions in Guatemala and Tanzania.

"I just never learned to sit still," said Wirtzfeld, 82. The parish presented her with a framed quilt block signed by every member. Her late sister, Bernie Zenzen, quilted beside her for the first thirty years.""",
gold=[("STC014", "subject")]),

dict(guid="stc_bsn_2026_0514", pub="2026-05-14T08:00:00-05:00", title="Richmond volunteer named Stearns County Fair volunteer of the year",
body="""RICHMOND - Roxy Hemmesch of Richmond has been named the Stearns County Fair's 2026 volunteer of the year. Hemmesch has run the 4-H food stand at the fair since 2004 and recruits about 200 volunteers every summer. She will be recognized at the fair's opening ceremony July 29.""",
gold=[]),  # STC018 is do_not_contact

dict(guid="stc_bsn_2026_0521", pub="2026-05-21T08:00:00-05:00", title="Sauk Rapids Lions thank donors after record pancake breakfast",
body="""SAUK RAPIDS - The Sauk Rapids Lions Club raised a record $41,300 at its spring pancake breakfast for the Benton County food shelf. The club thanks its sponsors and donors, including Coborn's, Sauk Rapids Hardware Hank, Rita Pflueger, Ken Haugrud, Arvid and Ingrid Thorsgaard, Jeff and Nicole Pflueger, and the Sauk Rapids-Rice Storm hockey boosters.""",
gold=[]),  # donor list: nothing

dict(guid="stc_bsn_2026_0604", pub="2026-06-04T08:00:00-05:00", title="Apollo senior named National Merit Scholar",
body="""WAITE PARK - Mia Zamarripa, a senior at St. Cloud Apollo High School, has been named a National Merit Scholar, one of 64 in Minnesota. Mia, the daughter of Rogelio and Lupe Zamarripa of Waite Park, plans to study chemical engineering at the University of Minnesota this fall. She is the first in her family to attend college in the United States.""",
gold=[("STC010", "parent_of_subject"), ("STC009", "parent_of_subject")]),

dict(guid="stc_bsn_2026_0813", pub="2026-08-13T08:00:00-05:00", title="Zenzen inducted into Stearns County Dairy Hall of Fame",
body="""COLD SPRING - The late Bernie Zenzen of Cold Spring, who kept the books for her family's dairy for half a century and helped found the county's dairy princess program, was inducted posthumously into the Stearns County Dairy Hall of Fame on Saturday at the county fair.

Her son, Gary Zenzen, accepted the honor on behalf of the family. "Mom knew the butterfat test of every cow we ever had," he said. Her sister, Dee Wirtzfeld of Albany, attended the ceremony.""",
gold=[]),  # deceased client honoured posthumously; her sister attends: nothing
]
