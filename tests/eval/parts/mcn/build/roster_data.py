"""Hand-written roster for the mcn part (middle Georgia; all people invented; places, ZIPs, FIPS real)."""

ADV = {"GA": "w.maddox@ocmulgeewealth.example"}
ADV_BY_ID = {"MCN013": "r.oyelaran@ocmulgeewealth.example", "MCN020": "r.oyelaran@ocmulgeewealth.example",
             "MCN009": "r.oyelaran@ocmulgeewealth.example", "MCN010": "r.oyelaran@ocmulgeewealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MCN001", "Thaddeus", "Marion", "Whitlock", "Thad", "", "Lorene", "Whitlock", "Macon", "GA", "31210", "1948-02-11", "4471 Wesleyan Dr", False),
    ("MCN002", "Lorene", "", "Whitlock", "", "Pettigrew", "Thaddeus", "Whitlock", "Macon", "GA", "31210", "1950-09-02", "4471 Wesleyan Dr", False),
    ("MCN003", "Cornelius", "", "Bazemore Jr.", "Neal", "", "Queenie", "Bazemore", "Warner Robins", "GA", "31088", "1952-06-14", "210 Feagin Mill Rd", False),
    ("MCN004", "Queenie", "", "Bazemore", "", "Hollingshed", "Cornelius", "Bazemore Jr.", "Warner Robins", "GA", "31088", "1957-12-01", "210 Feagin Mill Rd", False),
    ("MCN005", "Mary Frances", "", "Tidwell", "Frankie", "Culpepper", "", "", "Perry", "GA", "31069", "1946-04-20", "905 Swift St", False),
    ("MCN006", "Delphine", "", "Ruffin", "", "Stallworth", "", "", "Macon", "GA", "31204", "1943-08-08", "1180 Pio Nono Ave", False),
    ("MCN007", "Beauregard", "", "Lanier", "Beau", "", "Sue Ellen", "Lanier", "Forsyth", "GA", "31029", "1953-03-30", "66 Juliette Rd", False),
    ("MCN008", "Sue Ellen", "", "Lanier", "", "Mobley", "Beauregard", "Lanier", "Forsyth", "GA", "31029", "1955-11-17", "66 Juliette Rd", False),
    ("MCN009", "Darnell", "", "Hightower", "", "", "Keisha", "Hightower", "Warner Robins", "GA", "31093", "1975-01-22", "118 Corder Rd", False),
    ("MCN010", "Keisha", "", "Hightower", "", "Pounds", "Darnell", "Hightower", "Warner Robins", "GA", "31093", "1977-07-04", "118 Corder Rd", False),
    ("MCN011", "Alvin", "", "Crumbley", "", "", "", "", "Macon", "GA", "31216", "1961-10-10", "3302 Houston Ave", True),
    ("MCN012", "Ruby Nell", "", "Faircloth", "", "", "", "", "Perry", "GA", "31069", "1939-05-05", "412 Ball St", False),
    ("MCN013", "Tamika", "", "Lattimore-Banks", "", "Lattimore", "Reginald", "Banks", "Macon", "GA", "31220", "1982-02-27", "150 Zebulon Rd", False),
    ("MCN014", "Ellis", "", "Ponder III", "Trey", "", "", "", "Forsyth", "GA", "31029", "1981-09-12", "20 N Lee St", False),
    ("MCN015", "Vernice", "", "Slappey", "", "", "", "", "Warner Robins", "GA", "31088", "1944-01-19", "707 Elberta Rd", False),
    ("MCN016", "Hollis", "", "Dukes", "", "", "Glenda", "Dukes", "Byron", "GA", "31008", "1958-08-25", "301 Chapman Rd", False),
    ("MCN017", "Glenda", "", "Dukes", "", "Spivey", "Hollis", "Dukes", "Byron", "GA", "31008", "1960-02-14", "301 Chapman Rd", False),
    ("MCN018", "Obadiah", "", "Sapp", "Obie", "", "", "", "Perry", "GA", "31069", "1955-06-06", "1400 Sam Nunn Blvd", False),
    ("MCN019", "Jolene", "", "Cawthon", "", "", "Dewayne", "Cawthon", "Kathleen", "GA", "31047", "1990-03-03", "88 Lake Joy Rd", False),
    ("MCN020", "Marquis", "", "Tolbert", "", "", "", "", "Macon", "GA", "31204", "1979-11-30", "2245 Vineville Ave", False),
    ("MCN021", "Loretta", "Jean", "Pyles", "", "", "", "", "Forsyth", "GA", "31029", "1936-07-21", "15 Tift College Dr", False),
    ("MCN022", "Clarence", "", "Hambrick", "", "", "Odessa", "Hambrick", "Macon", "GA", "31206", "1949-12-24", "2789 Houston Ave", False),
]
NO_BIRTH = {"MCN013", "MCN020"}
NO_PHONE = {"MCN006", "MCN018"}
NO_ADDRESS = {"MCN022"}
BLANK_COORDS = {"MCN012"}
