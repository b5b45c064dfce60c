"""Local news for part cba, two sources. Hand-labelled (`gold`)."""

# 1. WCBQ Tri-State 7 (Cumberland TV station site): HTML descriptions
TV = [
dict(guid="cba_wcbq_20260115_bakery", pub="2026-01-15T17:30:00-05:00", title="LaVale bakery marks 50 years of salt-rising bread",
body="""LAVALE, Md. (WCBQ) - Sensabaugh's Bakery on National Highway turned 50 this week, and the line for salt-rising bread stretched out the door Thursday morning.

Owner Jolene Sensabaugh, who took over the business from her late husband's parents in 2009, handed out free pepperoni rolls to anyone who brought in an old bakery box. "Half of Allegany County grew up on this bread," she said.

"I've been coming in every Saturday since I was a kid," said customer Tony Porcarelli of Cumberland.""",
gold=[("CBA021", "subject")]),

dict(guid="cba_wcbq_20260224_fire", pub="2026-02-24T07:45:00-05:00", title="Westernport couple escapes early-morning house fire",
body="""WESTERNPORT, Md. (WCBQ) - A Westernport couple escaped without injury early Tuesday when fire tore through their Main Street home.

Kenny and Marlene Llewellyn woke to smoke alarms shortly after 3 a.m. and got out with their two cats, according to the Westernport Volunteer Fire Department. Crews from Piedmont, Luke and Lonaconing assisted.

The state fire marshal said the fire started in a chimney. The home is a total loss; the Red Cross is helping the family.""",
gold=[("CBA022", "subject")]),

dict(guid="cba_wcbq_20260318_scholar", pub="2026-03-18T18:05:00-04:00", title="Keyser High senior named U.S. Presidential Scholar semifinalist",
body="""KEYSER, W.Va. (WCBQ) - Keyser High School senior Abigail Oldaker is one of just a handful of West Virginia students named a semifinalist for the U.S. Presidential Scholars Program.

Oldaker, the daughter of Leland and Rhonda Oldaker of Keyser, carries a 4.0 grade-point average, plays first violin in the Potomac State community orchestra and plans to study chemical engineering.

"She did her homework at the kitchen table every night of her life," her father said.""",
gold=[("CBA016", "parent_of_subject"), ("CBA017", "parent_of_subject")]),

dict(guid="cba_wcbq_20260408_promotion", pub="2026-04-08T12:20:00-04:00", title="Cumberland native named plant manager at Barton Tire Works",
body="""CUMBERLAND, Md. (WCBQ) - Barton Tire Works has promoted Brandon Emerick of Cumberland to plant manager of its North Branch facility, the company announced Wednesday.

Emerick, 35, started on the mixing floor in 2012 and most recently led the plant's safety and quality program, which took the facility to two straight years without a lost-time injury. He succeeds Dale Paugh, who is retiring.""",
gold=[("CBA014", "subject")]),

dict(guid="cba_wcbq_20260610_storm", pub="2026-06-10T19:10:00-04:00", title="Crews clear trees in Frostburg after severe storm",
body="""FROSTBURG, Md. (WCBQ) - City crews and Potomac Edison spent Wednesday clearing downed trees and lines along Bowery Street and Frost Avenue after Tuesday evening's severe thunderstorm.

About 2,400 customers lost power at the height of the storm. No injuries were reported.

"It came through like a freight train, then it was gone," said Del Lashbrook, who watched the crews from his front porch on Bowery Street. The city's yard-waste site on Old Depot Street is open extra hours this week.""",
gold=[]),

dict(guid="cba_wcbq_20260720_lottery", pub="2026-07-20T16:40:00-04:00", title="Hagerstown man claims $250,000 Maryland Lottery prize",
body="""HAGERSTOWN, Md. (WCBQ) - A Hagerstown retiree is $250,000 richer after a scratch-off ticket bought at a Dual Highway convenience store.

Michael Hendershot, 71, of Hagerstown told lottery officials he plans to pay off his truck and take his grandchildren to the beach.""",
gold=[]),
]

# 2. The Mountain Echo (Frostburg / Georges Creek weekly): plain text
WEEKLY = [
dict(guid="cba_echo_20260129_births", pub="2026-01-29T08:00:00-05:00", title="Births",
body="""UPMC WESTERN MARYLAND

A son, Carter James, was born Jan. 19 to Brandon and Kelsey Emerick of Cumberland. Maternal grandparents are Terry and Lynn Durst of Frostburg.

A daughter, Harper Rose, was born Jan. 21 to Cody and Amber Paugh of Midland.""",
gold=[("CBA014", "subject"), ("CBA015", "subject")]),

dict(guid="cba_echo_20260212_anniversary", pub="2026-02-12T08:00:00-05:00", title="Lashbrooks celebrate 55 years",
body="""Del and Nadine Lashbrook of Frostburg will celebrate their 55th wedding anniversary on Feb. 14 with an open house at St. Paul's Lutheran Church social hall, 2 to 4 p.m. Sunday.

Delbert Lashbrook and the former Nadine Spiker were married Feb. 14, 1971, at St. Paul's. He retired from Kelly-Springfield; she taught at Beall Elementary for 32 years. They have two sons and four grandchildren. The couple requests no gifts.""",
gold=[("CBA001", "subject"), ("CBA002", "subject")]),

dict(guid="cba_echo_20260305_pastor", pub="2026-03-05T08:00:00-05:00", title="St. Paul's Lutheran honors pastor for 25 years of ministry",
body="""The congregation of St. Paul's Lutheran Church, Frostburg, will honor the Rev. Dennis Kreiling on Sunday for 25 years as its pastor.

Kreiling came to Frostburg from a parish in Somerset County, Pa., in 2001 and started the church's Tuesday community supper, which now serves 150 meals a week. Bishop Lynn Weyant will preach at the 10:30 a.m. service; a covered-dish dinner follows.""",
gold=[("CBA020", "subject")]),

dict(guid="cba_echo_20260430_retire", pub="2026-04-30T08:00:00-04:00", title="Piedmont's Stottlemyer retires after 41 years on the school bus",
body="""PIEDMONT - When Gene Stottlemyer parked Bus 14 at the Mineral County Schools garage last Friday, it was for the last time.

Stottlemyer, 69, drove the Piedmont-Westernport run for 41 years, and by his count carried three generations of some families to school. His co-workers surprised him with a cake and a plaque. "Bonnie would have been proud," he said of his late wife.""",
gold=[("CBA006", "subject")]),

dict(guid="cba_echo_20260514_donors", pub="2026-05-14T08:00:00-04:00", title="Historical society thanks donors for Mount Savage brickworks sign",
body="""The Mount Savage Historical Society has unveiled a new interpretive sign at the site of the Union Mining Company brickworks, paid for entirely by local donations.

The society thanked its donors: Mary Lou Haberlein, Rusty and Joyce Kamauf, Vern Shires, the Mount Savage Lions Club and the Georges Creek Heritage Association. The sign was dedicated Saturday with a talk by society president Edna Mullan.""",
gold=[]),

dict(guid="cba_echo_20260625_heritage", pub="2026-06-25T08:00:00-04:00", title="Rawlings woman's sour cherry pie takes Heritage Days blue ribbon",
body="""Tammy Knotts-Riggleman of Rawlings won the blue ribbon in the pie contest at Georges Creek Heritage Days on Saturday with her grandmother's sour cherry pie.

Judges Joyce Kamauf of Cumberland, Trudy Zembower of Lonaconing and chef Marco Ruiz of Frostburg tasted 23 entries. Second place went to Ashley Paugh of Barton for a blackberry cobbler.""",
gold=[("CBA007", "subject")]),

dict(guid="cba_echo_20260903_eagle", pub="2026-09-03T08:00:00-04:00", title="Cumberland Scout earns Eagle rank",
body="""Nicholas Porcarelli of Troop 1, Cumberland, has earned the rank of Eagle Scout. For his project he rebuilt the footbridge on the Evitts Creek trail at Constitution Park.

He is the son of Tony and Gina Porcarelli of Cumberland and a junior at Bishop Walsh School. His court of honor will be held Sept. 13 at Saints Peter and Paul parish hall.""",
gold=[("CBA008", "parent_of_subject"), ("CBA009", "parent_of_subject")]),
]
