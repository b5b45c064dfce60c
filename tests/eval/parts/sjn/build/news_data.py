"""Local news feeds for part sjn (all people and businesses invented). gold=[...] is the hand label."""

# ---- 1. Kingdom 12 News (WKMT, TV station site): HTML descriptions ----
TV = [
dict(guid="sjn_k12_20260114_0311", pub="2026-01-14T17:20:00-05:00", title="Newport native named manager of Border Valley Credit Union branch",
body="""NEWPORT, Vt. (WKMT) - Border Valley Credit Union has promoted Brianna Marcotte to manager of its Main Street branch in Newport.

Marcotte, 36, a North Country Union High School graduate, started at the credit union as a part-time teller while studying at Community College of Vermont. She most recently led its small-business lending desk.

"She knows half our members by their first names and the other half by their dogs' names," said CEO Frank Audet.""",
gold=[("SJN013", "subject")]),

dict(guid="sjn_k12_20260203_0347", pub="2026-02-03T18:05:00-05:00", title="Hardwick sugarhouse marks 50 years of boiling",
body="""HARDWICK, Vt. (WKMT) - When the sap starts running next month, Urie Family Maple Works on Bridgman Hill will begin its fiftieth season.

Owner Dwight Urie took over the sugarhouse from his father in 1992 and has grown it from 900 taps to 14,000. This year he is adding a reverse-osmosis room and a retail shop on Route 15.

"My dad boiled on wood and so will I, at least the first run," Urie said.""",
gold=[("SJN014", "subject")]),

dict(guid="sjn_k12_20260310_0402", pub="2026-03-10T07:45:00-04:00", title="Fire destroys Danville barn; cattle saved",
body="""DANVILLE, Vt. (WKMT) - Fire destroyed a dairy barn on Peacham Road early Tuesday, but neighbors helped get all 40 head of cattle out before the roof collapsed.

The barn belongs to Wendell Sanville, whose family has farmed the property since 1911. Danville Fire Chief Tom Ide said the fire appears to have started in an electrical panel. No one was hurt.

"We'll rebuild," Sanville said. "The cows don't care what the barn looks like." """,
gold=[("SJN010", "subject")]),

dict(guid="sjn_k12_20260412_0455", pub="2026-04-12T16:30:00-04:00", title="Spring skiing draws crowds to Burke Mountain's closing weekend",
body="""EAST BURKE, Vt. (WKMT) - Sunshine and 50-degree temperatures brought a crowd to Burke Mountain for the pond skim that ends the season.

"I've watched this every year since they started it, and nobody has made it across in a snowsuit yet," said Ezra Pettengill of East Burke, who watched from the deck with his grandchildren.

The mountain reported its best season since 2019.""",
gold=[]),

dict(guid="sjn_k12_20260527_0520", pub="2026-05-27T18:10:00-04:00", title="Island Pond couple marks 60 years of marriage",
body="""ISLAND POND, Vt. (WKMT) - Clement and Yvette Lafoe of Island Pond celebrated their 60th wedding anniversary on Sunday with a dinner for 90 relatives at the Brighton town hall.

The couple married at St. James Church on May 28, 1966. Clem worked for the railroad and then for the town of Brighton; Yvette ran the school cafeteria for 27 years.

Asked the secret, Yvette Lafoe said: "He still shovels my side of the car first." """,
gold=[("SJN011", "subject"), ("SJN012", "subject")]),

dict(guid="sjn_k12_20260608_0541", pub="2026-06-08T12:00:00-04:00", title="Bennington teacher named Vermont Teacher of the Year",
body="""MONTPELIER, Vt. (WKMT) - Nathaniel Fadden, a science teacher at Mount Anthony Union High School in Bennington, has been named Vermont's 2027 Teacher of the Year.

Fadden, 33, built a river-monitoring program on the Walloomsac that now involves 300 students. He will represent Vermont in the national program.""",
gold=[]),

dict(guid="sjn_k12_20260716_0610", pub="2026-07-16T19:05:00-04:00", title="St. Johnsbury cleans up after severe thunderstorm",
body="""ST. JOHNSBURY, Vt. (WKMT) - Crews from Green Mountain Power worked through the night after a severe thunderstorm brought down trees and power lines across St. Johnsbury and Danville on Wednesday afternoon.

On Railroad Street, neighbors used chainsaws to clear a maple that had fallen across the road. "Everybody just came out with what they had," said Lucien Pelletier, who lent his tractor.

About 4,200 customers lost power at the peak of the storm.""",
gold=[]),
]

# ---- 2. Kingdom Neighbors (community newsletter: schools, milestones): teaser + HTML in content:encoded ----
NEIGHBORS = [
dict(guid="sjn_kn_20260130_honors", pub="2026-01-30T08:00:00-05:00", title="Lyndon Institute senior named U.S. Presidential Scholar candidate",
body="""Lyndon Institute senior Ava Fadden has been named a candidate for the U.S. Presidential Scholars Program, one of only four Vermont students chosen this year.

Ava, the daughter of Nate and Kristin Fadden of Lyndonville, plays cello in the Vermont Youth Orchestra and captains the LI Nordic ski team. She plans to study environmental engineering.""",
gold=[("SJN015", "parent_of_subject")]),

dict(guid="sjn_kn_20260226_retire", pub="2026-02-26T08:00:00-05:00", title="Terry Pelletier retires after 38 years at the Athenaeum desk",
body="""After 38 years behind the circulation desk, Therese "Terry" Pelletier retired from the St. Johnsbury Athenaeum on Friday, February 20.

Pelletier started as a page in 1988 and became head of circulation in 2001. Friends and patrons filled the art gallery for a farewell reception, under the Bierstadt painting she has dusted around for decades.

She and her husband, Luc, plan to spend more time at their camp on Joe's Pond.""",
gold=[("SJN002", "subject")]),

dict(guid="sjn_kn_20260318_fair", pub="2026-03-18T08:00:00-04:00", title="Orleans County Fair announces 2026 judges",
body="""The Orleans County Fair Association has announced its judges for the August fair in Barton.

Draft horse pulling will be judged by Roland Chaloux of Barton and Pete Aldrich of Irasburg. The maple products judge is Dwight Urie of Hardwick, and the baked goods will be judged by Denise Labounty of Derby.

The fair runs August 19-23.""",
gold=[]),

dict(guid="sjn_kn_20260412_library", pub="2026-04-12T08:00:00-04:00", title="Haskell library roof fund reaches its goal",
body="""The campaign to replace the slate roof of the library that straddles the border in Derby Line has reached its $180,000 goal, the library's trustees announced.

Donors at the Cornerstone level include Guy and Denise Labounty, Jenny Beaudoin, the Tanguay family, Border Valley Credit Union and an anonymous family from Stanstead. Volunteers will be thanked at a June open house.""",
gold=[]),

dict(guid="sjn_kn_20260505_births", pub="2026-05-05T08:00:00-04:00", title="Welcome, little neighbors: North Country Hospital births",
body="""A daughter, Elise Lorraine, born April 28 at North Country Hospital to Brianna Marcotte and Tyler Gray of Newport. Elise weighed 7 pounds 2 ounces and is named for her late great-grandmother, Lorraine Marcotte.

A son, Owen James, born April 30 to Kayla and Ben Nadeau of Derby.""",
gold=[("SJN013", "parent_of_subject")]),

dict(guid="sjn_kn_20260620_4h", pub="2026-06-20T08:00:00-04:00", title="Newport Center 4-H leader honored for 30 years",
body="""Solange St. Pierre of Newport Center received the Vermont 4-H Friend of Youth award on Saturday at the state 4-H day in Burlington.

St. Pierre has led the Vance Hill Clovers since 1996, and more than 200 Orleans County children have shown calves, rabbits and quilts under her eye. "She taught my kids and now she's teaching theirs," said club parent Amy Grenier.""",
gold=[("SJN021", "subject")]),

dict(guid="sjn_kn_20260702_fire_chief", pub="2026-07-02T08:00:00-04:00", title="Derby Line fire chief hangs up his helmet",
body="""Russell "Russ" Tanguay is retiring as chief of the Derby Line Volunteer Fire Department after 32 years on the department and 12 as chief.

Tanguay led the department through the 2019 Caswell Avenue fire and the joint border exercises with the Stanstead firefighters. A retirement supper will be held July 18 at the fire station.""",
gold=[]),  # SJN017 is the subject but do_not_contact
]
