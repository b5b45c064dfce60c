"""Northland 10 KNLD: local TV station site for Duluth, Superior and the Iron Range; HTML descriptions. Hand-labelled."""

FEED = "knld"
ITEMS = [
dict(guid="dlh_knld_2026_017741", pub="2026-01-27T18:30:00-06:00", title="Esko family escapes overnight house fire",
body="""ESKO - A family of four escaped without injury early Tuesday when fire destroyed their home on Juntunen Road in Esko.

Brad and Heidi Kauppinen said a smoke alarm woke them shortly after 2 a.m. "By the time we had the kids in the truck, the whole back of the house was going," Brad Kauppinen said. Their two dogs also got out.

The Thomson Township and Esko fire departments were called in. Fire Chief Mark Salo said the cause appears to be a wood stove chimney. A fundraiser has been set up at Esko Community Bank.""",
gold=[("DLH017", "subject"), ("DLH018", "subject")]),

dict(guid="dlh_knld_2026_018203", pub="2026-02-16T18:00:00-06:00", title="Proctor's Wojciechowski named Mr. Hockey finalist",
body="""PROCTOR - Proctor senior defenseman Tanner Wojciechowski is one of three finalists for Minnesota's Mr. Hockey award, given each year to the state's top high school senior player.

Wojciechowski, the son of Del and Gwen Wojciechowski of Proctor, has 14 goals and 31 assists this season and has committed to play at the University of Minnesota Duluth. "He was on skates before he could walk, and he's never gotten off them," said Proctor coach Jeff Halverson. The winner will be announced March 28 in St. Paul.""",
gold=[("DLH006", "parent_of_subject"), ("DLH007", "parent_of_subject")]),

dict(guid="dlh_knld_2026_019870", pub="2026-04-22T17:45:00-05:00", title="Superior native takes the helm as first woman captain of a Great Lakes ore boat in the fleet",
body="""SUPERIOR - When the 1,000-foot freighter Edwin H. Gott sailed out of the Duluth ship canal Tuesday evening, Capt. Kirsten Halvorsrud was on the bridge - the first woman to command a vessel in Great Lakes Fleet history.

Halvorsrud, 41, grew up in Superior's Billings Park, the daughter of Oskar and Janice Halvorsrud, and graduated from the Great Lakes Maritime Academy in 2007. Her parents watched from the Canal Park pier. "We blew the horn back at her from the car," Oskar Halvorsrud said.""",
gold=[("DLH011", "parent_of_subject"), ("DLH012", "parent_of_subject")]),

dict(guid="dlh_knld_2026_020114", pub="2026-01-30T17:30:00-06:00", title="Flu cases climb; Lakehead Regional limits visitors",
body="""DULUTH - Lakehead Regional Medical Center is limiting visitors to two per patient and barring visitors under 14 as influenza cases in northeastern Minnesota reach their highest level in six years.

"We have patients on the cardiac floor who came in for their hearts and caught the flu here," said Dr. Anand Velayudhan, who leads the hospital's heart institute. "Please get your flu shot, and please stay home if you're sick." The Minnesota Department of Health reported 112 flu hospitalizations in the region last week.""",
gold=[]),

dict(guid="dlh_knld_2026_021552", pub="2026-05-19T18:10:00-05:00", title="Moorhead teacher among Minnesota Teacher of the Year finalists; none from the Northland this year",
body="""ST. PAUL - Education Minnesota on Tuesday named ten finalists for 2026 Minnesota Teacher of the Year. For the first time since 2019 no Northland teacher made the list.

The finalists include Mary Beth Strandquist, a kindergarten teacher at Robert Asp Elementary in Moorhead; Jamal Whitcomb, a physics teacher in Rochester; and Lena Xiong, an English learner teacher in St. Paul. The winner will be named in August.""",
gold=[]),
]
