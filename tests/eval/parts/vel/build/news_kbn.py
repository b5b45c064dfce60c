"""Basin Now (KBUB-TV 9 news site, Vernal/Roosevelt): HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="vel_kbn_0401", pub="2026-02-09T18:30:00-07:00", title="Altamont family loses home to overnight fire",
body="""ALTAMONT - An Altamont couple escaped with their dog and the clothes they were wearing after fire destroyed their home west of town early Monday.

Orrin and Lavon Tuckfield woke just after 2 a.m. to smoke alarms, Duchesne County Fire District Chief Ty Nielson said. By the time crews arrived from Altamont and Roosevelt, the single-story house on 3000 North was fully involved. No one was hurt. Investigators believe a wood stove flue started the fire.

"They've fed half this valley at one time or another," neighbor Shanna Bird said. "Now it's our turn." A donation account has been set up at Zions Bank in Roosevelt.""",
gold=[("VEL021", "subject")]),

dict(guid="vel_kbn_0402", pub="2026-03-18T17:45:00-06:00", title="Vernal dentist honored for free clinic on the reservation",
body="""VERNAL - The Utah Dental Association has given its 2026 Humanitarian Award to Dr. Harlan Quaid, a Vernal dentist who has run a free Saturday clinic in Fort Duchesne once a month for twelve years.

Quaid and his hygienists have seen more than 3,000 patients at the clinic, many of them children who had never been to a dentist. "You fix one kid's tooth and the whole family starts coming," Quaid said. He will receive the award at the association's convention in Sandy next month.""",
gold=[("VEL017", "subject")]),

dict(guid="vel_kbn_0403", pub="2026-02-28T21:10:00-07:00", title="Uintah's Ryker Bascom wins 4A state wrestling title",
body="""VERNAL - Uintah High junior Ryker Bascom pinned his opponent in the second period Saturday night at the UVU UCCU Center to win the 4A state championship at 157 pounds.

Bascom, the son of Shaylee and Tyson Bascom of Vernal, finished the season 41-2. He is Uintah's first state champion at that weight since 2011. "He's been on a mat since he was four," his mother said. "This one's for his grandpa." """,
gold=[("VEL016", "parent_of_subject")]),

dict(guid="vel_kbn_0404", pub="2026-07-11T22:05:00-06:00", title="Dinosaur Roundup Rodeo opens to packed stands",
body="""VERNAL - The 90th Dinosaur Roundup Rodeo opened Thursday night to a sellout crowd at Western Park, with bareback rider Cash Yellowhorse of Browning, Mont., posting the night's top score of 87.

Dee Sowby of Vernal says he has not missed a Roundup since 1968. "The bulls are bigger and the hot dogs cost more," he said. "Everything else is the same." The Miss Dinosaur Roundup pageant, judged this year by Jeri Lambson of Jensen, Rachel Fong of Salt Lake City and former queen Kelsey Nyberg, crowned Madi Hatley of Naples on Wednesday.""",
gold=[]),

dict(guid="vel_kbn_0405", pub="2026-04-09T18:00:00-06:00", title="Myton's Emmy Fausett celebrates 95th birthday with a parade",
body="""MYTON - Emmaline "Emmy" Fausett turned 95 on Thursday, and the town of Myton threw her a parade.

Fire trucks, a tractor club and a line of pickups decorated with balloons rolled down Main Street past her front porch, where Fausett waved from a rocking chair under a quilt she made in 1962. She taught first grade in Myton for 38 years; several of the drivers were former students. "I told them all to behave," she said, "and for once they did." """,
gold=[("VEL022", "subject")]),

dict(guid="vel_kbn_0406", pub="2026-05-20T12:30:00-06:00", title="Salt Lake chef Alejandro Ybarra named James Beard semifinalist",
body="""SALT LAKE CITY - Alejandro Ybarra, the chef behind the Sugar House restaurant Comal y Humo, has been named a semifinalist for the James Beard Foundation's Best Chef: Mountain award.

Ybarra, 34, grew up in Ogden and opened the restaurant in 2021. Finalists will be announced next month.""",
gold=[]),
]
