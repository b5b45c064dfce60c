"""Local news for part whe: a TV station site and a weekly business/community paper. Hand-labelled."""

# 1. WVOV 7 News (Wheeling TV site): HTML descriptions
TV = [
dict(guid="whe_tv7_1001", pub="2026-03-02T18:10:00-05:00", title="Gorby's Hardware in New Cumberland marks 75 years on North Chester Street",
body="""NEW CUMBERLAND - A hardware store that has sold nails by the pound since 1951 celebrated its 75th anniversary on Saturday.

Wendell Gorby, who took over Gorby's Hardware from his father, Ray, in 1994, said the store survived the big-box era by doing what the big boxes will not: cutting keys, fixing screens and knowing every customer's name. The Hancock County Commission presented him with a proclamation.

"My dad would have liked the cake," Gorby said.""",
gold=[("WHE021", "subject")]),

dict(guid="whe_tv7_1002", pub="2026-04-14T22:30:00-04:00", title="Fire heavily damages McMechen home; family and dog escape",
body="""McMECHEN - A family escaped without injury Tuesday evening after fire tore through their two-story home on Marshall Street.

Carla Jean Estep said she smelled smoke from the basement around 7 p.m. and got her husband, Rodney, and their dog out before the first engine arrived. Crews from McMechen, Benwood and Glen Dale fought the fire for two hours. The State Fire Marshal is investigating; an electrical cause is suspected.

The American Red Cross is assisting the Esteps. A fund has been opened at WesBanco in McMechen.""",
gold=[("WHE022", "subject")]),

dict(guid="whe_tv7_1003", pub="2026-05-07T17:45:00-04:00", title="Wheeling Park senior named Presidential Scholar",
body="""TRIADELPHIA - Wheeling Park High School senior Sophia Hupp has been named a U.S. Presidential Scholar, one of two students from West Virginia this year.

Sophia, the daughter of Luke and Kristen Hupp of Triadelphia, plans to study chemical engineering at West Virginia University in the fall. She will be honored in Washington, D.C., in June.""",
gold=[("WHE015", "parent_of_subject")]),

dict(guid="whe_tv7_1004", pub="2026-06-24T19:00:00-04:00", title="Storm cleanup under way in Woodsdale after Tuesday's winds",
body="""WHEELING - Crews from the city and AEP spent Wednesday clearing fallen limbs in Woodsdale and Edgwood after Tuesday night's storm brought wind gusts near 60 mph.

"The big oak across the street just snapped like a pencil," said neighbor Dom Petrosky, who helped drag branches off Edgington Lane. "Everybody was out with their chainsaws by seven this morning."

AEP said about 4,200 customers in Ohio County lost power at the peak.""",
gold=[]),

dict(guid="whe_tv7_1005", pub="2026-07-08T16:20:00-04:00", title="Moundsville man charged after Route 2 pursuit",
body="""MOUNDSVILLE - A Moundsville man faces charges after a pursuit on Route 2 early Wednesday, the Marshall County Sheriff's Office said.

Raymond Fonner, 34, of Moundsville, was charged with fleeing and driving on a revoked license. He was arraigned before a magistrate and released on bond.""",
gold=[]),

dict(guid="whe_tv7_1006", pub="2026-08-15T18:30:00-04:00", title="Weirton couple celebrates 60 years of marriage",
body="""WEIRTON - Casimir "Casey" and Helen Wojtaszek of Weirton celebrated their 60th wedding anniversary with a Mass and dinner at the Slovak Club on Saturday.

The couple were married August 13, 1966, at Sacred Heart of Mary Church. Casey retired from Weirton Steel in 2004; Helen, the former Helen Kovalchick, was a nurse at Weirton Medical Center for 35 years. They have three children and seven grandchildren.""",
gold=[("WHE003", "subject"), ("WHE004", "subject")]),

dict(guid="whe_tv7_1007", pub="2026-08-21T20:00:00-04:00", title="Ohio County Fair wraps up with 4-H livestock sale",
body="""WHEELING - The 2026 Ohio County Fair closed Saturday with a record 4-H and FFA livestock sale at Wheeling Park.

Grand champion market steer honors went to Abby Kimble of West Liberty. Judges for the baked-goods and canning competitions included Teddi Marple of Wellsburg and Mary Beth Haught of Moundsville, and the sale was called by auctioneer Wayne Blake.""",
gold=[]),
]

# 2. The Panhandle Weekly (business and community weekly): teaser description, HTML in content:encoded
PW = [
dict(guid="whe_pw_2001", pub="2026-02-20T07:00:00-05:00", title="Stidd named plant manager at Weirton tin works",
body="""WEIRTON - Jolene Stidd of Chester has been promoted to plant manager of the Weirton tin works, the company announced this week.

Stidd, a 1988 graduate of Oak Glen High School, started in the quality lab in 1994 and most recently served as operations manager. She is the first woman to run the plant.""",
gold=[("WHE018", "subject")]),

dict(guid="whe_pw_2002", pub="2026-04-03T07:00:00-04:00", title="After 41 years, the Kondilises hand the Hilltop Diner to the next generation",
body="""WEIRTON - Steve and Eleni Kondilis are retiring from the Hilltop Diner on Pennsylvania Avenue, which they opened in 1985, and handing the spatula to their son, Nick.

The couple's gyros and Sunday moussaka made the diner a fixture for three shifts of steelworkers. "We fed the fathers, then the sons, now the grandsons," Eleni Kondilis said. A retirement party is planned for April 19 at All Saints hall.""",
gold=[("WHE009", "subject"), ("WHE010", "subject")]),

dict(guid="whe_pw_2003", pub="2026-05-15T07:00:00-04:00", title="Moundsville-Marshall County library reaches renovation goal",
body="""MOUNDSVILLE - The Moundsville-Marshall County Public Library has reached its $1.2 million goal for the renovation of its children's wing, the library board announced.

Leading donors recognized at a reception Thursday included the Hazlett Foundation, WesBanco, Mary Beth Haught, Virgil and Darla Ruckman, and the Marshall County Rotary Club. Construction begins in September.""",
gold=[]),

dict(guid="whe_pw_2004", pub="2026-06-05T07:00:00-04:00", title="Anna Maria Fabbro named Benwood Citizen of the Year",
body="""BENWOOD - Anna Maria Fabbro, who has run the Benwood food pantry out of St. John's parish hall for 18 years, was named the city's Citizen of the Year at Tuesday's council meeting.

Mayor Ed Hatalovsky said the pantry fed more than 300 families a month through the pandemic. Fabbro, who received a plaque and a standing ovation, said the honor belongs to the volunteers.""",
gold=[("WHE014", "subject")]),

dict(guid="whe_pw_2005", pub="2026-07-17T07:00:00-04:00", title="Births",
body="""A daughter, Harper Rose, was born July 9, 2026, at WVU Medicine Ruby Memorial Hospital, Morgantown, to Wendell and Amber Gorby of Morgantown. Grandparents are Tom and Lisa Gorby of Fairmont.

A son, Nolan, was born July 11 at Weirton Medical Center to Ashley and Ryan Kiska of Weirton.""",
gold=[]),

dict(guid="whe_pw_2006", pub="2026-09-25T07:00:00-04:00", title="New Martinsville names ballfield for late coach Harlan Shreve",
body="""NEW MARTINSVILLE - The junior-high football field behind Magnolia High School will be known as Harlan Shreve Field, the Wetzel County Board of Education voted Monday.

Shreve, who died in February, coached seventh- and eighth-graders for 34 years. His widow, Opal Shreve, accepted a framed copy of the resolution and thanked the board on behalf of the family.""",
gold=[]),
]

ITEMS = TV + PW
