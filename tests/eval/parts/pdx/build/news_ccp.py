"""Clackamas & Tualatin Valley Pioneer (small-town weekly with Oregon City and Hillsboro editions): teaser in
description, HTML in content:encoded. Hand-labelled (gold=[...])."""

FEED = "ccp"
ITEMS = [
dict(guid="pdx_ccp_oc_2026_0044", pub="2026-02-12T08:00:00-08:00", title="Whitcombs celebrate 50 years",
body="""Dale and Martha Ann Whitcomb of Oregon City will celebrate their 50th wedding anniversary on February 21 with an open house at Mount Pleasant Grange.

The couple were married February 21, 1976, at First Presbyterian Church in Oregon City. Dale retired from the Blue Heron paper mill in 2011; Martha Ann, the former Martha Ann Pringle, taught fourth grade at Gaffney Lane Elementary for 31 years. They have three children and six grandchildren.""",
gold=[("PDX024", "subject"), ("PDX016", "subject")]),

dict(guid="pdx_ccp_oc_2026_0058", pub="2026-04-16T08:00:00-07:00", title="Volunteers clear brush at Mountain View pioneer cemetery",
body="""OREGON CITY - About forty volunteers spent Saturday clearing blackberry and ivy from the oldest section of Mountain View Cemetery, where some of the first families to reach the end of the Oregon Trail are buried.

"My great-great-great-grandfather is up there under a fir stump," said Jed McAllister, who brought a chain saw and three grandsons. "It's about time we could read his stone again." The Clackamas County Historical Society organized the work day.""",
gold=[]),

dict(guid="pdx_ccp_hb_2026_0061", pub="2026-05-21T08:00:00-07:00", title="Glencoe senior Daniela Villaseñor wins Gates scholarship",
body="""HILLSBORO - Glencoe High School senior Daniela Villaseñor has been named a Gates Scholar, one of 300 nationwide, which will pay the full cost of her degree. She plans to study chemical engineering at Oregon State University.

Daniela, who will be the first in her family to attend college, is the daughter of Jesús "Chuy" and Carmen Villaseñor of Hillsboro. Her grandfather, Refugio Rangel, who died in February, "always told me the berries paid for this," she said.""",
gold=[("PDX013", "parent_of_subject"), ("PDX014", "parent_of_subject")]),

dict(guid="pdx_ccp_hb_2026_0070", pub="2026-06-11T08:00:00-07:00", title="After 32 years, district's first bilingual liaison retires",
body="""HILLSBORO - When Lupe Ochoa started as a family liaison for the Hillsboro School District in 1994, she was the only Spanish speaker in the district office. At her retirement party last Thursday, the district had 46 bilingual staff, and most of them were in the room.

Ochoa, whose full name is María Guadalupe Ochoa Delgado, helped found the district's parent academy and translated at more than 10,000 parent conferences by her own rough count. She plans to spend retirement with her husband, Rafael Ibarra, and their four grandchildren.""",
gold=[("PDX012", "subject")]),

dict(guid="pdx_ccp_oc_2026_0077", pub="2026-07-02T08:00:00-07:00", title="Fourth of July parade route set for downtown Oregon City",
body="""OREGON CITY - The Independence Day parade will step off at 10 a.m. Saturday from Clackamas Community College and end at the End of the Oregon Trail center. Main Street will close at 8 a.m. Grand marshal this year is retired fire chief Arlen Kimsey.""",
gold=[]),
]
