"""Key City Neighbors: community newsletter (schools, churches, milestones, births, ag news) covering Abilene and the
surrounding towns; teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "kcn"
ITEMS = [
dict(guid="abi_kcn_2026_01_13_conservation_rancher", pub="2026-01-13T08:00:00-06:00",
title="Anson rancher named Jones County's Outstanding Conservation Rancher",
body="""The Jones County Soil and Water Conservation District has named Kenny McWhorter of Anson its Outstanding Conservation Rancher for 2026.

McWhorter, who runs cow-calf pairs on about 2,400 acres northwest of Anson, was recognized for twenty years of brush management, rotational grazing and the restoration of two stock tanks that had silted in during the drought of the 1950s. His place has hosted field days for Texas A&M AgriLife Extension and for the Anson FFA.

"The land was here before me and it'll be here after me," McWhorter said. "I'd just like to hand it on better than I found it." He will be honored at the district's annual banquet at the Anson Community Center on Jan. 29.""",
gold=[("ABI016", "subject")]),

dict(guid="abi_kcn_2026_02_24_science_fair", pub="2026-02-24T08:00:00-06:00",
title="Regional science fair sends 14 Big Country students to state",
body="""Fourteen students from Abilene, Wylie, Merkel and Clyde schools qualified for the state science and engineering fair at Saturday's Big Country Regional Science Fair at Abilene Christian University.

Grand prize in the senior division went to Priya Raman, a junior at Abilene High, for her study of nitrate levels in Lake Fort Phantom Hill. Junior division honors went to Wyatt Bearden of Merkel Middle School for a homemade seismometer.

More than 60 volunteers judged this year's 230 projects, among them Dr. Naomi Castleberry of Hardin-Simmons, retired Air Force master sergeant Terry Vickery and Abilene ISD science coordinator Alma Reyes.""",
gold=[]),

dict(guid="abi_kcn_2026_04_28_births", pub="2026-04-28T08:00:00-05:00",
title="Stork Report: Births at Hendrick and Abilene Regional",
body="""Welcome to the Big Country, little ones! Births reported this week:

Born to Jesse and Kaylee Barnhill of Abilene, a son, Wade Allen Barnhill, April 22 at Hendrick Medical Center. He weighed 8 pounds, 1 ounce. Grandparents are Ronnie and Deb Barnhill of Baird and Mike and Tina Flores of Abilene. Great-grandmother is Nadine Barnhill of Baird.

Born to Ashton and Marisol Greer of Tuscola, a daughter, Everly Rose, April 23 at Abilene Regional Medical Center.

Born to Staff Sgt. Deshawn and Brianna Lyles of Dyess AFB, twin sons, Micah and Malachi, April 24 at Hendrick Medical Center.""",
gold=[("ABI019", "subject")]),

dict(guid="abi_kcn_2026_05_26_ybarra_retires", pub="2026-05-26T08:00:00-05:00",
title="After 35 years, Mrs. Ybarra says goodbye to Valley View Elementary",
body="""When the last bell rang at Valley View Elementary on Friday, it rang for Rosie Saucedo Ybarra too.

Mrs. Ybarra, as three generations of north Abilene children know her, is retiring after 35 years of teaching first grade, all of them at Valley View. She started in 1991 with a class of 26 and a chalkboard; she finishes with a class of 19 and a smartboard she still calls "the TV."

Former students, some of them now parents of her current students, lined the hallway Friday afternoon to cheer as she walked out. Principal Diego Arredondo said the school will dedicate its new reading garden to her in the fall. "She taught half of this neighborhood to read," he said. "The other half she taught to behave." """,
gold=[("ABI005", "subject")]),

dict(guid="abi_kcn_2026_06_14_oakes_50th", pub="2026-06-14T08:00:00-05:00",
title="Anniversaries: Butch and Peggy Oakes, 50 years",
body="""Harold W. "Butch" Oakes Jr. and Peggy Hollis Oakes of Abilene will celebrate their 50th wedding anniversary with a come-and-go reception from 2 to 4 p.m. Saturday, June 20, in the fellowship hall of Pioneer Drive Baptist Church.

The couple were married June 19, 1976, at First Baptist Church of Winters. Butch retired in 2018 after 38 years with Oakes Tire & Alignment on South 1st, which he ran for most of those years; Peggy retired from the Taylor County Tax Office. They have two children, Brent Oakes of Abilene and Tara Lindley of Midland, and five grandchildren.

The family requests no gifts; cards and stories are welcome.""",
gold=[("ABI006", "subject"), ("ABI007", "subject")]),

dict(guid="abi_kcn_2026_08_04_kimbrough_retires", pub="2026-08-04T08:00:00-05:00",
title="Elmcrest's Kimbrough to step down after 30 years in the pulpit",
body="""After thirty years as pulpit minister of Elmcrest Church of Christ, Dwayne Kimbrough will preach his last sermon as the congregation's minister on Sunday, Aug. 30.

Bro. Kimbrough came to Elmcrest from Snyder in 1996 and has baptized, married and buried, by the church office's count, more than 900 members and their families. He and his wife, Carolyn, plan to stay in Abilene, where he will teach part time in the Bible department at Abilene Christian University.

The congregation will host a reception in the Kimbroughs' honor after services on Aug. 30. Elders said a search committee has been formed.""",
gold=[("ABI021", "subject")]),
]
