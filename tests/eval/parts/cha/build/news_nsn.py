"""North Shore & Red Bank Neighbors (community and church news for Red Bank, North Chattanooga, Hixson,
Ooltewah): teaser in description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="cha_nsn_2026_0208", pub="2026-02-08T08:00:00-05:00", title="Greater New Hope's pastor to retire after 30 years",
body="""After thirty years in the pulpit at Greater New Hope Missionary Baptist Church, the Rev. Cleotha "Cleo" Stribling will preach his final sermon as pastor on Palm Sunday.

Stribling, 67, came to the Wilcox Boulevard church in 1996 and led it through two building campaigns and a prison ministry that now serves three facilities. He and his wife, Bernadine, plan to stay in Chattanooga.

A retirement banquet is planned for March 28 at the Chattanooga Convention Center.""",
gold=[("CHA014", "subject")]),

dict(guid="cha_nsn_2026_0622", pub="2026-06-22T08:00:00-04:00", title="Red Bank couple renews vows on 55th anniversary",
body="""Fifty-five years to the day after they married at Red Bank Baptist Church, Beau and Opal Tillotson stood at the same altar Saturday and did it again.

Beauregard and Opal (Gentry) Tillotson met at a Red Bank High School basketball game in 1967. He sold hardware on Dayton Boulevard for four decades; she taught piano to half the neighborhood.

"I'd marry her every Saturday if she'd let me," Beau said.""",
gold=[("CHA001", "subject"), ("CHA002", "subject")]),

dict(guid="cha_nsn_2026_0714", pub="2026-07-14T08:00:00-04:00", title="Ooltewah quilter takes blue ribbon at state fair preview",
body="""Jo Nell Huskey of Ooltewah has won best of show in the heritage quilt division at the Tennessee State Fair's early judging.

Her entry, a Double Wedding Ring pieced from her late father's work shirts, took her fourteen months. Huskey, who learned to quilt from her grandmother in Apison, said she nearly didn't enter it.""",
gold=[("CHA015", "subject")]),

dict(guid="cha_nsn_2026_0805", pub="2026-08-05T08:00:00-04:00", title="Lakeview-Fort Oglethorpe Class of '62 gathers for reunion",
body="""Forty-one members of the Lakeview-Fort Oglethorpe High School Class of 1962 gathered Saturday at the Catoosa County Colonnade for their 64th reunion.

Among those attending were Mary Alice Vandergriff, Polly Kirkendoll, Bill Hullander, Faye Nipper and Lafayette Hembree Jr., who came the farthest, from Mobile.

Organizer Faye Nipper said the class will meet again next summer.""",
gold=[]),
]
