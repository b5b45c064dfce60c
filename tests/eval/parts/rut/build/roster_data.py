"""Hand-written roster for part rut (Rutland County, Vermont). People invented; places, ZIPs, FIPS real."""

ADV = "h.marchetti@greenmountaintrust.example"
NO_BIRTH = {"RUT016", "RUT021"}
NO_PHONE = {"RUT010", "RUT022"}
NO_ADDRESS = {"RUT006"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("RUT001", "Dominic", "A.", "Pezzulo Jr.", "Dom", "", "Theresa", "Pezzulo", "Proctor", "05765", "1959-03-14", "22 Market St", False),
    ("RUT002", "Theresa", "", "Pezzulo", "Terry", "Bruzzese", "Dominic", "Pezzulo Jr.", "Proctor", "05765", "1961-11-02", "22 Market St", False),
    ("RUT003", "Stanislaw", "", "Wojcikowski", "Stan", "", "Helen", "Wojcikowski", "West Rutland", "05777", "1950-06-21", "41 Pleasant St", False),
    ("RUT004", "Helen", "", "Wojcikowski", "", "Kozlowski", "Stanislaw", "Wojcikowski", "West Rutland", "05777", "1952-02-09", "41 Pleasant St", False),
    ("RUT005", "Mary Beth", "", "Thibault", "", "Gilmartin", "", "", "Rutland", "05701", "1948-08-30", "118 Grove St", False),
    ("RUT006", "Raymond", "", "Cioffredi", "Ray", "", "", "", "Rutland", "05701", "1955-01-17", "", True),
    ("RUT007", "Colette", "", "Beaudoin-Greene", "", "", "Aaron", "Greene", "Castleton", "05735", "1987-04-25", "9 Seminary St", False),
    ("RUT008", "Francis", "", "McGarry", "Frank", "", "Eileen", "McGarry", "Fair Haven", "05743", "1953-05-05", "6 Prospect St", False),
    ("RUT009", "Eileen", "", "McGarry", "", "Hurley", "Francis", "McGarry", "Fair Haven", "05743", "1954-12-12", "6 Prospect St", False),
    ("RUT010", "Gwendolyn", "", "Tarbell", "Gwen", "", "", "", "Pittsford", "05763", "1947-03-03", "1870 Plains Rd", False),
    ("RUT011", "Arthur", "", "Lafountain", "Art", "", "Priscilla", "Lafountain", "Brandon", "05733", "1940-08-12", "15 Park St", False),
    ("RUT012", "Priscilla", "", "Lafountain", "", "Sargent", "Arthur", "Lafountain", "Brandon", "05733", "1943-10-07", "15 Park St", False),
    ("RUT013", "Joseph", "", "Kinsella", "Joe", "", "Marisa", "Kinsella", "Killington", "05751", "1968-07-19", "300 Dean Hill Rd", False),
    ("RUT014", "Marisa", "", "Kinsella", "", "", "Joseph", "Kinsella", "Killington", "05751", "1970-01-28", "300 Dean Hill Rd", False),
    ("RUT015", "Lorraine", "", "Pomainville", "", "", "", "", "Rutland", "05701", "1939-09-15", "77 Crescent St", False),
    ("RUT016", "Bartholomew", "", "Szczepanik", "Bart", "", "", "", "West Rutland", "05777", "", "12 Barnes St", False),
    ("RUT017", "Jo Ann", "", "Kehoe", "", "Roberge", "Martin", "Kehoe", "Chittenden", "05737", "1968-06-06", "240 Holden Rd", False),
    ("RUT018", "Peter", "", "Valente", "", "", "Nadia", "Valente", "Rutland", "05701", "1976-02-14", "53 Crescent St", False),
    ("RUT019", "Nadia", "", "Valente", "", "", "Peter", "Valente", "Rutland", "05701", "1978-09-09", "53 Crescent St", False),
    ("RUT020", "Imogen", "", "Haskins", "", "Guarino", "", "", "Rutland", "05701", "1972-12-01", "8 Mussey St", False),
    ("RUT021", "Wendell", "", "Trombley", "", "", "", "", "North Clarendon", "05759", "", "1451 Middle Rd", False),
    ("RUT022", "Cecile", "", "Ouimette", "Ceci", "", "Conrad", "Ouimette", "Florence", "05744", "1955-04-18", "3 Whipple Hollow Rd", False),
]
