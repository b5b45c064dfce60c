"""Hand-written roster for the svg part (Savannah / Chatham and Bryan counties, Ga.; Bluffton and Hilton Head,
S.C.). All people invented; places, ZIPs and FIPS real."""

ADV = {
    "east": "m.okonkwo@tabbyharborwealth.example",      # Savannah east side, islands, Tybee
    "west": "r.tillman@tabbyharborwealth.example",      # midtown/south Savannah, Pooler, Garden City, Richmond Hill
    "sc": "c.hayward@tabbyharborwealth.example",        # Bluffton and Hilton Head Island
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # ---- Gullah Geechee families ----
    ("SVG001", "Ernestine", "", "Mungin", "Tina", "Grovner", "Alphonso", "Mungin", "Savannah", "GA", "31404", "1954-08-21", "1418 E 38th St", False, "east"),
    ("SVG002", "Alphonso", "L.", "Mungin", "Al", "", "Ernestine", "Mungin", "Savannah", "GA", "31404", "1951-02-06", "1418 E 38th St", False, "east"),
    ("SVG003", "Queen Esther", "", "Polite", "", "", "", "", "Hilton Head Island", "SC", "29926", "1941-03-09", "27 Spanish Wells Rd", False, "sc"),
    ("SVG004", "Rufus", "", "Grovner", "", "", "", "", "Richmond Hill", "GA", "31324", "1960-11-30", "84 Timber Trl", False, "west"),
    ("SVG020", "Jamal", "", "Polite", "", "", "Keisha", "Polite", "Bluffton", "SC", "29910", "1975-06-14", "19 Goethe Rd", False, "sc"),
    ("SVG023", "Darnell", "", "Wigfall", "", "", "", "", "Bluffton", "SC", "29910", "1981-10-23", "7 Wharf St", False, "sc"),
    ("SVG021", "Hezekiah", "", "Manigo", "Hez", "", "", "", "Garden City", "GA", "31408", "1947-04-02", "4 Minus Ave", False, "west"),
    # ---- Greek Orthodox families ----
    ("SVG005", "Konstantinos", "", "Xanthakos", "Gus", "", "Eleni", "Xanthakos", "Savannah", "GA", "31406", "1948-01-17", "11 Kensington Dr", False, "west"),
    ("SVG006", "Eleni", "", "Xanthakos", "Helen", "Lambrakis", "Konstantinos", "Xanthakos", "Savannah", "GA", "31406", "1952-09-03", "11 Kensington Dr", False, "west"),
    ("SVG007", "Dimitrios", "", "Lambrakis", "Jimmy", "", "", "", "Tybee Island", "GA", "31328", "1957-05-25", "9 Lovell Ave", False, "east"),
    ("SVG008", "Anastasia", "", "Mavromatis", "Tasia", "", "", "", "Pooler", "GA", "31322", "1985-12-02", "120 Canal St", False, "west"),
    # ---- Irish-Catholic Savannah ----
    ("SVG009", "Timothy", "J.", "Mulqueen Jr.", "Tim", "", "Bridget", "Mulqueen", "Savannah", "GA", "31405", "1956-03-17", "2 Chatham Crescent", False, "west"),
    ("SVG010", "Bridget", "", "Mulqueen", "", "Heffernan", "Timothy", "Mulqueen Jr.", "Savannah", "GA", "31405", "1958-10-08", "2 Chatham Crescent", False, "west"),
    ("SVG011", "Mary Margaret", "", "Gallogly", "Maggie", "", "", "", "Savannah", "GA", "31401", "1949-07-12", "301 E Gordon St", False, "east"),
    ("SVG012", "Sean", "P.", "Gallogly", "", "", "Erin", "Gallogly", "Savannah", "GA", "31410", "1972-02-29", "36 Wilmington Island Rd", False, "east"),
    ("SVG013", "Dennis", "", "Heffernan", "", "", "", "", "Savannah", "GA", "31405", "1961-12-19", "611 E 49th St", True, "west"),
    ("SVG022", "Nora", "", "OShaughnessy", "", "Keane", "Kevin", "OShaughnessy", "Savannah", "GA", "31419", "1970-04-04", "12 Grove Point Rd", False, "west"),
    # ---- Lowcountry Georgia families ----
    ("SVG014", "Wade", "A.", "DeLoach Jr.", "", "", "Charlene", "DeLoach", "Richmond Hill", "GA", "31324", "1963-09-09", "215 Ford Ave", False, "west"),
    ("SVG015", "Claudette", "", "Tuten", "", "", "", "", "Tybee Island", "GA", "31328", "1950-12-01", "1604 Butler Ave", False, "east"),
    ("SVG016", "Harold", "", "Exley", "Hal", "", "Doris", "Exley", "Pooler", "GA", "31322", "1944-06-06", "31 Pine Barren Rd", False, "west"),
    ("SVG017", "Doris", "", "Exley", "", "Futch", "Harold", "Exley", "Pooler", "GA", "31322", "1946-08-15", "31 Pine Barren Rd", False, "west"),
    # ---- Hilton Head retirees ----
    ("SVG018", "Richard", "", "Van Wyck", "Rick", "", "Linda", "Van Wyck", "Hilton Head Island", "SC", "29928", "1952-01-26", "8 Lighthouse Ln", False, "sc"),
    ("SVG019", "Linda", "", "Van Wyck", "", "Sorensen", "Richard", "Van Wyck", "Hilton Head Island", "SC", "29928", "1954-05-30", "8 Lighthouse Ln", False, "sc"),
]

BLANK_COORDS = {"SVG011"}
BLANK_FIPS: set[str] = set()
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"SVG021"}
NO_PHONE = {"SVG013"}
