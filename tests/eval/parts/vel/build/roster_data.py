"""Hand-written roster for part vel (Uintah Basin, Utah). People invented; places, ZIPs, FIPS real."""

ADV = {"UT": "k.thacker@ashleyvalleywealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("VEL001", "LaVar", "Ellis", "Pettersen", "", "", "Norma", "Pettersen", "Vernal", "UT", "84078", "1941-08-12", "1480 W 500 N", False),
    ("VEL002", "Norma", "", "Pettersen", "", "Snelgrove", "LaVar", "Pettersen", "Vernal", "UT", "84078", "1944-02-03", "1480 W 500 N", False),
    ("VEL003", "DeLynn", "", "Uresk", "", "Gagon", "", "", "Roosevelt", "UT", "84066", "1950-06-21", "262 E 200 N", False),
    ("VEL004", "Thayne", "", "Murdock", "", "", "Kolleen", "Murdock", "Naples", "UT", "84078", "1962-11-09", "2150 S 1500 E", False),
    ("VEL005", "Kolleen", "", "Murdock", "", "Ruppert", "Thayne", "Murdock", "Naples", "UT", "84078", "1964-04-17", "2150 S 1500 E", False),
    ("VEL006", "Brigham", "", "Sadlier Jr.", "Brig", "", "Tawnya", "Sadlier", "Duchesne", "UT", "84021", "1968-03-30", "45 S Center St", False),
    ("VEL007", "Tawnya", "", "Sadlier", "", "Lisonbee", "Brigham", "Sadlier Jr.", "Duchesne", "UT", "84021", "1970-09-05", "45 S Center St", False),
    ("VEL008", "Ferron", "", "Oberhansly", "", "", "", "", "Roosevelt", "UT", "84066", "1955-01-14", "3890 E 1000 N", True),
    ("VEL009", "Mary Lou", "", "Birchell", "", "Calder", "", "", "Vernal", "UT", "84078", "1947-12-01", "355 N 1700 W", False),
    ("VEL010", "Alejandro", "", "Ybarra Quintana", "Alex", "", "Marisol", "Ybarra", "Roosevelt", "UT", "84066", "1979-05-22", "118 W Lagoon St", False),
    ("VEL011", "Marisol", "", "Ybarra", "", "Cisneros", "Alejandro", "Ybarra Quintana", "Roosevelt", "UT", "84066", "1981-10-30", "118 W Lagoon St", False),
    ("VEL012", "Wendell", "", "Stroup", "", "", "", "", "Naples", "UT", "84078", "1958-07-07", "1722 E 2500 S", False),
    ("VEL013", "Geneal", "", "Pickering", "Gena", "Holgate", "", "", "Vernal", "UT", "84078", "", "640 W 200 S", False),
    ("VEL014", "Rulon", "", "Maxfield", "", "", "Deanna", "Maxfield", "Roosevelt", "UT", "84066", "1961-02-26", "77 N 300 E", False),
    ("VEL015", "Deanna", "", "Maxfield", "", "Wardle", "Rulon", "Maxfield", "Roosevelt", "UT", "84066", "1963-08-08", "77 N 300 E", False),
    ("VEL016", "Shaylee", "", "Bascom", "", "", "Tyson", "Bascom", "Vernal", "UT", "84078", "1990-03-14", "2024 W 1000 N", False),
    ("VEL017", "Harlan", "", "Quaid", "", "", "Ranae", "Quaid", "Vernal", "UT", "84078", "1966-09-19", "890 N Vernal Ave", False),
    ("VEL018", "Verla", "", "Sowby", "", "Glines", "Dee", "Sowby", "Vernal", "UT", "84078", "1952-05-11", "3345 W 500 N", False),
    ("VEL019", "Dee", "", "Sowby", "", "", "Verla", "Sowby", "Vernal", "UT", "84078", "1950-12-02", "3345 W 500 N", False),
    ("VEL020", "Jerrica", "", "Lambson", "Jeri", "", "", "", "Jensen", "UT", "84035", "1984-01-27", "", False),
    ("VEL021", "Orrin", "", "Tuckfield", "", "", "Lavon", "Tuckfield", "Altamont", "UT", "84001", "1957-10-03", "14210 W 3000 N", False),
    ("VEL022", "Emmaline", "", "Fausett", "Emmy", "Jenks", "", "", "Myton", "UT", "84052", "1931-04-09", "40 W Main St", False),
]

# Naples clients share Vernal's ZIP 84078; their homes sit in Naples (south-east of Vernal), not at the centroid.
COORD_OVERRIDES = {"VEL004": (40.4268, -109.4981), "VEL005": (40.4268, -109.4981), "VEL012": (40.4215, -109.4902)}
BLANK_COORDS = {"VEL020"}
BLANK_FIPS = {"VEL022"}
NO_BIRTH = {"VEL013"}
NO_PHONE = {"VEL016", "VEL020"}
