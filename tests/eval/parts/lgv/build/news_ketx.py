"""KETX 9 East Texas (Longview/Tyler TV station site): short web stories, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="lgv_ketx_20260102_0107", pub="2026-01-02T10:15:00-06:00", title="Longview's first baby of 2026 arrives 14 minutes after midnight",
body="""LONGVIEW, Texas (KETX) - Longview's first baby of the new year didn't waste any time.

Hudson Cole Akins was born at 12:14 a.m. Thursday at Longview Regional Medical Center to Brantley and Kaylee Akins of Longview. He weighed 7 pounds, 9 ounces.

"We were supposed to be watching the ball drop," Brantley Akins said. "We watched it from triage." The hospital auxiliary presented the family with a basket of gifts.""",
gold=[("LGV017", "subject"), ("LGV018", "subject")]),

dict(guid="lgv_ketx_20260219_0233", pub="2026-02-19T18:00:00-06:00", title="White Oak family loses home in overnight fire",
body="""WHITE OAK, Texas (KETX) - A White Oak family is safe but their home is a total loss after a fire late Wednesday night.

White Oak firefighters were called to the 300 block of South White Oak Road about 11:40 p.m. Homeowner Marvin Delk said he woke to the smoke alarm and got his wife, Sherry, and their two dogs out before the roof caught. The fire marshal believes it started in the garage.

A donation drop-off has been set up at White Oak First Baptist Church.""",
gold=[("LGV022", "subject")]),

dict(guid="lgv_ketx_20260414_0408", pub="2026-04-14T21:30:00-05:00", title="North Longview neighbors clean up after tornado rips through Dogwood Trail",
body="""LONGVIEW, Texas (KETX) - Chainsaws were running before sunrise Tuesday in north Longview, where an EF-1 tornado snapped pines and peeled roofs along Dogwood Trail and Hollybrook Drive.

No injuries were reported. "I've lived here 30 years and never heard anything like it," said Harlan Youngblood, who drove over from Oak Forest with his trailer to help haul limbs.

Gregg County emergency management asks residents to report damage through the county website.""",
gold=[]),

dict(guid="lgv_ketx_20260522_0517", pub="2026-05-22T17:45:00-05:00", title="Longview High valedictorian headed to Rice on full scholarship",
body="""LONGVIEW, Texas (KETX) - Longview High School's class of 2026 valedictorian is headed to Houston.

Jaylen Pettaway, who finished with a 4.38 GPA and captained the Lobos robotics team to the state finals, has accepted a full scholarship to study mechanical engineering at Rice University.

Jaylen is the son of Marquise and LaTonya Pettaway of Longview. He will deliver his valedictory address at graduation June 5 at Lobo Stadium.""",
gold=[("LGV007", "parent_of_subject"), ("LGV008", "parent_of_subject")]),

dict(guid="lgv_ketx_20260620_0611", pub="2026-06-20T16:20:00-05:00", title="Longview couple celebrates 60 years of marriage where it began",
body="""LONGVIEW, Texas (KETX) - Sixty years ago Saturday, a young roughneck named Dub Pruitt married his high school sweetheart at Mobberly Baptist Church.

Wendell "Dub" and Bobbie Sue Pruitt renewed their vows in the same sanctuary this weekend, surrounded by three children, seven grandchildren and a church full of friends. "She still laughs at my jokes," Dub said. "Most of them," Bobbie Sue added.""",
gold=[("LGV001", "subject"), ("LGV002", "subject")]),

dict(guid="lgv_ketx_20260830_0822", pub="2026-08-30T12:00:00-05:00", title="'Miss Teeny' turns 90 with a parade down South Center Street",
body="""LONGVIEW, Texas (KETX) - Neighbors lined South Center Street on Saturday for a birthday parade honoring Earnestine "Miss Teeny" Gatewood, who turned 90.

Gatewood taught second grade in Longview schools for 37 years, and several of her former students, now grandparents themselves, rode in the convertibles. The mayor read a proclamation declaring it Earnestine Gatewood Day.""",
gold=[("LGV016", "subject")]),

dict(guid="lgv_ketx_20261015_1003", pub="2026-10-15T19:10:00-05:00", title="Houston firefighter from Marshall honored for rescue",
body="""HOUSTON (KETX) - A Houston firefighter who grew up in Marshall has been awarded the department's Medal of Valor.

Engineer Reginald Threadgill, 34, carried two children out of a burning apartment complex in southwest Houston in August. He is a 2010 graduate of Marshall High School and now lives in Pearland.""",
gold=[]),
]
