"""WTRD 9 Triad News: a local TV station site, HTML descriptions. Hand-labelled."""

FEED = "wtrd"
ITEMS = [
dict(guid="gso_wtrd-20260119-0311", pub="2026-01-19T18:30:00-05:00", title="Greensboro pastor receives NAACP branch's lifetime achievement award",
body="""GREENSBORO, N.C. (WTRD) - The longtime pastor of a Greensboro church that runs a free clinic, a food pantry and a summer reading camp was honored Monday with the Greensboro NAACP branch's lifetime achievement award.

The Rev. Dr. Curtis L. Hairston has led Greater Shiloh Missionary Baptist Church for 29 years. He accepted the award at the branch's Martin Luther King Jr. Day breakfast at the Koury Convention Center.

"The award has my name on it," Hairston said, "but it belongs to the church mothers who fed this city." """,
gold=[("GSO008", "subject")]),

dict(guid="gso_wtrd-20260513-0422", pub="2026-05-13T17:45:00-04:00", title="First in her family, and his: Montagnard son graduates from A&T nursing school",
body="""GREENSBORO, N.C. (WTRD) - When Y Kong Ksor walks across the stage at N.C. A&T's commencement Saturday, he will be the first member of his family to earn a college degree, and among the first nurses from Greensboro's Dega (Montagnard) community.

Ksor, 23, grew up off Randleman Road and has already accepted a job in the emergency department at Moses Cone Hospital. His parents, Y Duon Ksor and H'Nga Rmah, came to Greensboro from the Central Highlands of Vietnam in the 1990s.

"My grandmother told me to take care of people," he said. "She did not say I had to do it at night, but that is how it worked out." """,
gold=[("GSO005", "parent_of_subject"), ("GSO006", "parent_of_subject")]),

dict(guid="gso_wtrd-20260630-0518", pub="2026-06-30T12:15:00-04:00", title="Asheboro police sergeant retires after 31 years on the force",
body="""ASHEBORO, N.C. (WTRD) - The officer who started Asheboro's youth basketball league and its Coffee with a Cop mornings has turned in his badge.

Sgt. Darnell Siler retired Tuesday after 31 years with the Asheboro Police Department. He began as a patrol officer in 1995 and spent the last twelve years as the department's community-relations sergeant.

"I arrested some of these kids' parents, and I coached some of these kids' parents," Siler said at a send-off at the department. "I'd like to think I did more coaching." """,
gold=[("GSO023", "subject")]),

dict(guid="gso_wtrd-20260826-0607", pub="2026-08-26T19:05:00-04:00", title="Neighbors clean up after tornado tears through east Greensboro",
body="""GREENSBORO, N.C. (WTRD) - Neighbors spent Wednesday cutting up fallen oaks and tarping roofs after an EF-1 tornado touched down late Tuesday near the Bessemer Avenue corridor and tracked northeast for about four miles.

No one was seriously hurt. Duke Energy said about 9,000 customers lost power at the peak.

"You could hear it coming, like a train, just like they say," said Dwayne Oxendine, who drove over from the other side of town to help his cousin clear a driveway on Phillips Avenue. "Then it was quiet." """,
gold=[]),  # GSO013 Dwayne Oxendine is a quoted helper; the storm itself is in the weather feed

dict(guid="gso_wtrd-20260915-0688", pub="2026-09-15T18:20:00-04:00", title="Pembroke businessman sworn in to Lumbee Tribal Council",
body="""PEMBROKE, N.C. (WTRD) - Jerome Chavis, a Pembroke auto-parts store owner, was sworn in Monday as the newest member of the Lumbee Tribal Council, representing District 4.

Chavis, 52, won a special election last month to fill the seat left vacant by a resignation. He said his priorities are housing and water lines for rural families in the district.""",
gold=[]),  # namesake far away: GSO014 Jerome Chavis lives in Burlington (no roster birth date)

dict(guid="gso_wtrd-20261102-0755", pub="2026-11-02T17:30:00-05:00", title="Thomasville water main break closes Salem Street",
body="""THOMASVILLE, N.C. (WTRD) - A 12-inch water main broke early Monday under Salem Street, closing two blocks near the Big Chair until Tuesday evening, city officials said. Residents in the area were told to boil water until further notice.""",
gold=[]),
]
