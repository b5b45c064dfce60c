"""Hand-written roster for part jxn, south-central Michigan (all people invented; places, ZIPs, FIPS real)."""

ADV = "l.ferraro@grandrivercounsel.example"
# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("JXN001", "Harold", "W.", "Brinkerhoff", "Hal", "", "Doris", "Brinkerhoff", "Jackson", "MI", "49203", "1946-08-12", "1418 Francis St", False),
    ("JXN002", "Doris", "", "Brinkerhoff", "", "Schaible", "Harold", "Brinkerhoff", "Jackson", "MI", "49203", "1948-03-27", "1418 Francis St", False),
    ("JXN003", "Geraldine", "", "Wojtaszek", "Gerry", "Nowicki", "", "", "Albion", "MI", "49224", "1944-11-02", "611 E Erie St", False),
    ("JXN004", "Duane", "R.", "Vandermolen Jr.", "", "", "Sherri", "Vandermolen", "Hillsdale", "MI", "49242", "1961-05-19", "3380 Hallett Rd", False),
    ("JXN005", "Sherri", "", "Vandermolen", "", "Kimmerle", "Duane", "Vandermolen Jr.", "Hillsdale", "MI", "49242", "1963-09-08", "3380 Hallett Rd", False),
    ("JXN006", "Mary Beth", "", "Haeussler", "", "Ritzenthaler", "Karl", "Haeussler", "Chelsea", "MI", "48118", "1968-07-14", "212 Washington St", False),
    ("JXN007", "Karl", "", "Haeussler", "", "", "Mary Beth", "Haeussler", "Chelsea", "MI", "48118", "1965-01-30", "212 Washington St", False),
    ("JXN008", "Cletus", "", "Ritzenthaler", "", "", "", "", "Grass Lake", "MI", "49240", "1939-12-04", "9870 Mount Hope Rd", True),
    ("JXN009", "Tamika", "", "Ostrander-Bell", "", "Ostrander", "", "", "Jackson", "MI", "49201", "1979-04-22", "505 Fourth St", False),
    ("JXN010", "Bernard", "", "Klopfenstein", "Bud", "", "Arlene", "Klopfenstein", "Spring Arbor", "MI", "49283", "1944-02-16", "7205 Chapel Rd", False),
    ("JXN011", "Arlene", "", "Klopfenstein", "", "Gutekunst", "Bernard", "Klopfenstein", "Spring Arbor", "MI", "49283", "1947-06-01", "7205 Chapel Rd", False),
    ("JXN012", "Lorraine", "", "Pfeifle", "", "", "", "", "Jonesville", "MI", "49250", "1937-10-10", "214 W Chicago St", False),
    ("JXN013", "Reginald", "", "Tuttle", "Reggie", "", "Monique", "Tuttle", "Albion", "MI", "49224", "1972-08-25", "1003 Austin Ave", False),
    ("JXN014", "Wendell", "", "Huizenga", "", "", "Connie", "Huizenga", "Marshall", "MI", "49068", "1955-03-11", "415 W Mansion St", False),
    ("JXN015", "Rosalind", "", "Mapes", "Roz", "Dancer", "Terrence", "Mapes", "Parma", "MI", "49269", "1963-12-20", "11840 Michigan Ave", False),
    ("JXN016", "Terrence", "", "Mapes", "Terry", "", "Rosalind", "Mapes", "Parma", "MI", "49269", "1961-10-05", "11840 Michigan Ave", False),
    ("JXN017", "Agnieszka", "", "Lutz", "Aggie", "Kowalczyk", "", "", "Jackson", "MI", "49202", "1958-01-13", "740 N Wisner St", False),
    ("JXN018", "Everett", "", "Dunnigan", "", "", "", "", "Napoleon", "MI", "49261", "1949-09-17", "6620 Napoleon Rd", False),
    ("JXN019", "Fern", "", "Yoder", "", "Vandermolen", "Mahlon", "Yoder", "Hillsdale", "MI", "49242", "1952-04-03", "4471 Bankers Rd", False),
    ("JXN020", "Dwight", "", "Pung", "", "", "", "", "Manchester", "MI", "48158", "1966-02-09", "118 E Main St", False),
    ("JXN021", "Lucille", "", "Van Horn", "Lucy", "", "", "", "Chelsea", "MI", "48118", "1941-05-28", "330 Wilkinson St", False),
    ("JXN022", "Nathan", "", "Brinkerhoff", "Nate", "", "Alyssa", "Brinkerhoff", "Jackson", "MI", "49201", "1974-06-06", "2115 E Michigan Ave", False),
]
NO_BIRTH = {"JXN018", "JXN009", "JXN013"}
NO_PHONE = {"JXN020", "JXN012"}
NO_ADDRESS = {"JXN021"}
BLANK_COORDS = {"JXN019"}
