"""South Plains Neighbor (community paper: Lubbock, Wolfforth, Shallowater, Levelland): teaser in description,
HTML in content:encoded. Hand-labelled."""

FEED = "spn"
ITEMS = [
dict(guid="lbb_spn_2026_0208", pub="2026-02-08T08:00:00-06:00", title="Ruckmans mark 60 years of marriage",
body="""Garland and Priscilla Ruckman of Lubbock will celebrate their 60th wedding anniversary with a reception from 2 to 4 p.m. Feb. 14 in the fellowship hall of Oakwood Methodist Church.

The former Priscilla Yancey and Garland Ruckman were married Feb. 12, 1966, in Post. He retired from Southwestern Public Service after 38 years; she taught piano to half of southwest Lubbock. They have three children and eight grandchildren. The couple requests no gifts.""",
gold=[("LBB015", "subject"), ("LBB016", "subject")]),

dict(guid="lbb_spn_2026_0419", pub="2026-04-19T08:00:00-05:00", title="Mount Gilead pastor to retire after 31 years",
body="""After 31 years in the pulpit of Mount Gilead Missionary Baptist Church in East Lubbock, the Rev. Emmitt Brasfield will preach his farewell sermon on May 17.

Brasfield, 71, came to Mount Gilead in 1995 from a church in Lamesa. Under his leadership the congregation paid off its building, opened the Parkway Drive food pantry and sent more than 60 young people to college on the church's scholarship fund. He and his wife, Claudette, plan to remain in Lubbock.

A retirement banquet will be held May 16 at the Mae Simmons Community Center.""",
gold=[("LBB011", "subject")]),

dict(guid="lbb_spn_2026_0510", pub="2026-05-10T08:00:00-05:00", title="Levelland cowboy wins steer wrestling at Texas Tech rodeo",
body="""Wyatt Hufstedler of Levelland won the steer wrestling title at the Texas Tech Intercollegiate Rodeo on Saturday night, throwing his steer in 3.9 seconds in the short round.

Hufstedler, 31, who competes on the pro circuit and works days as a lineman, dedicated the win to his late grandmother, Lottie Mae Hufstedler. "She never missed a rodeo in Levelland," he said.""",
gold=[("LBB022", "subject")]),

dict(guid="lbb_spn_2026_0614", pub="2026-06-14T08:00:00-05:00", title="Lubbock Christian signs Slaton setter",
body="""Slaton High School volleyball setter Aubree Kubacak has signed to play for Lubbock Christian University.

Kubacak, the daughter of Frank and Debbie Kubacak of Slaton, was a two-time all-district pick. Her aunt, Teddie Kubacak of Shallowater, was in the stands at the signing, as she was for every home match.""",
gold=[]),
]
