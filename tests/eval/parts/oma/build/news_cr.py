"""Omaha Courier-Register Metro: metro daily local news, plain text with bylines. Hand-labelled."""

FEED = "cr-metro"
ITEMS = [
dict(guid="oma_crmetro_2026_0302_grossblatt", pub="2026-03-02T06:00:00-06:00", by="By Nicole Prazak",
title="Omaha nurse leader named chief nursing officer at Midlands Health",
body="""Ilana Grossblatt, who began her career as a night-shift nurse in the neonatal intensive care unit 30 years ago, has been named chief nursing officer of Midlands Health, the hospital system announced Friday.

Grossblatt, of Omaha, will oversee about 2,400 nurses at the system's four hospitals in Omaha, Bellevue and Council Bluffs. She has been vice president of patient care services since 2019 and led the system's nurse-residency program, which has trained more than 600 new graduates.

"Ilana knows every unit because she has worked most of them," said the system's president, Dr. Raymond Okafor. Grossblatt holds nursing degrees from Creighton University and the University of Nebraska Medical Center. She starts in her new role April 1.""",
gold=[("OMA011", "subject")]),

dict(guid="oma_crmetro_2026_0412_kolache", pub="2026-04-12T06:00:00-05:00", by="By Nicole Prazak",
title="Papillion kolache bakery marks 25 years of poppyseed and prune",
body="""PAPILLION - At 4:30 on a Saturday morning, the lights are already on at Stastny's Kolache Kitchen on South Washington Street, and Anna Marie Stastny has been rolling dough for an hour.

Stastny, who learned the recipes from her mother in a South Omaha kitchen, opened the bakery in a former barbershop in 2001 with her late husband, Richard. This month it marks its 25th anniversary, and she estimates it has sold more than two million kolaches. The bakery will hold an anniversary open house April 25 with polka music and free coffee.

"My mother would say the dough is too soft," Stastny said. "She said that for 25 years."

Regular customers lined up out the door Saturday. "I've been coming every week since they opened. The apricot is the best in the state, don't let anybody tell you different," said Denny McGreevy of Omaha, who drives in from Dundee with his grandchildren.""",
gold=[("OMA004", "subject")]),

dict(guid="oma_crmetro_2026_0517_rubinovitz", pub="2026-05-17T06:00:00-05:00", by="By Aaron Feldman",
title="Couple honored for 60 years of volunteering at Jewish Community Center",
body="""Saul and Miriam Rubinovitz were married at the old Beth El on 49th Street in 1963, and they have been volunteering at the Jewish Community Center almost ever since.

On Thursday the Jewish Federation of Omaha gave the couple its Lifetime of Service award at its annual meeting. Saul, 86, a retired accountant, has done the books for the center's food pantry for 35 years; Mimi, 83, ran its preschool library and still reads to the 4-year-olds every Tuesday.

"We never set out to volunteer for 60 years," Mimi Rubinovitz said. "Nobody ever told us to stop."

The award was presented by the federation's board chair, Deborah Katz. Earlier honorees include the late Hannah Adler, Mimi Rubinovitz's sister.""",
gold=[("OMA009", "subject"), ("OMA010", "subject")]),

dict(guid="oma_crmetro_2026_0610_sokol", pub="2026-06-10T06:00:00-05:00", by="By Nicole Prazak",
title="Sokol South Omaha raises $180,000 to restore 1926 gymnasium floor",
body="""Sokol South Omaha, the Czech gymnastics and social hall on South 13th Street, has raised $180,000 to restore the maple floor of its 100-year-old gymnasium, the organization said Tuesday.

The campaign was led by a committee of longtime members: Millie Hrdlicka, Frank Kudrna Jr., Bernie Chaloupka Sr., Helen Sedlacek and Joe Vesely. Lead gifts came from the Western Bohemian Fraternal Association, the Nebraska Czechs of Omaha and more than 300 individual donors.

Work begins in July and will be finished before the hall's centennial Czech festival in September. "The floor has seen gymnasts, wedding dances and a few fistfights," Kudrna said. "It deserves a little care." """,
gold=[]),
]
