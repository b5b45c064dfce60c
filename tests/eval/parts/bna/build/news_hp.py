"""The Hometown Press (community news for Sumner, Williamson and Rutherford Counties and North Nashville: schools,
churches, farm, milestones), teaser description + HTML in content:encoded. Hand-labelled."""

FEED = "hp"
ITEMS = [
dict(guid="bna_hp_2026_0312", pub="2026-03-10T08:00:00-05:00", title="Greater Mount Pisgah honors the Battses for 40 years in the pulpit",
body="""NORTH NASHVILLE - Greater Mount Pisgah Missionary Baptist Church will celebrate the 40th pastoral anniversary of the Rev. Lucius Batts and First Lady Geraldine Batts with a week of services beginning Sunday, March 15.

Rev. Batts came to the Heiman Street church in 1986 as a 33-year-old assistant pastor and was called as pastor the next year. Under the couple's leadership the congregation opened a food pantry, a credit union, and an after-school program that has sent more than 200 students to college.

Guest preachers during the week include pastors from Memphis, Birmingham and Louisville. The anniversary banquet will be held Saturday, March 21, at the Fisk University Jubilee Hall.""",
gold=[("BNA010", "subject"), ("BNA011", "subject")]),

dict(guid="bna_hp_2026_0321", pub="2026-03-23T08:00:00-05:00", title="Thousands mark Newroz with fire, music and dabke at Sevier Park",
body="""NASHVILLE - Thousands of people from Nashville's Kurdish community, the largest in the United States, gathered at Sevier Park on Saturday to celebrate Newroz, the Kurdish New Year, with a bonfire, music and a line of dabke dancers that stretched most of the way around the park.

"For us Newroz is freedom and spring at once," said Ahmad Doski, who has helped organize the festival for 15 years. Volunteers Rezan Amedi, Dilshad Amedi and Hero Berwari ran the food tents, which sold out of dolma by 3 p.m.

The festival's sponsors included Zagros Market, Harpeth Community Bank and the Tennessee Immigrant Business Alliance.""",
gold=[]),
# quoted organizer (BNA006) and volunteer list (BNA008): nothing.

dict(guid="bna_hp_2026_0418", pub="2026-04-20T08:00:00-05:00", title="Brentwood High senior Emmylou Odom wins full ride to Belmont's music business program",
body="""BRENTWOOD - Emmylou Odom, a senior at Brentwood High School, has been awarded the Belmont University Presidential Scholarship, a full-tuition award given to twelve incoming freshmen a year.

Odom, who plays mandolin in the school's bluegrass ensemble and runs the sound board for every school musical, plans to study music business. She is the daughter of Travis and Kim Odom of Brentwood. Her father is a longtime Nashville session drummer; she says she learned to read a chart before she could read a book.""",
gold=[("BNA004", "parent_of_subject"), ("BNA005", "parent_of_subject")]),

dict(guid="bna_hp_2026_0607", pub="2026-06-11T08:00:00-05:00", title="Engagement: Shenouda - Tadros",
body="""Mr. and Mrs. Fayez Tadros of Franklin announce the engagement of their daughter, Marina Tadros, to Mina Shenouda of Murfreesboro, son of Mr. and Mrs. Adel Shenouda of Alexandria, Egypt.

The bride-elect is a graduate of Lipscomb University and a pharmacist in Franklin. The prospective groom is a graduate of Tennessee Tech and a process engineer at a Smyrna automotive plant. The wedding will take place October 24 at St. Abanoub and St. Verena Coptic Orthodox Church in Antioch.""",
gold=[("BNA022", "subject")]),

dict(guid="bna_hp_2026_0614", pub="2026-06-16T08:00:00-05:00", title="Summer reading kicks off at Gallatin and Hendersonville libraries",
body="""GALLATIN - The Sumner County library branches kicked off summer reading on Monday with a petting zoo in Gallatin and a magician in Hendersonville. Children who read 20 books by August 1 get a free pass to the county fair. Branch manager Tricia Oakes said more than 900 children signed up the first day.""",
gold=[]),

dict(guid="bna_hp_2026_0803", pub="2026-08-05T08:00:00-05:00", title="After 60 years, Bud Maxey sells the herd",
body="""MURFREESBORO - The milking barn on Halls Hill Pike went quiet last week for the first time since 1966.

Clarence "Bud" Maxey Sr., 84, sold his 140 Holsteins at auction on Saturday and retired from dairying, ending six decades of milking twice a day, every day, on the farm his grandfather bought in 1911. Maxey said the decision came after the death of his grandson and partner, Dewayne, in February. "He was going to be the one to keep it going," Maxey said. "I'm too old to start over and too stubborn to hire it out."

The Rutherford County Farm Bureau will honor Maxey at its annual meeting in October. He plans to keep a few beef cows "so I have a reason to get up.\"""",
gold=[("BNA017", "subject")]),
# retirement; age 84 matches roster b. 1941-09-12 (84 in August 2026).

dict(guid="bna_hp_2026_1104", pub="2026-11-03T08:00:00-06:00", title="Arno farm boy Will Hargrove earns American FFA Degree",
body="""FRANKLIN - Will Hargrove, a 2024 graduate of Page High School and a sophomore at the University of Tennessee at Martin, received the American FFA Degree at the National FFA Convention in Indianapolis last week, the organization's highest honor, earned by fewer than one percent of members.

Hargrove built his supervised agricultural experience around a 40-head cow-calf operation on his family's farm in the Arno community. He is the son of Dub and Peggy Hargrove of Franklin, and the fourth generation to farm the land. "Granddaddy would have said it's a nice plaque and asked whether the fences were fixed," he said. His grandfather, Bill Hargrove Sr., died in April.""",
gold=[("BNA015", "parent_of_subject"), ("BNA016", "parent_of_subject")]),

dict(guid="bna_hp_2026_1110", pub="2026-11-12T08:00:00-06:00", title="Gallatin Rotary collects 4,000 coats; donors thanked",
body="""GALLATIN - The Gallatin Rotary Club's coat drive collected more than 4,000 coats this fall for Sumner County schoolchildren. The club thanked businesses and individual donors, including Sumner Bank & Trust, Cates Hardware, Jimmy and Mary Beth Lannom, Luther Gammon, Dr. Priya Raman and the Gallatin High Key Club.""",
gold=[]),
# donor list (BNA019, do_not_contact BNA018): nothing.
]
