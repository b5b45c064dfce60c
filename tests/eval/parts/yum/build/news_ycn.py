"""Yuma County Neighbors (invented community paper: schools, milestones, clubs, sports, Somerton/San Luis/Wellton
and Winterhaven briefs): teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "ycn"
ITEMS = [
dict(guid="yum_ycn_2026_0122", pub="2026-01-22T08:00:00-07:00", title="San Luis names 'Pepe' Bracamontes Citizen of the Year",
body="""SAN LUIS - The San Luis Chamber of Commerce has named José Luis "Pepe" Bracamontes its 2025 Citizen of the Year.

Bracamontes, a school bus driver for the Gadsden Elementary School District for 27 years, founded the city's free Saturday youth boxing club in 2009 in a borrowed warehouse on Main Street. More than 2,000 children have trained there. He and his wife, Araceli, also run the club's Christmas toy drive.

He will be honored at the chamber's banquet on February 6 at the San Luis Civic Center.""",
gold=[("YUM020", "subject")]),

dict(guid="yum_ycn_2026_0212", pub="2026-02-12T08:00:00-07:00", title="Engagements: Brinkerhoff - Tenney",
body="""YUMA - Tad and Lynette Brinkerhoff of Yuma announce the engagement of their daughter, Kenzie Brinkerhoff, to Jacob Tenney, son of Mark and Alisa Tenney of Thatcher.

Kenzie is a 2021 graduate of Cibola High School and of Brigham Young University, and teaches fourth grade at Desert Mesa Elementary. Jacob is a graduate of Eastern Arizona College and Northern Arizona University and is a civil engineer with the Wellton-Mohawk Irrigation District.

The couple will be married June 12 in the Yuma Arizona Temple.""",
gold=[("YUM005", "parent_of_subject")]),

dict(guid="yum_ycn_2026_0416", pub="2026-04-16T08:00:00-07:00", title="Cibola's Quihuis throws perfect game against Gila Ridge",
body="""YUMA - Cibola junior Lizbeth Quihuis struck out 14 and did not allow a baserunner Tuesday as the Raiders beat Gila Ridge 6-0, the first perfect game in Yuma Union High School District softball since 2011.

Quihuis, the daughter of Refugio and Dolores Quihuis of Somerton, has a 1.02 earned run average this season and has been invited to a University of Arizona summer camp. "She's been throwing at a tire in our backyard since she was seven," her father said. "The tire is retired now."

Cibola (17-3) leads the Desert Southwest standings.""",
gold=[("YUM022", "parent_of_subject")]),

dict(guid="yum_ycn_2026_0521", pub="2026-05-21T08:00:00-07:00", title="After 34 years and 5,000 sophomores, Kofa's Mrs. Wollenhaupt closes the book",
body="""YUMA - When the bell rings Friday, Mary Beth Wollenhaupt will walk out of Room 214 at Kofa High School for the last time as a teacher.

Wollenhaupt has taught sophomore English at Kofa since 1992, which by the school's count is about 5,000 students who have read "To Kill a Mockingbird" under her supervision. Several of her current students are the children of former students. She plans to volunteer as a reading tutor at the Yuma County Library and, she says, to read something nobody assigned.

Former students are invited to a reception in the Kofa library Thursday at 4 p.m.""",
gold=[("YUM006", "subject")]),

dict(guid="yum_ycn_2026_0827", pub="2026-08-27T08:00:00-07:00", title="Winnie Schlabach turns 88 with her quilt guild",
body="""YUMA - The Desert Stitchers Quilt Guild celebrated its oldest active member Tuesday: Winifred "Winnie" Schlabach turned 88.

Schlabach, who grew up Mennonite near Goshen, Indiana, has pieced more than 300 quilts since she joined the guild in 1994 and still drives herself to every Tuesday meeting. The guild presented her with a friendship quilt signed by 46 members. "I told them I don't need another quilt," she said. "Then I cried."

Her late husband, Orla, built the quilt frames the guild still uses.""",
gold=[("YUM021", "subject")]),

dict(guid="yum_ycn_2026_1008", pub="2026-10-08T08:00:00-07:00", title="Winterhaven teacher honored for keeping the Quechan language alive",
body="""WINTERHAVEN, Calif. - Winona Escalanti, who teaches the Quechan language to children at the tribe's education center on the Fort Yuma Indian Reservation, has received the California Indian Heritage Educator Award.

Escalanti, 63, learned the language from her grandmother and began teaching it in 2004, when, she says, fewer than a hundred fluent speakers were left. Her classes now enroll sixty children a year, and she has recorded more than 400 hours of elders' stories. The award was presented in Sacramento last week.

"My brother Marvin used to sing the bird songs, and now the kids sing them," she said. "That's the award." """,
gold=[("YUM011", "subject")]),

dict(guid="yum_ycn_2026_1112", pub="2026-11-12T08:00:00-07:00", title="Foothills Rotary adds Pfannenstiel to its Hall of Honor",
body="""FORTUNA FOOTHILLS - The Foothills Rotary Club inducted its late founding member, Hal Pfannenstiel, into the club's Hall of Honor at its Thursday luncheon.

Pfannenstiel, who died in September at 84, started the club's dictionary giveaway to every third-grader in the Foothills and ran its pancake breakfast for twelve years. His widow, Doris Pfannenstiel, accepted the plaque. "He would have said they should have given it to the pancake cook," she said. "He was the pancake cook."

Also inducted was Del Ashby, a retired Marine pilot who organized the club's veterans' dinner.""",
gold=[]),

dict(guid="yum_ycn_2026_1217", pub="2026-12-17T08:00:00-07:00", title="Food bank thanks holiday donors",
body="""YUMA - The Yuma Community Food Bank thanked the businesses and families who sponsored this year's holiday food boxes, which reached 3,800 households across Yuma County.

Sponsors included Arroyo Verde Produce, Ocheltree's Date Shake & Pie Co. (Priscilla Ocheltree), the Foothills Rotary Club, Fidencio and Consuelo De la Ossa, Mary Beth Wollenhaupt, the Filipino-American Association of Yuma, St. Francis of Assisi Knights of Columbus and the Yuma Desert Stitchers Quilt Guild.

Volunteers are still needed for the Christmas Eve distribution.""",
gold=[]),
]
