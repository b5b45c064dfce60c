"""Local news for part jxn. Hand labels in gold=[...] beside each text."""

# 1. WJXN News 10 (Jackson TV station site): HTML descriptions
TV = [
dict(guid="jxn_wjxn_20260102_first-baby", pub="2026-01-02T11:30:00-05:00", title="Jackson's first baby of 2026 arrives 14 minutes after midnight",
body="""JACKSON, Mich. (WJXN) - Josephine Rose Brinkerhoff didn't waste any time.

The 7-pound, 3-ounce girl was born at 12:14 a.m. on New Year's Day at Henry Ford Jackson Hospital, making her the first baby born in Jackson County in 2026. Her parents, Nate and Alyssa Brinkerhoff of Jackson, said "Josie" was not due until January 9.

"We were watching the ball drop in the waiting room," her father said. The hospital's auxiliary presented the family with a basket of gifts.""",
gold=[("JXN022", "parent_of_subject")]),

dict(guid="jxn_wjxn_20260212_parma-fire", pub="2026-02-12T07:05:00-05:00", title="Parma couple escapes early-morning house fire",
body="""PARMA, Mich. (WJXN) - A Parma couple escaped without injury early Thursday when fire broke out in the attached garage of their home on Michigan Avenue west of the village.

Terry and Roz Mapes told WJXN they were woken by their dog at about 3:30 a.m. Crews from Sandstone and Parma townships had the fire under control within an hour, but the garage and kitchen are a total loss. The cause is believed to be electrical.

"Everything we lost can be replaced," Roz Mapes said. A fundraiser for the family is planned at the Parma fire hall.""",
gold=[("JXN015", "subject"), ("JXN016", "subject")]),

dict(guid="jxn_wjxn_20260307_principal", pub="2026-03-07T17:45:00-05:00", title="Jackson principal named Michigan Elementary Principal of the Year",
body="""JACKSON, Mich. (WJXN) - The principal who turned around reading scores at Jackson's Northeast Elementary has been named Michigan's Elementary Principal of the Year.

Tamika Ostrander-Bell, in her seventh year leading the school, was surprised with the award at an assembly Friday. Under her leadership the share of third-graders reading at grade level rose from 38 to 71 percent.

Ostrander-Bell dedicated the honor to her father, Leon, who died last month. "He mopped these floors for 30 years," she said.""",
gold=[("JXN009", "subject")]),

dict(guid="jxn_wjxn_20260314_van-horn-state", pub="2026-03-14T22:10:00-04:00", title="Chelsea's Van Horn wins state title in 200 freestyle",
body="""YPSILANTI, Mich. (WJXN) - Chelsea senior Lucy Van Horn won the Division 3 state championship in the 200-yard freestyle Saturday at Eastern Michigan University.

Van Horn, 17, touched in 1:50.12, a school record. She has committed to swim at Grand Valley State. Her parents, Brad and Kristen Van Horn, made the trip along with most of the Chelsea team.""",
gold=[]),

dict(guid="jxn_wjxn_20260522_tornado-cleanup", pub="2026-05-22T18:20:00-04:00", title="Spring Arbor, Parma residents clean up after tornado",
body="""SPRING ARBOR, Mich. (WJXN) - Neighbors spent Friday hauling downed trees and tarping roofs after a brief tornado touched down Thursday evening west of Jackson.

The National Weather Service confirmed an EF-1 tornado with winds of about 100 mph along a four-mile path from near Spring Arbor toward Parma. No injuries were reported.

Reggie Tuttle, who drove over from Albion with a chainsaw to help a friend, said it "looked like somebody took a weed whip to the tree line." Jackson County Emergency Management asks residents to report damage online.""",
gold=[]),

dict(guid="jxn_wjxn_20260801_fair-judges", pub="2026-08-01T16:00:00-04:00", title="Hillsdale County Fair crowns grand champion steer",
body="""HILLSDALE, Mich. (WJXN) - A 1,340-pound Angus cross shown by 15-year-old Addison Kempf of Reading was named grand champion market steer at the Hillsdale County Fair on Friday.

Judges Everett Dunnigan of Napoleon and Carla Mohr of Coldwater said the class was among the deepest in years. The livestock auction is Saturday at 10 a.m.""",
gold=[]),
]

# 2. The Heartland Weekly (community weekly: Chelsea, Marshall, Hillsdale, Albion): teaser + content:encoded
HW = [
dict(guid="jxn_hw_2026_0118_klopfenstein-55", pub="2026-01-18T08:00:00-05:00", title="Klopfensteins mark 55 years",
body="""Bud and Arlene Klopfenstein of Spring Arbor will celebrate their 55th wedding anniversary with an open house from 2 to 4 p.m. Sunday, January 25, at Spring Arbor Free Methodist Church.

Bernard "Bud" Klopfenstein and the former Arlene Gutekunst were married January 23, 1971, at Zion Lutheran Church in Chelsea. Bud retired from Spring Arbor University's maintenance department; Arlene taught piano to two generations of local children. They have three children and seven grandchildren. The couple requests no gifts.""",
gold=[("JXN010", "subject"), ("JXN011", "subject")]),

dict(guid="jxn_hw_2026_0225_huizenga-75", pub="2026-02-25T08:00:00-05:00", title="Huizenga Hardware marks 75 years on Michigan Avenue",
body="""MARSHALL - Huizenga Hardware, the downtown store where you can still buy a single bolt, turns 75 this month.

Wendell Huizenga, who bought the store from his father in 1988, says the secret is simple: "Somebody answers the phone." The store was founded in 1951 by his grandfather, Pieter. A customer appreciation day with free popcorn and a 1951 price list is planned for March 7.""",
gold=[("JXN014", "subject")]),

dict(guid="jxn_hw_2026_0311_haeussler-cfo", pub="2026-03-11T08:00:00-04:00", title="Sylvan Creek Credit Union names Haeussler chief financial officer",
body="""CHELSEA - Sylvan Creek Credit Union has promoted Mary Beth Haeussler of Chelsea to chief financial officer.

Haeussler, a Chelsea High School graduate, joined the credit union as a teller in 1990 and has been its controller since 2014. She succeeds Gary Fenn, who retired in February. "Mary Beth knows every member's name and every line of the balance sheet," said president Dana Morrow.""",
gold=[("JXN006", "subject")]),

dict(guid="jxn_hw_2026_0415_pung-retires", pub="2026-04-15T08:00:00-04:00", title="After 32 years, Pung hands over the keys to the bus garage",
body="""CHELSEA - Dwight Pung of Manchester will retire in June as transportation director for Chelsea School District after 32 years, the board of education announced Monday.

Pung started as a mechanic in 1994 and has run the district's 40-bus fleet since 2008. Board president Anne Kwiatkowski called him "the reason our buses start at 6 a.m. in January." A retirement open house is planned for June 12 at the bus garage.

Pung said he plans to spend more time on Sand Lake.""",
gold=[("JXN020", "subject")]),

dict(guid="jxn_hw_2026_0520_eagle-scout", pub="2026-05-20T08:00:00-04:00", title="Chelsea Scout earns Eagle with trail-bridge project",
body="""CHELSEA - Owen Haeussler of Troop 425 has earned the rank of Eagle Scout, the highest in Scouting.

For his project, Owen, 17, led 22 volunteers in building a 40-foot footbridge over a wetland on the Chelsea Community Trail. He is the son of Karl and Mary Beth Haeussler of Chelsea and a junior at Chelsea High School. His Court of Honor was held May 16 at St. Mary Parish.""",
gold=[("JXN007", "parent_of_subject"), ("JXN006", "parent_of_subject")]),

dict(guid="jxn_hw_2026_0603_library-donors", pub="2026-06-03T08:00:00-04:00", title="Albion library campaign passes $1 million goal",
body="""ALBION - The Albion District Library's campaign to renovate its children's wing has passed its $1 million goal, the library board announced.

Leading gifts came from the Albion Community Foundation and the Harold and Ethel Kessler Trust. Individual donors recognized on the new donor wall include Geraldine Wojtaszek, Aggie Lutz, Reggie and Monique Tuttle, and the late Irene Nowicki. Construction begins in August.""",
gold=[]),

dict(guid="jxn_hw_2026_0708_century-farm", pub="2026-07-08T08:00:00-04:00", title="Ritzenthaler farm recognized as Michigan Centennial Farm",
body="""GRASS LAKE - The Ritzenthaler farm on Mount Hope Road has been recognized as a Michigan Centennial Farm, having been in the same family since 1921.

Cletus Ritzenthaler, 86, who still keeps a few beef cattle there, accepted the marker from the Historical Society of Michigan on Saturday. His late brother Leonard and sister-in-law Gladys farmed the adjoining acreage for more than 50 years.""",
gold=[]),

dict(guid="jxn_hw_2026_0722_diner-closing", pub="2026-07-22T08:00:00-04:00", title="Hillsdale's Hallett Road Diner serves its last breakfast",
body="""HILLSDALE - After 41 years, the Hallett Road Diner served its last pancakes Sunday. Owners Jim and Patty Crouse are retiring.

Regulars lined up before 6 a.m. "My father-in-law ate here every day after chores for forty years," said Sherri Vandermolen of Hillsdale. "We came one last time for him." The building has been sold to a farm-equipment dealer.""",
gold=[]),
]
