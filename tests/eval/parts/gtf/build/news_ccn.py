"""Cascade County Neighbors (community weekly): milestones, 4-H and school news; teaser description, HTML in
content:encoded. Hand-labelled."""

FEED = "ccn"
ITEMS = [
dict(guid="gtf_ccn_2026_05_20_birthday", pub="2026-05-20T07:00:00-06:00",
title="Choteau's Vonnie Stensrud turns 87 with an open house",
body="""Lavonne "Vonnie" Stensrud of Choteau will celebrate her 87th birthday on Saturday, May 23, with an open house from 2 to 4 p.m. at Choteau Lutheran Church.

Vonnie, who grew up on the Aasheim ranch on the Teton River, has played the organ at Choteau Lutheran for fifty-two years and still drives herself to every Sunday service. Her son, Dalton Stensrud, and his wife, Kari, are hosting, and ask that guests bring a card, not a gift.""",
gold=[("GTF011", "subject")]),

dict(guid="gtf_ccn_2026_06_05_anniversary", pub="2026-06-05T07:00:00-06:00",
title="Ekstrands mark 55 years",
body="""Torvald and Marit (Haugland) Ekstrand of Great Falls will celebrate their 55th wedding anniversary on June 12. They were married June 12, 1971, at Our Savior's Lutheran Church in Great Falls.

Tory retired from the Montana Air National Guard as a chief master sergeant; Marit taught piano to several hundred Great Falls children. They have two children, Erik (Sara) Ekstrand of Bozeman and Solveig Ekstrand of Portland, Ore., and three grandchildren. Cards may be sent to the couple at home.""",
gold=[("GTF001", "subject"), ("GTF002", "subject")]),

dict(guid="gtf_ccn_2026_07_28_fiddle", pub="2026-07-28T07:00:00-06:00",
title="Great Falls fiddler, 12, takes first at Back to Batoche",
body="""Josette Lafromboise, 12, of Great Falls, won the junior fiddle championship at Back to Batoche Days in Saskatchewan last weekend, playing the "Red River Jig" and a waltz she learned from her great-grandfather's recordings.

Josette, a seventh-grader at East Middle School, is the daughter of Ray and Corrine Lafromboise. She dedicated her performance to her cousin Raymond, who died in March. Her grandmother, Phil Lafromboise, drove with the family to Batoche to watch.

Josette will play at the Montana State Fair's heritage stage on Aug. 2.""",
gold=[("GTF006", "parent_of_subject")]),

dict(guid="gtf_ccn_2026_08_03_fair", pub="2026-08-03T07:00:00-06:00",
title="Vaughn 4-H'er's steer named grand champion at Montana State Fair",
body="""A black Angus steer raised by Brynn Mackenroth, 15, of Vaughn, was named grand champion market steer at the Montana State Fair in Great Falls on Saturday.

Brynn, a member of the Sun River Valley Sodbusters 4-H Club, is the daughter of Sterling and Jolene Mackenroth. She bought the steer, named Biscuit, as a calf with her own savings and walked him every morning before school. He sold at Saturday's junior livestock sale for $9.10 a pound to Strobel's Backhaus and Fairweather Sheet Metal.

The reserve champion was shown by Colton Wipf of the Sun River Colony.""",
gold=[("GTF020", "parent_of_subject"), ("GTF021", "parent_of_subject")]),
]
