"""Narragansett Bay Journal local news (Providence metro daily): HTML descriptions, dc:creator bylines.
Hand-labelled."""

FEED = "nbj_local"
ITEMS = [
dict(guid="pvd_nbj_local_2026_0219", pub="2026-02-19T18:20:00-05:00", byline="Kathleen Moynihan, Journal Staff Writer",
title="Fire guts Lonsdale Avenue triple-decker; Pawtucket couple escapes with their dog",
body="""PAWTUCKET - A two-alarm fire tore through a triple-decker on Lonsdale Avenue early Thursday, leaving a Cape Verdean couple who have owned the building for twenty years without a home.

Domingos Semedo, 62, and his wife, Ana Lúcia, were woken by their dog, Kiki, shortly after 4 a.m. and got out through the back stairs in their pajamas. The tenants on the second and third floors were away for the week. Fire officials said the blaze started in a first-floor kitchen and is not considered suspicious.

"Everything we built is in there," Ana Lúcia Semedo said Thursday afternoon, standing across the street in a borrowed coat. Neighbors have started a collection at the Cape Verdean American Community Center.

"I saw the smoke from my kitchen and called 911," said Christine Ouimette, who lives up the street in Central Falls. "Mingo was already out on the sidewalk counting heads." """,
gold=[("PVD007", "subject"), ("PVD008", "subject")]),

dict(guid="pvd_nbj_local_2026_0408", pub="2026-04-08T12:05:00-04:00", byline="Journal Staff",
title="East Providence High's Helena Câmara named Rhode Island Teacher of the Year",
body="""EAST PROVIDENCE - Helena Câmara, who has taught Portuguese and Spanish at East Providence High School for twenty-three years, was named the 2027 Rhode Island Teacher of the Year on Tuesday at a surprise assembly in the school gym.

Câmara, 53, is the daughter of Azorean immigrants and grew up on Warren Avenue, a few blocks from the school. She started the district's dual-language program in 2014 and runs an exchange with a secondary school in Ponta Delgada.

"I became a teacher because Mrs. Medeiros in the fourth grade let me explain fractions to the new kid in Portuguese," Câmara said. "I am still doing that, basically." She will represent Rhode Island in the national competition.""",
gold=[("PVD017", "subject")]),

dict(guid="pvd_nbj_local_2026_0527", pub="2026-05-27T16:40:00-04:00", byline="Journal Staff",
title="Johnston man charged in string of Cranston car break-ins",
body="""CRANSTON - A 24-year-old Johnston man was arraigned Tuesday on eleven counts of breaking into motor vehicles after police said he was caught on a doorbell camera on Pontiac Avenue.

Police said Dylan R. Morrissey was arrested Saturday after a resident, Francesca Trombetta, 63, reported that her car had been entered overnight and a purse and a laptop taken. Trombetta later identified the items at the police station.

Morrissey was held on $10,000 bail and is due back in Third Division District Court on June 9.""",
gold=[]),  # crime rule: PVD015 is the victim/complainant: nothing

dict(guid="pvd_nbj_local_2026_0717", pub="2026-07-17T07:10:00-04:00", byline="Journal Staff",
title="Cleanup under way after storm topples trees across Pawtucket and Central Falls",
body="""PAWTUCKET - Crews from National Grid and the city's public works department worked through the night after a fast-moving thunderstorm brought down dozens of trees and cut power to more than 9,000 customers in Pawtucket, Central Falls and East Providence on Thursday afternoon.

The National Weather Service, which had issued a severe thunderstorm warning at 3:32 p.m., measured a 68 mph gust at the Pawtucket water treatment plant. A large oak fell across Armistice Boulevard, closing the road until 2 a.m.

"It went dark as midnight and then the hail came sideways," said Christine Ouimette of Central Falls, who watched the storm from her front window on Dexter Street. "I've never seen anything like it." No injuries were reported.""",
gold=[]),  # PVD020 quoted bystander: nothing for the story (weather rows are computed separately)

dict(guid="pvd_nbj_local_2026_0910", pub="2026-09-10T11:30:00-04:00", byline="Journal Staff",
title="Flash flooding swamps New Bedford's South End; Cove Street families bail out basements",
body="""NEW BEDFORD - More than three inches of rain in two hours Tuesday night overwhelmed storm drains in New Bedford's South End, flooding streets near Cove Road and filling basements along Cove Street to the rafters.

Gilberto Tavares Lopes, who owns a two-family house on Cove Street, said four feet of water destroyed his furnace, his water heater and the washer and dryer he had bought in June. "The water came in through the foundation like a faucet," said Tavares Lopes, 51, a lobster-boat mechanic. "By midnight the oil tank was floating."

City officials said the Department of Public Infrastructure will collect flood-damaged items free of charge through the end of the month.""",
gold=[("PVD011", "subject")]),

dict(guid="pvd_nbj_local_2026_0623", pub="2026-06-23T09:00:00-04:00", byline="Journal Society Desk",
title="Weddings: Marisa Capobianco and Tomás Arruda",
body="""PROVIDENCE - Marisa Capobianco and Tomás Arruda were married Saturday, June 20, at Holy Ghost Church on Atwells Avenue, with a reception at the Providence Biltmore.

The bride, 37, is the daughter of Joseph and Anna Capobianco of Federal Hill and a pharmacist at the Miriam Hospital. The groom, 36, the son of Michael and Rosa Arruda of Fall River, is a civil engineer with the Rhode Island Department of Transportation.

The bride's aunt, Francesca Trombetta of Cranston, did the readings. The couple will live in the Elmhurst neighborhood of Providence after a wedding trip to the Amalfi Coast and the Azores.""",
gold=[("PVD021", "subject"), ("PVD003", "parent_of_subject"), ("PVD004", "parent_of_subject")]),
]
