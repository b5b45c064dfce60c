"""Local news for part lbt, two sources. Every person and business is invented. Hand labels in gold=[...]."""

# 1. Carolina 9 (invented TV station site, Lumberton bureau): HTML descriptions
TV = [
dict(guid="lbt_c9_20260122_firefighter", pub="2026-01-22T18:10:00-05:00", title="Lumberton firefighter named Firefighter of the Year",
body="""LUMBERTON, N.C. (CAROLINA 9) - A Lumberton firefighter who pulled two children from a burning mobile home last summer has been named the city's Firefighter of the Year.

Capt. Jarvis Strickland, a 22-year veteran of Lumberton Fire Department Station 2, received the award at Tuesday's city council meeting.

"He went in before the hose line was charged," Fire Chief Ronald Graham said. "That's not in the manual. That's Jarvis." """,
gold=[("LBT006", "subject")]),

dict(guid="lbt_c9_20260219_fire", pub="2026-02-19T22:30:00-05:00", title="St. Pauls couple loses home in overnight fire",
body="""ST. PAULS, N.C. (CAROLINA 9) - A St. Pauls couple escaped without injury when fire destroyed their home on West Blue Street early Thursday.

Marcella and Dwayne Woods said a space heater in the back bedroom caught a curtain around 2 a.m. Their dog woke them. The St. Pauls Fire Department said the house is a total loss.

The American Red Cross is helping the couple with temporary housing. "They're good people and this community will take care of them," said Red Cross volunteer Gaston Lowry of Fairmont, who was at the scene.""",
gold=[("LBT018", "subject"), ("LBT019", "subject")]),

dict(guid="lbt_c9_20260311_tire", pub="2026-03-11T17:45:00-04:00", title="Rowland tire shop marks 40 years on Main Street",
body="""ROWLAND, N.C. (CAROLINA 9) - Hunt's Tire & Lube opened in a one-bay garage on West Main Street in 1986. Forty years later it has six bays, nine employees and the same owner.

Lonnie Ray Hunt celebrated the anniversary Saturday with free hot dogs and a tire-changing contest. "My daddy told me if you treat farmers right, they'll keep you in business," Hunt said. "He was right." """,
gold=[("LBT017", "subject")]),

dict(guid="lbt_c9_20260515_tornado", pub="2026-05-15T12:20:00-04:00", title="Pembroke cleans up after tornado tears through Union Chapel community",
body="""PEMBROKE, N.C. (CAROLINA 9) - Crews worked Friday to clear downed trees and power lines after an EF-1 tornado touched down west of Pembroke Thursday evening.

The National Weather Service said the tornado traveled about four miles with winds near 100 mph. No injuries were reported. Several barns and a church fellowship hall lost their roofs.

"I heard it before I saw it," said Purnell Oxendine, who rode out the storm in his hallway. "Sounded like a train on the CSX line, except there isn't a train out here." Lumbee River EMC said most power would be restored by Saturday night.""",
gold=[]),

dict(guid="lbt_c9_20260602_chef", pub="2026-06-02T19:00:00-04:00", title="Charlotte chef with Robeson County roots wins televised cook-off",
body="""CHARLOTTE, N.C. (CAROLINA 9) - Charlotte chef Keisha Strickland, who runs the soul-food restaurant Big Mama's Table on Beatties Ford Road, won a televised barbecue competition this weekend. Strickland, 31, said her grandmother in Maxton taught her to make hash.""",
gold=[]),

dict(guid="lbt_c9_20260716_promotion", pub="2026-07-16T17:30:00-04:00", title="Red Springs native promoted to plant manager at Carolina Poultry",
body="""RED SPRINGS, N.C. (CAROLINA 9) - Carolina Poultry Co. has named Terrell McLean of Red Springs manager of its Robeson County processing plant, the company's largest, with 1,400 employees.

McLean started on the loading dock in 2003 and worked his way through quality assurance and operations. He is the first plant manager to come up from the floor, the company said.""",
gold=[("LBT012", "subject")]),
]

# 2. The Pembroke Pilot (invented community weekly): teaser description, HTML in content:encoded
WEEKLY = [
dict(guid="lbt_pilot_20260129_anniversary", pub="2026-01-29T08:00:00-05:00", title="Oxendines celebrate 50 years of marriage",
body="""Purnell and Arlinda "Linda" Oxendine of the Union Chapel community celebrated their 50th wedding anniversary on January 24 with a dinner at Union Chapel Holiness Methodist Church fellowship hall.

The couple were married January 24, 1976, at New Prospect Holiness Church. Mr. Oxendine retired from the Robeson County Sheriff's Office and Mrs. Oxendine, the former Arlinda Chavis, taught second grade at Union Chapel School for 32 years. They have three children and seven grandchildren.""",
gold=[("LBT001", "subject"), ("LBT002", "subject")]),

dict(guid="lbt_pilot_20260212_donors", pub="2026-02-12T08:00:00-05:00", title="Powwow scholarship fund passes $50,000",
body="""The Lumbee Youth Scholarship Fund has passed $50,000 for the first time, the fund's board announced this week.

Gifts this year came from more than 200 families and businesses, including Hunt's Tire & Lube of Rowland, Lonnie Ray Hunt, Purnell and Arlinda Oxendine, Dr. Walter Cummings, and the Deep Branch Baptist Church youth department. The first scholarships will be awarded in May.""",
gold=[]),

dict(guid="lbt_pilot_20260305_pastor", pub="2026-03-05T08:00:00-05:00", title="Cherokee Chapel honors Rev. Dial for 30 years in the pulpit",
body="""Cherokee Chapel Baptist Church will honor its pastor, the Rev. Earlie Dial, for thirty years of service with a celebration Sunday, March 22, at 3 p.m.

Rev. Dial came to Cherokee Chapel in 1996, when the congregation met in a cinder-block building with forty members. Today it has more than six hundred. He and his wife, Loretta, have led mission trips to Honduras every summer since 2004.""",
gold=[("LBT015", "subject")]),

dict(guid="lbt_pilot_20260409_retire", pub="2026-04-09T08:00:00-04:00", title="After 34 years, Mrs. Locklear closes her classroom door",
body="""When the bell rings on the last day of school in June, Glenda Faye Locklear will retire after 34 years of teaching first grade at Pembroke Elementary School.

Mrs. Locklear, a Pembroke State University graduate, estimates she has taught more than 700 children to read, including two of her current colleagues. Her husband, Bud, says he is ready for her to take over the garden.""",
gold=[("LBT004", "subject")]),

dict(guid="lbt_pilot_20260507_births", pub="2026-05-07T08:00:00-04:00", title="Births at Southeastern Regional",
body="""Born April 28 to Terrell and Shante McLean of Red Springs, a daughter, Amari Simone, 7 pounds 4 ounces.

Born April 30 to Marcus and Tonya Brayboy of Red Springs, a son, Lacy James.

Born May 2 to Jose and Maribel Ortega of Fairmont, a daughter, Isabella.""",
gold=[("LBT012", "subject"), ("LBT013", "subject")]),

dict(guid="lbt_pilot_20260521_scholar", pub="2026-05-21T08:00:00-04:00", title="Red Springs senior wins Lumbee Youth scholarship",
body="""Red Springs High School senior Ossie Mae Brayboy has received the first Lumbee Youth Scholarship, worth $4,000 a year for four years.

Brayboy, who was named for her great-grandmother, plans to study nursing at UNC Pembroke. She is the daughter of Marcus and Tonya Brayboy of Red Springs.""",
gold=[]),

dict(guid="lbt_pilot_20260618_bakery", pub="2026-06-18T08:00:00-04:00", title="Panadería opens on Elm Street",
body="""Panadería La Esperanza opened Saturday at 1104 N. Elm St. in Lumberton, with conchas, tres leches cake and a line out the door.

Owner Rosa Hernández said she learned to bake from her mother in Fairmont and sold pan dulce from her kitchen for eight years before she could afford the storefront. "My father always said this town would support us," she said. "He was right." """,
gold=[("LBT011", "subject")]),

dict(guid="lbt_pilot_20260709_misslumbee", pub="2026-07-09T08:00:00-04:00", title="Pembroke teen crowned Miss Lumbee",
body="""Kaylee Jacobs, 19, was crowned Miss Lumbee on Friday night at Givens Performing Arts Center, opening Lumbee Homecoming week.

Jacobs, a rising sophomore at UNC Pembroke, performed a traditional shawl dance and spoke about her late grandfather, Harvey Lowry. She is the daughter of Anthony and Kim Jacobs of Pembroke.

The judges were Rev. Earlie Dial, former Miss Lumbee Tonya Brooks and tribal council member Walter Cummings.""",
gold=[("LBT020", "parent_of_subject")]),

dict(guid="lbt_pilot_20260723_signing", pub="2026-07-23T08:00:00-04:00", title="Lumberton lineman signs with UNC Pembroke",
body="""Lumberton Senior High School offensive lineman Jalen Strickland signed to play football at UNC Pembroke on Tuesday.

Jalen is the son of Jarvis and Keisha Strickland of Lumberton. His father, a Lumberton fire captain, played for the Pirates in the 1990s. "He's bigger than I ever was," Jarvis Strickland said.""",
gold=[("LBT006", "parent_of_subject"), ("LBT007", "parent_of_subject")]),
]
