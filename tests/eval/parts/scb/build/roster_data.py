"""Hand-written roster for the scb part (South Carolina Lowcountry). All people invented; ZIPs and FIPS real."""

ADV = {"SC": "m.legare@tabbyriverwealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- St. Helena Island (Beaufort County) ----
    ("SCB001", "Ezekiel", "M.", "Polite Jr.", "Zeke", "", "Hattie Mae", "Polite", "Saint Helena Island", "SC", "29920", "1948-07-19", "41 Seaside Rd", False),
    ("SCB002", "Hattie Mae", "", "Polite", "", "Chisolm", "Ezekiel", "Polite Jr.", "Saint Helena Island", "SC", "29920", "1951-02-11", "41 Seaside Rd", False),
    ("SCB003", "Queen Esther", "", "Wigfall", "Queenie", "Kinloch", "", "", "Saint Helena Island", "SC", "29920", "1939-11-30", "9 Eddings Point Rd", False),
    ("SCB004", "Rufus", "", "Bythewood", "Boo", "", "", "", "Saint Helena Island", "SC", "29920", "1955-04-08", "212 Land's End Rd", False),
    ("SCB017", "Isaiah", "", "Grayson", "", "", "Tamika", "Grayson", "Saint Helena Island", "SC", "29920", "1984-09-02", "6 Tom Fripp Rd", False),
    ("SCB018", "Tamika", "", "Grayson", "", "Fields", "Isaiah", "Grayson", "Saint Helena Island", "SC", "29920", "1986-01-23", "6 Tom Fripp Rd", False),
    # ---- Beaufort, Lady's Island, Port Royal, Seabrook, Sheldon, Bluffton ----
    ("SCB005", "Loretta", "", "Simmons-Gadsden", "Retta", "", "", "", "Beaufort", "SC", "29902", "1962-05-14", "1507 North St", False),
    ("SCB008", "Priya", "", "Raghunathan", "", "", "", "", "Beaufort", "SC", "29906", "1977-08-09", "33 Broad River Blvd", False),
    ("SCB013", "Thaddeus", "", "Kinard", "Tad", "", "", "", "Port Royal", "SC", "29935", "1979-03-27", "1103 Paris Ave", False),
    ("SCB014", "Geneva", "", "Mack", "", "Capers", "", "", "Beaufort", "SC", "29907", "1944-12-05", "18 Sams Point Rd", False),
    ("SCB016", "Roberta", "", "Glover", "Bert", "", "", "", "Sheldon", "SC", "29941", "1950-10-16", "7 Cotton Hall Rd", False),
    ("SCB019", "Lavinia", "", "Orr", "Vinnie", "", "", "", "Bluffton", "SC", "29910", "1971-06-30", "40 Calhoun St", False),
    ("SCB021", "Eloise", "", "Manigo", "", "Singleton", "", "", "Seabrook", "SC", "29940", "1936-04-21", "88 Stuart Point Rd", False),
    # ---- Walterboro (Colleton County) ----
    ("SCB006", "Harold", "", "Tuten", "Hal", "", "Brenda", "Tuten", "Walterboro", "SC", "29488", "1958-01-17", "415 Hampton St", False),
    ("SCB007", "Brenda", "", "Tuten", "", "Crosby", "Harold", "Tuten", "Walterboro", "SC", "29488", "1960-09-03", "415 Hampton St", False),
    ("SCB009", "Jasper", "Calhoun", "Varnadoe III", "Trip", "", "Mary Ashley", "Varnadoe", "Walterboro", "SC", "29488", "1966-11-11", "102 Wichman St", False),
    ("SCB012", "Mary Ashley", "", "Varnadoe", "Ashley", "Padgett", "Jasper", "Varnadoe III", "Walterboro", "SC", "29488", "1969-03-08", "102 Wichman St", False),
    ("SCB010", "Cleveland", "R.", "Heyward", "Cleve", "", "Doris", "Heyward", "Walterboro", "SC", "29488", "1941-06-02", "27 Jefferies Blvd", False),
    ("SCB011", "Doris", "", "Heyward", "", "Crosby", "Cleveland", "Heyward", "Walterboro", "SC", "29488", "1944-02-26", "27 Jefferies Blvd", False),
    ("SCB020", "Clarence", "", "Bostick", "", "", "", "", "Walterboro", "SC", "29488", "1953-07-07", "9 Robertson Blvd", True),
    # ---- Yemassee, Ridgeland ----
    ("SCB015", "Benjamin", "", "Gantt", "Benny", "", "", "", "Yemassee", "SC", "29945", "1963-12-01", "3 Salkehatchie Rd", False),
    ("SCB022", "Dwayne", "", "Smalls", "", "", "", "", "Ridgeland", "SC", "29936", "1975-05-19", "210 Main St", False),
]

NO_BIRTH = {"SCB004", "SCB019"}      # birth_date left blank
NO_PHONE = {"SCB016", "SCB021"}      # phone left blank
NO_ADDRESS = {"SCB015"}              # address_line left blank
BLANK_COORDS = {"SCB022"}            # latitude/longitude left blank (ZIP centroid derived)
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
