"""Hand-written roster for the grb part (Green Bay / De Pere / Appleton / northeast Wisconsin).
All people invented; places, ZIPs and FIPS real."""

ADV = {"WI": "m.dewitt@baysidecedarwealth.example"}
ADV_BY_ID = {  # the Fox Cities clients have a second adviser
    "GRB007": "j.nackers@baysidecedarwealth.example", "GRB008": "j.nackers@baysidecedarwealth.example",
    "GRB012": "j.nackers@baysidecedarwealth.example", "GRB013": "j.nackers@baysidecedarwealth.example",
    "GRB018": "j.nackers@baysidecedarwealth.example", "GRB020": "j.nackers@baysidecedarwealth.example",
    "GRB021": "j.nackers@baysidecedarwealth.example", "GRB022": "j.nackers@baysidecedarwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("GRB001", "Leonard", "P.", "Vandenhouten Jr.", "Len", "", "Joan", "Vandenhouten", "Green Bay", "WI", "54311", "1952-03-14", "2418 Finger Rd", False),
    ("GRB002", "Joan", "", "Vandenhouten", "", "DeBaker", "Leonard", "Vandenhouten Jr.", "Green Bay", "WI", "54311", "1954-08-02", "2418 Finger Rd", False),
    ("GRB003", "Marcel", "J.", "Lemense", "", "", "Yvonne", "Lemense", "Luxemburg", "WI", "54217", "1938-04-12", "E1460 County Rd A", False),
    ("GRB004", "Yvonne", "", "Lemense", "", "Jeanquart", "Marcel", "Lemense", "Luxemburg", "WI", "54217", "1941-01-20", "E1460 County Rd A", False),
    ("GRB005", "Stanley", "", "Kaczmarowski", "Stan", "", "Dorothy", "Kaczmarowski", "Pulaski", "WI", "54162", "1947-06-30", "312 W Pulaski St", False),
    ("GRB006", "Mary Ann", "", "Wierzbicki", "", "Sobczak", "", "", "Green Bay", "WI", "54302", "1949-11-05", "1127 Cherry St", False),
    ("GRB007", "Tou", "", "Vang", "", "", "Pa Houa", "Lee", "Appleton", "WI", "54915", "1968-02-09", "1820 E Calumet St", False),
    ("GRB008", "Pa Houa", "", "Lee", "", "", "Tou", "Vang", "Appleton", "WI", "54915", "1970-07-22", "1820 E Calumet St", False),
    ("GRB009", "Cheng", "", "Thao", "", "", "", "", "Green Bay", "WI", "54303", "1981-05-17", "905 Velp Ave", False),
    ("GRB010", "Debra", "", "Kanasawe", "Debbie", "", "Randall", "Kanasawe", "Oneida", "WI", "54155", "1963-09-28", "N7120 Seminary Rd", False),
    ("GRB011", "Randall", "", "Kanasawe", "Randy", "", "Debra", "Kanasawe", "Oneida", "WI", "54155", "1961-12-03", "N7120 Seminary Rd", False),
    ("GRB012", "Gerald", "", "Wiedenhoeft", "Jerry", "", "Arlene", "Wiedenhoeft", "Kaukauna", "WI", "54130", "1944-10-16", "405 Dixon St", False),
    ("GRB013", "Ronald", "", "Schermitzler", "Ron", "", "", "", "Little Chute", "WI", "54140", "1951-01-08", "727 Grand Ave", False),
    ("GRB014", "Kathleen", "", "Van Lanen", "Kathy", "Pankow", "Thomas", "Van Lanen", "De Pere", "WI", "54115", "1966-06-11", "1604 Lost Dauphin Rd", False),
    ("GRB015", "Thomas", "", "Van Lanen", "Tom", "", "Kathleen", "Van Lanen", "De Pere", "WI", "54115", "1964-04-30", "1604 Lost Dauphin Rd", False),
    ("GRB016", "Patrick", "", "OKeefe", "Pat", "", "Karen", "OKeefe", "De Pere", "WI", "54115", "1971-08-19", "219 N Broadway", False),
    ("GRB017", "Rosemary", "", "Thiry", "", "Delvaux", "", "", "Green Bay", "WI", "54313", "1940-03-27", "2750 Shawano Ave", False),
    ("GRB018", "Bernard", "", "Wildenberg", "Bernie", "", "", "", "Kimberly", "WI", "54136", "1958-12-01", "141 S Main St", False),
    ("GRB019", "Angela", "", "Mleziva", "", "", "James", "Mleziva", "Sturgeon Bay", "WI", "54235", "1975-02-14", "58 N 3rd Ave", False),
    ("GRB020", "Dale", "", "Hermsen", "", "", "", "", "Appleton", "WI", "54914", "1962-05-05", "2300 W Spencer St", True),
    ("GRB021", "Michelle", "", "Pankratz", "Shelly", "Hermsen", "Kevin", "Pankratz", "Seymour", "WI", "54165", "1969-09-09", "W2890 Hwy 54", False),
    ("GRB022", "Kevin", "", "Pankratz", "", "", "Michelle", "Pankratz", "Seymour", "WI", "54165", "1967-01-21", "W2890 Hwy 54", False),
    ("GRB023", "Francis", "", "Delwiche", "Butch", "", "", "", "Algoma", "WI", "54201", "1949-07-07", "620 Fremont St", False),
]

BLANK_COORDS = {"GRB006", "GRB017"}
BLANK_FIPS = {"GRB019"}
COORD_OVERRIDES: dict = {}
NO_BIRTH = {"GRB009"}
NO_PHONE = {"GRB023"}
