"""Local news for the hbg part, hand-labelled (gold= beside each text)."""

# 1. WPBT 7 Pine Belt News (TV station site): HTML descriptions
TV = [
dict(guid="hbg_wpbt_20260129_0144", pub="2026-01-29T17:45:00-06:00", title="Ice storm leaves thousands without power in Jones County",
body="""LAUREL, Miss. (WPBT) - Crews with Dixie Electric worked through the night Wednesday after a quarter inch of ice brought down pines across Jones and Covington counties.

At one point more than 14,000 customers were without power. Laurel opened a warming center at the Lindsey Center.

"I've lived on Fifth Avenue since 1966 and I've never heard so many trees crack at once," said Bobbie Sue Lott, who waited out the night with a kerosene heater. "It sounded like rifle shots." """,
gold=[]),

dict(guid="hbg_wpbt_20260317_0322", pub="2026-03-17T12:10:00-05:00", title="Longleaf Regional names new chief nursing officer",
body="""HATTIESBURG, Miss. (WPBT) - Longleaf Regional Medical Center has a new chief nursing officer, and she is a hometown product.

Kimberly Boykin-Shows, a Hattiesburg High and Southern Miss nursing graduate, was promoted Tuesday from director of critical care. She has worked at the hospital for 26 years.

"I started here as a nurse tech on the night shift," Boykin-Shows said. "There is no floor in this building I haven't worked." """,
gold=[("HBG010", "subject")]),

dict(guid="hbg_wpbt_20260408_0419", pub="2026-04-08T06:30:00-05:00", title="Sumrall family escapes overnight house fire",
body="""SUMRALL, Miss. (WPBT) - A Lamar County family is safe after fire destroyed their home on Highway 42 early Wednesday morning.

Claudia Dearman said a smoke alarm woke her around 2 a.m. She and her husband, Josh, got their two children and the family dog out before flames reached the kitchen. Sumrall and Oloh volunteer firefighters responded.

The cause is under investigation. A fund has been set up at the Sumrall branch of The First bank.""",
gold=[("HBG022", "subject")]),

dict(guid="hbg_wpbt_20260620_0611", pub="2026-06-20T18:20:00-05:00", title="Juneteenth celebration fills Mobile Street in Hattiesburg",
body="""HATTIESBURG, Miss. (WPBT) - Hundreds gathered along historic Mobile Street on Saturday for the city's Juneteenth celebration, with gospel choirs, a car show and a history walk past the old Eureka School.

"This street was the heart of Black Hattiesburg," said the Rev. Otis Fairley, who helped organize the first celebration here in 1998. "We come back every year so our young people know it."

The celebration continues Sunday afternoon at Vernon Dahmer Park.""",
gold=[]),

dict(guid="hbg_wpbt_20260806_0702", pub="2026-08-06T17:00:00-05:00", title="Petal High's Brantley Graves earns Eagle Scout, and a state title",
body="""PETAL, Miss. (WPBT) - It has been a big summer for Brantley Graves.

The Petal High senior completed his Eagle Scout project, a 60-foot footbridge on the Longleaf Trace, two weeks after winning the state 4-H shooting sports championship.

His mother, Mary Alice Graves, said his late grandfather taught him to shoot. "Daddy would have been so proud," she said.""",
gold=[("HBG014", "parent_of_subject")]),
]

# 2. The Pine Belt Courier (weekly, Petal / Covington County edition): plain text, community columns
WEEKLY = [
dict(guid="hbg_pbc_2026_02_12_anniv", pub="2026-02-12T08:00:00-06:00", title="Pittmans celebrate 50 years",
body="""Mr. and Mrs. Wendell "Sonny" Pittman of Petal celebrated their 50th wedding anniversary February 7 with a reception at Petal Harvey Baptist Church fellowship hall, hosted by their children.

Sonny Pittman and the former Glenda Herrington were married February 7, 1976, at Moselle Baptist Church. He retired from Mississippi Power; she retired from the Forrest County Circuit Clerk's office. They have three children and seven grandchildren.""",
gold=[("HBG001", "subject"), ("HBG002", "subject")]),

dict(guid="hbg_pbc_2026_03_05_star", pub="2026-03-05T08:00:00-06:00", title="Laurel senior named district STAR Student",
body="""Kiara Bettis, a senior at Laurel High School, has been named the Laurel School District's STAR Student for 2026 for the highest ACT score in her class.

Kiara chose chemistry teacher Dr. Nathan Pruitt as her STAR Teacher. She is the daughter of Rosalind Bettis of Laurel and plans to study pharmacy at Ole Miss.""",
gold=[("HBG020", "parent_of_subject")]),

dict(guid="hbg_pbc_2026_04_23_retire", pub="2026-04-23T08:00:00-05:00", title="Ainsworth retires after 35 years with county road department",
body="""Vernell Ainsworth of Collins has retired as Covington County road foreman after 35 years.

Supervisors presented him a plaque at their April 20 meeting. "If a culvert in this county washed out, Vernell knew about it before we did," board president Jerry Welch said. Ainsworth and his wife, Cassandra, plan to travel, starting with a trip to see their grandchildren in Houston.""",
gold=[("HBG007", "subject")]),

dict(guid="hbg_pbc_2026_05_14_piano", pub="2026-05-14T08:00:00-05:00", title="Purvis church honors pianist for 50 years",
body="""Purvis First Baptist Church honored Hazel Mixon on Sunday for fifty years at the piano bench.

Mrs. Mixon, the former Hazel Saucier of Lumberton, began playing for the church in 1976 and has missed only a handful of Sundays since. The congregation presented her with a plaque and a framed hymnal page signed by past and present choir members.""",
gold=[("HBG017", "subject")]),

dict(guid="hbg_pbc_2026_07_09_fair", pub="2026-07-09T08:00:00-05:00", title="Covington County Fair results: pies, preserves and a record pumpkin",
body="""The Covington County Fair wrapped up Saturday in Collins with record entries in the home arts building.

Everett Shoemake of Ellisville, a retired county extension agent, judged the canned goods for the 22nd year. Blue ribbons went to Sharon Keys (fig preserves), Donna Sims (chow-chow) and Marie Pickering (muscadine jelly).

Fair sponsors included Bynum Tire & Lube, Covington County Bank, and Vernell and Cassandra Ainsworth.""",
gold=[]),

dict(guid="hbg_pbc_2026_08_20_births", pub="2026-08-20T08:00:00-05:00", title="Births at Longleaf Regional",
body="""The following births were recorded at Longleaf Regional Medical Center:

To Josh and Claudia Dearman of Sumrall, a son, Hollis James, August 3.

To Tyler and Brooke Ulmer of Petal, a daughter, Addison Grace, August 4.

To Marcus and Jasmine Pope of Hattiesburg, a son, Marcus Jr., August 6.""",
gold=[("HBG022", "subject")]),
]

# 3. Pine Belt Business Report: plain text
BIZ = [
dict(guid="hbg_pbbr_2026_03_anniv", pub="2026-03-24T06:00:00-05:00", title="Bynum Tire & Lube marks 25 years on Ellisville Boulevard",
body="""LAUREL - Curtis and Amber Bynum opened Bynum Tire & Lube in a two-bay former gas station in March 2001 with one lift and a borrowed air compressor. Twenty-five years later the business has nine bays, 14 employees and a second location in Ellisville.

"We've never had a sign bigger than a pickup truck," Curtis Bynum said. "Word of mouth did the rest." Amber Bynum keeps the books and runs the fleet accounts.""",
gold=[("HBG012", "subject"), ("HBG013", "subject")]),

dict(guid="hbg_pbbr_2026_05_retire", pub="2026-05-28T06:00:00-05:00", title="Oak Grove principal Tisdale retires; district names successor",
body="""HATTIESBURG - Renee Tisdale, principal of Oak Grove Middle School since 2012, will retire June 30 after 30 years with the Lamar County School District.

Superintendent Dr. Brian Dale Holloway named assistant principal LaToya Hayes as her successor. Tisdale, the former Renee Bufkin of Seminary, said she plans to help her husband, Keith, with his insurance agency on Hardy Street.""",
gold=[("HBG005", "subject")]),

dict(guid="hbg_pbbr_2026_06_board", pub="2026-06-11T06:00:00-05:00", title="Tupelo banker Gene Sumrall named to state banking board",
body="""JACKSON - The governor has appointed Gene Sumrall, 58, president of Northeast Mississippi Community Bank in Tupelo, to the State Board of Banking Review. Sumrall, a Mississippi State graduate, has worked in community banking in Lee County for 30 years.""",
gold=[]),

dict(guid="hbg_pbbr_2026_08_senior", pub="2026-08-27T06:00:00-05:00", title="Hattiesburg retiree takes gold at state Senior Games",
body="""HATTIESBURG - Gene Sumrall of Hattiesburg, 73, a retired Hercules plant chemist, won gold in the men's 70-74 cycling time trial at the Mississippi Senior Olympics in Tupelo last weekend. He trains on the Longleaf Trace most mornings before sunrise.""",
gold=[("HBG011", "subject")]),
]
