"""The Hooksett-Goffstown Banner and Derry Weekly: small-town papers, teaser in description, HTML in
content:encoded, guids mht_banner_*. Hand-labelled."""

FEED = "banner"
ITEMS = [
dict(guid="mht_banner_2026_01_08_library_roof", pub="2026-01-08T08:00:00-05:00", title="Hooksett voters to weigh library roof, fire truck",
body="""Hooksett voters will decide in March whether to spend $480,000 on a new roof for the Hooksett Public Library and $910,000 on a replacement ladder truck, after the budget committee sent both articles to the warrant on Tuesday.

The library roof has leaked over the children's room for three winters. "We have more buckets than picture books some days," library director Ann Whitmore told the committee. The ladder truck it would replace is 27 years old.""",
gold=[]),

dict(guid="mht_banner_2026_02_26_pelletier_retires", pub="2026-02-26T08:00:00-05:00", title="After 38 years and countless snowstorms, Hooksett's public works chief retires",
body="""When the snow starts at 2 a.m., the first truck out of the Hooksett highway garage has, for 38 winters, usually been his.

Lucien "Lou" Pelletier Jr., the town's public works director since 2009, will retire on March 31. He started on the town's roads crew in 1988 at the age of 28, and he has plowed every road in town, he says, "at least a thousand times each."

Town Administrator Kris Mahoney said the Select Board will honor Pelletier at its March 25 meeting. Pelletier plans to spend more time with his wife, Denise, and their grandchildren, and "to watch it snow from the kitchen for once." His father, Lucien Sr., a longtime lineman who died last month, drove him to his first day of work.""",
gold=[("MHT004", "subject")]),
# The retirement is Lou's; Denise (MHT005) is mentioned as his wife: nothing for her.

dict(guid="mht_banner_2026_05_28_engagement", pub="2026-05-28T08:00:00-04:00", title="Engagements: Stavropoulos - Kouris",
body="""Constantine and Eleni Stavropoulos of Manchester announce the engagement of their daughter, Sophia Stavropoulos, to Nicholas Kouris of Nashua, son of the late Andreas Kouris and of Irene Kouris of Hudson.

The bride-to-be is a graduate of Manchester Central High School and Boston University and is a pharmacist at Elliot Hospital. Her fiancé is the owner of the Acropolis Diner in Nashua.

A September wedding is planned at St. George Greek Orthodox Cathedral in Manchester.""",
gold=[("MHT006", "parent_of_subject"), ("MHT007", "parent_of_subject"), ("MHT008", "subject")]),

dict(guid="mht_banner_2026_06_18_vt_chief", pub="2026-06-18T08:00:00-04:00", title="Derry native named police chief in Springfield, Vt.",
body="""Brendan Doherty, a 38-year-old Derry native and 2005 Pinkerton Academy graduate, has been named police chief of Springfield, Vermont.

Doherty, who has lived in Vermont since joining the state police in 2010, was most recently a lieutenant at the Rockingham barracks. He and his wife, Kelsey, live in Chester, Vt., with their two sons.""",
gold=[]),
# Namesake: 38, lives in Vermont, wife Kelsey; MHT014 is 63, of Derry, wife Maureen: nothing.

dict(guid="mht_banner_2026_08_13_ste_marie_festival", pub="2026-08-13T08:00:00-04:00", title="Ste. Marie's Franco-American festival returns to the West Side",
body="""Tourtière, pork pie, poutine and a fiddle contest are back: the Franco-American Festival at Ste. Marie Parish returns August 22 and 23 after a two-year pause.

Organizers expect 5,000 visitors. "Our parents built this parish with their mill wages, and we want our grandchildren to taste what they cooked," said volunteer coordinator Yvette Roy, who has run the kitchen since 2003. The Chorale Ste-Marie will sing Saturday evening, and Sunday's Mass will be celebrated in French.""",
gold=[]),
# Yvette Roy (MHT022) is the quoted volunteer coordinator: nothing.
]
