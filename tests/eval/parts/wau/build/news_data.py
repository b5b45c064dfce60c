"""Local news for the wau part: a TV station site and a community weekly. Hand-labelled."""

# ---- NewsChannel 12 WRVW (TV station site, HTML descriptions) ----
TV = [
dict(guid="wau_tv_20260115_physician", pub="2026-01-15T17:30:00-06:00", title="Wausau family doctor named chief medical officer at Northwoods Community Clinics",
body="""WAUSAU, Wis. (WRVW) - Northwoods Community Clinics has a new chief medical officer, and he grew up a few blocks from its flagship clinic.

Dr. Christopher Yang, a family physician who has practiced at the clinic's Stewart Avenue location since 2014, was promoted to the post this week. Yang, the son of Hmong refugees who settled in Wausau in 1980, speaks Hmong with many of his patients.

"Half my patients knew my grandmother," Yang said. "That's not a burden, that's the job." """,
gold=[("WAU017", "subject")]),

dict(guid="wau_tv_20260203_crash", pub="2026-02-03T18:10:00-06:00", title="Crash closes Business 51 in Rothschild for two hours",
body="""ROTHSCHILD, Wis. (WRVW) - A two-vehicle crash closed Business 51 near Schofield Avenue for about two hours Tuesday afternoon. Both drivers were taken to the hospital with injuries that are not believed to be life-threatening.

"I heard the bang from my kitchen," said Wally Dombrowski, who lives nearby. "That intersection has been bad for fifty years." """,
gold=[]),

dict(guid="wau_tv_20260310_fire", pub="2026-03-10T21:45:00-05:00", title="Fire destroys machine shed on Edgar-area farm",
body="""EDGAR, Wis. (WRVW) - A fire early Tuesday destroyed a machine shed and two tractors on a dairy farm west of Edgar.

Steve and Carol Oestreich said they woke to their dog barking around 3 a.m. and saw flames coming from the shed. No people or animals were hurt. Firefighters from Edgar, Marathon and Athens fought the fire for four hours in sub-zero temperatures. Neighbors have already offered to help with spring planting.""",
gold=[("WAU019", "subject"), ("WAU020", "subject")]),

dict(guid="wau_tv_20260402_scholar", pub="2026-04-02T17:00:00-05:00", title="Wausau East senior earns full-ride scholarship",
body="""WAUSAU, Wis. (WRVW) - Wausau East senior Maiv Nou Vang will attend the University of Wisconsin-Madison on a full scholarship after being named one of 20 Wisconsin Scholars for Tomorrow.

Vang, the daughter of Tou Vang and Pa Nhia Xiong of Wausau, is the class valedictorian, captain of the debate team and a volunteer Hmong interpreter at the free clinic. She plans to study biomedical engineering.""",
gold=[("WAU004", "parent_of_subject"), ("WAU003", "parent_of_subject")]),

dict(guid="wau_tv_20260414_teacher", pub="2026-04-14T18:20:00-05:00", title="Kronenwetter teacher named Northwoods Teacher of the Year",
body="""KRONENWETTER, Wis. (WRVW) - A fourth-grade teacher whose classroom raises monarch butterflies every fall has been named the Northwoods Teacher of the Year.

Becky Nowak-Lindner has taught at Kronenwetter's Evergreen Elementary for 22 years. She received the award Monday in front of students who chanted her name until she cried.""",
gold=[("WAU021", "subject")]),

dict(guid="wau_tv_20260501_sheboygan", pub="2026-05-01T16:40:00-05:00", title="Sheboygan contractor wins statewide safety award",
body="""SHEBOYGAN, Wis. (WRVW) - Steven Oestreich, owner of Lakeshore Concrete in Sheboygan, received the state builders' association safety award Thursday for ten years without a lost-time injury.""",
gold=[]),

dict(guid="wau_tv_20260515_kaminski", pub="2026-05-15T17:15:00-05:00", title="Stratford village clerk retires after 30 years",
body="""STRATFORD, Wis. (WRVW) - Tom Kaminski, Stratford's village clerk since 1996, retired Friday. The village board presented him with a plaque and a fishing rod.""",
gold=[]),
]

# ---- Marathon County Courier (community weekly, teaser description + HTML in content:encoded) ----
MCC = [
dict(guid="wau_mcc_2026_0128_anniv", pub="2026-01-28T06:00:00-06:00", title="Zastrows to celebrate 55th anniversary",
body="""Jerry and Lorraine (Kufahl) Zastrow of Wausau will celebrate their 55th wedding anniversary with an open house from 1 to 4 p.m. Sunday, Feb. 8, at St. Paul's Lutheran Church fellowship hall.

The couple were married Feb. 6, 1971, at St. Paul's. Jerry retired from Wausau Water Works and Lorraine from the Wausau School District. They have three children and seven grandchildren. No gifts, please.""",
gold=[("WAU001", "subject"), ("WAU002", "subject")]),

dict(guid="wau_mcc_2026_0318_births", pub="2026-03-18T06:00:00-05:00", title="Births at Aspirus Wausau Hospital",
body="""LEE - Kou Lee and Mai Yer Thao of Weston, a son, Tswv Lee, born March 9.

HOFFMANN - Brandon and Kelsey Hoffmann of Marathon City, a daughter, Ellie, born March 10.

SCHMIDT - Justin and Amber Schmidt of Wausau, a son, Owen, born March 11.""",
gold=[("WAU011", "subject"), ("WAU012", "subject")]),

dict(guid="wau_mcc_2026_0325_krause", pub="2026-03-25T06:00:00-05:00", title="Krause Auto Body marks 40 years under second generation",
body="""Krause Auto Body on Business 51 in Rothschild is celebrating a milestone: 40 years since Ray Krause Jr. took over the shop his father opened in 1962.

Ray and his wife, Sandy, who has kept the shop's books since 1989, will host a customer appreciation brat fry Saturday. "Dad still stops in to tell me I'm doing it wrong," Ray said.""",
gold=[("WAU006", "subject"), ("WAU007", "subject")]),

dict(guid="wau_mcc_2026_0408_hmong", pub="2026-04-08T06:00:00-05:00", title="Hmong American Center gala raises $84,000 for youth programs",
body="""The Hmong American Center's spring gala drew more than 400 guests and raised $84,000 for after-school tutoring.

Major donors included Dr. Chris Yang, Jerry and Lorraine Zastrow, River Valley Credit Union and the Marathon County Community Foundation. Volunteers Kou Lee and Mai Yer Thao coordinated the silent auction.""",
gold=[]),

dict(guid="wau_mcc_2026_0422_brandenburg", pub="2026-04-22T06:00:00-05:00", title="Library's Brandenburg retires after 33 years",
body="""Anne Marie Brandenburg, who started the Marathon County Public Library's Hmong-language collection and its bookmobile story hour, retired April 17 after 33 years.

Friends and patrons filled the Wausau library's community room for a farewell. Brandenburg plans to travel to Norway and "read everything I never had time to." """,
gold=[("WAU016", "subject")]),

dict(guid="wau_mcc_2026_0506_rusch", pub="2026-05-06T06:00:00-05:00", title="Athens firefighter honored for 60 years of service",
body="""Gene Rusch of Athens received a plaque from the Athens Area Fire Department for 60 years as a volunteer firefighter. Rusch, 85, joined in 1966 and still helps at the annual pancake breakfast. His wife, Phyllis, and their family attended the ceremony.""",
gold=[("WAU018", "subject")]),

dict(guid="wau_mcc_2026_0513_eagle", pub="2026-05-13T06:00:00-05:00", title="Heise earns Eagle Scout rank",
body="""Tyler Heise of Troop 290, Wausau, has earned the rank of Eagle Scout. For his project he built 12 wood-duck houses for Nine Mile County Forest. He is the son of Dale and Peggy Heise of Wausau and a junior at Wausau West.""",
gold=[("WAU015", "parent_of_subject")]),

dict(guid="wau_mcc_2026_0520_fair", pub="2026-05-20T06:00:00-05:00", title="Baking and quilting winners named at spring fair",
body="""Winners of the Marathon County spring fair's open-class baking and quilting contests were announced Saturday. Kolache judges were Dorothy Wojcik of Schofield and Carol Oestreich of Edgar. Best of show in quilting went to Ruth Plautz of Rothschild.""",
gold=[]),
]
