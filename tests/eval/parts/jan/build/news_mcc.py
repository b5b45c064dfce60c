"""Madison County Courier (small-town weekly: Canton, Madison, Ridgeland, Flora, the Reservoir): community,
schools, society and church news; teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "mcc"
ITEMS = [
dict(guid="jan_mcc_2026_0122", pub="2026-01-22T08:00:00-06:00", title="Canton's Teacher of the Year has taught three generations",
body="""CANTON - When Mary Alice Funchess started teaching fourth grade at McNeal Elementary in 1986, some of this year's students' grandparents were in her class. On Tuesday the Canton Public School District named her its 2026 Teacher of the Year.

Funchess, a Tougaloo College graduate, is known for her "reading porch," a corner of her classroom with rocking chairs donated by the Canton Rotary Club, and for knowing every child's grandmother by name. She will represent the district in the state competition this spring.""",
# award: JAN004 subject (roster has blank coordinates; Canton ZIP).
gold=[("JAN004", "subject")]),

dict(guid="jan_mcc_2026_0305", pub="2026-03-05T08:00:00-06:00", title="Madison Central senior named Gates Scholar",
body="""MADISON - Madison Central High School senior Kaylee Tubby has been selected as a 2026 Gates Scholar, a last-dollar scholarship that will cover her full cost of attendance at the college of her choice. She is one of 300 students chosen nationwide from more than 37,000 applicants.

Kaylee, a member of the Mississippi Band of Choctaw Indians, is the daughter of Darrell and Renee Tubby of Madison. She is the valedictorian of her class, captain of the robotics team and a volunteer interpreter at the Choctaw Museum. She plans to study biomedical engineering.""",
# the client's daughter is the subject: JAN009 parent_of_subject (Renee is not a client).
gold=[("JAN009", "parent_of_subject")]),

dict(guid="jan_mcc_2026_0402", pub="2026-04-02T08:00:00-05:00", title="Hughes - Van Devender",
body="""Mr. and Mrs. Thomas Hughes of Canton announce the engagement of their daughter, Anna Claire Hughes, to Luke Van Devender of Ridgeland, son of Mr. and Mrs. Paul Van Devender of Clinton.

The bride-elect is a graduate of Mississippi College and teaches kindergarten at Highland Elementary in Ridgeland. The prospective groom, a graduate of Mississippi State University, is a project engineer with Pearl River Constructors.

The couple will exchange vows June 20, 2026, at First Baptist Church of Canton.""",
# engagement: Luke (nickname of Lucas) Van Devender of Ridgeland = JAN018 subject.
gold=[("JAN018", "subject")]),

dict(guid="jan_mcc_2026_0416", pub="2026-04-16T08:00:00-05:00", title="Fellowship hall fund passes goal at Reservoir Baptist",
body="""BRANDON - Reservoir Baptist Church has passed the $1.2 million goal for its new fellowship hall, Pastor Kyle Rainey announced Sunday. Ground will be broken in June.

Leading gifts came from the Rankin County Community Foundation; Billy Ray and Glenda Purvis; Dr. Sam and Lisa Hardy; and the Wednesday Night Supper Committee, which raised $40,000 selling chicken plates. The hall will seat 400 and include a commercial kitchen and classrooms.""",
# donor list: nothing for JAN012.
gold=[]),

dict(guid="jan_mcc_2026_0514", pub="2026-05-14T08:00:00-05:00", title="Pearl artist takes top beadwork prize ahead of Choctaw Indian Fair",
body="""CHOCTAW - Loretta Chitto of Pearl has won first place in beadwork at the Mississippi Band of Choctaw Indians' spring arts market, held in advance of July's Choctaw Indian Fair. Her winning piece, a beaded collar in the traditional diamond pattern, took her more than 200 hours.

Chitto learned beadwork from her late sister, basket weaver Eliza Willis Billie, and now teaches a Saturday class at the Pearl River Community Center. The collar will be displayed at the Choctaw Museum during the fair.""",
# award: JAN008 subject.
gold=[("JAN008", "subject")]),
]
