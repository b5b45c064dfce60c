"""KSCK 10 Air Capital News: local TV station site, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="ict_ksck-2026-10411", pub="2026-03-02T17:45:00-06:00", title="Wichita doctor named Kansas Family Physician of the Year",
body="""A Wichita physician who spends his Saturdays running a free clinic on the South Side has been named Kansas Family Physician of the Year.

Dr. Samir Mansour, who practices at a family clinic in northeast Wichita, was honored by the state academy of family physicians at its winter meeting in Overland Park. Colleagues cited the free clinic he founded in 2011, which has since seen more than 30,000 patients without insurance.

"My father came here with nothing and someone in this town gave him credit on a handshake," Mansour said. "This is the handshake back.\"""",
gold=[("ICT020", "subject")]),

dict(guid="ict_ksck-2026-10530", pub="2026-04-14T18:10:00-05:00", title="North High senior wins full-ride scholarship, first in family to attend college",
body="""Wichita North High senior Sofia Villarreal has won a full-tuition Dream Scholars award to study nursing at Wichita State University.

Sofia, the daughter of Bobby and Alma Villarreal of Wichita's North End, works twenty hours a week at her family's taqueria and volunteers at the Guadalupe Clinic. She will be the first in her family to go to college.

"She studies at the counter between orders," her father said. "Customers quiz her.\"""",
gold=[("ICT008", "parent_of_subject")]),

dict(guid="ict_ksck-2026-10587", pub="2026-05-06T17:30:00-05:00", title="Southeast High sophomore heads to national spelling bee",
body="""Kevin Nguyen, a 15-year-old sophomore at Wichita Southeast High School, won the Kansas state spelling bee Saturday in Topeka on the word "chiaroscurist."

Kevin is the son of Minh Nguyen and Lan Tran of south Wichita. He will compete at the national bee near Washington, D.C., in late May.

"He reads the dictionary at dinner," his mother said. "We stopped trying to stop him.\"""",
gold=[("ICT005", "parent_of_subject"), ("ICT006", "parent_of_subject")]),

dict(guid="ict_ksck-2026-10652", pub="2026-06-01T18:00:00-05:00", title="East Wichita couple marks 50 years, 50 Lebanese dinners",
body="""Joe and Rose Marie Saleeb of east Wichita celebrated their 50th wedding anniversary Sunday at St. George Orthodox Christian Cathedral, where they were married on May 30, 1976.

The Saleebs have worked every one of the parish's Lebanese dinners since their wedding, Joe on the grill and Rose Marie in charge of the grape leaves. Their three children and seven grandchildren hosted a reception in the parish hall.""",
gold=[("ICT010", "subject"), ("ICT011", "subject")]),

dict(guid="ict_ksck-2026-10744", pub="2026-07-21T17:50:00-05:00", title="Goessel farmer, 91, hurt when tractor overturns",
body="""A 91-year-old Goessel farmer was flown to a Wichita hospital Monday after his tractor overturned in a ditch northeast of town, the Marion County Sheriff's Office said.

Delbert Entz was mowing a road ditch when the tractor slid on the wet slope, deputies said. He was pinned for about twenty minutes before a neighbor found him. He was listed in serious but stable condition Monday night.

His wife, Irene, said he had mowed that ditch every July since 1957. "I told him to let the county do it," she said.""",
gold=[("ICT023", "subject")]),

dict(guid="ict_ksck-2026-10811", pub="2026-08-29T16:40:00-05:00", title="Wedding: Zamarripa - Ayoub",
body="""Alejandra "Alex" Zamarripa and Daniel Ayoub, both of Wichita, were married August 22 at Our Lady of the Plains Catholic Church in Wichita.

The bride is the granddaughter of the late Eusebio and Josefina Zamarripa. The groom is the son of Elias and Mona Ayoub of Andover. The couple met as volunteers at a South Side literacy program and live in Wichita.""",
gold=[("ICT018", "subject")]),
]
