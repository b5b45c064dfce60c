"""Hand-written roster for the stj part (all people invented; places, ZIPs, FIPS real)."""

ADV = {"MO": "k.lindeman@bluffcitywealth.example", "KS": "r.sutter@bluffcitywealth.example"}
AREA = {"MO": "816", "KS": "913"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("STJ001", "Harold", "J.", "Wiedmaier", "Hal", "", "Loretta", "Wiedmaier", "St. Joseph", "MO", "64503", "1946-08-14", "2314 S 22nd St", False),
    ("STJ002", "Loretta", "", "Wiedmaier", "", "Brockhoff", "Harold", "Wiedmaier", "St. Joseph", "MO", "64503", "1948-02-27", "2314 S 22nd St", False),
    ("STJ003", "Eugene", "", "Kranzbuehler", "Gene", "", "Patricia", "Kranzbuehler", "St. Joseph", "MO", "64507", "1958-05-09", "4102 Gene Field Rd", False),
    ("STJ004", "Patricia", "", "Kranzbuehler", "Patty", "Dusselier", "Eugene", "Kranzbuehler", "St. Joseph", "MO", "64507", "1960-11-21", "4102 Gene Field Rd", False),
    ("STJ005", "Dolores", "M.", "Schwebach", "", "Hufford", "", "", "St. Joseph", "MO", "64505", "1938-03-30", "1807 N 36th St", False),
    ("STJ006", "Marisol", "", "Ochoa Venegas", "", "", "Arturo", "Venegas", "St. Joseph", "MO", "64501", "", "811 S 10th St", False),
    ("STJ007", "Clarence", "", "Goetz Jr.", "C.J.", "", "Denise", "Goetz", "Savannah", "MO", "64485", "1961-07-02", "14 N Third St", False),
    ("STJ008", "Denise", "", "Goetz", "", "Fankhauser", "Clarence", "Goetz Jr.", "Savannah", "MO", "64485", "1964-04-18", "14 N Third St", False),
    ("STJ009", "Mary Beth", "", "Kieffer", "", "", "Dale", "Kieffer", "Atchison", "KS", "66002", "1970-09-12", "920 N 5th St", False),
    ("STJ010", "Dale", "", "Kieffer", "", "", "Mary Beth", "Kieffer", "Atchison", "KS", "66002", "1968-01-06", "", False),
    ("STJ011", "Wilbur", "", "Honeycutt", "Webb", "", "June", "Honeycutt", "Cameron", "MO", "64429", "1952-06-14", "505 N Chestnut St", False),
    ("STJ012", "June", "", "Honeycutt", "", "Pettijohn", "Wilbur", "Honeycutt", "Cameron", "MO", "64429", "1954-12-01", "505 N Chestnut St", False),
    ("STJ013", "Lavonne", "", "Rinehimer", "", "", "", "", "Cameron", "MO", "64429", "1936-10-22", "301 E Fourth St", False),
    ("STJ014", "Terrence", "", "Blakemore", "Terry", "", "Angela", "Blakemore", "St. Joseph", "MO", "64505", "1975-02-11", "3620 Mitchell Ave", True),
    ("STJ015", "Glenn", "", "Mossbarger", "", "", "Ruth Ann", "Mossbarger", "Agency", "MO", "64401", "1965-03-17", "107 Main St", False),
    ("STJ016", "Ruth Ann", "", "Mossbarger", "", "Heintz", "Glenn", "Mossbarger", "Agency", "MO", "64401", "1967-08-05", "107 Main St", False),
    ("STJ017", "Bridget", "", "Carrigan", "", "", "Sean", "Carrigan", "Atchison", "KS", "66002", "1986-05-23", "1115 Kansas Ave", False),
    ("STJ018", "Sean", "", "Carrigan", "", "", "Bridget", "Carrigan", "Atchison", "KS", "66002", "1984-10-30", "1115 Kansas Ave", False),
    ("STJ019", "Leland", "", "Pankau", "", "", "Carol", "Pankau", "Gower", "MO", "64454", "", "402 Clinton Ave", False),
    ("STJ020", "Imelda", "", "Rosales", "Mely", "", "Joaquin", "Rosales", "St. Joseph", "MO", "64501", "1989-12-04", "1219 Frederick Ave", False),
    ("STJ021", "Joaquin", "", "Rosales", "", "", "Imelda", "Rosales", "St. Joseph", "MO", "64501", "1987-06-19", "1219 Frederick Ave", False),
    ("STJ022", "Bernadette", "", "Oberkrom", "Bernie", "Clement", "", "", "Rushville", "MO", "64484", "1955-01-28", "Rt 1 Box 44", False),
]
NO_PHONE = {"STJ013", "STJ022"}
