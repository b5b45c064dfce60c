"""Local news for the `apn` part, hand-labelled (`gold=`).

WTBA = WTBA 11 News (Alpena TV station site): HTML descriptions.
HSA  = Huron Shore Advance (weekly, Harrisville / Rogers City editions): plain text.
SSN  = Sunrise Side Community Notes (community newsletter): teaser description + HTML content:encoded.
"""

WTBA = [
dict(guid="apn_wtba_5001", pub="2026-01-14T18:10:00-05:00", title="Rogers City quarry veteran retires after 42 years",
body="""ROGERS CITY - When Dale Krueger started at the Calcite quarry in 1984, the shovels still ran on cable and the boats still blew a salute coming into the harbor.

On Friday, Krueger, the plant's longtime blasting supervisor, worked his last shift. Coworkers lined the haul road with loaders, lights flashing, as he drove out.

"Forty-two years and he never had a lost-time accident on his crew," said plant manager Scott Lamb. Krueger says he plans to spend the summer on his pontoon and the winter ice fishing on Lake Esau.""",
gold=[("APN010", "subject")]),

dict(guid="apn_wtba_5002", pub="2026-02-09T07:45:00-05:00", title="Overnight fire destroys Oscoda Township home",
body="""OSCODA TWP. - Fire destroyed a home on Loud Drive early Monday morning. The homeowner, Doug Ferrier, got out safely with his two dogs after a smoke alarm woke him around 3 a.m.

Oscoda Township firefighters were on scene for five hours in single-digit temperatures. The fire appears to have started in a woodstove chimney, Chief Rich Pilon said.

"I heard the dogs and saw the orange on the snow," said neighbor Gerry Duchene, who called 911 from across the road. The Red Cross is assisting Ferrier.""",
gold=[("APN023", "subject")]),  # Gerry Duchene: quoted neighbour, nothing

dict(guid="apn_wtba_5003", pub="2026-03-03T18:20:00-05:00", title="Fournier Marine marks 40 years on the Thunder Bay River",
body="""ALPENA - Forty years ago Ron Fournier rented a two-bay garage on River Street and started fixing outboards. Today Fournier Marine has 14 employees, 60 boat slips and a waiting list for winter storage.

Ron and Patti Fournier, who have run the business together since 1986, will celebrate the anniversary with an open house Saturday. "Patti does the books, I do the grease," Ron said. "That's why we're still in business." """,
gold=[("APN016", "subject"), ("APN017", "subject")]),

dict(guid="apn_wtba_5004", pub="2026-04-15T17:55:00-04:00", title="Alpena nurse named Michigan's ICU Nurse of the Year",
body="""ALPENA - A critical-care nurse at MyMichigan Medical Center Alpena has been named ICU Nurse of the Year by the Michigan Nurses Association.

Andrea Halloran-Zielke has worked in the hospital's intensive care unit for 14 years and led its training program for new graduates since 2021. Colleagues nominated her after she organized a blood drive that collected 212 units in a single day.

"She's the one we all call at 2 a.m.," said unit director Lisa Ruell.""",
gold=[("APN013", "subject")]),

dict(guid="apn_wtba_5005", pub="2026-06-28T17:40:00-04:00", title="Hamtramck man eats 61 pierogi to win Posen festival contest",
body="""POSEN - Stanley Wojciechowski of Hamtramck, 34, ate 61 pierogi in ten minutes Saturday to win the eating contest at the Posen Potato Festival.

Wojciechowski, a Detroit firefighter, said his grandmother would have been proud and his cardiologist would not. Second place went to Trevor Dombrowski of Alpena with 48.""",
gold=[]),  # namesake from Hamtramck, 34: APN001 Stan Wojciechowski of Posen is 80
]

HSA = [
dict(guid="apn_hsa_6001", pub="2026-01-28T06:00:00-05:00", title="Lincoln fourth-grader's essay wins statewide contest",
body="""LINCOLN - Alcona Elementary fourth-grader Kaylee Ostrander has won the statewide Michigan Reading Association essay contest for her grade.

Kaylee, 10, the daughter of Jason and Heather Ostrander of Lincoln, wrote about the day her grandmother taught her to read a fishing map of Hubbard Lake. She will read her essay at the association's conference in Grand Rapids in March.""",
gold=[("APN020", "parent_of_subject"), ("APN019", "parent_of_subject")]),

dict(guid="apn_hsa_6002", pub="2026-02-20T06:00:00-05:00", title="Posen couple marks 60 years of marriage",
body="""POSEN - Stan and Bernice (Szczepanski) Wojciechowski of Posen celebrated their 60th wedding anniversary on February 18. They were married February 18, 1966, at St. Casimir Catholic Church.

Stan farmed potatoes on Leer Road until 2010; Bernice worked 28 years in the Posen Consolidated Schools cafeteria. They have four children, eleven grandchildren and five great-grandchildren. A family dinner was held at the Posen Knights of Columbus hall.""",
gold=[("APN001", "subject"), ("APN002", "subject")]),

dict(guid="apn_hsa_6003", pub="2026-03-12T06:00:00-04:00", title="Harrisville Harbor Days committee named",
body="""HARRISVILLE - The Harrisville Harbor Days committee for 2026 has been named: Ted Gauthier (chairman), Heather Ostrander (vendors), Carla Nunn (parade), Dave Van Wagoner (fireworks) and Bill Sumerix (treasurer).

This year's festival runs July 17-19. Vendor applications are due May 1.""",
gold=[]),  # committee list: nothing

dict(guid="apn_hsa_6004", pub="2026-03-26T06:00:00-04:00", title="Births",
body="""Born at MyMichigan Medical Center Alpena: A son, Kazimierz Robert "Kaz" Szymanski, March 18, to Casey and Ashley Szymanski of Alpena. 8 lb. 2 oz. Grandparents are Robert and Joan Szymanski of Alpena.

A daughter, Nora Jean Bissonette, March 20, to Kyle and Brianna Bissonette of East Tawas.""",
gold=[("APN021", "subject")]),

dict(guid="apn_hsa_6005", pub="2026-03-31T06:00:00-04:00", title="Tawas Chamber honors retired teacher Peg Haglund",
body="""TAWAS CITY - The Tawas Area Chamber of Commerce gave its Lifetime Achievement Award on Friday to Margaret "Peg" Haglund, who taught English at Tawas Area High School for 34 years and has run the Iosco-Arenac District Library's adult literacy program since 2012.

More than 200 adults have earned a GED or learned to read through the program. "Peg never gives up on anybody," said library director Karen Wilbur.""",
gold=[("APN022", "subject")]),

dict(guid="apn_hsa_6006", pub="2026-04-08T06:00:00-04:00", title="Lions chowder cook-off crowns a new champion",
body="""ROGERS CITY - Sandy Hopp's smoked whitefish chowder won the Rogers City Lions Club chowder cook-off Saturday, ending a six-year run by the Presque Isle Harbor Marina kitchen.

Judges were Fritz Radke, Mayor Scott McLennan and chef Ann Modrzynski. Door prizes were donated by Rosalie Bruning, Huron Shores Auto and the Nautical City Market. Proceeds of $4,200 go to the Lions' eyeglass program.""",
gold=[]),  # judge and donor: nothing
]

SSN = [
dict(guid="apn_ssn_7001", pub="2026-02-02T08:00:00-05:00", title="Hillman ice fishing derby thanks its sponsors",
body="""HILLMAN - The 31st Thunder Bay River Ice Fishing Derby drew 212 anglers to Fletcher Pond on Saturday. The biggest pike, 38 inches, was caught by 12-year-old Logan Kreft.

The derby committee thanks its sponsors: Hillman Hardware, Arvid Koivisto, Wayne Bouchey, Brush Creek Mill and the Hillman Lions. All proceeds go to the Hillman Community Schools robotics team.""",
gold=[]),  # sponsor list: nothing

dict(guid="apn_ssn_7002", pub="2026-04-20T08:00:00-04:00", title="Road commission names new superintendent",
body="""ATLANTA - The Montmorency County Road Commission has promoted Arvid Koivisto of Hillman to superintendent, effective May 1.

Koivisto has been with the commission for 24 years, the last nine as the Hillman garage foreman. He succeeds Ray Drzewiecki, who is retiring after 37 years.""",
gold=[("APN008", "subject")]),

dict(guid="apn_ssn_7003", pub="2026-05-27T08:00:00-04:00", title="Oscoda scout earns Eagle rank with river cleanup",
body="""OSCODA - Brady Duchene of Troop 96 has earned the rank of Eagle Scout. For his project he organized 40 volunteers who pulled 1.3 tons of trash from the AuSable River between Foote Dam and the mouth.

Brady, 17, is the son of Gerry and Tammy Duchene of Oscoda and a junior at Oscoda High School. His Court of Honor will be held June 7 at the Oscoda United Methodist Church.""",
gold=[("APN006", "parent_of_subject"), ("APN007", "parent_of_subject")]),

dict(guid="apn_ssn_7004", pub="2026-06-10T08:00:00-04:00", title="Alpena golfer, 74, makes her first hole-in-one",
body="""ALPENA - Mary Jo LaFleur of Alpena made her first hole-in-one on June 6, acing the 112-yard seventh hole at Alpena Golf Club with a 7-wood.

LaFleur, who took up golf at 65 after her husband's death, was playing with her Tuesday league partners Joyce Ruell and Diane Kowalske, who witnessed the shot.""",
gold=[("APN005", "subject")]),
]
