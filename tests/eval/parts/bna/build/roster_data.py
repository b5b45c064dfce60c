"""Hand-written roster for the bna part (Nashville / Middle Tennessee). All people invented; places, ZIPs, FIPS real."""

ADV = {
    "north": "r.whitlock@harpethridgewealth.example",   # Davidson and Sumner
    "south": "a.mansour@harpethridgewealth.example",    # Williamson and Rutherford
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # country-music session players (legal names in the CRM, stage names in the press)
    ("BNA001", "Harold", "Eugene", "Mabry", "Hank", "", "Lorene", "Mabry", "Hendersonville", "TN", "37075", "1949-08-02", "118 Sanders Ferry Rd", False, "north"),
    ("BNA002", "Lorene", "", "Mabry", "", "Cates", "Harold", "Mabry", "Hendersonville", "TN", "37075", "1951-04-11", "118 Sanders Ferry Rd", False, "north"),
    ("BNA003", "Candace", "", "Lavergne", "Candy", "", "", "", "Franklin", "TN", "37064", "1968-10-27", "412 Fair St", False, "south"),
    ("BNA004", "Travis", "Wayne", "Odom", "Tater", "", "Kimberly", "Odom", "Brentwood", "TN", "37027", "1971-03-15", "9 Wildwood Valley Ct", False, "south"),
    ("BNA005", "Kimberly", "", "Odom", "Kim", "", "Travis", "Odom", "Brentwood", "TN", "37027", "1973-12-01", "9 Wildwood Valley Ct", False, "south"),
    ("BNA024", "Delbert", "", "Van Hooser", "Del", "", "", "", "Goodlettsville", "TN", "37072", "1947-01-19", "305 Moss Trl", False, "north"),
    # Kurdish-American families, Nolensville Pike / Antioch / Smyrna
    ("BNA006", "Ahmad", "", "Doski", "", "", "Nasrin", "Doski", "Nashville", "TN", "37211", "1970-05-21", "4820 Packard Dr", False, "north"),
    ("BNA007", "Nasrin", "", "Doski", "", "Berwari", "Ahmad", "Doski", "Nashville", "TN", "37211", "1975-09-09", "4820 Packard Dr", False, "north"),
    ("BNA008", "Rezan", "", "Amedi", "", "", "", "", "Antioch", "TN", "37013", "1985-02-14", "2210 Hobson Pike", False, "north"),
    ("BNA009", "Karwan", "", "Sindi", "", "", "Shilan", "Sindi", "Smyrna", "TN", "37167", "1980-07-30", "611 Hazelwood Dr", False, "south"),
    # Black church families of North Nashville
    ("BNA010", "Lucius", "", "Batts", "", "", "Geraldine", "Batts", "Nashville", "TN", "37208", "1952-11-04", "2315 Heiman St", False, "north"),
    ("BNA011", "Geraldine", "", "Batts", "", "Hobson", "Lucius", "Batts", "Nashville", "TN", "37208", "1955-06-18", "2315 Heiman St", False, "north"),
    ("BNA012", "Odessa", "Mae", "Fite", "", "Gooch", "", "", "Nashville", "TN", "37208", "1936-06-03", "1911 Underwood St", False, "north"),
    ("BNA013", "Terrence", "", "Fite", "Terry", "", "Angela", "Fite", "Nashville", "TN", "37209", "1961-08-25", "4107 Indiana Ave", False, "north"),
    # old Middle Tennessee farm families
    ("BNA015", "William", "Thomas", "Hargrove Jr.", "Dub", "", "Margaret", "Hargrove", "Franklin", "TN", "37064", "1957-04-06", "6650 Arno Rd", False, "south"),
    ("BNA016", "Margaret", "", "Hargrove", "Peggy", "Jordan", "William", "Hargrove Jr.", "Franklin", "TN", "37064", "1959-02-22", "6650 Arno Rd", False, "south"),
    ("BNA017", "Clarence", "", "Maxey Sr.", "Bud", "", "", "", "Murfreesboro", "TN", "37130", "1941-09-12", "3300 Halls Hill Pike", False, "south"),
    ("BNA018", "Luther", "", "Gammon", "", "", "", "", "Gallatin", "TN", "37066", "1944-03-08", "1500 Hartsville Pike", True, "north"),
    ("BNA019", "Mary Beth", "", "Lannom", "", "Sudberry", "Jimmy", "Lannom", "Gallatin", "TN", "37066", "1956-05-30", "240 Blythe Ave", False, "north"),
    ("BNA023", "Patricia", "", "ONeal", "Patsy", "Womack", "", "", "Smyrna", "TN", "37167", "1950-12-10", "108 Hilltop Ave", False, "south"),
    # Hispanic compound surname, Murfreesboro
    ("BNA014", "Maria Fernanda", "", "Quintero Salas", "Fer", "", "", "", "Murfreesboro", "TN", "37129", "1987-08-08", "1250 Memorial Blvd", False, "south"),
    # Egyptian Coptic families
    ("BNA020", "Magdy", "", "Guirguis", "", "", "Nermeen", "Guirguis", "Brentwood", "TN", "37027", "1966-01-07", "1620 Sunset Rd", False, "south"),
    ("BNA021", "Nermeen", "", "Guirguis", "", "Fanous", "Magdy", "Guirguis", "Brentwood", "TN", "37027", "1969-10-13", "1620 Sunset Rd", False, "south"),
    ("BNA022", "Mina", "", "Shenouda", "", "", "", "", "Murfreesboro", "TN", "37130", "1993-04-19", "2015 E Main St", False, "south"),
]

BLANK_COORDS = {"BNA008", "BNA017"}      # derived from the ZIP
BLANK_FIPS = {"BNA022"}                  # county derived from the ZIP
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"BNA009", "BNA014"}
NO_PHONE = {"BNA024", "BNA008"}
NO_ADDRESS = {"BNA022"}
