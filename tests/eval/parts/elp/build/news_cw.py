"""Mesilla Valley Weekly (community weekly, Las Cruces / Mesilla / Upper Valley): society, schools, milestones,
donor lists; teaser description + HTML in content:encoded. Hand-labelled."""

FEED = "cw"
ITEMS = [
dict(guid="elp_cw_2026_0212_grand_marshal", pub="2026-02-12T08:00:00-07:00",
title="'Doña Chelo' De la O named grand marshal of Mesilla's Cinco de Mayo fiesta",
body="""The Town of Mesilla has chosen Consuelo "Chelo" De la O, 81, as grand marshal of this year's Cinco de Mayo fiesta on the Plaza.

De la O taught first grade at Mesilla Elementary for 35 years and has led the ballet folklórico for children at the Gadsden Museum since 1989. Generations of Mesilla children learned to stomp a zapateado on her back patio. "I don't know how to say no to a child who wants to dance," she said.

The fiesta runs May 2-3 on the Mesilla Plaza. De la O will ride in the parade in a 1956 Chevrolet lent by the Mesilla Valley Car Club.""",
gold=[("ELP008", "subject")]),

dict(guid="elp_cw_2026_0319_anthony_library", pub="2026-03-19T08:00:00-06:00",
title="Anthony library addition tops fundraising goal",
body="""Friends of the Anthony Community Library announced this week that the campaign for a children's reading room has raised $212,000, topping its goal three months early.

Gifts of $1,000 or more came from the Gadsden Educators Association, Ontiveros Cold Storage, Dolores Apodaca, Walt and Ingrid Pfannenstiel, the Anthony Rotary Club, Dr. Benjamin Luera, and the family of the late Rosa Chacón.

Construction is expected to begin in June. Campaign chair Irene Villegas thanked "every family that dropped a twenty in the jar at the front desk.\"""",
gold=[]),  # donor list: nothing

dict(guid="elp_cw_2026_0521_nmsu_graduates", pub="2026-05-21T08:00:00-06:00",
title="Las Cruces High alumna earns NMSU's top graduate honor",
body="""Sofía Quintela, 22, of Las Cruces received the Regents' Medal at New Mexico State University's spring commencement on Saturday, the highest honor given to a graduating senior.

Quintela, a chemical engineering major and first-generation college graduate on her mother's side, will begin a doctoral program at the University of Texas at Austin in the fall. She is the daughter of Leticia and Rubén Quintela of Las Cruces and the granddaughter of the late Jesús "Chuy" Samaniego, a longtime NMSU groundskeeper. "My grandpa kept this campus green," she said. "I wanted to walk across it with him in mind.\"""",
gold=[("ELP014", "parent_of_subject")]),

dict(guid="elp_cw_2026_0618_zubiate_50th", pub="2026-06-18T08:00:00-06:00",
title="Upper Valley couple marks 50 years: the Zubiates renew vows at St. Jude",
body="""José Guadalupe "Lupe" Zubiate and María Elena (Ruiz) Zubiate of El Paso's Upper Valley celebrated their 50th wedding anniversary on June 12 with a renewal of vows at St. Jude Catholic Church, followed by a reception for 300 at the Coronado Country Club.

The couple met at a dance at the Juárez Plaza de Toros in 1974 and married at San Jacinto in 1976. Lupe Zubiate retired as a customs broker on the Bridge of the Americas; María Elena taught kindergarten in the Canutillo ISD for 28 years. They have three children and seven grandchildren.

The reception featured a mariachi from Juárez and, at María Elena's insistence, a table of her late mother's wedding cookies.""",
gold=[("ELP001", "subject"), ("ELP002", "subject")]),

dict(guid="elp_cw_2026_1008_pecan_award", pub="2026-10-08T08:00:00-06:00",
title="Canutillo grower's pecans take top prize at state fair",
body="""Guillermo "Memo" Armendariz, whose family has farmed pecans along Bosque Road in Canutillo since 1948, won the grand champion ribbon for improved pecans at the State Fair of Texas last week, the first Upper Valley grower to do so in 20 years.

Armendariz entered a sample of Western Schley nuts from trees his grandfather planted. "My mother always said the old trees make the sweetest nuts," he said. "She was right about everything." His mother, Ofelia, died in March at 91.

The Armendariz orchard sells in-shell and shelled pecans from its barn on Bosque Road on weekends from November through January.""",
gold=[]),  # do_not_contact client: nothing

dict(guid="elp_cw_2026_0709_candelaria_wedding", pub="2026-07-09T08:00:00-06:00",
title="Weddings: Candelaria - Montañez",
body="""Rafael "Trey" Candelaria III and Victoria Montañez were married June 27 at Our Lady of Mount Carmel (Ysleta Mission), El Paso, with the Rev. Ignacio Prieto officiating.

The bride is the daughter of Luis and Norma Montañez of Las Cruces and is a nurse at Memorial Medical Center. The groom, an El Paso firefighter, is the grandson of the late Esperanza Candelaria of El Paso. The couple honored her with a tamalada for the guests the night before the wedding.

After a honeymoon in Mazatlán, the couple live in El Paso.""",
gold=[("ELP018", "subject")]),
]
