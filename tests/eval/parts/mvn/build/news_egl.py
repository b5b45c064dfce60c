"""The Egyptian Ledger (weekly community paper for Little Egypt: Franklin, Williamson, Saline, Jackson and
Alexander Counties): teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "egl"
ITEMS = [
dict(guid="mvn_egl_2026_0117_ozment", pub="2026-01-17T07:00:00-06:00", title="Ozment Feed & Seed marks 75 years on Locust Street",
body="""Ozment Feed & Seed in Eldorado is celebrating 75 years in business this month, and Hap and Carolyn Ozment are still opening the doors at 6 a.m.

Harold "Hap" Ozment's father, Lloyd, opened the store in 1951 selling chick starter and seed corn to Saline County farmers. Hap took it over in 1979, and he and Carolyn have run it together since. These days it also sells bird seed, work boots and more fishing bait than feed.

An open house with free hot dogs is planned for Saturday, Jan. 24.""",
gold=[("MVN015", "subject"), ("MVN016", "subject")]),

dict(guid="mvn_egl_2026_0207_tippy", pub="2026-02-07T07:00:00-06:00", title="Carterville pastor retires after 38 years in the pulpit",
body="""After 38 years, 1,100 weddings and funerals by his own rough count, and one memorable baptism in Crab Orchard Lake in January, the Rev. Ansel Tippy is retiring as pastor of First Baptist Church of Carterville.

Tippy, 69, came to Carterville from Southern Baptist seminary in Louisville in 1988. The congregation will honor him and his wife, Marcia, at a reception on Sunday, Feb. 22.

He plans to keep filling pulpits "when somebody's preacher gets the flu," he said.""",
gold=[("MVN017", "subject")]),

dict(guid="mvn_egl_2026_0321_library", pub="2026-03-21T07:00:00-05:00", title="Eldorado library reaches goal for new children's wing",
body="""The Eldorado Memorial Public Library has reached its $400,000 goal for a new children's wing, board president Sandra Rister announced this week.

Major gifts came from the Saline County Community Foundation and the estate of Dr. Leon Mings. Other donors at the Cornerstone level include Hap and Carolyn Ozment, Bobbie Sue Eubanks, Ronnie and Deb Lambert, and First Mid Bank. Construction is set to begin in June.""",
gold=[]),

dict(guid="mvn_egl_2026_0404_sciencefair", pub="2026-04-04T07:00:00-05:00", title="Unity Point students sweep regional science fair",
body="""Students from Unity Point School took five of the eight first-place ribbons at the Southern Illinois Regional Science Fair held last Saturday at the SIU Student Center.

Seventh-grader Owen Cawvey won the top prize for his study of nitrate runoff in Cedar Creek. Judges this year included Dr. Priya Venkataraman of SIU's geography department, retired Carbondale teacher Natalie Pruett, and Jackson County Soil and Water Conservation District staff.

Winners advance to the state fair in Champaign in May.""",
gold=[]),

dict(guid="mvn_egl_2026_0502_threlkeld", pub="2026-05-02T07:00:00-05:00", title="Threlkelds to celebrate 55th anniversary",
body="""Gene and Wanda Threlkeld of Mount Vernon will celebrate their 55th wedding anniversary with an open house from 2 to 4 p.m. Sunday, May 10, in the fellowship hall of Logan Street Baptist Church.

Roscoe Eugene Threlkeld and Wanda Sue Karraker were married May 8, 1971, at Dongola Lutheran Church. He retired from the Mount Vernon Outland Airport; she retired from teaching at Casey Middle School.

The couple requests no gifts. Cards may be sent to 1407 Oakland Ave., Mount Vernon.""",
gold=[("MVN001", "subject"), ("MVN002", "subject")]),

dict(guid="mvn_egl_2026_0516_citizen", pub="2026-05-16T07:00:00-05:00", title="Hargrave named Cairo Citizen of the Year",
body="""Curt Hargrave Jr., who has coached youth basketball in Cairo for 30 years and led the volunteer crew that reopened the Cairo Public Library's reading room after the 2011 flood, is the Cairo Chamber of Commerce's Citizen of the Year.

Hargrave received the award Thursday at the chamber's annual dinner at the Cairo Custom House Museum. His wife, Loretta, and his aunt, Ernestine Bivens, were in the audience.

"My father passed in March," Hargrave said. "He'd have sat in the front row and acted like he wasn't proud." """,
gold=[("MVN006", "subject")]),

dict(guid="mvn_egl_2026_0606_births", pub="2026-06-06T07:00:00-05:00", title="Births: Memorial Hospital of Carbondale",
body="""Natalie and Cody Pruett of Carbondale announce the birth of a son, Wyatt James Pruett, born May 29 at Memorial Hospital of Carbondale. He weighed 8 pounds, 3 ounces. Grandparents are Ron and Janice Cawvey of Murphysboro.

Kayla Minton and Josh Minton of West Frankfort announce the birth of a daughter, Harper Rose, born May 31.""",
gold=[("MVN023", "subject")]),

dict(guid="mvn_egl_2026_0718_wheat", pub="2026-07-18T07:00:00-05:00", title="Franklin County wheat harvest comes in short after wet spring",
body="""The wheat harvest in Franklin County is wrapping up with yields well below last year's after a wet April kept farmers out of their fields.

"We cut 58 bushels on ground that made 80 last year," said Sonny Lipe, who has farmed south of West Frankfort for fifty years. "You take what the Lord sends and you plant beans behind it."

University of Illinois Extension educators said double-crop soybeans are going in quickly behind the combines.""",
gold=[]),
]
