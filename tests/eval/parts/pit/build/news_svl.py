"""Steel Valley Ledger: community paper (Mon Valley, city neighborhoods, east suburbs), teaser in description,
HTML in content:encoded. Hand-labelled (`gold`)."""

FEED = "svl"
ITEMS = [
dict(guid="pit_svl_2026-0205", pub="2026-02-05T08:00:00-05:00", title="Homewood pantry thanks donors after record winter",
body="""The food pantry at Greater Bethesda Missionary Baptist Church served 1,140 families between Thanksgiving and the end of January, the most in its 22-year history, pantry coordinator Sister Yvonne Tate said this week.

"The need did not take a holiday and neither did this congregation," Tate said. The pantry, open Tuesdays and Saturdays on Frankstown Avenue, relies entirely on gifts and volunteers.

The pantry thanked its winter donors, among them the Homewood Brushton Business Association, East Liberty Family Foods, Deacon and Mrs. Cornell Whitlock, Gloria Jean Whitlock's Tuesday Bible class, the Penn Hills Lions Club and Dr. Lamont Pryor.

By Frank Yablonsky, Ledger staff""",
gold=[]),

dict(guid="pit_svl_2026-0411", pub="2026-04-11T08:00:00-04:00", title="Santoriello's Bakery opens second shop in Lawrenceville",
body="""Santoriello's Bakery, the Liberty Avenue fixture known for its sfogliatelle and its line out the door on St. Joseph's Day, opened a second shop on Butler Street in Lawrenceville on Saturday.

Owner Vince Santoriello, who took over the Bloomfield bakery from his grandfather in 2009, said the new location will carry the full pastry case plus bread baked each morning in Bloomfield. He hired eleven people for the Butler Street store. "My grandfather said never open a second store," Santoriello said. "He also said never put pistachio in a cannoli. We'll see."

Customers lined up before the 7 a.m. opening. "I've been buying his rum cake since his nonno was behind the counter," said Bernie Tomko, who drove in from Clairton.""",
gold=[("PIT016", "subject")]),

dict(guid="pit_svl_2026-0502", pub="2026-05-02T08:00:00-04:00", title="Gateway junior wins state title in 120-pound class",
body="""Gateway High School junior Keira McCaffrey won the PIAA girls' wrestling championship at 120 pounds in Hershey last weekend, pinning her opponent from Northern Lebanon in the second period of the final.

McCaffrey, who finished the season 38-2, is the first Gateway wrestler, boy or girl, to win a state title since 1994. She is the daughter of Danny and Colleen McCaffrey of Monroeville. "She was wrestling the boys in our basement when she was six," her father said.

Gateway coach Rich Ostrowicz called her "the hardest worker I've had in 25 years.\"""",
gold=[("PIT019", "parent_of_subject")]),

dict(guid="pit_svl_2026-0613", pub="2026-06-13T08:00:00-04:00", title="DiNardo - Kessick wedding at Immaculate Conception",
body="""Nicole Marie DiNardo and Ryan Patrick Kessick were united in marriage on May 30, 2026, at Immaculate Conception-St. Joseph Church in Bloomfield, with the Rev. Louis Vitale officiating.

The bride is the daughter of Anthony and Rosemarie DiNardo of Bloomfield and the granddaughter of the late Carmela Ciccone. The groom is the son of Paul and Karen Kessick of Ross Township.

The bride is a physical therapist at UPMC Mercy; the groom is an electrician with IBEW Local 5. After a reception at the Bloomfield Sons of Italy hall and a trip to Abruzzo, the couple will live in Lawrenceville.""",
gold=[("PIT006", "parent_of_subject"), ("PIT007", "parent_of_subject")]),

dict(guid="pit_svl_2026-0701", pub="2026-07-01T08:00:00-04:00", title="Irwin couple marks 55 years; met at Kennywood",
body="""Michael and Rose Ann Hlavaty of Irwin celebrated their 55th wedding anniversary on June 26 with a Mass at Immaculate Conception Church and dinner with their three children and eight grandchildren.

The couple met on the Jack Rabbit at Kennywood in 1969 and were married at St. Mary's Byzantine Catholic Church in Braddock in 1971. Mike worked 38 years at the Edgar Thomson Works, retiring as a turn foreman; Rose Ann, the former Rose Ann Dzurinda, taught second grade in the Norwin School District for 31 years.

"We rode it again on our 50th," Rose Ann said. "Mike held on tighter this time.\"""",
gold=[("PIT018", "subject"), ("PIT017", "subject")]),
]
