"""Pine Belt Business Journal (weekly, Hattiesburg-Laurel): business news, plain-text descriptions. Hand-labelled."""

FEED = "pbbj"
ITEMS = [
dict(guid="pib_pbbj_2026_0112", pub="2026-01-27T06:00:00-06:00",
title="Pediatrician opens Hub City Children's Clinic in Midtown",
body="""A Hattiesburg pediatrician who spent seventeen years in a hospital-owned practice has gone out on his own.

Dr. Marcellus Fairley opened Hub City Children's Clinic on Hardy Street in Midtown on Monday, with two nurse practitioners, a lactation consultant and evening hours three days a week. Fairley, a Laurel native and a graduate of the University of Mississippi School of Medicine, said about 1,800 of his patients have followed him.

"Working parents in this town needed a clinic that is open after five o'clock," Fairley said. The clinic leases 6,400 square feet in the former Midtown Market building from developer Cal Whitehead.""",
gold=[("PIB006", "subject")]),

dict(guid="pib_pbbj_2026_0219", pub="2026-03-24T06:00:00-05:00",
title="Hub City Regional Airport adds second daily flight to Dallas",
body="""Hattiesburg-Laurel Regional Airport will add a second daily round trip to Dallas/Fort Worth starting June 1, airport director Tom Heidelberg said last week.

The airport served 41,000 passengers in 2025, up 12 percent. The added flight, an afternoon departure on a 76-seat regional jet, was secured with a revenue guarantee from the Area Development Partnership and the two counties. "The business travelers have been asking for it for five years," Heidelberg said.""",
gold=[]),

dict(guid="pib_pbbj_2026_0388", pub="2026-06-16T06:00:00-05:00",
title="Leaf River Cabinetry names Moselle native plant manager",
body="""Leaf River Cabinetry has promoted Jerrell Bustin to plant manager of its 300-employee plant in the Jones County Industrial Park.

Bustin, a Moselle native, started on the finishing line in 2006 while he was still a student at Jones College and most recently was production superintendent. He succeeds Gary Welch, who is retiring after 28 years.

"Jerrell knows every machine in this building and most of the people by their children's names," company president Anne Pruett said.""",
gold=[("PIB022", "subject")]),

dict(guid="pib_pbbj_2026_0501", pub="2026-09-15T06:00:00-05:00",
title="Threadgill Tire & Lube marks 40 years on Sawmill Road",
body="""When Bo Threadgill opened a two-bay tire shop on Sawmill Road in Laurel in September 1986, his father lent him $4,000 and the use of a wrecker.

Forty years later, Threadgill Tire & Lube has eight bays, fourteen employees and a second location in Ellisville. Beauregard "Bo" Threadgill Jr., 68, still opens the shop at 6:30 every morning. His father, who died in March at 89, kept the books until he was 80.

"Folks come back because we tell them when they don't need tires," Threadgill said. His daughter, Kendra Threadgill Ates, is the general manager and will take over the business.""",
gold=[("PIB008", "subject")]),

dict(guid="pib_pbbj_2026_0577", pub="2026-10-20T06:00:00-05:00",
title="La Palmita Taqueria named Pine Belt's best new restaurant",
body="""A taqueria in a former gas station on Lincoln Road took top honors at the Pine Belt Restaurant Awards last Thursday.

La Palmita Taqueria, opened in March by Graciela "Chela" Barrientos, won best new restaurant and best tacos. Barrientos, who cooked for ten years at the Hattiesburg poultry plant cafeteria, named the menu's carnitas plate for her late father, Aurelio.

"There were lines out the door from the first week," said Demetrios Kouvaris, who owns the Kouvaris Grill two doors down and says he eats lunch at La Palmita three times a week. The awards are judged by a panel of chefs and food writers from Jackson and New Orleans.""",
# owner = subject; the quoted neighbouring restaurateur (PIB020) is a bystander: nothing
gold=[("PIB009", "subject")]),
]
