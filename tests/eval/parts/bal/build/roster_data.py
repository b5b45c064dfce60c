"""Hand-written roster for the bal part (Baltimore region; all people invented; places, ZIPs, FIPS real)."""

ADV = {
    "city": "m.abernathy@patapscowealth.example",    # Baltimore City
    "county": "s.oh@patapscowealth.example",         # Baltimore, Howard, Anne Arundel counties
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    # West Baltimore Black Baptist / AME families
    ("BAL001", "Reginald", "Earl", "Whitlock Jr.", "Reggie", "", "Bernice", "Whitlock", "Baltimore", "21217", "1954-07-22", "1412 Druid Hill Ave", False),
    ("BAL002", "Bernice", "", "Whitlock", "", "Pettaway", "Reginald", "Whitlock Jr.", "Baltimore", "21217", "1956-02-09", "1412 Druid Hill Ave", False),
    ("BAL003", "Odessa", "Mae", "Fairley", "", "", "", "", "Baltimore", "21216", "1938-10-02", "3107 Walbrook Ave", False),
    ("BAL004", "Clarence", "", "Mayfield", "", "", "Loretta", "Mayfield", "Baltimore", "21229", "1948-05-17", "4520 Edmondson Ave", False),
    # Polish and Ukrainian Fells Point / Dundalk families
    ("BAL005", "Stanislaw", "J.", "Wojcik", "Stan", "", "Helen", "Wojcik", "Baltimore", "21231", "1946-03-14", "1709 Aliceanna St", False),
    ("BAL006", "Helen", "", "Wojcik", "", "Zielinski", "Stanislaw", "Wojcik", "Baltimore", "21231", "1948-11-30", "1709 Aliceanna St", False),
    ("BAL007", "Bohdan", "", "Kowalchuk", "Dan", "", "Maria", "Kowalchuk", "Dundalk", "21222", "1950-08-05", "27 Shipway Rd", False),
    ("BAL008", "Oksana", "", "Hrytsenko", "", "", "", "", "Towson", "21286", "1978-04-19", "805 Dulaney Valley Rd Apt 4C", False),
    # Lumbee families of East Baltimore (some since moved to Anne Arundel)
    ("BAL009", "Jo Ann", "", "Locklear", "", "Chavis", "Harold", "Locklear", "Glen Burnie", "21061", "1960-12-03", "318 Crain Hwy SE", False),
    ("BAL010", "Harold", "", "Locklear", "Hal", "", "Jo Ann", "Locklear", "Glen Burnie", "21061", "1957-06-28", "318 Crain Hwy SE", False),
    ("BAL011", "Dwayne", "", "Oxendine", "", "", "", "", "Baltimore", "21205", "1983-09-11", "2214 E Baltimore St", False),
    # Korean-American families of Howard County
    ("BAL012", "Sung Ho", "", "Choi", "Steve", "", "Grace", "Choi", "Ellicott City", "21042", "1961-01-15", "3900 Centennial Ln", False),
    ("BAL013", "Grace", "", "Choi", "", "Yoon", "Sung Ho", "Choi", "Ellicott City", "21042", "1963-05-27", "3900 Centennial Ln", False),
    ("BAL014", "Young-Mi", "", "Seo", "Amy", "", "", "", "Columbia", "21044", "1984-10-08", "5400 Harpers Farm Rd", False),
    # Greek families of Highlandtown
    ("BAL015", "Konstantinos", "", "Raftopoulos Sr.", "Gus", "", "Eleni", "Raftopoulos", "Baltimore", "21224", "1945-09-01", "3311 Eastern Ave", False),
    ("BAL016", "Eleni", "", "Raftopoulos", "", "Kourakis", "Konstantinos", "Raftopoulos Sr.", "Baltimore", "21224", "1949-02-12", "3311 Eastern Ave", False),
    ("BAL017", "Theodora", "", "Marinos", "Teddie", "", "", "", "Towson", "21204", "1962-06-30", "22 W Pennsylvania Ave", False),
    # Jewish families of Pikesville
    ("BAL018", "Marvin", "", "Goldfarb", "", "", "Rhoda", "Goldfarb", "Pikesville", "21208", "1941-04-04", "7 Slade Ave", False),
    ("BAL019", "Rhoda", "", "Goldfarb", "", "Sherman", "Marvin", "Goldfarb", "Pikesville", "21208", "1944-08-21", "7 Slade Ave", False),
    ("BAL020", "Ilana", "", "Rosenthal", "", "", "David", "Rosenthal", "Pikesville", "21208", "1986-03-03", "1600 Reisterstown Rd", False),
    # others
    ("BAL021", "Ana Lucia", "", "Reyes Contreras", "", "", "", "", "Columbia", "21045", "1972-11-19", "9100 Dunloggin Rd", False),
    ("BAL022", "Patricia", "A.", "ONeill", "Trish", "Dabrowski", "", "", "Catonsville", "21228", "1958-01-24", "110 Mellor Ave", False),
    ("BAL023", "Leon", "", "Dabrowski", "", "", "", "", "Baltimore", "21231", "1955-07-07", "612 S Wolfe St", True),
    ("BAL024", "Darnell", "", "Van Dyke", "", "", "Tamika", "Van Dyke", "Columbia", "21044", "1979-02-14", "10 Wilde Lake Ter", False),
]

STATE = "MD"
# clients whose coordinates are left blank (derived from the ZIP by the engine)
BLANK_COORDS = {"BAL011", "BAL017"}
# hand-set household coordinates (lat, lon)
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"BAL011", "BAL021"}
NO_PHONE = {"BAL020", "BAL008"}
NO_ADDRESS = {"BAL014"}
