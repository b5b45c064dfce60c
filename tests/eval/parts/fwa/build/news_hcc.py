"""Huntington County Crier: community paper (Huntington, Roanoke, Warren, Andrews), teaser description and
HTML in content:encoded. Hand-labelled."""

FEED = "hcc"
ITEMS = [
dict(guid="fwa_hcc_2026_01_van_gilder_4h", pub="2026-01-22T07:00:00-05:00", title="Van Gilder honored for 54 years as 4-H club leader",
body="""HUNTINGTON - Lloyd Van Gilder has been leading the Clear Creek Clovers 4-H club since 1972, and on Saturday the Huntington County Extension office gave him its first Lifetime Volunteer Award.

Van Gilder, 86, accepted the plaque with his wife, Bernice, and said he would be back at the fair in August "if the good Lord and my knees allow it." """,
gold=[("FWA014", "subject")]),

dict(guid="fwa_hcc_2026_03_odriscoll_spelling_bee", pub="2026-03-12T07:00:00-04:00", title="Huntington North freshman wins regional spelling bee",
body="""HUNTINGTON - Fiona O'Driscoll, a 14-year-old freshman at Huntington North High School, won the Northeast Indiana Regional Spelling Bee on Saturday by correctly spelling "ecclesiastical."

Fiona, the daughter of Brendan and Colleen O'Driscoll of Huntington, will compete at the state bee in Indianapolis in April.""",
gold=[("FWA008", "parent_of_subject"), ("FWA009", "parent_of_subject")]),

dict(guid="fwa_hcc_2026_05_stoppenhagen_retires", pub="2026-05-28T07:00:00-04:00", title="Roanoke librarian closes the book on 40 years",
body="""ROANOKE - After four decades at the circulation desk, Roanoke Elementary School librarian Jo Ann Stoppenhagen is retiring at the end of the school year.

Stoppenhagen, who lost her husband Marvin in February, said the students got her through the spring. The school will name its reading nook for her at a reception on June 2. "She knew every child's favorite book," said principal Amy Sprunger.""",
gold=[("FWA010", "subject")]),
]
