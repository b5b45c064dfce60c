"""WKVA Alleghenies 6 News (local TV station site, Altoona-Johnstown market): HTML descriptions, short web-story
style. Hand-labelled (gold= beside each text)."""

ITEMS = [
dict(guid="aoo_wkva_story_20260126_1141", pub="2026-01-26T17:45:00-05:00",
title="UPMC Altoona nurse named Pennsylvania's emergency nurse of the year",
body="""ALTOONA, Pa. (WKVA) - An emergency room nurse at UPMC Altoona has been named Pennsylvania's Emergency Nurse of the Year by the state chapter of the Emergency Nurses Association.

Nikki Gwinn, 37, has worked in the UPMC Altoona emergency department for fourteen years. Co-workers nominated her for starting a program that sends nurses to check on frail patients at home in the days after an ER visit.

"Half of what we see in the ER comes back because nobody checked on somebody," Gwinn said. "So we check on them." She will be honored at the association's conference in Hershey next month.""",
gold=[("AOO014", "subject")]),

dict(guid="aoo_wkva_story_20260311_1307", pub="2026-03-11T06:20:00-04:00",
title="Bellwood man escapes early-morning house fire",
body="""BELLWOOD, Pa. (WKVA) - A Bellwood man escaped without injury early Wednesday when fire broke out in the kitchen of his Martin Street home.

Fritz Beigh, 73, told Alleghenies 6 he woke to the smoke alarm shortly after 4 a.m. and got out through the back door. Crews from Bellwood and Antis Township had the fire under control in about twenty minutes, but the kitchen and the back porch were destroyed.

"I saw the smoke from my truck and I just started banging on doors," said Vince DeFazio of Altoona, who was driving past on his way to open his bakery. The Red Cross is helping Beigh with temporary housing.""",
gold=[("AOO013", "subject")]),  # Vince DeFazio is a quoted bystander

dict(guid="aoo_wkva_story_20260427_1522", pub="2026-04-27T18:10:00-04:00",
title="Duncansville man pulls neighbor from rain-swollen creek",
body="""DUNCANSVILLE, Pa. (WKVA) - A Duncansville man is being called a hero after he waded into the rain-swollen Blair Gap Run on Sunday afternoon to pull out a neighbor whose car had slid off Third Avenue into the water.

Ray Shollenberger, 64, said he heard the crash from his porch. "The water was up to my chest and it was cold, and I don't remember deciding to do it," he said. The 81-year-old driver was treated at UPMC Altoona and released.

Duncansville Borough Council plans to honor Shollenberger at its May meeting.""",
gold=[("AOO005", "subject")]),

dict(guid="aoo_wkva_story_20260305_1255", pub="2026-03-05T22:30:00-05:00",
title="Bellwood-Antis' Ella Stiffler wins state girls' wrestling title",
body="""HERSHEY, Pa. (WKVA) - Bellwood-Antis High School senior Ella Stiffler won the PIAA girls' wrestling championship at 130 pounds on Saturday, becoming the first state champion in the Blue Devils' girls' program.

Stiffler pinned her opponent from Boyertown in the second period. Her parents, Wayne and Gretchen Stiffler, made the trip from Bellwood with what Ella estimated was "half of Antis Township." She has signed to wrestle at Lock Haven University.""",
gold=[("AOO010", "parent_of_subject")]),

dict(guid="aoo_wkva_story_20260517_1610", pub="2026-05-17T19:05:00-04:00",
title="Late Altoona usher honored by Hibernians; sister accepts award",
body="""ALTOONA, Pa. (WKVA) - The Blair County division of the Ancient Order of Hibernians on Sunday gave its first Lifetime of Service award to Brendan O'Donoghue, the longtime Cathedral usher and parade banner carrier who died in April.

His sister, Kitty O'Donoghue, accepted the plaque on his behalf. "He would have said they should have given it to somebody still alive to enjoy it," she said, to laughter. The award will carry his name from next year.""",
gold=[]),  # a relative accepting someone else's honour
]
