"""Hand-written roster for the `mot` part (Minot, North Dakota). All people invented; ZIPs, counties real."""

ADV = {
    "Minot": "h.ostrem@souriswealth.example",
    "Minot AFB": "h.ostrem@souriswealth.example",
    "Burlington": "m.kraft@souriswealth.example",
    "Surrey": "m.kraft@souriswealth.example",
    "Velva": "m.kraft@souriswealth.example",
    "Glenburn": "m.kraft@souriswealth.example",
    "Berthold": "m.kraft@souriswealth.example",
    "Sawyer": "m.kraft@souriswealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MOT001", "Arnfinn", "O.", "Tollefsrud", "Arnie", "", "Solveig", "Tollefsrud", "Minot", "ND", "58703", "1941-06-14", "1215 8th St NW", False),
    ("MOT002", "Solveig", "", "Tollefsrud", "", "Haugrud", "Arnfinn", "Tollefsrud", "Minot", "ND", "58703", "1944-02-02", "1215 8th St NW", False),
    ("MOT003", "Leontine", "", "Wolfsteller", "Teeny", "Kuntz", "", "", "Velva", "ND", "58790", "1950-11-08", "214 Main St W", False),
    ("MOT004", "Kirsten", "", "Rudnick-Ostgaard", "", "", "Dale", "Ostgaard", "Minot", "ND", "58703", "1972-04-19", "2407 Valley St", False),
    ("MOT005", "Dwayne", "", "Sorteberg Jr.", "", "", "Lorna", "Sorteberg", "Burlington", "ND", "58722", "1965-08-03", "70 Wilson Ave", False),
    ("MOT006", "Lorna", "", "Sorteberg", "", "Fjeldahl", "Dwayne", "Sorteberg Jr.", "Burlington", "ND", "58722", "1967-01-27", "70 Wilson Ave", False),
    ("MOT007", "Anneliese", "", "Vogelsang", "", "", "", "", "Minot", "ND", "58701", "1969-10-30", "816 4th Ave SW", False),
    ("MOT008", "Halvard", "", "Bjornstad", "Hal", "", "Jo Ann", "Bjornstad", "Surrey", "ND", "58785", "1958-03-12", "305 1st St NE", False),
    ("MOT009", "Jo Ann", "", "Bjornstad", "", "Haakenstad", "Halvard", "Bjornstad", "Surrey", "ND", "58785", "1960-07-21", "305 1st St NE", False),
    ("MOT010", "Wendelin", "", "Schaan", "Windy", "", "Rosalie", "Schaan", "Glenburn", "ND", "58740", "1949-05-16", "6120 County Road 14", False),
    ("MOT011", "Rosalie", "", "Schaan", "", "Kuntz", "Wendelin", "Schaan", "Glenburn", "ND", "58740", "1951-09-04", "6120 County Road 14", False),
    ("MOT012", "Delphine", "", "LaFromboise", "", "", "", "", "Minot", "ND", "58701", "1955-12-01", "1020 11th Ave SE", False),
    ("MOT013", "Orrin", "", "Kvamme", "", "", "Bernice", "Kvamme", "Berthold", "ND", "58718", "1945-01-29", "110 Main St", False),
    ("MOT014", "Bernadine", "", "Zimbelman", "Bernie", "Gietzen", "", "", "Minot", "ND", "58703", "1938-09-22", "1830 University Ave W", False),
    ("MOT015", "Jermaine", "", "Ottley", "", "", "Renata", "Ottley", "Minot AFB", "ND", "58705", "1984-02-18", "402 Fir Loop", False),
    ("MOT016", "Renata", "", "Ottley", "", "Saucedo", "Jermaine", "Ottley", "Minot AFB", "ND", "58705", "1986-06-09", "402 Fir Loop", False),
    ("MOT017", "Gudrun", "", "Skrivseth", "", "", "", "", "Sawyer", "ND", "58781", "1933-05-05", "9 Railway Ave", False),
    ("MOT018", "Ludwig", "", "Fettig", "Lud", "", "Carla", "Fettig", "Minot", "ND", "58701", "1962-11-11", "2100 17th St SE", False),
    ("MOT019", "Annika", "", "Thorsgaard", "", "", "", "", "Minot", "ND", "58701", "1990-08-25", "15 Main St S Apt 3", False),
    ("MOT020", "Evangeline", "", "Malsam", "Vangie", "", "Reuben", "Malsam", "Burlington", "ND", "58722", "1947-02-14", "18 Colton Ave", False),
    ("MOT021", "Reuben", "", "Malsam", "", "", "Evangeline", "Malsam", "Burlington", "ND", "58722", "1945-10-02", "18 Colton Ave", False),
    ("MOT022", "Ardis", "", "Haakenstad", "", "", "Bjarne", "Haakenstad", "Minot", "ND", "58701", "1952-03-30", "600 3rd St SE", True),
    ("MOT023", "Thorwald", "", "Lindgaard", "Tory", "", "Jolene", "Lindgaard", "Velva", "ND", "58790", "1970-12-07", "501 3rd St E", False),
    ("MOT024", "Erling", "", "Stavenes", "", "", "Marlys", "Stavenes", "Minot", "ND", "58703", "1958-01-15", "3201 11th Ave NW", False),
]

# clients whose coordinates are left blank (derived from the ZIP by the engine)
BLANK_COORDS = {"MOT012", "MOT017"}
# clients whose county_fips only is left blank
BLANK_FIPS = {"MOT021"}
# hand-set coordinates (lat, lon)
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
# clients without a birth date or phone in the CRM
NO_BIRTH = {"MOT019", "MOT024"}
NO_PHONE = {"MOT012", "MOT023"}
