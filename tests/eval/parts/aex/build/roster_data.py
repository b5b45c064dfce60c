"""Hand-written roster for the aex part: central Louisiana (all people invented; places, ZIPs, FIPS real)."""

ADV = "m.fontenot@pecanbayouwealth.example"
ADV_B = "c.honore@pecanbayouwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("AEX001", "Lucien", "A.", "Jeansonne", "Lou", "", "Odile", "Jeansonne", "Marksville", "LA", "71351", "1948-02-11", "418 N Washington St", False),
    ("AEX002", "Odile", "", "Jeansonne", "", "Rabalais", "Lucien", "Jeansonne", "Marksville", "LA", "71351", "1951-07-04", "418 N Washington St", False),
    ("AEX003", "Robert", "", "Dauzat Jr.", "T-Bob", "", "Charlene", "Dauzat", "Mansura", "LA", "71350", "1960-09-22", "1120 L'Eglise St", False),
    ("AEX004", "Charlene", "", "Dauzat", "", "Ducote", "Robert", "Dauzat Jr.", "Mansura", "LA", "71350", "1962-12-01", "1120 L'Eglise St", False),
    ("AEX005", "Marie Therese", "", "Laborde", "Tee", "Moreau", "", "", "Bunkie", "LA", "71322", "1939-05-17", "204 Evergreen St", False),
    ("AEX006", "Claiborne", "W.", "Texada", "Clay", "", "Annelise", "Texada", "Alexandria", "LA", "71301", "1955-03-30", "2410 Jackson St", False),
    ("AEX007", "Annelise", "", "Texada", "", "Wellborn", "Claiborne", "Texada", "Alexandria", "LA", "71301", "1957-08-14", "2410 Jackson St", False),
    ("AEX008", "Ulysses", "J.", "St. Romain", "Tooky", "", "Verna", "St. Romain", "Cottonport", "LA", "71327", "1944-10-06", "612 Front St", False),
    ("AEX009", "Verna", "", "St. Romain", "", "Normand", "Ulysses", "St. Romain", "Cottonport", "LA", "71327", "1947-01-23", "612 Front St", False),
    ("AEX010", "Renita", "", "Metoyer", "", "Balthazar", "Darnell", "Metoyer", "Alexandria", "LA", "71302", "1974-04-18", "1816 Monroe St", False),
    ("AEX011", "Darnell", "", "Metoyer", "", "", "Renita", "Metoyer", "Alexandria", "LA", "71302", "1972-11-09", "1816 Monroe St", False),
    ("AEX012", "Beauford", "", "Lacour", "Bo", "", "", "", "Pineville", "LA", "71360", "1951-06-02", "3310 Shamrock St", False),
    ("AEX013", "Lula Mae", "", "Guillot", "", "Mayeux", "", "", "Marksville", "LA", "71351", "1936-03-08", "227 Preston St", False),
    ("AEX014", "Gerard", "", "Ducote", "Gerry", "", "", "", "Marksville", "LA", "71351", "1966-05-27", "905 N Main St", False),
    ("AEX015", "Evangeline", "", "Normand", "Vangie", "", "", "", "Bunkie", "LA", "71322", "1950-12-19", "118 Walnut St", False),
    ("AEX016", "Hollis", "", "Wiggins", "", "", "", "", "Ball", "LA", "71405", "1963-02-14", "5520 Monroe Hwy", True),
    ("AEX017", "Alphonse", "", "Ledoux", "", "", "", "", "Alexandria", "LA", "71303", "1958-10-30", "4700 Masonic Dr", False),
    ("AEX018", "Mitchell", "", "Kimbrough", "Mitch", "", "", "", "Pineville", "LA", "71360", "1991-01-12", "702 Edgewood Dr", False),
    ("AEX019", "Patrice", "", "Rachal", "", "", "", "", "Alexandria", "LA", "71301", "1969-07-07", "1401 Third St", False),
    ("AEX020", "Ferris", "", "Lachney", "", "", "Dorothy", "Lachney", "Pineville", "LA", "71360", "1947-04-04", "460 Military Hwy", False),
    ("AEX021", "Dorothy", "", "Lachney", "Dot", "Gremillion", "Ferris", "Lachney", "Pineville", "LA", "71360", "1950-09-09", "460 Military Hwy", False),
    ("AEX022", "Kenneth", "", "Bordelon", "Kenny", "", "", "", "Bunkie", "LA", "71322", "1975-08-21", "301 Pershing Hwy", False),
    ("AEX023", "Shonda", "", "Batiste", "", "", "", "", "Lecompte", "LA", "71346", "1980-03-15", "60 Lakeview Dr", False),
]
# Avoyelles clients go to one adviser, Rapides clients to the other
ADVISER = {r[0]: (ADV if r[10] in ("71351", "71350", "71322", "71327") else ADV_B) for r in R}
BLANK_COORDS = {"AEX015", "AEX023"}
BLANK_FIPS = {"AEX019"}
NO_BIRTH = {"AEX017", "AEX023"}
NO_PHONE = {"AEX012", "AEX019"}
