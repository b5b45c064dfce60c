"""Wyoming Basin Business Weekly (invented): business news, plain text. Hand-labelled."""

FEED = "wbb"
ITEMS = [
dict(guid="cpr_wbb-2026-0112", pub="2026-01-12T07:00:00-07:00", title="Bighorn Fluid Haulers buys Glenrock rival, doubles fleet",
body="""Casper's Bighorn Fluid Haulers has acquired Deer Creek Water Transport of Glenrock, doubling its fleet to 64 trucks and making it the largest independent produced-water hauler in the Powder River Basin.

Owner Lachlan Farquharson started the company in 2011 with one used truck and a contract he won by answering his phone at 2 a.m. "We're betting on the basin," he said.

Deer Creek's founder, Percy Dinwiddie, will stay on as operations manager in Glenrock. "I'm 67, and I want to go fishing on Tuesdays," Dinwiddie said.""",
gold=[("CPR010", "subject"), ("CPR024", "subject")]),  # buyer and seller: the sale of Dinwiddie's own company is his event too

dict(guid="cpr_wbb-2026-0209", pub="2026-02-09T07:00:00-07:00", title="Sage Creek Midstream names new CFO",
body="""Casper-based Sage Creek Midstream has promoted Ezekiel Tollefsrud to chief financial officer, effective March 1.

Tollefsrud, 40, joined the gathering-system operator in 2016 as a senior accountant and has been controller since 2021. He is a Natrona County High School and University of Wyoming graduate. He succeeds Wanda Ressler, who is retiring after 19 years.""",
gold=[("CPR018", "subject")]),

dict(guid="cpr_wbb-2026-0316", pub="2026-03-16T07:00:00-06:00", title="Prairie Larch Bakehouse to open second shop on CY Avenue",
body="""Prairie Larch Bakehouse, the downtown Casper bakery known for its cardamom buns, will open a second location at CY Avenue and Poplar Street in May.

"The line out the door on Saturdays was sweet, but it was getting ridiculous," said owner Saoirse McIlhenny, who opened the original shop on North Center Street in 2021 after returning from culinary school in Dublin. The new shop will add 11 jobs.

Regular customer Rutger Van der Schaaf said he would keep going downtown. "Habit," he said.""",
gold=[("CPR019", "subject")]),  # a quoted customer: nothing

dict(guid="cpr_wbb-2026-0504", pub="2026-05-04T07:00:00-06:00", title="Native-owned gallery opens in Old Yellowstone District",
body="""A gallery selling beadwork, ledger art and quillwork from artists of the Wind River, Crow and Northern Cheyenne reservations opened Friday in Casper's Old Yellowstone District.

Whistling Water Gallery is owned by Celestine "Cece" Old Elk, a Crow beadworker who moved to Casper in 1998 and worked 20 years as a nurse at Wyoming Medical Center. The gallery is named for her mother's clan; her mother, Florence Old Elk, died in March.

"Half of what's on the walls, I learned from her," Old Elk said.""",
gold=[("CPR023", "subject")]),

dict(guid="cpr_wbb-2026-0601", pub="2026-06-01T07:00:00-06:00", title="Vandermeer to lead Wyoming Independent Producers",
body="""The Wyoming Independent Producers Association has elected Hollis Vandermeer Jr., president of Casper's Vandermeer Operating Co., as its chairman for 2026-2027.

Vandermeer, 57, runs the company his father, Hollis Vandermeer Sr., founded in Gillette in 1971. He said the association would push for faster federal permitting. The family lost Vandermeer's son, Hollie, in a highway crash in February; the association observed a moment of silence at the meeting.""",
gold=[("CPR007", "subject")]),

dict(guid="cpr_wbb-2026-0615", pub="2026-06-15T07:00:00-06:00", title="Casper Area Chamber thanks annual gala sponsors",
body="""The Casper Area Chamber of Commerce thanked the sponsors of its annual gala, which raised $212,000 for the Young Professionals scholarship fund.

Platinum sponsors: Sage Creek Midstream; Bighorn Fluid Haulers; Vandermeer Operating Co. Gold sponsors: Prairie Larch Bakehouse; Rutger and Lois Van der Schaaf; Delphine Quarrington; Dr. Pilar and Lalo Arrizabalaga. Silver sponsors: Whistling Water Gallery; Evansville Tire & Lube.""",
gold=[]),  # sponsor list: nothing
]
