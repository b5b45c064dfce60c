"""Bluff City Weekly (business and community news, Natchez and Vidalia): teaser description and HTML in
content:encoded. Hand-labelled."""

FEED = "bcw"
ITEMS = [
dict(guid="nat_bcw_2026_0107", pub="2026-01-22T08:00:00-06:00", title="Tanksley's Tire & Lube marks 40 years on Highway 61",
body="""NATCHEZ - When Rufus Tanksley opened a two-bay tire shop on Highway 61 North in 1986, his whole inventory fit in a borrowed pickup. Forty years later, Tanksley's Tire & Lube has six bays, eleven employees and a waiting room where the coffee is free and the arguments about Alcorn football are louder than the air wrenches.

The shop will mark its anniversary with a customer appreciation fish fry Saturday. "I never thought about quitting," Tanksley said. "Somebody's always got a flat." """,
gold=[("NAT017", "subject")]),

dict(guid="nat_bcw_2026_0119", pub="2026-03-12T08:00:00-05:00", title="Cathedral's 'Sister' Kimbrell retires after 38 years in the classroom",
body="""NATCHEZ - Three generations of Cathedral School students learned to diagram sentences from Frances "Sister" Kimbrell, who will retire at the end of this school year after 38 years of teaching English.

Kimbrell, who got her nickname as the oldest of five children, not from any religious order, said she plans to spend her retirement in the garden her mother kept on Homochitto Street. The school will honor her at its May awards night.""",
gold=[("NAT012", "subject")]),

dict(guid="nat_bcw_2026_0124", pub="2026-03-19T08:00:00-05:00", title="Pettaways to celebrate 50th wedding anniversary",
body="""NATCHEZ - William "Buck" and Lula Mae Jolivette Pettaway will celebrate their 50th wedding anniversary with a reception hosted by their children from 2 to 5 p.m. Sunday in the parish hall of St. Mary Basilica.

The couple were married March 20, 1976, at St. Mary. Mr. Pettaway retired from the Mississippi Department of Transportation; Mrs. Pettaway retired from Adams County Christian School's cafeteria. They have three children and seven grandchildren. The family requests no gifts.""",
gold=[("NAT001", "subject"), ("NAT002", "subject")]),

dict(guid="nat_bcw_2026_0131", pub="2026-04-02T08:00:00-05:00", title="Garden club honors St. Pierre with Golden Trowel award",
body="""NATCHEZ - The Pilgrimage Garden Club presented its Golden Trowel award for 2026 to Celeste St. Pierre, who has restored the parterre gardens of four antebellum homes as a volunteer over twenty years.

St. Pierre, who lost her husband, Manny, last month, accepted the award with her son, Luc, at her side. "He pulled more weeds than I did," she said.""",
gold=[("NAT013", "subject")]),

dict(guid="nat_bcw_2026_0136", pub="2026-04-09T08:00:00-05:00", title="Balloon race poster contest winners announced",
body="""NATCHEZ - Eighth-grader Mia Delgado of Vidalia Junior High won the poster contest for the 2026 Great Mississippi River Balloon Race, the race committee announced.

Judges were Kendra Spears-Ridley of River Road Bank, artist Thelma Gaude and Natchez Convention and Visitors Bureau director Lance Irby. Mia's poster will appear on the race's official T-shirt.""",
gold=[]),

dict(guid="nat_bcw_2026_0142", pub="2026-04-23T08:00:00-05:00", title="Residents press county on Liberty Road paving",
body="""NATCHEZ - About forty residents filled the Adams County board room Monday to ask supervisors to repave Liberty Road before the summer.

"My late husband drove that road for fifty years and it's never been this bad," said Ernestine Varnado, 86. Supervisor Kevin Wilson said the county is seeking state aid for the project.""",
gold=[]),

dict(guid="nat_bcw_2026_0149", pub="2026-05-07T08:00:00-05:00", title="Friends of the Library thank spring gala donors",
body="""NATCHEZ - The Friends of the Judge George W. Armstrong Library raised $41,000 at its spring gala. Gold sponsors were River Road Bank and Tanksley's Tire & Lube; patrons included Buck and Lula Mae Pettaway, Ann Marie Cothren, Odessa Quarles in memory of Horace Quarles, Dr. Thaddeus Broome and Celeste St. Pierre. The money will buy a new bookmobile.""",
gold=[]),
]
