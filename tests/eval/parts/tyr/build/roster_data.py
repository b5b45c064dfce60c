"""Hand-written roster for part tyr (east Texas: Tyler, Longview, Jacksonville, Kilgore). People invented;
ZIPs and FIPS real."""

ADV = {"TX": "c.holloway@pineycrestwealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("TYR001", "William", "Dale", "Pruitt", "Bill", "", "Glenda", "Pruitt", "Tyler", "TX", "75703", "1948-08-22", "4410 Old Bullard Rd", False),
    ("TYR002", "Glenda", "", "Pruitt", "", "Hollis", "William", "Pruitt", "Tyler", "TX", "75703", "1950-03-11", "4410 Old Bullard Rd", False),
    ("TYR003", "Bobby Ray", "", "Dossett", "", "", "Darlene", "Dossett", "Longview", "TX", "75605", "1955-11-02", "1207 Judson Rd", False),
    ("TYR004", "Darlene", "", "Dossett", "", "Pickering", "Bobby Ray", "Dossett", "Longview", "TX", "75605", "1957-04-19", "1207 Judson Rd", False),
    ("TYR005", "Ozella", "", "Hightower", "", "Mims", "", "", "Jacksonville", "TX", "75766", "1939-02-14", "612 S Bolton St", False),
    ("TYR006", "Lonnie", "", "Spradlin", "", "", "Rhonda", "Spradlin", "Tyler", "TX", "75701", "1962-09-18", "815 E Front St", False),
    ("TYR007", "Harlan", "Wayne", "Bostick", "", "", "Imogene", "Bostick", "Kilgore", "TX", "75662", "1941-06-12", "208 Laird Dr", False),
    ("TYR008", "Imogene", "", "Bostick", "", "Cates", "Harlan", "Bostick", "Kilgore", "TX", "75662", "1944-09-30", "208 Laird Dr", False),
    ("TYR009", "Kendra", "", "Ashworth", "", "", "Marcus", "Ashworth", "Tyler", "TX", "75701", "1981-05-05", "1502 S Broadway Ave", False),
    ("TYR010", "Dwayne", "", "Kimbrough", "", "", "", "", "Longview", "TX", "75604", "", "3310 Gilmer Rd", False),
    ("TYR011", "Roy Lee", "", "Crumpler Jr.", "", "", "Patricia", "Crumpler", "Lindale", "TX", "75771", "1960-07-04", "19044 FM 16", False),
    ("TYR012", "Patricia", "", "Crumpler", "Patsy", "Yarbrough", "Roy Lee", "Crumpler Jr.", "Lindale", "TX", "75771", "1962-12-01", "19044 FM 16", False),
    ("TYR013", "Nell", "", "Cathey", "", "Riddle", "", "", "Whitehouse", "TX", "75791", "1945-05-27", "310 Hagan Rd", False),
    ("TYR014", "Demetrius", "", "Wyatt", "", "", "Latrice", "Wyatt", "Longview", "TX", "75602", "1978-03-14", "2104 Eden Dr", False),
    ("TYR015", "Latrice", "", "Wyatt", "", "Gilmore", "Demetrius", "Wyatt", "Longview", "TX", "75602", "1980-10-08", "2104 Eden Dr", False),
    ("TYR016", "Colton", "", "Dewberry", "", "", "Brianna", "Dewberry", "Whitehouse", "TX", "75791", "1994-10-10", "122 Wildwood Dr", False),
    ("TYR017", "Rosalinda", "", "Cardenas Mireles", "Rosie", "", "Arturo", "Mireles", "Jacksonville", "TX", "75766", "1970-01-22", "1105 N Jackson St", False),
    ("TYR018", "Marvin", "", "Cheatwood", "Bubba", "", "Sue", "Cheatwood", "Kilgore", "TX", "75662", "1958-02-09", "1620 Stone Rd", False),
    ("TYR019", "Cleotha", "", "Mabry", "Cleo", "", "", "", "Longview", "TX", "75601", "1949-12-19", "", False),
    ("TYR020", "Gerald", "", "Stuckey", "", "", "Dorothy", "Stuckey", "Tyler", "TX", "75703", "1943-04-02", "5021 Hollytree Dr", True),
    ("TYR021", "Marquita", "", "Sessions", "", "", "", "", "Longview", "TX", "75605", "1968-06-30", "88 Lakeshore Dr", False),
    ("TYR022", "Jimmie Don", "", "Luckett", "", "", "Carolyn", "Luckett", "Jacksonville", "TX", "75766", "1952-08-15", "409 Larissa Rd", False),
]
NO_PHONE = {"TYR021", "TYR005"}
BLANK_COORDS: set[str] = set()
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
