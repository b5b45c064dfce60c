"""Tri-State Business Ledger (business weekly for Huntington, Ashland and Ironton): plain text. Hand-labelled."""

ITEMS = [
dict(guid="hts_tsbl-2026-0211", pub="2026-02-09T06:00:00-05:00",
title="Cedar Grill marks 50 years on Fourth Avenue",
body="""HUNTINGTON - When Antoun "Tony" Yazbek opened the Cedar Grill in 1976, Fourth Avenue still had three department stores and a streetcar track under the asphalt. Fifty years later the stores are gone, and Yazbek's Lebanese-and-diner menu is still there.

Yazbek and his wife, Samira, who runs the kitchen, will mark the anniversary Saturday with 1976 prices on the fattoush and the hot dog plate. The couple bought the building in 1988 and now employ 14 people.

"Marshall students who ate here in the 1970s bring their grandchildren now," Tony Yazbek said.""",
gold=[("HTS010", "subject"), ("HTS011", "subject")]),

dict(guid="hts_tsbl-2026-0240", pub="2026-03-09T06:00:00-04:00",
title="Barboursville banker named senior vice president at Guyandotte Valley Bank",
body="""BARBOURSVILLE - Guyandotte Valley Bank has promoted Brenda Messinger to senior vice president and chief credit officer, effective April 1.

Messinger, a Barboursville native, joined the bank as a teller in 1986 and has led its commercial lending group since 2015. She succeeds Ronald Pauley, who is retiring after 31 years.

"Brenda has made more small-business loans in Cabell County than anyone I know," said bank president Alan Frazier.""",
gold=[("HTS005", "subject")]),

dict(guid="hts_tsbl-2026-0277", pub="2026-04-13T06:00:00-04:00",
title="Old Guyandotte firehouse becomes a brewery",
body="""HUNTINGTON - The 1912 firehouse on Richmond Street in Guyandotte, empty since 2009, will pour its first beer in May.

Guyandotte River Brewing Co. is the project of Toby Wetherholt, a former chemistry teacher at Huntington High School, who has home-brewed for 20 years. Wetherholt bought the building at a county auction last year and has spent $1.4 million restoring it, keeping the brass pole and the hose tower.

The brewery will have 12 taps and a kitchen. "The neighborhood needed a front porch," Wetherholt said.""",
gold=[("HTS008", "subject")]),

dict(guid="hts_tsbl-2026-0318", pub="2026-05-25T06:00:00-04:00",
title="After 45 years, Gus Sfikas hands over the hot dog stand",
body="""HUNTINGTON - A Huntington institution is changing hands. Constantine "Gus" Sfikas, who has run Sfikas Hot Dogs on Fourth Avenue since his father, Demetrios, handed him the tongs in 1981, is retiring at the end of the month.

Sfikas has sold the stand to longtime manager Darrell Booth, who promises to keep the chili recipe, the slaw and the 6 a.m. opening. "The chili is my mother's recipe and it stays in the family," Sfikas said. "Darrell is family."

Regulars lined up Friday for a last hot dog from Gus. "I've been eating here since I was 12," said Chester Pinson of Barboursville.""",
gold=[("HTS023", "subject")]),  # HTS018 Chester Pinson is a quoted customer: nothing

dict(guid="hts_tsbl-2026-0362", pub="2026-07-06T06:00:00-04:00",
title="Lexington health system names new finance chief",
body="""LEXINGTON, Ky. - Commonwealth Regional Health has named Rebecca Kessinger its chief financial officer. Kessinger, a certified public accountant, has been the system's controller since 2019 and previously worked for a Louisville accounting firm.

She will oversee finance for the system's four hospitals in central and eastern Kentucky, including its Ashland clinic network.""",
gold=[]),  # namesake in Lexington, Ky. (HTS020 Becky Kessinger lives in Ona, W.Va.)
]
