"""Southside & Frenchtown Neighbors (community paper and school news, Tallahassee and the Big Bend): a teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "sfn"
ITEMS = [
dict(guid="tlh_sfn_2026_0219", pub="2026-02-19T08:00:00-05:00", title="Frenchtown Heritage Festival thanks its volunteers",
body="""TALLAHASSEE - More than 4,000 people came through Frenchtown for the Heritage Festival on Saturday, and the organizers want to thank the 60 volunteers who made it happen.

Among them: Geneva Quarterman and Teenie Blitch, who ran the history tent; Lamar Nettles, who parked cars for nine hours; and the youth choir of Greater Mount Pisgah, who sang the festival open.

Next year's festival is set for the third Saturday in February.""",
gold=[]),  # a volunteer list: nothing (TLH019 is also do_not_contact)

dict(guid="tlh_sfn_2026_0402", pub="2026-04-02T08:00:00-04:00", title="Jefferson County FFA member wins state public speaking title",
body="""MONTICELLO - Jefferson County High School junior Kayla O'Quinn has won the Florida FFA Association's state prepared public speaking contest with a speech on the future of the Big Bend's small cattle farms.

Kayla, 16, the daughter of Desmond and Renee O'Quinn of Monticello, will represent Florida at the national FFA convention in Indianapolis in October.""",
gold=[("TLH008", "parent_of_subject")]),

dict(guid="tlh_sfn_2026_0730", pub="2026-07-30T08:00:00-04:00", title="Engagement: Echevarría - Pelham",
body="""TALLAHASSEE - Armando and Maribel Echevarría of Tallahassee announce the engagement of their daughter, Lucía Echevarría Cordero, to Nathan Pelham, son of Greg and Dana Pelham of Pensacola.

The bride-elect is a graduate of Florida State University and a pediatric nurse at Tallahassee Memorial. The prospective groom is a graduate of the University of West Florida and an engineer with the Florida Department of Transportation. A March wedding is planned.""",
gold=[("TLH006", "parent_of_subject"), ("TLH007", "parent_of_subject")]),

dict(guid="tlh_sfn_2026_0820", pub="2026-08-20T08:00:00-04:00", title="After 40 years among the stacks, Teenie Blitch retires from the State Library",
body="""TALLAHASSEE - Earnestine "Teenie" Blitch shelved her first book at the State Library of Florida in 1986. On Friday, her coworkers filled the reading room for her retirement party.

Blitch, who rose to head the library's Florida history collection, helped thousands of families trace their roots through the state's census and land records. She said she plans to spend her retirement on her own family tree and in the choir at Greater Mount Zion AME.""",
gold=[("TLH015", "subject")]),
]
