"""Hand-written roster for the roc part (Rochester, N.Y. area; all people invented; places, ZIPs, FIPS real)."""

ADV_CITY = "m.castellano@geneseeharbor.example"     # city of Rochester, Greece, Irondequoit
ADV_SUBURB = "l.whitcomb@geneseeharbor.example"     # Webster, Pittsford, Henrietta, Brockport, Ontario and Wayne

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # ---- Italian-American, Greece / Irondequoit ----
    ("ROC001", "Salvatore", "", "DiMarco", "Sal", "", "Rosemarie", "DiMarco", "Greece", "NY", "14626", "1949-03-14", "412 Long Pond Rd", False, ADV_CITY),
    ("ROC002", "Rosemarie", "", "DiMarco", "Ro", "Ciaccio", "Salvatore", "DiMarco", "Greece", "NY", "14626", "1951-07-02", "412 Long Pond Rd", False, ADV_CITY),
    ("ROC003", "Anthony", "", "Ciaccio Jr.", "Tony", "", "Linda", "Ciaccio", "Rochester", "NY", "14617", "1956-10-21", "88 Titus Ave", False, ADV_CITY),
    # ---- Polish, Hudson Avenue parishes ----
    ("ROC004", "Stanley", "J.", "Wozniak", "Stan", "", "Helen", "Wozniak", "Rochester", "NY", "14621", "1940-11-02", "1040 Hudson Ave", False, ADV_CITY),
    ("ROC005", "Helen", "", "Wozniak", "", "Pawlak", "Stanley", "Wozniak", "Rochester", "NY", "14621", "1943-05-19", "1040 Hudson Ave", False, ADV_CITY),
    ("ROC006", "Theresa", "", "Kaminski", "Terri", "", "", "", "Webster", "NY", "14580", "1955-08-27", "27 Orchard St", False, ADV_SUBURB),
    # ---- Puerto Rican ----
    ("ROC007", "Maria de los Angeles", "", "Rivera Santiago", "Angie", "", "", "", "Rochester", "NY", "14621", "1968-12-08", "315 Avenue D", False, ADV_CITY),
    ("ROC008", "Jose Luis", "", "Colon Ortiz", "", "", "Carmen", "Colon", "Rochester", "NY", "14609", "1971-04-15", "92 Bay St", False, ADV_CITY),
    ("ROC009", "Carmen", "", "Colon", "", "Velez", "Jose Luis", "Colon Ortiz", "Rochester", "NY", "14609", "1973-09-30", "92 Bay St", False, ADV_CITY),
    # ---- Ukrainian Catholic ----
    ("ROC010", "Bohdan", "", "Kovalchuk", "Dan", "", "Olha", "Kovalchuk", "Rochester", "NY", "14622", "1947-01-12", "61 Pinegrove Ave", False, ADV_CITY),
    ("ROC011", "Olha", "", "Kovalchuk", "", "Hrynyk", "Bohdan", "Kovalchuk", "Rochester", "NY", "14622", "1950-06-04", "61 Pinegrove Ave", False, ADV_CITY),
    ("ROC012", "Oksana", "", "Stasiuk", "", "", "", "", "Henrietta", "NY", "14467", "1986-02-17", "19 Riverton Way", False, ADV_SUBURB),
    # ---- Bhutanese-Nepali ----
    ("ROC013", "Tika Ram", "", "Adhikari", "", "", "Devi Maya", "Adhikari", "Rochester", "NY", "14616", "1970-03-05", "210 Maiden Ln", False, ADV_CITY),
    ("ROC014", "Devi Maya", "", "Adhikari", "", "", "Tika Ram", "Adhikari", "Rochester", "NY", "14616", "1974-11-11", "210 Maiden Ln", False, ADV_CITY),
    ("ROC015", "Bishnu", "", "Ghimire", "", "", "", "", "Henrietta", "NY", "14467", "1989-07-22", "3300 E Henrietta Rd", False, ADV_SUBURB),
    # ---- old Yankee Protestant, Pittsford / Brockport ----
    ("ROC016", "Prudence", "", "Hollister", "Prue", "Whitney", "", "", "Pittsford", "NY", "14534", "1938-04-09", "7 Stone Rd", False, ADV_SUBURB),
    ("ROC017", "Nathaniel", "", "Pierce III", "Nat", "", "Margaret", "Pierce", "Pittsford", "NY", "14534", "1952-09-18", "44 Mendon Rd", False, ADV_SUBURB),
    ("ROC018", "Howard", "", "Lattimore", "Howie", "", "Ruth", "Lattimore", "Brockport", "NY", "14420", "1944-02-26", "5120 Lake Rd", False, ADV_SUBURB),
    ("ROC019", "Ruth", "", "Lattimore", "", "Gates", "Howard", "Lattimore", "Brockport", "NY", "14420", "1946-10-03", "5120 Lake Rd", False, ADV_SUBURB),
    # ---- others ----
    ("ROC020", "Dennis", "", "OLeary", "", "", "", "", "Webster", "NY", "14580", "1966-05-05", "1150 Bay Rd", False, ADV_SUBURB),
    ("ROC021", "Genevieve", "", "Tillotson", "", "", "", "", "Canandaigua", "NY", "14424", "1950-12-30", "230 N Main St", True, ADV_SUBURB),
    ("ROC022", "Mary Beth", "", "Pellegrino", "", "Kowalski", "Daniel", "Pellegrino", "Webster", "NY", "14580", "1972-01-24", "640 Holt Rd", False, ADV_SUBURB),
    ("ROC023", "Gerrit", "", "Van Laeken", "", "", "Judith", "Van Laeken", "Williamson", "NY", "14589", "1960-06-14", "4021 Ridge Rd", False, ADV_SUBURB),
]

BLANK_COORDS = {"ROC006", "ROC015", "ROC023"}
BLANK_FIPS = {"ROC020"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"ROC020", "ROC022"}
NO_PHONE = {"ROC012", "ROC016"}
NO_ADDRESS = {"ROC020"}
