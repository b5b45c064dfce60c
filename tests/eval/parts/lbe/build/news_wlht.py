"""WLHT Laurel Highlands 7 (invented TV station, Greensburg): local news site, HTML descriptions, guids lbe_wlht_*.
Hand-labelled: gold=[(client_id, role)]."""

FEED = "wlht"
ITEMS = [
dict(guid="lbe_wlht_2026_0309_wrestling", pub="2026-03-09T22:40:00-04:00",
title="Mount Pleasant's Scalzitti wins PIAA wrestling title at 152 pounds",
body="""HERSHEY - Mount Pleasant Area junior Marco Scalzitti is a state champion.

Scalzitti pinned his opponent from Wyoming Area in the third period of the PIAA Class 2A final at 152 pounds Saturday night at the Giant Center, finishing the season 41-2.

Marco is the son of Dominic and Terri Scalzitti of Mount Pleasant, and his father wrestled for the Vikings in the 1980s. "He's been on a mat since he was four," Dominic Scalzitti said. "Tonight he made it look easy. It wasn't." """,
gold=[("LBE012", "parent_of_subject"), ("LBE013", "parent_of_subject")]),

dict(guid="lbe_wlht_2026_0514_fire", pub="2026-05-14T18:05:00-04:00",
title="Firefighters pull Latrobe woman, 79, from kitchen fire",
body="""LATROBE - A 79-year-old Latrobe woman was rescued from her burning home on Cedar Street on Wednesday afternoon.

Firefighters from Latrobe and Unity Township found Louise Della Penna in a back bedroom filled with smoke and carried her out through a window. She was taken to Latrobe Hospital for smoke inhalation and was listed in fair condition Wednesday night. The fire started on the stove, Latrobe fire chief Dale Keffer said, and caused heavy damage to the kitchen.

"I saw smoke pouring out of the eaves and called 911," said neighbor Mike Ciarimboli, who lives a few doors down on Fairmont Street. "Those firemen were here in four minutes." The American Red Cross is assisting the family.""",
gold=[("LBE019", "subject")]),

dict(guid="lbe_wlht_2026_0603_retire", pub="2026-06-03T17:30:00-04:00",
title="Latrobe's beloved school librarian closes the book on a 35-year career",
body="""LATROBE - For 35 years, students at Latrobe's Baggaley Elementary School checked out their books from Patty D'Ambrosio. On Friday, she checks out for good.

D'Ambrosio, who started at the school in 1991, is retiring at the end of the school year. She ran the district's summer reading challenge for three decades, dressed as a different storybook character every Halloween and kept a stuffed hedgehog named Fred on the circulation desk.

"I've now read 'Where the Wild Things Are' aloud about four thousand times," D'Ambrosio said. "It still works." Staff and former students will hold a farewell reading on Thursday.""",
gold=[("LBE008", "subject")]),

dict(guid="lbe_wlht_2026_0721_kayak", pub="2026-07-21T19:10:00-04:00",
title="Ligonier man pulls kayaker from swollen Loyalhanna Creek",
body="""LIGONIER TOWNSHIP - A Ligonier man is being called a hero after he waded into the rain-swollen Loyalhanna Creek on Monday and pulled a kayaker out of the water.

Walt Holtzapfel was cutting hay along Darlington Road when he saw the overturned kayak wedged against a downed sycamore. He tied a rope to his tractor, waded out chest-deep and pulled the 27-year-old paddler, a Pittsburgh woman, to shore. She was treated at the scene for hypothermia.

"I grew up on this creek. You respect it," Holtzapfel said. Ligonier Township police said they will nominate him for a Carnegie Hero Fund award.""",
gold=[("LBE006", "subject")]),

dict(guid="lbe_wlht_2026_1015_award", pub="2026-10-15T17:45:00-04:00",
title="Greensburg physician honored for bringing care to rural Westmoreland County",
body="""GREENSBURG - Dr. Elaine Dzurenda, a family physician who has run a mobile clinic in rural Westmoreland County for a decade, has received the Pennsylvania Academy of Family Physicians' Family Physician of the Year award.

Dzurenda's van clinic stops in Stahlstown, Rector, Norvelt and a dozen other villages each month, seeing patients who live an hour from the nearest office. "Half of medicine is showing up," she said. She will accept the award in Hershey next month.""",
gold=[("LBE015", "subject")]),
]
