"""KLNO NewsChannel 9 Amarillo (invented call letters): local TV station site, HTML descriptions, short web stories.
Hand-labelled."""

ITEMS = [
dict(guid="ama_klno_story_20260223", pub="2026-02-23T06:45:00-06:00", title="Hereford couple escapes early-morning house fire",
body="""HEREFORD, Texas (KLNO) - A Hereford couple escaped without injury early Monday when fire broke out in their home on Irving Street.

Ezequiel and Araceli Villalpando told NewsChannel 9 the smoke alarm woke them just after 3 a.m. "My wife grabbed the photo albums and I grabbed her," Ezequiel Villalpando said. The Hereford Fire Department said the fire started in the attached garage. The couple is staying with family.

"They'd give you the shirt off their back, and now the whole street is going to give it back," said Luella Mae Birdwell, who lives across the street and called 911.""",
gold=[("AMA003", "subject"), ("AMA004", "subject")]),

dict(guid="ama_klno_story_20260227", pub="2026-02-27T17:30:00-06:00", title="Randall County judge retires after 24 years on the bench",
body="""AMARILLO, Texas (KLNO) - Friends, lawyers and a few people she once sentenced packed a courtroom Friday to say goodbye to Judge Rosalind Achterberg, who is retiring after 24 years presiding over Randall County Court at Law No. 3.

Achterberg started the county's first DWI court in 2009. "The best thing I ever did here was listen," she told the crowd. She plans to spend her retirement birdwatching at Buffalo Lake.""",
gold=[("AMA020", "subject")]),

dict(guid="ama_klno_story_20260415", pub="2026-04-15T18:10:00-05:00", title="Amarillo Vietnam veteran heads to Washington on Honor Flight",
body="""AMARILLO, Texas (KLNO) - Thirty-one Panhandle veterans left Rick Husband International Airport before dawn Wednesday on an Honor Flight to the memorials in Washington, D.C.

Among them was Lt. Col. (Ret.) Garrison Ebersole of Amarillo, who enlisted at 18, flew helicopters in Vietnam and retired from the Air Force in 1996. "I've seen the Wall in pictures," Ebersole said. "I've got four names to find." """,
gold=[("AMA018", "subject")]),

dict(guid="ama_klno_story_20260521", pub="2026-05-21T22:00:00-05:00", title="Canyon cleans up after hail the size of tennis balls",
body="""CANYON, Texas (KLNO) - Roofers' trucks lined Fourth Avenue on Thursday morning after a storm dropped hail up to tennis-ball size on Canyon and southwest Amarillo on Wednesday night.

"It sounded like somebody was throwing bricks at the house," said Wyatt Hollenbeck, a Canyon High School teacher, standing beside a pickup with no back window. West Texas A&M said several campus buildings had broken windows. No injuries were reported.""",
gold=[]),

dict(guid="ama_klno_story_20260602", pub="2026-06-02T17:45:00-05:00", title="Amarillo sixth-grader wins Panhandle Spelling Bee",
body="""AMARILLO, Texas (KLNO) - Adaeze Obiakor, a sixth-grader at Bonham Middle School, won the Panhandle Regional Spelling Bee on Saturday by correctly spelling "sphygmomanometer."

Adaeze, 12, the daughter of Emeka and Dr. Nkechi Obiakor of Amarillo, will compete in the Scripps National Spelling Bee near Washington. "She practices at the dinner table," her father said. "We have stopped playing Scrabble with her." """,
gold=[("AMA011", "parent_of_subject"), ("AMA010", "parent_of_subject")]),
]
