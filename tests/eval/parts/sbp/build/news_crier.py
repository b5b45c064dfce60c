"""North Coast & Colony Crier (community paper for Cambria, Cayucos, Morro Bay and Atascadero): milestones,
engagements, honours, thank-yous. Teaser description plus HTML in content:encoded. Hand-labelled."""

FEED = "crier"
ITEMS = [
dict(guid="sbp_crier_2026_003", pub="2026-01-10T08:00:00-08:00",
title="Ostergaards mark 55 years of marriage",
body="""Wendell and Linnea Ostergaard of Atascadero celebrated their 55th wedding anniversary on January 9 with a smørrebrød lunch for sixty friends at the Atascadero Lake Pavilion.

The couple met at a Danish folk dance at Cal Poly in 1969 and were married at Bethania Lutheran Church in Solvang on January 9, 1971. Wendell retired as a county farm advisor; Linnea taught third grade at Santa Rosa Road Elementary for 30 years. They have two children and five grandchildren.""",
gold=[("SBP009", "subject"), ("SBP010", "subject")]),

dict(guid="sbp_crier_2026_019", pub="2026-04-24T08:00:00-07:00",
title="Colony Days to honor the late Harvey Kjeldgaard",
body="""The Atascadero Colony Days committee will honor the late Santa Ynez Valley rancher Harvey Kjeldgaard, who lent his horses and wagons to the parade for forty years, with its Pioneer Spirit Award at the October parade.

His sister, Linnea Ostergaard of Atascadero, will accept the award on his behalf. "Harvey would have said it should go to the horses," she said.""",
gold=[]),   # a relative accepting a late person's honour: nothing

dict(guid="sbp_crier_2026_024", pub="2026-06-20T08:00:00-07:00",
title="Engagement: Pedrotti - Alvarenga",
body="""Jules and Roz Pedrotti of Cambria announce the engagement of their daughter, Chiara Pedrotti, to Mateo Alvarenga, son of Luis and Carmen Alvarenga of Templeton.

Chiara is a nurse at Twin Cities Community Hospital and Mateo is a viticulturist in the Adelaida District. The couple met on a Cambria Nordic walk. A September 2027 wedding is planned at Santa Rosa Catholic Church, where Chiara's grandparents, Aurelio and Lina Brugnoli, were married.""",
gold=[("SBP001", "parent_of_subject"), ("SBP002", "parent_of_subject")]),

dict(guid="sbp_crier_2026_041", pub="2026-11-05T08:00:00-08:00",
title="Friends of the Cambria Library thank fall book sale donors",
body="""The Friends of the Cambria Library raised $18,400 at its fall book sale, the most in its history. The board thanks the volunteers and donors who made it possible, among them Rosalind Pedrotti, Pippa Daughtry, the Cambria Lions Club, Moonstone Beach Grocery, Harriet and Sam Oyler, and the Coast Union High School Key Club.

The spring sale will be held April 18 and 19, 2027.""",
gold=[]),   # donor list: nothing
]
