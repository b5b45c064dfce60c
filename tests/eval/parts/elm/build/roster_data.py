"""Hand-written roster for the `elm` part (Elmira and Corning, N.Y., and their neighbours). Every person is
invented; places, ZIP codes and county FIPS are real (coordinates from the `zipcodes` package)."""

ADV = {
    "Chemung": "r.tasker@chemungvalleywealth.example",
    "Steuben": "m.oyelaran@chemungvalleywealth.example",
    "Schuyler": "m.oyelaran@chemungvalleywealth.example",
    "Tioga": "r.tasker@chemungvalleywealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("ELM001", "Bartholomew", "J.", "Quackenbush", "Bart", "", "Loretta", "Quackenbush", "Elmira", "14905", "1949-03-14", "612 W Water St", False),
    ("ELM002", "Loretta", "", "Quackenbush", "", "Santangelo", "Bartholomew", "Quackenbush", "Elmira", "14905", "1951-08-02", "612 W Water St", False),
    ("ELM003", "Ignatius", "", "Wojtaszek", "Iggy", "", "Helen", "Wojtaszek", "Elmira", "14904", "1940-11-21", "418 Pennsylvania Ave", False),
    ("ELM004", "Philomena", "", "Caporaletti", "Mena", "DeMarchis", "", "", "Elmira", "14904", "1937-05-09", "1107 S Main St", False),
    ("ELM005", "Dorinda", "", "Hollenbeck-Vance", "", "", "Curtis", "Vance", "Horseheads", "14845", "1960-09-27", "33 Grand Central Ave", False),
    ("ELM006", "Aurelio", "", "Santangelo Jr.", "", "", "Giuseppina", "Santangelo", "Corning", "14830", "1954-02-11", "156 E First St", False),
    ("ELM007", "Giuseppina", "", "Santangelo", "Josie", "Fratarcangeli", "Aurelio", "Santangelo Jr.", "Corning", "14830", "1956-12-03", "156 E First St", False),
    ("ELM008", "Willemina", "", "Van Duzer", "Mina", "", "", "", "Big Flats", "14814", "1946-06-30", "2870 Sing Sing Rd", False),
    ("ELM009", "Desmond", "", "Achterberg", "", "", "Priya", "Achterberg", "Painted Post", "14870", "1971-04-18", "24 Steuben St", False),
    ("ELM010", "Priya", "", "Achterberg", "", "Raghunathan", "Desmond", "Achterberg", "Painted Post", "14870", "1973-10-09", "24 Steuben St", False),
    ("ELM011", "Fenwick", "", "Thistlewood", "", "", "", "", "Corning", "14830", "1966-07-22", "9 Spencer Hill Rd", False),
    ("ELM012", "Obadiah", "", "Pettaway", "", "", "Claudette", "Pettaway", "Elmira", "14901", "1955-01-16", "507 Dickinson St", False),
    ("ELM013", "Casimir", "", "Wojtaszek", "Casey", "", "Renata", "Wojtaszek", "Elmira", "14903", "1968-05-05", "221 E 14th St", False),
    ("ELM014", "Gwendolyn", "", "Trowbridge", "Wendy", "Thistlewood", "Roy", "Trowbridge", "Horseheads", "14845", "1959-03-02", "88 Westlake St", True),
    ("ELM015", "Lucius", "", "Merriweather Sr.", "", "", "Odessa", "Merriweather", "Elmira", "14904", "1944-08-19", "715 Baty St", False),
    ("ELM016", "Odessa", "", "Merriweather", "", "Gaines", "Lucius", "Merriweather Sr.", "Elmira", "14904", "1947-04-25", "715 Baty St", False),
    ("ELM017", "Evangeline", "", "Stroupe", "Vangie", "", "", "", "Watkins Glen", "14891", "1950-10-12", "301 N Decatur St", False),
    ("ELM018", "Thornton", "", "Easterbrook", "", "", "", "", "Big Flats", "14814", "1975-02-14", "41 Canal St", False),
    ("ELM019", "Marisol", "", "Echevarria Pagan", "", "", "", "", "Elmira", "14901", "1981-06-06", "360 E Church St", False),
    ("ELM020", "Augustin", "", "Threlkeld", "Gus", "", "Bernadine", "Threlkeld", "Corning", "14830", "1947-01-28", "74 W Third St", False),
    ("ELM021", "Bernadine", "", "Threlkeld", "", "OShaughnessy", "Augustin", "Threlkeld", "Corning", "14830", "1949-11-15", "74 W Third St", False),
    ("ELM022", "Ezekiel", "", "Pennypacker", "Zeke", "", "Carla", "Pennypacker", "Waverly", "14892", "1963-09-08", "412 Chemung St", False),
]

# rows left without coordinates (derived from the ZIP by the importer) or county FIPS
BLANK_COORDS = {"ELM017", "ELM019"}
BLANK_FIPS = {"ELM022"}
# hand-set household coordinates (lat, lon) clearly off the ZIP centroid
COORD_OVERRIDES = {
    "ELM011": (42.1040, -77.0560),   # up Spencer Hill, south of the river: outside the June flood polygon
}
NO_BIRTH = {"ELM018", "ELM011"}
NO_PHONE = {"ELM008"}
