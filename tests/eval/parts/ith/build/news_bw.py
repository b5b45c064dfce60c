"""Finger Lakes Business Weekly: business news, plain text. Hand-labelled."""

FEED = "bw"
ITEMS = [
dict(guid="ith_flbw_2026_0011", pub="2026-01-14T06:00:00-05:00", title="Ithaca's Quarrystone Labs acquired by Boston software firm",
body="""ITHACA - Quarrystone Labs, the Ithaca company whose software tracks soil moisture for vineyards and orchards across the Finger Lakes, has been acquired by Boston-based FieldMetric for an undisclosed sum.

Dmitri Voronkov, who co-founded Quarrystone in a Collegetown apartment in 2014 and has been its chief executive since, will stay on to run FieldMetric's agriculture division from Ithaca. All 38 employees will keep their jobs, and the company will remain in its offices on the Commons.

"We started this with two laptops and a borrowed weather station," Voronkov said. "Now we're in 900 vineyards on four continents, and we're staying in Ithaca." """,
gold=[("ITH016", "subject")]),

dict(guid="ith_flbw_2026_0019", pub="2026-02-11T06:00:00-05:00", title="Colombian bakery opens on West State Street",
body="""ITHACA - Panadería La Sabana, a Colombian bakery, opened Saturday at 601 West State Street, and by noon it had sold out of pandebono.

Owners Marisol Quintanilla Paredes and her husband, Rafael Villalobos, spent two years renovating the former laundromat. Quintanilla, who trained as a pastry chef in Bogotá, bakes from 4 a.m.; Villalobos runs the front of the house on weekends and keeps his day job as a lab manager at Cornell.

The bakery also serves Colombian coffee, arepas and almojábanas, and plans to add a lunch menu in the spring.""",
gold=[("ITH006", "subject"), ("ITH005", "subject")]),

dict(guid="ith_flbw_2026_0027", pub="2026-03-18T06:00:00-04:00", title="Austin chipmaker names new chief technology officer",
body="""AUSTIN, Texas - Lumenar Semiconductor has named Anand Krishnaswamy its chief technology officer, effective April 1.

Krishnaswamy, 45, joins from Intel in Hillsboro, Oregon, where he led a photonics packaging group. He holds a doctorate from the University of Illinois. Lumenar, which makes optical interconnects for data centers, employs 600 people in Austin and Penang.""",
gold=[]),  # namesake: 45, Austin; client ITH013 is a Cornell professor in Ithaca, 56

dict(guid="ith_flbw_2026_0035", pub="2026-04-29T06:00:00-04:00", title="Newfield farm opens cider works in grandfather's orchard",
body="""NEWFIELD - Pettengill Hollow Cider Works poured its first glass on Saturday in a restored 1890s dairy barn on Pettengill Hollow Road.

Founder Josiah Pettengill, 42, presses apples from the orchard his grandfather planted in the 1970s and from heirloom trees he has grafted himself. The tasting room is open Thursday through Sunday and sells hard cider, sweet cider and cider donuts.

"I'd drive past here every weekend just for the donuts," said Natasha Voronkova of Ithaca, who stopped in with her daughters on opening day.""",
gold=[("ITH014", "subject")]),  # Natasha Voronkova (ITH017) is a customer quoted: nothing

dict(guid="ith_flbw_2026_0048", pub="2026-06-24T06:00:00-04:00", title="Ithaca dentist retires after 41 years on Cayuga Street",
body="""ITHACA - Dr. Howard Feuerstein has seen his last patient. The dentist retired on Friday after 41 years in the same second-floor office on North Cayuga Street, where he treated, by his count, three generations of more than 400 Ithaca families.

His practice has been sold to Dr. Priyanka Mehta, who joined him as an associate in 2023 and will keep the office and its staff of six. Feuerstein said he plans to spend more time sailing on Cayuga Lake and less time looking at molars.""",
gold=[("ITH021", "subject")]),
]
