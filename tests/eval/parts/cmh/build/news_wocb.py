"""WOCB Ohio 7 News (Columbus TV station site), HTML descriptions. Hand-labelled."""

FEED = "wocb"
ITEMS = [
dict(guid="cmh_wocb-2026-03-0288", pub="2026-03-03T17:40:00-05:00", title="Northland restaurant owners named Columbus small business of the year",
body="""COLUMBUS, Ohio - A Somali restaurant on Cleveland Avenue that started as a six-table takeout counter has been named the Columbus Small Business of the Year by the city's Department of Development.

Xamar Kitchen's husband-and-wife owners, Abdi Warsame and Hodan Farah, accepted the award at City Hall on Tuesday. The restaurant now employs 24 people and caters for three local hospitals.

"My father-in-law would have been very proud," Farah said, referring to Warsame's father, who died in January. City development director Ayaan Mohamed presented the award.""",
gold=[("CMH001", "subject"), ("CMH002", "subject")]),  # CMH003 presenting official: nothing

dict(guid="cmh_wocb-2026-04-0412", pub="2026-04-15T06:10:00-04:00", title="Hilliard woman, 78, escapes overnight house fire",
body="""HILLIARD, Ohio - A 78-year-old Hilliard woman escaped without injury early Wednesday when fire broke out in the kitchen of her home on Main Street.

Ernestine Combs told Ohio 7 she woke to the smoke detector around 2:30 a.m. and got out with her dog. "I've got a neighbor boy who put that detector up for me last Christmas," said Combs, whom neighbors know as Teenie. "I'm going to bake him a pie every week for the rest of his life."

Norwich Township firefighters said the house is a total loss. The Red Cross is assisting. Combs lost her sister just last week.""",
gold=[("CMH013", "subject")]),

dict(guid="cmh_wocb-2026-06-0630", pub="2026-06-26T18:20:00-04:00", title="Late east side teacher honored with street sign on Mount Vernon Avenue",
body="""COLUMBUS, Ohio - The corner of Mount Vernon Avenue and Ohio Avenue now carries an honorary second name: Mother Bernice Oglesby Way.

The city council voted last month to honor Oglesby, who taught third grade in Columbus City Schools for 33 years and died in March at 87. Her daughter, Tamika Greene of Reynoldsburg, unveiled the sign on Friday with a crowd of former students.

"She taught half of this street to read," Greene said. Rev. Darnell Pettaway of Shiloh Missionary Baptist Church offered a prayer.""",
gold=[]),  # honour for a deceased person accepted by a relative; pastor praying: nothing

dict(guid="cmh_wocb-2026-10-1019", pub="2026-10-19T17:05:00-04:00", title="Shiloh Missionary Baptist pastor celebrates 25 years in the pulpit",
body="""COLUMBUS, Ohio - Members of Shiloh Missionary Baptist Church filled Mount Vernon Avenue on Sunday to celebrate the 25th pastoral anniversary of the Rev. Darnell Pettaway.

Pettaway, 60, came to Shiloh from a small church in Dayton in 2001. Under his leadership the congregation opened a food pantry, a youth boxing gym and 40 units of senior housing on Hawthorne Avenue.

His wife, First Lady Gwendolyn Pettaway, was honored alongside him. Deacon Neal Whitfield of Second Zion read a resolution from the pastors' fellowship.""",
gold=[("CMH007", "subject")]),  # CMH004 reads a resolution: nothing
]
