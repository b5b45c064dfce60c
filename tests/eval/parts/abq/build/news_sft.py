"""The Santa Fe Trail Weekly: Santa Fe community weekly, teaser + content:encoded. Hand-labelled."""

FEED = "sft"
ITEMS = [
dict(guid="abq_sft_2026_03_25_gallery", pub="2026-03-25T08:00:00-06:00", title="O'Keeffe - no, not that one - takes the helm at Canyon Road gallery",
body="""Siobhan O'Keeffe has been named director of Galería Piñón on Canyon Road, the gallery's owners announced this week. She has been its associate director since 2019.

O'Keeffe, who grew up in Santa Fe and is the daughter of longtime St. Michael's English teacher Dermot O'Keeffe, says she is tired of the question. "No relation to Georgia. I have been asked roughly four thousand times," she said.

She plans to expand the gallery's program of Pueblo and Hispano contemporary artists, starting with a May show of Kewa heishi jewelry.""",
gold=[("ABQ018", "subject")]),

dict(guid="abq_sft_2026_06_14_anniversary", pub="2026-06-14T08:00:00-06:00", title="Forty years, one acequia: the C de Bacas celebrate",
body="""Sam and Gloria C de Baca of Agua Fría renewed their wedding vows June 6 at San Isidro Church, forty years to the day after they were married there.

Anselmo "Sam" C de Baca, a retired state hydrologist and a deacon of the Archdiocese, and Gloria (Vigil) C de Baca, a retired Santa Fe Public Schools librarian, have served as mayordomo and secretary of the Acequia de Agua Fría for most of those forty years. Their children hosted a matanza for 200 guests afterward.

"He proposed during the spring ditch cleaning," Gloria C de Baca said. "I should have known what I was getting into." """,
gold=[("ABQ013", "subject"), ("ABQ014", "subject")]),

dict(guid="abq_sft_2026_07_01_acequia", pub="2026-07-01T08:00:00-06:00", title="Volunteers clear Acequia Madre ahead of monsoon season",
body="""About sixty volunteers turned out Saturday to clear silt, tumbleweeds and one abandoned shopping cart from the Acequia Madre along its run past the east-side neighborhoods, the ditch association said.

The association thanked this year's sponsors and volunteer crew leaders, including Rosa Tapia, Kevin Marr, Siobhan O'Keeffe and Lorenzo Quintana.

Story and photos by J.B. Apodaca Montaño, Trail Weekly contributor.""",
gold=[]),

dict(guid="abq_sft_2026_08_26_indianmarket", pub="2026-08-26T08:00:00-06:00", title="Kewa potter-jeweler takes Best of Show at Indian Market",
body="""Rosalie Coriz of Kewa (Santo Domingo) Pueblo won Best of Show at the 104th Santa Fe Indian Market on Saturday for a 12-strand heishi and turquoise necklace that took her most of a year to make.

Coriz, 74, learned the craft alongside her husband, Delbert Coriz, a jeweler who died in January, and her mother, the potter Pablita Calabaza, who died in March. "Every bead in this is for them," she said on the plaza.

The necklace sold within an hour of the awards ceremony.""",
gold=[("ABQ009", "subject")]),
]
