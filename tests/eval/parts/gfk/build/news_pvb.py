"""Prairie Valley Business (a regional business weekly, Grand Forks / Fargo / Red River Valley): plain text.
Hand-labelled."""

ITEMS = [
dict(guid="gfk_pvb_2026_0204_skjerven", pub="2026-02-04T06:00:00-06:00",
title="Manvel agronomy firm buys Grafton elevator",
body="""MANVEL, N.D. - Skjerven Seed & Agronomy, the Manvel seed and crop-input dealer, has bought the former Walsh County Grain elevator in Grafton, doubling its storage and giving it a foothold 40 miles north.

Owner Kenny Skjerven, who started the business in a machine shed on his father's farm in 1994, said the company will keep all six Grafton employees and add two agronomists. "Sugar beet and edible bean growers up there have been driving down to us for years," Skjerven said. "It made sense to go to them."

Terms were not disclosed.""",
gold=[("GFK014", "subject")]),

dict(guid="gfk_pvb_2026_0318_parking", pub="2026-03-18T06:00:00-05:00",
title="Grand Forks council approves downtown parking ramp",
body="""GRAND FORKS, N.D. - The Grand Forks City Council voted 5-2 on Monday to build a 420-space parking ramp on the city lot at Fourth Street and Kittson Avenue, a $19 million project that downtown businesses have asked for since the Town Square was rebuilt after the 1997 flood.

"My tenants have been losing customers who circle the block three times and go to Columbia Mall," said Hal Ostbye, who owns a two-story building on DeMers Avenue. Council member Rachel Hjelmstad, who voted no, said the city's own study shows the existing lots are only 60 percent full.

Construction is expected to start in 2027.""",
gold=[]),

dict(guid="gfk_pvb_2026_0422_ghimire", pub="2026-04-22T06:00:00-05:00",
title="Everest Bazaar opens second store in south Grand Forks",
body="""GRAND FORKS, N.D. - Everest Bazaar, the Nepali and South Asian grocery on North Washington Street, has opened a second store in the Southgate strip mall on South Washington.

Bishnu and Tulasa Ghimire opened the first store in 2015, five years after they arrived in Grand Forks from a refugee camp in eastern Nepal, with rice, lentils and spices for the city's Bhutanese community. Today, Tulasa Ghimire said, about half their customers are UND students and Altru doctors and nurses from India and Nepal, and a growing number are "North Dakotans who found out they like momo."

The new store has a hot counter. The couple employs 11 people.""",
gold=[("GFK011", "subject"), ("GFK012", "subject")]),

dict(guid="gfk_pvb_2026_0610_kjelstrup", pub="2026-06-10T06:00:00-05:00",
title="Sugar factory's longest-serving shift supervisor retires",
body="""EAST GRAND FORKS, Minn. - Arvid "Bud" Kjelstrup Jr. has worked 38 sugar beet campaigns at the American Crystal Sugar factory in East Grand Forks, the last 22 as a shift supervisor on the pulp dryers. On Friday he clocked out for the last time.

Kjelstrup started at the factory in 1988 as a seasonal laborer, following his father, Arvid Kjelstrup Sr., who worked there for 30 years. "The smell of a beet campaign is the smell of a paycheck," he said. He and his wife, Colleen, plan to spend the winter in Mesa, Arizona, "like every other retired person in Grand Forks."

Factory manager Todd Berge said Kjelstrup trained more than 300 workers.""",
gold=[("GFK004", "subject")]),

dict(guid="gfk_pvb_2026_0812_partners", pub="2026-08-12T06:00:00-05:00",
title="Hovde & Ellingson CPAs names two new partners",
body="""GRAND FORKS, N.D. - The accounting firm Hovde & Ellingson CPAs has named two new partners in its Grand Forks office: Berit Fjeldahl, who leads its agricultural tax practice, and Travis Ellingson, who works with health-care clients.

Fjeldahl joined the firm in 2009 after graduating from UND. Ellingson, the son of co-founder Roger Ellingson, joined in 2012. The firm has 48 employees in Grand Forks, Fargo and Devils Lake.""",
gold=[]),
]
