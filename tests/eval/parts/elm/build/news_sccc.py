"""Southside Neighbors & Crystal City Courier (community paper: schools, scouts, milestones, clubs, fair results
for Elmira, Elmira Heights, Horseheads, Big Flats and Corning): a teaser in description, HTML in
content:encoded. Hand-labelled."""

FEED = "sccc"
ITEMS = [
dict(guid="elm_sccc_2026_0208", pub="2026-02-08T08:00:00-05:00", title="Santangelos mark 45 years; Corning couple met at the St. Vincent's festival",
body="""CORNING - Aurelio and Josie Santangelo of Corning celebrated their 45th wedding anniversary on Feb. 7 with a dinner for family at the Market Street restaurant where Aurelio proposed.

The couple met at the St. Vincent de Paul festival in 1979, when Josie, then Giuseppina Fratarcangeli, was working the sausage stand. They were married at St. Vincent's on Feb. 7, 1981. Aurelio retired from the glassworks in 2016; Josie taught Italian at Corning-Painted Post High School for 30 years.""",
gold=[("ELM006", "subject"), ("ELM007", "subject")]),

dict(guid="elm_sccc_2026_0322", pub="2026-03-22T08:00:00-04:00", title="Southeast Steuben library thanks donors to children's room campaign",
body="""CORNING - The Southeast Steuben County Library has raised $412,000 to rebuild its children's room, library director Ann Kilbourne announced this week.

Leading donors included the Corning Foundation, the Rotary Club of Corning, Thistlewood Hot Glass Studio, Bart and Loretta Quackenbush, the Harriet Thistlewood memorial fund and the Fratarcangeli family. Construction begins in September.""",
gold=[]),

dict(guid="elm_sccc_2026_0503", pub="2026-05-03T08:00:00-04:00", title="Elmira Heights scout earns Eagle with bike racks for Eldridge Park",
body="""ELMIRA HEIGHTS - Tobias Wojtaszek, 17, a member of Troop 70 and a junior at Elmira Heights High School, has earned the rank of Eagle Scout.

For his Eagle project, Tobias designed and built twelve bike racks from reclaimed steel for Eldridge Park. He is the son of Casey and Renata Wojtaszek of Elmira Heights and dedicated the project to his grandfather, Iggy, who died in April and who taught him to weld.""",
gold=[("ELM013", "parent_of_subject")]),

dict(guid="elm_sccc_2026_0607", pub="2026-06-07T08:00:00-04:00", title="Elmira College honors Class of 1960 pioneers",
body="""ELMIRA - Elmira College honored the first men to graduate from the college at its alumni weekend on Saturday, with a plaque outside Cowles Hall.

Accepting on behalf of her father, Clement Hollenbeck of the Class of 1960, who was too ill to attend, was Dorinda Hollenbeck Vance of Horseheads. "He still says he went to Elmira College for the education," she said, to laughter.""",
gold=[]),

dict(guid="elm_sccc_2026_0816", pub="2026-08-16T08:00:00-04:00", title="Big Flats quilter takes best of show at Chemung County Fair",
body="""HORSEHEADS - Mina Van Duzer of Big Flats won best of show in the quilting division at the Chemung County Fair this week for a king-size Dutch tulip quilt she started in January.

Van Duzer, 80, said she finished the last border in June, after her husband Hank's death in May. "He kept asking when it would be done," she said. "So it's done." She has entered the fair every year since 1971.""",
gold=[("ELM008", "subject")]),

dict(guid="elm_sccc_2026_0823", pub="2026-08-23T08:00:00-04:00", title="Horseheads school board sets budget revote for Sept. 15",
body="""HORSEHEADS - The Horseheads Central School District board voted Thursday to put a revised budget before voters on Sept. 15, after the first budget failed by 61 votes.

The revised plan cuts the proposed tax levy increase from 3.9 percent to 2.4 percent and delays the purchase of four buses. Board president Melanie Strock said no teaching positions would be cut.""",
gold=[]),
]
