"""Valley Neighbors: a community newsletter for Washington County and the Cumberland Valley (church notes,
milestones, schools, clubs). Teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "vn"
ITEMS = [
dict(guid="hgr_vn_2026_0208_anniv", pub="2026-02-08T08:00:00-05:00", title="Ridenours celebrate 60th anniversary",
body="""Delmar W. "Del" Ridenour Jr. and Arlene (Hykes) Ridenour of Hagerstown will celebrate their 60th wedding anniversary Feb. 12 with a dinner given by their children at the Fountain Head Country Club.

The couple were married Feb. 12, 1966, at St. Paul's United Methodist Church by the Rev. Harold Bushey. Del retired from Hagerstown Trust as a senior vice president; Arlene taught fourth grade at Winter Street Elementary for 31 years.

They have three children, seven grandchildren and two great-grandchildren. Cards may be sent to 1127 Oak Hill Ave.""",
gold=[("HGR001", "subject"), ("HGR002", "subject")]),

dict(guid="hgr_vn_2026_0315_pastor", pub="2026-03-15T08:00:00-04:00", title="Pastor Hoffman marks 25 years at St. John's",
body="""St. John's Lutheran Church in Williamsport will honor the Rev. Lamar Hoffman on Sunday, March 29, for 25 years as its pastor, the longest pastorate in the congregation's 230-year history.

Pastor Hoffman came to St. John's from a two-point parish in Somerset County in 2001. Under his leadership the church opened the Conococheague Community Kitchen, which serves 200 meals a week, and restored its 1870 pipe organ.

A covered-dish dinner will follow the 10:30 a.m. service. The congregation asks guests to bring a canned good for the kitchen in place of a gift.""",
gold=[("HGR014", "subject")]),

dict(guid="hgr_vn_2026_0405_fair", pub="2026-04-05T08:00:00-04:00", title="North Hagerstown science fair winners head to states",
body="""Thirty-two students from Washington County middle schools will compete at the Maryland state science fair in April after the county fair at Hagerstown Community College on March 28.

Best in show went to Owen Villalobos, an eighth-grader at Northern Middle School, for a project measuring nitrate runoff in Marsh Run. Owen is the son of Ernesto Villalobos and Maricela Reyes of Hagerstown.

Judges included Dr. Priya Venkataraman of Antietam Regional Health, HCC biology professor Dana Rowe and retired Fort Detrick researcher Glenn Morningstar.""",
gold=[("HGR009", "parent_of_subject")]),  # the judge gets nothing

dict(guid="hgr_vn_2026_0517_births", pub="2026-05-17T08:00:00-04:00", title="Births at Antietam Regional",
body="""Births recorded at Antietam Regional Medical Center:

A son, Wesley Ray Bumbaugh II, 8 lbs. 1 oz., May 9, to Wes and Kayla (Sprecher) Bumbaugh of Hagerstown. He joins a sister, Emma. Great-grandparents are Wesley R. and Peggy Bumbaugh of Hagerstown.

A daughter, Adalyn Rose, May 11, to Caleb and Morgan Frey of Smithsburg.""",
gold=[("HGR024", "subject")]),

dict(guid="hgr_vn_2026_0524_volunteer", pub="2026-05-24T08:00:00-04:00", title="Smithsburg Library names Mary Lou Snavely volunteer of the year",
body="""The Friends of the Smithsburg Branch Library have named Mary Lou Snavely their volunteer of the year.

Mrs. Snavely, a retired reading teacher, has run the branch's Tuesday-morning story time since 2008 and organized the Friends' book sale for the last twelve years, raising more than $60,000. She was honored at the Friends' spring luncheon on May 19.

"I'm there for the four-year-olds," she said. "The grown-ups can fend for themselves." """,
gold=[("HGR005", "subject")]),

dict(guid="hgr_vn_2026_0705_paving", pub="2026-07-05T08:00:00-04:00", title="Williamsport finally paves Conococheague Street",
body="""After three years of patching, the Town of Williamsport has repaved South Conococheague Street between Potomac Street and the canal, along with new curbs and ADA ramps at each corner.

"I've lived on this street since 1961 and this is the smoothest it's ever been," said Anna Mae Reichard, who watched the paving crew from her porch. The $410,000 project was paid for largely by a state Community Legacy grant.

Town Manager Kevin Grove said Salisbury Street is next on the list.""",
gold=[]),  # quoted resident
]
