"""Local news for the mkl part, three sources. Hand-labelled: gold=[(client_id, role)]."""

# 1. TV station site: "WHUB 9 Hub City News" (Jackson), HTML descriptions
TV = [
dict(guid="mkl_whub9_20260120_1101", pub="2026-01-20T17:45:00-06:00", title="Jackson plant names new manager",
body="""JACKSON, Tenn. (WHUB) - A Jackson native who started on the loading dock is now running the whole plant.

Consolidated Bearing & Axle announced Tuesday that Marcus Tharpe has been promoted to plant manager of its Jackson facility on Christmasville Road, which employs about 640 people. Tharpe, 46, joined the company in 1999 and most recently served as director of operations.

"I know most of these folks by their first names, and I intend to keep it that way," Tharpe said.""",
gold=[("MKL010", "subject")]),

dict(guid="mkl_whub9_20260224_1188", pub="2026-02-24T18:10:00-06:00", title="Fire destroys Lexington hardware store",
body="""LEXINGTON, Tenn. (WHUB) - A fire early Tuesday destroyed Coffman Hardware, a fixture on Lexington's courthouse square for almost 60 years.

Owner Aubrey Coffman said he got the call from the alarm company at about 2:30 a.m. By the time he arrived, the roof had already fallen in. Nobody was hurt. The Lexington Fire Department said the cause appears to be electrical.

"My granddaddy opened this store in 1967," Coffman said. "We'll be back. I just don't know where yet." """,
gold=[("MKL023", "subject")]),

dict(guid="mkl_whub9_20260416_1260", pub="2026-04-16T06:20:00-05:00", title="Tornado damages homes, barns between Humboldt and Milan",
body="""GIBSON COUNTY, Tenn. (WHUB) - Crews spent Thursday clearing trees and power lines after a tornado touched down late Wednesday night between Humboldt and Milan.

The National Weather Service in Memphis confirmed an EF-1 tornado with winds up to 100 mph. Several barns on Antioch Road lost their roofs, and a mobile home on Highway 104 was rolled over; the family inside was treated for minor injuries.

"We heard it go over like a freight train," said neighbor Wendell "Buddy" Outlaw, whose house on the north side of Milan was not damaged. "Then it was just quiet." Gibson County EMA director Ron Tate said 14 homes reported damage.""",
gold=[]),  # quoted bystander (the tornado warning itself is labelled separately)

dict(guid="mkl_whub9_20260505_1302", pub="2026-05-05T17:30:00-05:00", title="Jackson physician named Tennessee Family Physician of the Year",
body="""JACKSON, Tenn. (WHUB) - A Jackson doctor who still makes house calls has been named Tennessee Family Physician of the Year.

Dr. Anita Sorrells of Sorrells Family Medicine received the award Saturday from the Tennessee Academy of Family Physicians in Nashville. She has practiced in Jackson for 24 years and started a free Saturday clinic in East Jackson in 2015.

Sorrells was joined at the ceremony by her husband, Grady, and their two sons.""",
gold=[("MKL019", "subject")]),

dict(guid="mkl_whub9_20260601_1355", pub="2026-06-01T16:00:00-05:00", title="Lexington, Ky. teen wins national spelling bee semifinal spot",
body="""(WHUB) - A 13-year-old from Lexington, Kentucky, named Aubrey Coffman made it to the semifinals of the Scripps National Spelling Bee on Sunday. The Bryan Station Middle School student is the first from her school to reach the semifinals.""",
gold=[]),  # namesake in Kentucky
]

# 2. weekly: "The Gibson County Gleaner" (Milan, Humboldt, Trenton, Medina), plain text
WEEKLY = [
dict(guid="mkl_gleaner_2026_0304", pub="2026-03-04T08:00:00-06:00", title="Spellings sworn in as Milan alderman",
body="""Odell Spellings Jr. was sworn in Monday night as Milan's newest alderman, filling the Ward 2 seat left open by the resignation of Jimmy Cobb. Spellings, a retired Milan Special School District bus supervisor, buried his father, Deacon Odell Spellings Sr., only days earlier.

"Daddy would have told me to show up and do the work," Spellings said after taking the oath from Mayor Den Harris. His wife, Bernice, held the Bible.""",
gold=[("MKL004", "subject")]),

dict(guid="mkl_gleaner_2026_0513", pub="2026-05-13T08:00:00-05:00", title="Strawberry Festival barbecue winners announced",
body="""HUMBOLDT - Smokin' Saddle BBQ of Trenton took top honors in the pork shoulder division at the West Tennessee Strawberry Festival cook-off Saturday, with Pig Pen Pals of Medina second.

Judges for this year's contest were Bart Yarbro of Jackson, Reba Faye McNatt of Medina and Lonnie Whitsitt Sr. of Humboldt. "The sauce was close, but the bark won it," Yarbro said.""",
gold=[]),  # judges

dict(guid="mkl_gleaner_2026_0520", pub="2026-05-20T08:00:00-05:00", title="Outlaw retires after 38 years at Milan Elementary",
body="""Milan Elementary School said goodbye Friday to a teacher who taught two generations of the same families to read.

Peggy Outlaw is retiring after 38 years in the classroom, all of them in second grade. Her students lined the hallway with paper strawberries bearing their names. Principal Dana Harrell said, "Mrs. Outlaw has taught half of this town and the parents of the other half."

Outlaw and her husband, Buddy, plan to spend more time at Kentucky Lake.""",
gold=[("MKL016", "subject")]),

dict(guid="mkl_gleaner_2026_0617", pub="2026-06-17T08:00:00-05:00", title="Milan couple welcomes daughter",
body="""Colton and Kaylee Hooper of Milan announce the birth of a daughter, Harper Opal Hooper, born June 9, 2026, at Jackson-Madison County General Hospital. She weighed 7 pounds, 4 ounces.

Grandparents are Danny and Vicki Brashear of Bradford and Tim and Lisa Hooper of Milan. Great-grandmother is Opal Brashear of Milan.""",
gold=[("MKL022", "subject")]),

dict(guid="mkl_gleaner_2026_0701", pub="2026-07-01T08:00:00-05:00", title="Trenton Teapot Festival committee thanks donors",
body="""The Trenton Teapot Festival committee thanks this year's sponsors and donors: Gibson Electric Membership Corporation, First Citizens National Bank, Karnes & Son Funeral Home, Wilma Jean Hollingsworth, Harlan Moody, Grady and Anita Sorrells, and the Trenton Rotary Club.""",
gold=[]),  # donor list
]

# 3. business paper: "West Tennessee Business Report", teaser description + HTML content:encoded
BIZ = [
dict(guid="mkl_wtbr_2026_03_118", pub="2026-03-10T09:00:00-05:00", title="Panadería La Rosa marks 10 years, opens second location",
body="""Panadería La Rosa, the Hollywood Drive bakery known for its conchas and tres leches cakes, is celebrating ten years in business by opening a second shop in north Jackson.

Owner Rosa Elena Cárdenas Ruiz opened the bakery in 2016 with two ovens and a loan from her father. It now employs 14 people and supplies pan dulce to three grocery stores in Madison and Gibson counties.

"My father taught me to get up at 3 a.m. and not complain about it," Cárdenas said.""",
gold=[("MKL014", "subject")]),

dict(guid="mkl_wtbr_2026_04_142", pub="2026-04-21T09:00:00-05:00", title="Greater New Hope pastor marks 25 years in the pulpit",
body="""Rev. Elijah Mosby celebrated his 25th pastoral anniversary at Greater New Hope Missionary Baptist Church in Jackson on Sunday. Under his leadership the church built a family life center and launched a credit-counseling ministry that has helped more than 900 families.

Mosby, 70, and his wife, Loretta, were presented with a trip to the Holy Land by the congregation.""",
gold=[("MKL024", "subject")]),

dict(guid="mkl_wtbr_2026_06_171", pub="2026-06-09T09:00:00-05:00", title="Pruetts celebrate 50 years of marriage",
body="""Thaddeus "Tad" and Glenda Cranford Pruett of Jackson will celebrate their 50th wedding anniversary on June 12 with a reception at West Jackson Baptist Church.

They were married June 12, 1976, at West Jackson Baptist. Tad retired from Pruett Insurance Agency, the firm his father founded, and Glenda taught piano to some 400 Jackson children. They have two sons, Nathan and Drew, and four grandchildren.""",
gold=[("MKL001", "subject"), ("MKL002", "subject")]),

dict(guid="mkl_wtbr_2026_07_188", pub="2026-07-14T09:00:00-05:00", title="North Side senior named Presidential Scholar",
body="""Jada Tharpe, a senior at North Side High School in Jackson, has been named a U.S. Presidential Scholar, one of two in Tennessee this year. She plans to study chemical engineering at Vanderbilt University.

Jada is the daughter of Marcus and Keisha Tharpe of Jackson. "She did the work; we just kept the lights on," her father said.""",
gold=[("MKL010", "parent_of_subject"), ("MKL011", "parent_of_subject")]),

dict(guid="mkl_wtbr_2026_08_203", pub="2026-08-11T09:00:00-05:00", title="Humboldt insurance agent retires; Moody agency sold",
body="""Harlan Moody, who has sold insurance in Humboldt since 1984, has retired and sold the Moody Agency to Volunteer State Insurance Group. The office on Main Street will keep its staff.""",
gold=[]),  # do_not_contact
]

FEEDS = {"tv": TV, "weekly": WEEKLY, "biz": BIZ}
ITEMS = [it for v in FEEDS.values() for it in v]
