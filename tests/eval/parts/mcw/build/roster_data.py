"""Hand-written roster for the mcw part (Mason City, Iowa, and North Iowa). All people invented; towns, ZIP codes,
county FIPS and ZIP centroids are real (``zipcodes`` / ``addfips``)."""

ADV = {
    "north": "k.lunde@prairieharborwealth.example",
    "lake": "m.ortiz@prairieharborwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("MCW001", "Halvard", "E.", "Brekkestad", "Hal", "", "Ingrid", "Brekkestad", "Mason City", "50401", "1949-03-14", "1418 N Delaware Ave", False, "north"),
    ("MCW002", "Ingrid", "", "Brekkestad", "", "Tollefsrud", "Halvard", "Brekkestad", "Mason City", "50401", "1951-08-02", "1418 N Delaware Ave", False, "north"),
    ("MCW003", "Demetrios", "", "Kallergis", "Jim", "", "Paraskevi", "Kallergis", "Mason City", "50401", "1956-11-20", "22 River Heights Dr", False, "north"),
    ("MCW004", "Paraskevi", "", "Kallergis", "Voula", "Zervoudakis", "Demetrios", "Kallergis", "Mason City", "50401", "1959-04-07", "22 River Heights Dr", False, "north"),
    ("MCW005", "Lorraine", "M.", "Vandersnick", "", "Kuhlers", "", "", "Clear Lake", "50428", "1938-06-21", "407 N 4th St", False, "lake"),
    ("MCW006", "Wendell", "A.", "Oberhauser Jr.", "Butch", "", "Marcella", "Oberhauser", "Clear Lake", "50428", "1962-09-30", "1120 N Shore Dr", False, "lake"),
    ("MCW007", "Marcella", "", "Oberhauser", "Marcy", "Schwieger", "Wendell", "Oberhauser Jr.", "Clear Lake", "50428", "1964-01-12", "1120 N Shore Dr", False, "lake"),
    ("MCW008", "Rosalinda", "", "Quintanar Ybarra", "Linda", "", "Efrain", "Quintanar", "Mason City", "50401", "1975-05-05", "615 S Jefferson Ave", False, "north"),
    ("MCW009", "Merle", "D.", "Dusenbery", "", "", "Arlene", "Dusenbery", "Plymouth", "50464", "1944-02-09", "2871 Yarrow Ave", False, "north"),
    ("MCW010", "Arlene", "", "Dusenbery", "", "Hjelmeland", "Merle", "Dusenbery", "Plymouth", "50464", "1946-10-03", "2871 Yarrow Ave", False, "north"),
    ("MCW011", "Kjersti", "", "Solheimer", "Kris", "", "", "", "Rockwell", "50469", "1972-07-18", "304 Main St", False, "north"),
    ("MCW012", "Thaddeus", "", "Wrolstad", "Tad", "", "Rebecca", "Wrolstad", "Mason City", "50401", "1968-12-01", "1702 Hunters Ridge Dr", False, "north"),
    ("MCW013", "Rebecca", "", "Wrolstad", "Becca", "Ahrendsen", "Thaddeus", "Wrolstad", "Mason City", "50401", "1970-03-22", "1702 Hunters Ridge Dr", False, "north"),
    ("MCW014", "Jo Ann", "", "Lindemeier", "", "Grabau", "Duane", "Lindemeier", "Nora Springs", "50458", "1958-08-14", "110 N Hawkeye St", False, "north"),
    ("MCW015", "Cornelius", "", "Haakenstad", "Corky", "", "", "", "Northwood", "50459", "1940-01-27", "3421 Finch Ave", False, "north"),
    ("MCW016", "Priscilla", "", "Ostergaard", "", "", "", "", "Garner", "50438", "1963-05-29", "455 W 4th St", False, "lake"),
    ("MCW017", "Anselm", "", "Vogelsang", "", "", "Claire", "Vogelsang", "Mason City", "50401", "1970-02-14", "29 Oak Ridge Dr", False, "north"),
    ("MCW018", "Gunnar", "", "Tveitbakk", "", "", "", "", "Clear Lake", "50428", "1975-09-09", "1514 2nd Ave S", False, "lake"),
    ("MCW019", "Delphine", "", "Hrubes", "", "Kubicek", "Louis", "Hrubes", "Mason City", "50401", "1941-12-05", "830 6th St SE", False, "north"),
    ("MCW020", "Evangelos", "", "Stathakis", "Van", "", "Niki", "Stathakis", "Clear Lake", "50428", "1961-06-17", "210 N 8th St", False, "lake"),
    ("MCW021", "Bernadine", "", "Fjelstul", "Bernie", "", "", "", "Mason City", "50401", "1950-04-04", "415 4th St SW", True, "north"),
    ("MCW022", "Orrin", "", "Kittelsrud", "", "", "", "", "Clear Lake", "50428", "1953-10-10", "3 Lakeview Ct", False, "lake"),
]

# household offsets (degrees lat, lon) from the ZIP centroid, set by hand so that the severe-thunderstorm polygon's
# edge falls clearly on one side of each home (all within ~2 km of the centroid)
OFFSETS = {
    "MCW001": (0.006, -0.026), "MCW002": (0.006, -0.026),            # west Mason City: inside the June polygon
    "MCW003": (0.002, 0.008), "MCW004": (0.002, 0.008),              # east: outside
    "MCW005": (0.005, -0.013),                                       # west Clear Lake: outside
    "MCW006": (-0.002, 0.023), "MCW007": (-0.002, 0.023),            # east Clear Lake: inside
    "MCW008": (-0.013, -0.014),                                      # inside
    "MCW009": (0.004, 0.006), "MCW010": (0.004, 0.006),
    "MCW011": (0.001, -0.002),
    "MCW012": (0.011, -0.032), "MCW013": (0.011, -0.032),            # inside
    "MCW014": (0.002, 0.004), "MCW015": (-0.003, 0.011), "MCW016": (0.001, -0.004),
    "MCW017": (0.018, 0.019),                                        # outside
    "MCW018": (-0.003, -0.006),                                      # Clear Lake, west of 8th St: outside
    "MCW019": (-0.005, 0.012),                                       # outside
    "MCW020": (0.006, 0.029),                                        # inside
    "MCW021": (-0.007, -0.019),                                      # inside (do_not_contact)
    "MCW022": (-0.012, 0.017),                                       # inside
}
# CRM gaps
NO_BIRTH = {"MCW018"}
NO_PHONE = {"MCW022"}
BLANK_COORDS = {"MCW016"}   # Garner: coordinates left blank (derived from the ZIP)
