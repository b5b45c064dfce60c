"""Alamo Business Journal: weekly business paper, plain text. Hand-labelled (gold=[...] beside each text)."""

FEED = "abj"
ITEMS = [
dict(guid="sat_abj_2026_0211", pub="2026-02-13T07:00:00-06:00", title="Wunderlich Brewing to open second taproom on Boerne's Main Street",
body="""BOERNE - Wunderlich Brewing Co. will open a second taproom this spring in the former Kuhlmann bakery building on South Main Street, owner Dieter Wunderlich said Tuesday.

Wunderlich, who started the brewery in a barn off Herff Road in 2014, said the 3,200-square-foot space will seat 140 and serve pretzels baked on site. The brewery now ships its Hill Country Helles to 300 stores in South and Central Texas and employs 38 people. "My grandmother baked in this building," he said. "It felt right to bring the ovens back." """,
gold=[("SAT008", "subject")]),

dict(guid="sat_abj_2026_0305", pub="2026-03-20T07:00:00-05:00", title="Alamo Regional Credit Union names new chief lending officer",
body="""SAN ANTONIO - Alamo Regional Credit Union has promoted Carmen Elizondo Ruiz to chief lending officer, effective April 1. Elizondo Ruiz, who joined the credit union as a teller in 1996, has led its small-business lending group since 2019, tripling its loans to West Side and South Side businesses.

She succeeds Gordon Fite, who is retiring after 22 years. "Carmen knows the borrowers by name and their grandparents by name," said chief executive Luis Arredondo.""",
gold=[("SAT019", "subject")]),

dict(guid="sat_abj_2026_0418", pub="2026-05-01T07:00:00-05:00", title="Castañeda Feed & Supply marks 50 years in Floresville",
body="""FLORESVILLE - When Ruben and Irma Castañeda bought Castañeda Feed & Supply from his father in 1988, the store sold mostly peanut seed and horse feed. Today the couple's store on 10th Street sells deer corn, show-lamb rations, solar well pumps and, every March, baby chicks by the thousand.

The store turns 50 this month and will hold a customer barbecue on May 16. "Half of Wilson County has bought a bag of feed here, and the other half owes us for one," Ruben Castañeda joked.""",
gold=[("SAT020", "subject"), ("SAT021", "subject")]),

dict(guid="sat_abj_2026_0522", pub="2026-06-05T07:00:00-05:00", title="Seguin plant to add 120 jobs in $40 million expansion",
body="""SEGUIN - Lonestar Precision Castings will add 120 jobs with a $40 million expansion of its plant on Highway 123, the Seguin Economic Development Corporation announced Thursday. The company makes valve bodies for the oil and gas industry.

The city will abate a portion of property taxes for ten years. Construction is expected to start in September, plant manager Troy Hebert said.""",
gold=[]),

dict(guid="sat_abj_2026_0915", pub="2026-09-18T07:00:00-05:00", title="Schulze Tire & Auto sold to regional chain after 48 years",
body="""NEW BRAUNFELS - Roland Schulze Sr. has sold Schulze Tire & Auto, the shop he opened on Loop 337 in 1978, to Austin-based Capitol Tire Centers, the companies said this week. Terms were not disclosed.

Schulze, 80, said he decided to sell after the death of his son and longtime service manager, Roland Jr., in July. All eleven employees will keep their jobs and the name will stay on the sign for at least five years. "My son would have wanted the guys taken care of," Schulze said.""",
gold=[("SAT018", "subject")]),
]
