"""Hand-written roster for the sjt part (San Angelo, Texas and nearby towns). All people invented; towns, ZIPs,
county FIPS real."""

ADV_A = "b.whitsett@pecanbayouwealth.example"
ADV_B = "a.mireles@pecanbayouwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("SJT001", "Wendell", "Ray", "Tankersley", "Dub", "", "Lorene", "Tankersley", "San Angelo", "76904", "1948-03-14", "2714 Live Oak St", False, ADV_A),
    ("SJT002", "Lorene", "", "Tankersley", "", "Schwertner", "Wendell", "Tankersley", "San Angelo", "76904", "1950-08-02", "2714 Live Oak St", False, ADV_A),
    ("SJT003", "Consuelo", "", "Zamarripa Luevano", "Chelo", "", "", "", "San Angelo", "76903", "1956-01-20", "618 N Chadbourne St", False, ADV_A),
    ("SJT004", "Jo Ann", "", "Hoelscher", "", "Frerich", "Leon", "Hoelscher", "Wall", "76957", "1952-05-09", "9120 FM 2105", False, ADV_A),
    ("SJT005", "Leon", "Arnold", "Hoelscher", "", "", "Jo Ann", "Hoelscher", "Wall", "76957", "1950-11-23", "9120 FM 2105", False, ADV_A),
    ("SJT006", "Thaddeus", "Eugene", "Broughton Jr.", "Tad", "", "Marcy", "Broughton", "San Angelo", "76904", "1971-07-04", "4402 Sherwood Way", False, ADV_A),
    ("SJT007", "Oralia", "", "De Hoyos", "", "Saucedo", "", "", "San Angelo", "76905", "1944-12-12", "1215 E 19th St", False, ADV_A),
    ("SJT008", "Alonzo", "", "DSpain", "Lonnie", "", "", "", "Christoval", "76935", "1961-02-27", "310 Old Mill Rd", False, ADV_A),
    ("SJT009", "Ramiro", "", "Ochotorena", "", "", "Dolores", "Ochotorena", "San Angelo", "76903", "1963-09-30", "1009 N Magdalen St", False, ADV_A),
    ("SJT010", "Dolores", "", "Ochotorena", "Lola", "Balderrama", "Ramiro", "Ochotorena", "San Angelo", "76903", "1966-04-18", "1009 N Magdalen St", False, ADV_A),
    ("SJT011", "Garrison", "", "Quattlebaum", "Gary", "", "Denise", "Quattlebaum", "San Angelo", "76904", "1966-06-01", "3617 Green Meadow Dr", False, ADV_A),
    ("SJT012", "Sue Ellen", "", "Kincheloe", "", "", "", "", "Miles", "76861", "1940-10-05", "207 Robinson St", False, ADV_B),
    ("SJT013", "Virgil", "", "Wohlfahrt", "", "", "", "", "San Angelo", "76901", "1958-02-14", "2330 W Beauregard Ave", True, ADV_B),
    ("SJT014", "Alphonso", "", "Threadgill", "", "", "Bernice", "Threadgill", "San Angelo", "76903", "1957-02-11", "514 E 6th St", False, ADV_B),
    ("SJT015", "Bernice", "", "Threadgill", "", "Mabry", "Alphonso", "Threadgill", "San Angelo", "76903", "1960-03-22", "514 E 6th St", False, ADV_B),
    ("SJT016", "Kendra", "", "Satterwhite", "", "", "", "", "San Angelo", "76901", "1984-08-15", "1902 W Harris Ave", False, ADV_B),
    ("SJT017", "Ezequiel", "", "Menchaca", "Zeke", "", "Rosalinda", "Menchaca", "Robert Lee", "76945", "1958-01-06", "715 W 8th St", False, ADV_B),
    ("SJT018", "Luanne", "", "Haberstroh", "", "Kuykendall", "Doyle", "Haberstroh", "Mertzon", "76941", "1959-07-19", "11 Spring Creek Rd", False, ADV_B),
    ("SJT019", "Doyle", "", "Haberstroh", "", "", "Luanne", "Haberstroh", "Mertzon", "76941", "1957-12-02", "11 Spring Creek Rd", False, ADV_B),
    ("SJT020", "Colton", "", "Pettijohn", "", "", "", "", "San Angelo", "76901", "1997-05-30", "2806 Sul Ross St Apt 4", False, ADV_B),
    ("SJT021", "Jerome", "", "Stribling", "Jerry", "", "Frances", "Stribling", "San Angelo", "76901", "1949-04-17", "2427 Pecos St", False, ADV_B),
    ("SJT022", "Antonia", "", "Urquidez", "Toni", "", "", "", "San Angelo", "76905", "1975-10-10", "2218 Pulliam St", False, ADV_B),
]
