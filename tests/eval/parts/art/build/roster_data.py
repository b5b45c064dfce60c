"""Hand-written roster for the `art` part: Watertown, New York and its neighbours (all people invented; towns,
ZIP codes and county FIPS real, coordinates from the `zipcodes` package)."""

ADV = {
    "Jefferson": "r.lachance@blackriverwealth.example",
    "Lewis": "m.tyszka@blackriverwealth.example",
    "St. Lawrence": "m.tyszka@blackriverwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("ART001", "Thaddeus", "M.", "Quackenbush", "Tad", "", "Lorraine", "Quackenbush", "Watertown", "NY", "13601", "1948-02-14", "212 Flower Ave E", False),
    ("ART002", "Lorraine", "", "Quackenbush", "", "Fairweather", "Thaddeus", "Quackenbush", "Watertown", "NY", "13601", "1950-09-03", "212 Flower Ave E", False),
    ("ART003", "Delphine", "", "Brouillette", "", "Goutremout", "", "", "Cape Vincent", "NY", "13618", "1939-11-27", "455 E Broadway St", False),
    ("ART004", "Casimir", "", "Wojtaszek", "Cas", "", "Renata", "Wojtaszek", "Carthage", "NY", "13619", "1956-05-30", "318 State St", False),
    ("ART005", "Everett", "", "Zehr Jr.", "Ev", "", "Ardith", "Zehr", "Lowville", "NY", "13367", "1958-07-19", "7390 Number Four Rd", False),
    ("ART006", "Ardith", "", "Zehr", "", "Moser", "Everett", "Zehr Jr.", "Lowville", "NY", "13367", "1960-03-02", "7390 Number Four Rd", False),
    ("ART007", "Wilfredo", "", "Alvarado Quinones", "Freddy", "", "Migdalia", "Alvarado", "Evans Mills", "NY", "13637", "1972-10-08", "8702 Noble St", False),
    ("ART008", "Migdalia", "", "Alvarado", "", "Santiago", "Wilfredo", "Alvarado Quinones", "Evans Mills", "NY", "13637", "1975-01-22", "8702 Noble St", False),
    ("ART009", "Philomena", "", "Scordato", "Mena", "Caprara", "", "", "Watertown", "NY", "13601", "1936-04-12", "146 Franklin St", False),
    ("ART010", "Amos", "", "Vanderwerken", "", "", "Juniper", "Vanderwerken", "Sackets Harbor", "NY", "13685", "1964-08-21", "109 W Main St", False),
    ("ART011", "Juniper", "", "Vanderwerken", "June", "Ostrander", "Amos", "Vanderwerken", "Sackets Harbor", "NY", "13685", "1966-12-05", "109 W Main St", False),
    ("ART012", "Ottilie", "", "Brennecke", "Tillie", "Schoonmaker", "Ferris", "Brennecke", "Dexter", "NY", "13634", "1952-06-17", "22 Kirby St", False),
    ("ART013", "Ferdinand", "J.", "Gaudreau", "Ferd", "", "Yvette", "Gaudreau", "Alexandria Bay", "NY", "13607", "1940-01-09", "31 Church St", False),
    ("ART014", "Yvette", "", "Gaudreau", "", "Lashomb", "Ferdinand", "Gaudreau", "Alexandria Bay", "NY", "13607", "1943-05-15", "31 Church St", False),
    ("ART015", "Ignatius", "", "Pfenninger", "Iggy", "", "", "", "Watertown", "NY", "13601", "1967-09-23", "540 Gotham St", False),
    ("ART016", "Theodosia", "", "Marchildon", "Teddie", "", "", "", "Clayton", "NY", "13624", "1959-01-31", "611 Riverside Dr", False),
    ("ART017", "Lucius", "", "Hoxsie", "", "", "Wilhelmina", "Hoxsie", "Adams", "NY", "13605", "1949-11-11", "10884 County Route 75", False),
    ("ART018", "Wilhelmina", "", "Hoxsie", "Billie", "Countryman", "Lucius", "Hoxsie", "Adams", "NY", "13605", "1951-04-04", "10884 County Route 75", False),
    ("ART019", "Raffaele", "", "Scordato", "Ralph", "", "Gina", "Scordato", "Black River", "NY", "13612", "1966-02-20", "27 Remington St", False),
    ("ART020", "Marisol", "", "Haverkamp", "", "", "Dustin", "Haverkamp", "Calcium", "NY", "13616", "1987-06-09", "25880 Sandstone Dr", False),
    ("ART021", "Gideon", "", "Ashpole", "", "", "", "", "Chaumont", "NY", "13622", "1955-03-03", "12 Main St", True),
    ("ART022", "Evangeline", "M.", "Sweeting", "Vangie", "Rushlow", "", "", "Gouverneur", "NY", "13642", "1946-10-14", "88 Rowley St", False),
    ("ART023", "Silas", "", "Pettengill", "", "", "Naomi", "Pettengill", "Watertown", "NY", "13601", "1963-12-01", "403 Washington St", False),
]

NO_BIRTH = {"ART015"}          # the CRM never had Iggy's birth date
NO_PHONE = {"ART003"}
BLANK_COORDS = {"ART020"}      # derived from ZIP 13616 by the importer
BLANK_FIPS = {"ART016"}        # derived from ZIP 13624 by the importer
