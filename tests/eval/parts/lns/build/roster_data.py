"""Roster of the lns part (Lancaster, Lititz and Ephrata, Pa.). Every person is invented; ZIPs are real.

Tuple: (client_id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth_date,
street, do_not_contact)."""

ADV_NORTH = "jonas.weidenhammer@conestogacapital.example"   # Lititz, Ephrata, Manheim, Denver, Reinholds, Mount Joy
ADV_SOUTH = "ruth.kegerreis@conestogacapital.example"       # Lancaster, Millersville, Strasburg
NORTH = {"Lititz", "Ephrata", "Manheim", "Denver", "Reinholds", "Mount Joy"}

R = [
    ("LNS001", "Marlin", "J", "Hackman Jr.", "", "", "Darlene", "Hackman", "Lititz", "PA", "17543", "1950-06-14", "212 E Orange St", False),
    ("LNS002", "Darlene", "M", "Hackman", "", "Eberly", "Marlin", "Hackman Jr.", "Lititz", "PA", "17543", "1952-11-02", "212 E Orange St", False),
    ("LNS003", "Anna Mae", "", "Brubacher", "", "Sensenig", "Elvin", "Brubacher", "Ephrata", "PA", "17522", "1947-04-20", "48 Hummer Rd", False),
    ("LNS004", "Yesenia", "", "Colon Burgos", "", "", "", "", "Lancaster", "PA", "17602", "1981-08-05", "530 S Duke St", False),
    ("LNS005", "Hector Luis", "", "Matos Irizarry", "Tito", "", "Nilda", "Matos", "Lancaster", "PA", "17603", "1958-01-27", "611 Manor St", False),
    ("LNS006", "Thaddeus", "R", "Wissler", "Thad", "", "Verna", "Wissler", "Manheim", "PA", "17545", "1941-09-03", "1840 Doe Run Rd", False),
    ("LNS007", "Dwight", "", "Eshbach", "", "", "Glenda", "Eshbach", "Ephrata", "PA", "17522", "1960-02-11", "305 Pine Hill Dr", False),
    ("LNS008", "Glenda", "", "Eshbach", "", "Fasnacht", "Dwight", "Eshbach", "Ephrata", "PA", "17522", "1962-07-19", "305 Pine Hill Dr", False),
    ("LNS009", "Obadiah", "", "Fretz", "Obie", "", "", "", "Lancaster", "PA", "17601", "1969-05-30", "77 Eden Rd", False),
    ("LNS010", "Kathryn", "", "Stauffacher", "Kate", "", "", "", "Lititz", "PA", "17543", "1972-10-09", "19 Church Ave", False),
    ("LNS011", "Gerrit", "", "Van Buskirk", "", "", "Margriet", "Van Buskirk", "Lancaster", "PA", "17601", "1949-12-01", "1204 Marietta Ave", False),
    ("LNS012", "Declan", "", "ODwyer", "", "", "", "", "Millersville", "PA", "17551", "1984-03-15", "23 Blue Rock Rd", False),
    ("LNS013", "Henrietta", "", "Pfautz", "Hettie", "Landvater", "Ronald", "Pfautz", "Ephrata", "PA", "17522", "1955-05-05", "902 Martin Ave", False),
    ("LNS014", "Obinna", "", "Ezeagu", "", "", "Chiamaka", "Ezeagu", "Lititz", "PA", "17543", "1980-09-21", "66 Kissel Hill Rd", False),
    ("LNS015", "Chiamaka", "", "Ezeagu", "Amaka", "", "Obinna", "Ezeagu", "Lititz", "PA", "17543", "1983-02-14", "66 Kissel Hill Rd", False),
    ("LNS016", "Bernard", "", "Tschudy", "Bernie", "", "", "", "Mount Joy", "PA", "17552", "1946-06-06", "140 Donegal Springs Rd", False),
    ("LNS017", "Merle", "", "Bixler", "", "", "", "", "Ephrata", "PA", "17522", "1957-01-09", "15 Cocalico St", True),
    ("LNS018", "Curtis", "", "Sollenberger", "Curt", "", "", "", "Lancaster", "PA", "17603", "1956-08-28", "2260 Millersville Pike", False),
    ("LNS019", "Evelyn", "", "Brossman", "", "", "", "", "Denver", "PA", "17517", "1936-02-17", "8 Walnut St", False),
    ("LNS020", "Elwood", "L", "Gockley", "Woody", "", "Miriam", "Gockley", "Reinholds", "PA", "17569", "", "331 Stone Hill Rd", False),
    ("LNS021", "Philippa", "", "Rathvon", "Pippa", "", "", "", "Strasburg", "PA", "17579", "1976-11-30", "1 Paradise Ln", False),
    ("LNS022", "Soon-ja", "", "Hwangbo", "Sunny", "", "Young-ho", "Hwangbo", "Lancaster", "PA", "17601", "1953-04-04", "415 N President Ave", False),
]
