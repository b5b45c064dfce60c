"""WBRL 9 (Baton Rouge TV station) local news: short web stories, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="btr_wbrl_20260112_stampley_retires", pub="2026-01-12T18:10:00-06:00", title="Baker pastor to retire after 40 years in the pulpit",
body="""BAKER, La. (WBRL) - After forty years, more than 900 baptisms and one new sanctuary, the pastor of Greater Mount Pisgah Baptist Church is stepping down.

Rev. Clarence "Skeet" Stampley, 73, announced his retirement Sunday, effective at the end of the year. He came to the church in 1986 when it had 60 members; it now has more than 1,200, a food pantry and a Saturday tutoring program.

His wife, Gloria, has directed the church's youth choir for most of those years. "I'm not going anywhere," Stampley said. "I'm just moving to a pew." """,
gold=[("BTR012", "subject")]),

dict(guid="btr_wbrl_20260324_walker_rescue", pub="2026-03-24T21:40:00-05:00", title="Denham Springs man pulls driver from flooded ditch",
body="""DENHAM SPRINGS, La. (WBRL) - A Denham Springs welder is being called a hero after he pulled an elderly driver from a car that slid into a flooded ditch on Range Avenue during Monday's storms.

Kyle Pertuit, 34, said he saw the headlights go under and jumped in without thinking. The driver, an 81-year-old woman from Watson, was treated at the scene.

"He was in that water before any of us could get our shoes on," said Butch Louviere, who lives across the street. Livingston Parish officials said more than 20 homes took on water in the flash flooding.""",
gold=[]),

dict(guid="btr_wbrl_20260521_oubre_physician", pub="2026-05-21T17:25:00-05:00", title="Mid City doctor named Louisiana Family Physician of the Year",
body="""BATON ROUGE, La. (WBRL) - A family doctor who opened a clinic in a former Mid City laundromat has been named Louisiana Family Physician of the Year.

Dr. Kenneth Oubre, 51, received the award from the Louisiana Academy of Family Physicians at its meeting in Lafayette. His clinic on North Acadian Thruway sees more than 9,000 patients a year, many of them without insurance.

Oubre dedicated the award to his late father, a longtime LSU AgCenter extension agent who died in March.""",
gold=[("BTR021", "subject")]),

dict(guid="btr_wbrl_20260715_zachary_fire", pub="2026-07-15T06:50:00-05:00", title="Zachary couple escapes overnight house fire",
body="""ZACHARY, La. (WBRL) - A Zachary couple escaped without injury early Wednesday when a fire started by a lightning strike burned through the roof of their home on Rollins Road.

Jerry and Monique St. Romain said a smoke alarm woke them at about 2 a.m. "We grabbed the dog and the quilts, and that's it," Monique St. Romain said. The Zachary Fire Department said the house is a total loss.

Neighbors have started a clothing drive for the couple at Zachary United Methodist Church.""",
gold=[("BTR008", "subject"), ("BTR009", "subject")]),

dict(guid="btr_wbrl_20260826_vavasseur_firefighter", pub="2026-08-26T18:00:00-05:00", title="Port Allen firefighter honored for 50 years as a volunteer",
body="""PORT ALLEN, La. (WBRL) - Lionel Vavasseur answered his first fire call in 1976 with a borrowed helmet. On Tuesday, the West Baton Rouge Fire Department honored him for fifty years as a volunteer.

Vavasseur, 78, still drives the department's tanker truck. "As long as they let me," he said.""",
gold=[]),  # BTR010 is do_not_contact

dict(guid="btr_wbrl_20261112_hotard_signs", pub="2026-11-12T17:45:00-06:00", title="Dutchtown pitcher signs with LSU softball",
body="""PRAIRIEVILLE, La. (WBRL) - Dutchtown High School pitcher Ava Hotard signed her national letter of intent with LSU on Wednesday, in front of her teammates in the school gym.

Hotard, a senior, struck out 214 batters last season and threw two no-hitters in the state playoffs. She is the daughter of Devin and Kristen Hotard of Prairieville.

"We've been driving her to pitching lessons since she was eight," her father said. "Now we just drive to Tiger Park." """,
gold=[("BTR014", "parent_of_subject")]),
]
