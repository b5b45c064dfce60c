"""Hand-written roster for part `bis` (Bismarck, Mandan, Minot ND). All people invented; ZIPs/FIPS real."""

ADV = {
    "BM": "h.lindgren@prairiewindwealth.example",    # Bismarck-Mandan
    "MN": "c.olstad@prairiewindwealth.example",      # Minot and the Souris valley
    "FB": "r.whitecalf@prairiewindwealth.example",   # Fort Berthold / New Town
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adv
R = [
    ("BIS001", "Leonard", "J.", "Schaefer", "Len", "", "Rosalie", "Schaefer", "Mandan", "ND", "58554", "1941-06-14", "1207 6th Ave NW", False, "BM"),
    ("BIS002", "Rosalie", "", "Schaefer", "Rosie", "Kraft", "Leonard", "Schaefer", "Mandan", "ND", "58554", "1944-02-02", "1207 6th Ave NW", False, "BM"),
    ("BIS003", "Marvin", "", "Baumgartner Jr.", "", "", "Darlene", "Baumgartner", "Bismarck", "ND", "58501", "1958-09-03", "915 N 4th St", False, "BM"),
    ("BIS004", "Darlene", "", "Baumgartner", "", "Weigel", "Marvin", "Baumgartner Jr.", "Bismarck", "ND", "58501", "1960-01-22", "915 N 4th St", False, "BM"),
    ("BIS005", "Mary Ann", "", "Wolf", "", "Hoffmann", "", "", "Bismarck", "ND", "58504", "1952-08-15", "3310 Rosser Ave E", False, "BM"),
    ("BIS006", "Arvid", "", "Haugen", "", "", "Solveig", "Haugen", "Minot", "ND", "58701", "1948-11-05", "22 4th Ave SE", False, "MN"),
    ("BIS007", "Solveig", "", "Haugen", "", "Lien", "Arvid", "Haugen", "Minot", "ND", "58701", "1951-04-17", "22 4th Ave SE", False, "MN"),
    ("BIS008", "Kristoffer", "", "Brekke", "Kris", "", "Jolene", "Brekke", "Minot", "ND", "58703", "1979-03-09", "1845 Valley St", False, "MN"),
    ("BIS009", "Loretta", "", "Walks Ahead", "Retta", "", "", "", "New Town", "ND", "58763", "1963-07-30", "114 Eagle Dr", False, "FB"),
    ("BIS010", "Curtis", "", "Voeller", "Curt", "", "", "", "Minot", "ND", "58701", "1985-10-12", "610 20th Ave SW", False, "MN"),
    ("BIS011", "Bernard", "", "Vetter", "Barney", "", "Joan", "Vetter", "Mandan", "ND", "58554", "1960-05-28", "401 3rd St SE", True, "BM"),
    ("BIS012", "Francine", "", "Dockter", "", "Jangula", "Gerald", "Dockter", "Bismarck", "ND", "58503", "1967-12-01", "4012 Lakewood Dr", False, "BM"),
    ("BIS013", "Gerald", "", "Dockter", "Gerry", "", "Francine", "Dockter", "Bismarck", "ND", "58503", "1965-06-19", "4012 Lakewood Dr", False, "BM"),
    ("BIS014", "Anika", "", "Sorum", "", "", "Jon", "Halvorsen", "Bismarck", "ND", "58501", "1974-02-26", "506 Ave C W", False, "BM"),
    ("BIS015", "Nathan", "", "Ellingson", "Nate", "", "", "", "Mandan", "ND", "58554", "1971-09-14", "208 8th Ave NW", False, "BM"),
    ("BIS016", "Ambrose", "", "Feist", "Amby", "", "Clara", "Feist", "Glen Ullin", "ND", "58631", "1939-03-02", "RR 1 Box 44", False, "BM"),
    ("BIS017", "Daniel", "", "Mosbrucker", "Dan", "", "", "", "Bismarck", "ND", "58503", "1966-04-04", "2718 Gateway Ave", False, "BM"),
    ("BIS018", "Kayla", "", "Little Owl", "", "", "", "", "Mandan", "ND", "58554", "1988-08-08", "1100 Collins Ave", False, "FB"),
    ("BIS019", "Orville", "", "Bjornstad", "", "", "Joyce", "Bjornstad", "Minot", "ND", "58703", "1954-01-11", "3804 County Rd 17 N", False, "MN"),
    ("BIS020", "Colette", "Marie", "Ressler", "", "Baumgartner", "Wayne", "Ressler", "Mandan", "ND", "58554", "1962-10-03", "2601 Sunset Dr", False, "BM"),
    ("BIS021", "Shannon", "", "ODell", "", "", "", "", "Bismarck", "ND", "58504", "1961-05-05", "1919 S 12th St", False, "BM"),
    ("BIS022", "Duane", "", "Hoffmann", "", "", "Marcella", "Hoffmann", "Bismarck", "ND", "58501", "1955-03-21", "720 E Ave D", False, "BM"),
    ("BIS023", "Marcella", "", "Hoffmann", "Marcy", "Kuntz", "Duane", "Hoffmann", "Bismarck", "ND", "58501", "1957-07-07", "720 E Ave D", False, "BM"),
    ("BIS024", "Steven", "", "Schaefer", "Steve", "", "Rebecca", "Schaefer", "Mandan", "ND", "58554", "1966-12-12", "3405 Old Red Trl", False, "BM"),
]

BLANK_COORDS = {"BIS009", "BIS016"}
BLANK_FIPS = {"BIS019"}
NO_BIRTH = {"BIS021"}
NO_PHONE = {"BIS010"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
