"""Hand-written roster for the ith part (Ithaca, N.Y. and nearby towns). All people invented; places, ZIPs, FIPS real."""

ADV_A = "h.vandermark@gorgesridge.example"
ADV_B = "t.abernathy@gorgesridge.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("ITH001", "Everett", "John", "Quackenbush", "Ev", "", "Lorraine", "Quackenbush", "Ithaca", "NY", "14850", "1946-08-12", "412 N Aurora St", False, ADV_A),
    ("ITH002", "Lorraine", "", "Quackenbush", "", "Tichenor", "Everett", "Quackenbush", "Ithaca", "NY", "14850", "1949-03-03", "412 N Aurora St", False, ADV_A),
    ("ITH003", "Bartholomew", "J.", "Szczepanik Jr.", "Bart", "", "Deirdre", "Szczepanik", "Lansing", "NY", "14882", "1961-05-20", "1450 Ridge Rd", False, ADV_A),
    ("ITH004", "Mary Beth", "", "Ostrander", "", "Kittle", "", "", "Interlaken", "NY", "14847", "1958-11-04", "8410 Main St", False, ADV_A),
    ("ITH005", "Rafael", "", "Villalobos Echeverria", "Rafa", "", "Marisol", "Quintanilla Paredes", "Ithaca", "NY", "14850", "1967-02-09", "215 Hudson St", False, ADV_A),
    ("ITH006", "Marisol", "", "Quintanilla Paredes", "", "", "Rafael", "Villalobos Echeverria", "Ithaca", "NY", "14850", "1970-06-21", "215 Hudson St", False, ADV_A),
    ("ITH007", "Siobhan", "", "OShaughnessy", "", "", "", "", "Dryden", "NY", "13053", "1972-09-30", "18 W Main St", False, ADV_A),
    ("ITH008", "Pieter", "", "Ten Eyck", "Pete", "", "Gretchen", "Ten Eyck", "Groton", "NY", "13073", "1950-02-14", "204 Cortland St", False, ADV_A),
    ("ITH009", "Gretchen", "", "Ten Eyck", "", "Hollenbeck", "Pieter", "Ten Eyck", "Groton", "NY", "13073", "1953-07-07", "204 Cortland St", False, ADV_A),
    ("ITH010", "Wilhelmina", "", "Brackenridge", "Billie", "", "", "", "Ithaca", "NY", "14850", "1938-06-30", "108 Cayuga Heights Rd", False, ADV_A),
    ("ITH011", "Thaddeus", "", "Mugglestone", "Tad", "", "Corinne", "Mugglestone", "Freeville", "NY", "13068", "1955-04-02", "1120 Fall Creek Rd", False, ADV_A),
    ("ITH012", "Corinne", "", "Mugglestone", "", "Bogardus", "Thaddeus", "Mugglestone", "Freeville", "NY", "13068", "1957-10-15", "1120 Fall Creek Rd", False, ADV_A),
    ("ITH013", "Anand", "", "Krishnaswamy", "", "", "Lakshmi", "Krishnaswamy", "Ithaca", "NY", "14850", "1969-12-01", "31 Renwick Dr", False, ADV_B),
    ("ITH014", "Josiah", "", "Pettengill", "", "", "", "", "Newfield", "NY", "14867", "1983-08-19", "76 Main St", False, ADV_B),
    ("ITH015", "Henrietta", "", "Wixom", "Etta", "Brink", "", "", "Lansing", "NY", "14882", "1941-01-17", "2410 N Triphammer Rd", False, ADV_B),
    ("ITH016", "Dmitri", "", "Voronkov", "", "", "Natalya", "Voronkova", "Ithaca", "NY", "14850", "1977-03-11", "601 Highland Rd", False, ADV_B),
    ("ITH017", "Natalya", "", "Voronkova", "Natasha", "", "Dmitri", "Voronkov", "Ithaca", "NY", "14850", "1979-08-25", "601 Highland Rd", False, ADV_B),
    ("ITH018", "Mi Kyung", "", "Yeom", "Grace", "Cho", "Dong-hyun", "Yeom", "Ithaca", "NY", "14850", "1964-05-05", "140 Pine Tree Rd", False, ADV_B),
    ("ITH019", "Lemuel", "", "Throckmorton", "Lem", "", "", "", "Interlaken", "NY", "14847", "1952-01-09", "8377 Main St", True, ADV_B),
    ("ITH020", "Miriam", "", "Feuerstein", "", "Glickman", "Howard", "Feuerstein", "Ithaca", "NY", "14850", "1955-09-12", "22 Comstock Rd", False, ADV_B),
    ("ITH021", "Howard", "", "Feuerstein", "", "", "Miriam", "Feuerstein", "Ithaca", "NY", "14850", "1953-04-28", "22 Comstock Rd", False, ADV_B),
    ("ITH022", "Philippa", "", "Ashgrove", "Pippa", "", "", "", "Ovid", "NY", "14521", "1982-02-27", "7155 Main St", False, ADV_B),
]
