"""Magic City Business Ledger (invented business weekly), plain text. Hand-labelled."""

FEED = "mcbl"
ITEMS = [
dict(guid="bhm_mcbl_2026_0224_daehan", pub="2026-02-24T06:30:00-06:00", title="Korean supplier Daehan Precision to add 120 jobs in Pelham",
body="""Daehan Precision Stamping, which makes seat frames and door brackets for automakers in Alabama and Georgia, will add 120 jobs and a second press line at its plant in Pelham's Oak Mountain industrial park, the company said Monday.

The $38 million expansion is the third since Sung Min "Steve" Cho opened the plant in 2011 with 40 workers. Cho, the company's president, came to Alabama in 2003 as a quality engineer for a Korean parts maker and decided to stay.

"My children grew up here, my church is here, my suppliers are here," Cho said. "When the customer asked where we wanted to grow, it was not a hard question."

Shelby County economic developers said the new jobs will pay an average of $24 an hour. Construction starts in April.""",
gold=[("BHM019", "subject")]),

dict(guid="bhm_mcbl_2026_0331_locicero", pub="2026-03-31T06:30:00-05:00", title="Red Mountain Bancorp names LoCicero chief financial officer",
body="""Red Mountain Bancorp has promoted Joseph A. "Joey" LoCicero to executive vice president and chief financial officer, effective April 1.

LoCicero, 56, of Vestavia Hills, joined the bank in 2009 as controller and has been its treasurer since 2017. A graduate of John Carroll Catholic High School and the University of Alabama at Birmingham, he grew up above his father's barbershop in Ensley. He succeeds Patricia Welsh, who is retiring after 22 years.""",
gold=[("BHM014", "subject")]),

dict(guid="bhm_mcbl_2026_0512_olympia", pub="2026-05-12T06:30:00-05:00", title="Olympia Grill marks 50 years on Montgomery Highway",
body="""When Gus Papadakis's father opened the Olympia Grill in 1976, Montgomery Highway was two lanes and the menu was meat-and-three with a Greek accent. Fifty years later the accent is stronger, the highway has six lanes, and the lunch line still reaches the door.

Gus and Eleni Papadakis have run the restaurant since 1988. Their son, Alex, manages the kitchen now, but Eleni still makes the baklava on Mondays and Gus still works the register. The couple will mark the anniversary with 1976 prices on pastitsio all week.

"They fed my family when my father was sick and never sent a bill," said Jimmy Kouzounis, who runs the Oxmoor Diner in Homewood and has eaten lunch at the Olympia most Tuesdays since 1990. "That's the Greek restaurant business in this town. We compete on Monday and we carry each other's caskets on Friday."

The Olympia has 34 employees. Papadakis said there are no plans to sell.""",
gold=[("BHM008", "subject"), ("BHM009", "subject")]),  # BHM010 Jimmy Kouzounis is a quoted regular: nothing

dict(guid="bhm_mcbl_2026_0616_panaderia", pub="2026-06-16T06:30:00-05:00", title="Pelham bakery owner named Shelby County's small business of the year",
body="""Panadería La Esperanza in Pelham was named small business of the year Thursday by the Greater Shelby County Chamber of Commerce.

Owner Adriana Castañeda opened the bakery in a former video store on U.S. 31 in 2019 with two ovens and a $20,000 loan. It now supplies conchas and tres leches cakes to eleven grocery stores and employs 14 people.

"I learned to bake from my grandmother in Guanajuato, and I learned bookkeeping from YouTube," Castañeda said when she accepted the award. "Both were necessary."

Also honored were Highland Lakes Veterinary Clinic (mid-size business) and Alabaster machine shop Tri-Star Tooling (manufacturer of the year).""",
gold=[("BHM022", "subject")]),
]
