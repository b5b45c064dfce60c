"""The Berkeley-Dorchester Sentinel (weekly, Moncks Corner): community news, weddings, milestones. Teaser
description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="chs_bds_2026-02-05_library-donors", pub="2026-02-05T08:00:00-05:00", title="Friends of the Library thank donors for reading-room campaign",
body="""The Friends of the Berkeley County Library have raised $84,000 to renovate the children's reading room at the Moncks Corner branch, and the new shelves go up in March.

Donors at the Bookworm level and above include Lula Mae Brisbane, the Cross Community Garden Club, Dorothy Singleton, Santee Cooper Retirees, Tad and Monique Rivers, and the Pinopolis Methodist Men. Volunteers will host an open house on March 28.""",
gold=[]),

dict(guid="chs_bds_2026-05-14_organist-50-years", pub="2026-05-14T08:00:00-04:00", title="Fifty years at the organ: Mt. Zion AME honors Sister Dot Singleton",
body="""Mt. Zion AME Church in Moncks Corner honored its organist of fifty years on Sunday with a program of her favorite hymns and a plaque that will hang beside the console.

Dorothy Jean Singleton - "Sister Dot" to three generations of the congregation - first played for the church as a 27-year-old substitute in May 1976 and never left the bench. She has played for more than 800 weddings and homegoings, by her own count, and still practices every Saturday afternoon.

"The Lord gave me ten fingers and one church," Singleton said. "I used them both." """,
gold=[("CHS022", "subject")]),

dict(guid="chs_bds_2026-06-25_weddings-gaillard-mccants", pub="2026-06-25T08:00:00-04:00", title="Weddings: Gaillard - McCants",
body="""Miss Caroline Huger Gaillard and Mr. William Ashby McCants were united in marriage on Saturday, June 20, 2026, at St. Michael's Episcopal Church in Charleston, the Rev. Canon Robert Ball officiating.

The bride is the daughter of Mr. and Mrs. Thomas Prioleau Gaillard III of Charleston. She is a graduate of Ashley Hall and Sewanee and teaches history at Porter-Gaud School. The groom is the son of Mr. and Mrs. Wade McCants of Moncks Corner and a graduate of Berkeley High School and Clemson University; he is an engineer with Santee Cooper.

A reception followed at the Carolina Yacht Club. After a wedding trip to Greece, the couple will live in Moncks Corner.""",
gold=[("CHS001", "parent_of_subject"), ("CHS002", "parent_of_subject")]),

dict(guid="chs_bds_2026-07-30_cypress-gardens", pub="2026-07-30T08:00:00-04:00", title="Cypress Gardens reopens boardwalk after two-year repair",
body="""Cypress Gardens reopened its swamp boardwalk on Saturday after two years of repairs from flood damage. Berkeley County Supervisor Johnny Cribb and park staff led the first walk. Paddle-boat tours resume in September; the butterfly house is open daily except Mondays.""",
gold=[]),

dict(guid="chs_bds_2026-09-03_summerville-festival", pub="2026-09-03T08:00:00-04:00", title="Summerville's Greek Festival returns to St. Nektarios with record crowd expected",
body="""St. Nektarios Greek Orthodox Mission in Summerville holds its third Greek Festival Sept. 18-20 on the church grounds on Old Trolley Road, and organizers say they have never baked so much baklava.

Festival chairman Nick Vlahos said 180 volunteers have been rolling dough since July. "My mother taught half of them," he said. Admission is free; dinners are $18.""",
gold=[]),
]
