"""Hand-written local news for part sln. gold=[(client_id, role)] beside each text."""

# 1. KCKS Central Kansas 12 (TV station site): HTML descriptions
TV = [
dict(guid="sln_kcks_20260220_1101", pub="2026-02-20T17:45:00-06:00", title="Abilene's Wedel Hardware marks 75 years on Buckeye",
     body="""ABILENE, Kan. (KCKS) - Three generations of one family have sold nails by the pound at the same counter on Buckeye Avenue.

Wedel Hardware, opened in 1951, celebrates its 75th anniversary this weekend with an open house and free hot dogs. Owners Kirby and Shonda Wedel took over the store from Kirby's father in 1998.

"People still come in for one bolt," Kirby Wedel said. "We'll always sell them one bolt." """,
     gold=[("SLN013", "subject"), ("SLN014", "subject")]),
dict(guid="sln_kcks_20260311_1115", pub="2026-03-11T06:20:00-05:00", title="Fire destroys farmhouse south of Gypsum",
     body="""GYPSUM, Kan. (KCKS) - A farmhouse south of Gypsum is a total loss after a fire late Tuesday night.

Saline County Fire District No. 5 said the home of Curt Dreiling on Gypsum Valley Road was fully involved when crews arrived. Dreiling got out safely with his two dogs. The cause is under investigation.

Neighbors have set up a collection at the Gypsum post office.""",
     gold=[("SLN016", "subject")]),
dict(guid="sln_kcks_20260415_1132", pub="2026-04-15T18:10:00-05:00", title="Salina doctor named Kansas rural physician of the year",
     body="""SALINA, Kan. (KCKS) - A Salina internist who drives to clinics in four counties has been named the Kansas Rural Physician of the Year.

Dr. Priya Raghunathan, who has practiced in Salina since 2009, received the award Tuesday from the Kansas Academy of Family Physicians. She staffs clinics in Ellsworth, Lincoln and Minneapolis each week.""",
     gold=[("SLN022", "subject")]),
dict(guid="sln_kcks_20260524_1160", pub="2026-05-24T07:30:00-05:00", title="Salina cleans up after tornado warning night",
     body="""SALINA, Kan. (KCKS) - Limbs and shingles littered south Salina on Sunday morning after storms moved through overnight.

"I heard the sirens and went to the basement," said Rod Brungardt, who was helping a neighbor on Edgehill Road cut up a fallen elm. "We were lucky."

Evergy reported about 6,000 customers without power at the peak.""",
     gold=[]),
dict(guid="sln_kcks_20260602_1171", pub="2026-06-02T17:05:00-05:00", title="Longtime Salina fire captain retires",
     body="""SALINA, Kan. (KCKS) - After 33 years with the Salina Fire Department, Capt. Lorne Pfannenstiel worked his last shift Monday. Colleagues lined the apparatus bay at Station 1 to see him off.""",
     gold=[]),  # SLN015 is do_not_contact
dict(guid="sln_kcks_20260619_1180", pub="2026-06-19T16:40:00-05:00", title="Hyllningsfest organizers expect record crowd",
     body="""LINDSBORG, Kan. (KCKS) - Organizers of Lindsborg's Svensk Hyllningsfest say hotel rooms in the Smoky Valley are booked solid for the festival in October.

"We've got dancers coming from Sweden this year," said volunteer Tory Sjogren, who has helped set up the parade route for twenty years.""",
     gold=[]),
dict(guid="sln_kcks_20260808_1205", pub="2026-08-08T18:30:00-05:00", title="Salina South teacher named principal at Heusner Elementary",
     body="""SALINA, Kan. (KCKS) - USD 305 has named Tessa Gierhart the new principal of Heusner Elementary School. Gierhart taught fourth grade at Heusner for eleven years and has been assistant principal at Salina South Middle School since 2022.""",
     gold=[("SLN017", "subject")]),
]

# 2. Smoky Valley Weekly (community paper, Lindsborg/McPherson/Salina): teaser + HTML content:encoded
SVW = [
dict(guid="sln_svw_2026_03_05_nora", pub="2026-03-05T09:00:00-06:00", title="Salina Central senior is National Merit finalist",
     body="""Nora Gierhart, a senior at Salina Central High School, has been named a National Merit Scholarship finalist.

Nora is the daughter of Brandon and Tessa Gierhart of Salina. She plans to study engineering at Kansas State University.""",
     gold=[("SLN018", "parent_of_subject"), ("SLN017", "parent_of_subject")]),
dict(guid="sln_svw_2026_04_30_bergquist", pub="2026-04-30T09:00:00-05:00", title="Pastor Bergquist to retire after 31 years at Bethany",
     body="""Pastor Joel Bergquist will retire at the end of August after 31 years as senior pastor of Bethany Lutheran Church in Lindsborg.

The congregation will hold a farewell smorgasbord on Aug. 23. Bergquist and his wife, Ruth, plan to stay in Lindsborg.""",
     gold=[("SLN021", "subject")]),
dict(guid="sln_svw_2026_06_11_voth", pub="2026-06-11T09:00:00-05:00", title="Voths celebrate 50th anniversary",
     body="""Harlan and Marlys (Regier) Voth of Salina will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. June 20 at Salina First Mennonite Brethren fellowship hall.

The couple were married June 19, 1976, at First Mennonite Church, Moundridge. Cards may be sent to 1421 Roach St., Salina.""",
     gold=[("SLN001", "subject"), ("SLN002", "subject")]),
dict(guid="sln_svw_2026_07_02_births", pub="2026-07-02T09:00:00-05:00", title="Births at McPherson Hospital",
     body="""Evelyn Rose Koehn was born June 24 at McPherson Hospital to Mary Beth Stucky and Jared Koehn of McPherson. She weighed 7 pounds, 4 ounces.

Grandparents are Dennis and Joan Stucky of Canton.""",
     gold=[("SLN010", "parent_of_subject")]),
dict(guid="sln_svw_2026_07_16_heritage", pub="2026-07-16T09:00:00-05:00", title="Swedish heritage fund passes goal",
     body="""The Lindsborg Old Mill heritage fund has passed its $250,000 goal for the mill's roof. Donors at the Dalahäst level include Dottie Engstrand's estate, Wilma Kasselman of Abilene, Eugene Ostlund and the Smoky Valley Lions.

Work on the roof begins in September.""",
     gold=[]),
dict(guid="sln_svw_2026_07_23_aguirre", pub="2026-07-23T09:00:00-05:00", title="Aguirre Tire & Auto named small business of the year",
     body="""The Salina Area Chamber of Commerce has named Aguirre Tire & Auto its Small Business of the Year.

Owner Gus Aguirre Santos opened the shop on North Ninth Street in 1994 with one bay and now employs 14 people. "My mother told me to fix things right the first time," Aguirre said.""",
     gold=[("SLN011", "subject")]),
dict(guid="sln_svw_2026_08_06_hays", pub="2026-08-06T09:00:00-05:00", title="Around the region: Hays commission seat filled",
     body="""HAYS - Curtis Dreiling, 41, a Hays insurance agent, was appointed Thursday to fill a vacancy on the Ellis County Commission.

Dreiling grew up in Victoria and has served on the Hays planning board since 2019.""",
     gold=[]),
dict(guid="sln_svw_2026_08_13_fair", pub="2026-08-13T09:00:00-05:00", title="McPherson County 4-H fair results",
     body="""Top honors at the McPherson County Fair went to Kaylee Unruh of Inman, grand champion market steer, and Marcus Friesen of Moundridge, grand champion market hog.

Livestock judges were Gene Ostlund of Lindsborg and Dr. Amy Haun of Manhattan. LaVonne Unruh presented the Del Unruh Memorial showmanship award.""",
     gold=[]),
]

ITEMS = TV + SVW
