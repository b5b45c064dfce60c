"""Ozarks Hometown Courier (weekly for Christian and Taney counties and southwest Greene: Ozark, Nixa, Republic,
Willard, Branson): teaser in description, HTML in content:encoded. Hand-labelled (gold=[...])."""

FEED = "ohc"
ITEMS = [
dict(guid="sgf_ohc_2026_0105_01", pub="2026-01-05T08:00:00-06:00", title="Nixa library's 'Raise the Roof' drive passes its goal",
body="""The Friends of the Nixa Community Library have raised $212,000 to replace the library's leaking roof, passing their goal two months early.

Leading donors included Ozark Mountain Credit Union, the Christian County Farm Bureau, Ronnie and Sheila Pruett, Tyler and Jennifer Massey, Mary Beth Stottlemyre, Dr. and Mrs. Anil Mehta and Bud and Wanda Tindle. The pancake breakfast alone brought in $9,400.

Construction is set to begin in April. The library will stay open throughout.""",
gold=[]),  # donor list

dict(guid="sgf_ohc_2026_0302_02", pub="2026-03-02T08:00:00-06:00", title="Republic's Colt Yocum wins state wrestling title",
body="""Republic senior Colt Yocum is a state champion.

Yocum pinned Kearney's Brett Hollis in the third period Saturday in Columbia to win the Class 4 title at 165 pounds, finishing his season 46-2. He is Republic's first state champion in wrestling since 2011.

Yocum, the son of Travis and Billie Jo Yocum of Republic, has signed to wrestle at Missouri Valley College next fall. "He's been wrestling since he was five, mostly his cousins," his mother said.""",
gold=[("SGF006", "parent_of_subject"), ("SGF005", "parent_of_subject")]),

dict(guid="sgf_ohc_2026_0323_03", pub="2026-03-23T08:00:00-05:00", title="After 30 years in the pulpit, Ozark pastor plans to retire",
body="""Finley Valley Assembly of God will say goodbye to its pastor this summer.

Pastor Jimmy Ray Fentress announced Sunday that he will retire June 30 after 30 years leading the Ozark congregation, which has grown from 90 members meeting in a former feed store to more than 1,100. He and his wife, Darla, plan to stay in Ozark, "close enough to the grandkids to be useful and far enough to be missed," he said.

A retirement celebration is planned for June 28. Sissy Blevins, who chairs the church's fellowship committee, said the reception will include "enough banana pudding for all 1,100 of them." """,
gold=[("SGF023", "subject")]),  # Sissy Blevins (SGF004) organises the reception: nothing

dict(guid="sgf_ohc_2026_0420_04", pub="2026-04-20T08:00:00-05:00", title="Willard's citizen of the year has fed the town's children for 15 summers",
body="""When school lets out in Willard, Theresa Brockmeyer's kitchen gets busy.

The Willard Area Chamber of Commerce on Thursday named Brockmeyer its 2026 Citizen of the Year for the summer lunch program she started in the basement of her parish in 2011. The program now serves about 300 children a day, five days a week, from June through August.

Brockmeyer, a retired school secretary, accepted the award with her husband, Leonard, and nine of their grandchildren in the front row.""",
gold=[("SGF009", "subject")]),

dict(guid="sgf_ohc_2026_0608_05", pub="2026-06-08T08:00:00-05:00", title="Calloway - Frye",
body="""Kaylee Ann Calloway and Dustin Ray Frye were united in marriage May 30, 2026, at Shepherd of the Hills Chapel near Branson.

The bride is the daughter of Buck and Loretta Calloway of Branson and plays pedal steel with the Calloway Family Jubilee. The groom is the son of Randy and Tammy Frye of Forsyth and works as a lineman for White River Valley Electric.

After a wedding trip to the Smoky Mountains, the couple will live in Hollister.""",
gold=[("SGF014", "parent_of_subject"), ("SGF015", "parent_of_subject")]),

dict(guid="sgf_ohc_2026_0706_06", pub="2026-07-06T08:00:00-05:00", title="Ozark Mill's water wheel turns again after restoration",
body="""For the first time since 1978, the water wheel at the old mill on the Finley River in Ozark is turning.

A two-year restoration by volunteers and the Christian County Historical Society replaced the wheel's oak paddles and rebuilt the millrace. Society president Harold Wynn said the mill will be open for tours on Saturdays through October.""",
gold=[]),
]
