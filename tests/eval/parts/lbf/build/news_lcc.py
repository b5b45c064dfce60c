"""Lincoln County Crossroads (invented community weekly, North Platte): weddings, milestones, schools, FFA,
anniversaries. Teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "lcc"
ITEMS = [
dict(guid="lbf_lcc_2026_0106_wedding-pfannenstiel-brandl", pub="2026-01-06T06:00:00-06:00", title="Pfannenstiel-Brandl wedding",
body="""Kaylee Pfannenstiel and Cody Brandl, both of North Platte, were united in marriage Dec. 27, 2025, at First Lutheran Church in North Platte.

The bride is the daughter of DeWayne and Trudy Pfannenstiel of North Platte. The groom is the son of Kenny and Marla Brandl of Sutherland.

The bride is a dental hygienist at Platte River Family Dental. The groom farms with his father west of Sutherland. The couple live in North Platte.""",
gold=[("LBF015", "parent_of_subject"), ("LBF016", "parent_of_subject")]),

dict(guid="lbf_lcc_2026_0322_eickhoff-90", pub="2026-03-22T06:00:00-05:00", title="Mena Eickhoff to celebrate 90th birthday",
body="""Friends and family of Philomena "Mena" Eickhoff are invited to an open house in honor of her 90th birthday from 2 to 4 p.m. Sunday, March 29, in the St. Patrick's parish hall.

Mena was born March 21, 1936, in Stapleton. She taught kindergarten at Washington Elementary for 28 years and still plays cards every Tuesday at the senior center. The family asks for no gifts; cards may be sent to her at 1020 E. Second St., North Platte.""",
gold=[("LBF018", "subject")]),

dict(guid="lbf_lcc_2026_0402_museum-donors", pub="2026-04-02T06:00:00-05:00", title="Museum thanks donors to depot roof campaign",
body="""The Lincoln County Historical Museum has raised $186,000 to replace the roof of its 1910 depot, exceeding its goal.

Leading donors included the Union Pacific Foundation, Mid-Plains Community College Foundation, Sue Prochazka, Orv and Loretta Kreutzfeld, Gerrit and Lavonne Vander Ploeg, Dr. Anneliese Brunkhorst, and the Western Bohemian Fraternal Association.

Work will begin in May.""",
gold=[]),   # donor list

dict(guid="lbf_lcc_2026_0410_ffa-state-officer", pub="2026-04-10T06:00:00-05:00", title="Hershey's Brock Wiebelhaus elected to Nebraska FFA state office",
body="""Hershey FFA member Brock Wiebelhaus was elected Nebraska FFA state vice president Thursday at the 98th Nebraska FFA State Convention in Lincoln.

Brock, a senior at Hershey High School, raises registered Red Angus and placed first in the state beef production proficiency. He is the son of Tad and Jolene Wiebelhaus of Hershey.

He will spend the coming year visiting chapters across the state before starting at the University of Nebraska-Lincoln.""",
gold=[("LBF006", "parent_of_subject"), ("LBF007", "parent_of_subject")]),

dict(guid="lbf_lcc_2026_0521_valedictorian", pub="2026-05-21T06:00:00-05:00", title="NPHS names Class of 2026 valedictorians",
body="""North Platte High School has named three valedictorians for the Class of 2026: Daniela Zamarripa, Owen Heiser and Madison Kluck.

Daniela Zamarripa, daughter of Ruben and Vangie Zamarripa, will attend Creighton University on a Presidential Scholarship and plans to study pharmacy. Owen Heiser will attend South Dakota School of Mines; Madison Kluck will attend the University of Nebraska at Kearney.

Commencement is at 2 p.m. Sunday in the Bulldog gymnasium.""",
gold=[("LBF021", "parent_of_subject"), ("LBF020", "parent_of_subject")]),

dict(guid="lbf_lcc_2026_0725_wischmeier-50th", pub="2026-07-25T06:00:00-05:00", title="Wischmeiers mark 50 years",
body="""Norb and Arlene Wischmeier of Stapleton will celebrate their 50th wedding anniversary with a dance at the Stapleton Community Building from 7 to 11 p.m. Saturday, Aug. 1.

Norbert Wischmeier and Arlene Kugler were married July 31, 1976, at St. John's Catholic Church in Stapleton. They ranch northwest of Stapleton. Their children are Jason (Kristi) Wischmeier of Stapleton and Amy Dorsey of Broken Bow.""",
gold=[("LBF022", "subject")]),

dict(guid="lbf_lcc_2026_0820_fair-results", pub="2026-08-20T06:00:00-05:00", title="Lincoln County Fair: 4-H beef show results",
body="""Grand champion market steer at the Lincoln County Fair went to Hadley Rasmussen of Wallace, with reserve champion to Jace Ostrander of Brady.

Grand champion breeding heifer: Kinsley Hoaglund, Sutherland. Senior showmanship: Tate Eggleston, Hershey. Intermediate showmanship: Ava Schlake, Maxwell.

The livestock sale is Saturday at 10 a.m. in the Wild West Arena.""",
gold=[]),
]
