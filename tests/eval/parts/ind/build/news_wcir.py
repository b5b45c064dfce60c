"""WCIR 13 Indianapolis (local TV station site), HTML descriptions, short web-story style. Hand-labelled."""

FEED = "wcir"
ITEMS = [
dict(guid="ind_wcir_story_20260117_0412", pub="2026-01-17T18:20:00-05:00", title="Southport family of five escapes overnight house fire",
body="""INDIANAPOLIS (WCIR) - A family of five escaped without injury early Saturday when fire broke out in the attached garage of their home on the south side, near Southport.

Cung Bik said he woke to the smoke detector just after 3 a.m. and got his wife, Ngun Tial, and their three children out through the front door before the flames reached the kitchen. Perry Township firefighters had the fire under control in about 20 minutes, but the home is not livable.

Members of Chin Baptist Fellowship have set up a fund to help the family, who came to Indianapolis from Myanmar in 2011. The cause is under investigation, but investigators believe it started with a space heater.""",
# IND001 Cung Bik and IND002 Ngun Tial: their house fire.
gold=[("IND001", "subject"), ("IND002", "subject")]),

dict(guid="ind_wcir_story_20260402_0630", pub="2026-04-02T17:45:00-04:00", title="Lawrence North senior named Gates Scholar",
body="""LAWRENCE, Ind. (WCIR) - Aaliyah Tillman found out during sixth period: she is one of 300 students nationwide selected as a 2026 Gates Scholar, which will cover the full cost of her degree.

The Lawrence North senior, who plans to study biomedical engineering at Purdue, is the daughter of Marcus and Keisha Tillman of Lawrence. "She's been building things out of our kitchen since she was four," her father said. "We're just glad it's paying off."

Tillman is the second Lawrence Township student to win the scholarship in three years.""",
# IND010 Marcus Tillman: parent of the subject.
gold=[("IND010", "parent_of_subject")]),

dict(guid="ind_wcir_story_20260513_0801", pub="2026-05-13T12:10:00-04:00", title="Longtime Carmel principal to retire after 33 years in Carmel Clay Schools",
body="""CARMEL, Ind. (WCIR) - After 33 years in Carmel Clay Schools, the last 14 as principal of Woodbrook Elementary, Helen Van Treese will retire at the end of the school year.

Van Treese started in the district as a fourth-grade teacher in 1993. Parents credit her with Woodbrook's reading-buddies program, which pairs every kindergartner with a fifth-grader. A send-off is planned for May 29 on the school's playground, and organizers are asking former students to write her a note.""",
# IND023 Helen Van Treese, Carmel: retirement.
gold=[("IND023", "subject")]),

dict(guid="ind_wcir_story_20260521_0844", pub="2026-05-21T18:05:00-04:00", title="Eskenazi ICU nurse honored with national DAISY award",
body="""INDIANAPOLIS (WCIR) - An intensive-care nurse at Eskenazi Health has received a national DAISY Award after a patient's family wrote that she "sat with our father every night so he would not be alone."

Tamika Ruffin, who has worked in Eskenazi's medical ICU for nine years, was surprised with the award at the start of her shift on Wednesday. "I didn't do anything my coworkers don't do every night," Ruffin said. "I just happened to be the one on shift." """,
# IND024 Tamika Ruffin, Indianapolis: an award.
gold=[("IND024", "subject")]),

dict(guid="ind_wcir_story_20260609_0901", pub="2026-06-09T07:30:00-04:00", title="Noblesville crews clear trees after overnight storms; thousands without power",
body="""NOBLESVILLE, Ind. (WCIR) - Crews with Duke Energy worked through the morning to restore power to about 6,000 customers in Noblesville and Fishers after a line of severe storms brought 70 mph gusts through Hamilton County overnight.

On Little Chicago Road, a maple came down across a driveway but missed the house. "It sounded like a train, and then it was just quiet," said neighbor Vern Hochstetler, who helped cut it up. "Everybody on this road has a chainsaw. We'll have it cleared by lunch."

No injuries were reported. The National Weather Service will survey damage near Fishers to determine whether a tornado touched down.""",
# IND018 Vern Hochstetler is a quoted neighbor: nothing (the storm itself is labelled from the alert).
gold=[]),
]
