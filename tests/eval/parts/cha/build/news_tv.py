"""News 7 WCVT (Chattanooga local TV station) web stories: HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="cha_wcvt_story_20260120", pub="2026-01-20T17:45:00-05:00", title="Johnson City welder named state apprentice of the year",
body="""JOHNSON CITY, Tenn. (WCVT) - A 24-year-old welder from Johnson City has been named Tennessee's registered apprentice of the year.

Harlan Van Huss, who finished his pipefitting apprenticeship at Eastman in December, received the award at the state capitol Tuesday. He is the grandnephew of a longtime TVA engineer and said he had "sawdust and solder in the blood." """,
gold=[]),

dict(guid="cha_wcvt_story_20260228", pub="2026-02-28T06:15:00-05:00", title="East Ridge family displaced after kitchen fire",
body="""EAST RIDGE, Tenn. (WCVT) - A family of five is staying with relatives after a kitchen fire damaged their home on Ringgold Road late Friday.

Ezequiel and Yesenia Barragán and their three children got out safely, East Ridge Fire Chief Mark Cordell said. Crews had the fire out in fifteen minutes, but smoke and water damage make the house unlivable for now.

"Everybody is out, and that is what matters," Yesenia Barragán said. Neighbors have set up a collection at Our Lady of Perpetual Help.""",
gold=[("CHA005", "subject"), ("CHA006", "subject")]),

dict(guid="cha_wcvt_story_20260317", pub="2026-03-17T18:05:00-04:00", title="Brainerd fourth-grader spells her way to regional title",
body="""CHATTANOOGA (WCVT) - Ten-year-old Amari Threadgill didn't flinch at "chrysanthemum."

The fourth-grader at Brainerd's Bess T. Shepherd Elementary won the Chattanooga Regional Spelling Bee on Tuesday and will represent the region at the Scripps National Spelling Bee near Washington in May.

Amari is the daughter of Marquis and Keisha Threadgill of East Brainerd. "She reads the dictionary in the car," her father said.""",
gold=[("CHA016", "parent_of_subject"), ("CHA017", "parent_of_subject")]),

dict(guid="cha_wcvt_story_20260521", pub="2026-05-21T07:30:00-04:00", title="Fort Oglethorpe neighbors clean up after overnight tornado",
body="""FORT OGLETHORPE, Ga. (WCVT) - Chainsaws were running before sunrise Thursday along Cloud Springs Road, where a tornado knocked down dozens of trees and tore the roof off a carport.

No one was hurt. "It sounded like a train coming down the hill," said Mary Alice Vandergriff, 81, who rode out the storm in her hallway with her cat.

Catoosa County emergency managers said the National Weather Service would survey the damage Thursday afternoon.""",
gold=[]),

dict(guid="cha_wcvt_story_20260609", pub="2026-06-09T16:50:00-04:00", title="North Chattanooga boy's lemonade stand raises $3,000 for children's hospital",
body="""CHATTANOOGA (WCVT) - An eight-year-old's lemonade stand on Forest Avenue has raised more than $3,000 for Children's Hospital at Erlanger.

Fionn O'Driscoll started the stand after a friend spent a month in the hospital. His mother, Siobhan O'Driscoll, said he insisted on doing the math himself.

The hospital will recognize Fionn at a Chattanooga Lookouts game next month.""",
gold=[("CHA010", "parent_of_subject")]),
]
