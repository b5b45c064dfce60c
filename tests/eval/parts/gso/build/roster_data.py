"""Hand-written roster for the gso part (Piedmont Triad, N.C.; all people invented; places, ZIPs, FIPS real)."""

ADV_WS = "t.womble@salemridgewealth.example"      # Forsyth and Davidson households
ADV_GSO = "k.mebane@salemridgewealth.example"     # Guilford, Alamance and Randolph households


def adv(city: str) -> str:
    return ADV_WS if city in ("Winston-Salem", "Kernersville", "Thomasville") else ADV_GSO


# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # Moravian households, Winston-Salem / Kernersville
    ("GSO001", "William", "Frederick", "Transou", "Bill", "", "Edith", "Transou", "Winston-Salem", "NC", "27104", "1941-04-12", "2208 Buena Vista Rd", False),
    ("GSO002", "Edith", "", "Transou", "", "Hege", "William", "Transou", "Winston-Salem", "NC", "27104", "1944-09-03", "2208 Buena Vista Rd", False),
    ("GSO003", "Carl", "Frederick", "Vogler Jr.", "Buddy", "", "Susan", "Vogler", "Winston-Salem", "NC", "27101", "1958-06-21", "610 S Main St", False),
    ("GSO004", "Anna Marie", "", "Fries", "", "Shore", "Thomas", "Fries", "Kernersville", "NC", "27284", "1962-02-08", "415 Bodenhamer St", False),
    ("GSO021", "Jonathan", "", "Pfohl", "Jon", "", "Laura", "Pfohl", "Winston-Salem", "NC", "27104", "1965-12-01", "931 Arbor Rd", False),
    ("GSO022", "Laura", "", "Pfohl", "", "Reich", "Jonathan", "Pfohl", "Winston-Salem", "NC", "27104", "1967-03-18", "931 Arbor Rd", False),
    ("GSO018", "Richard", "", "Spainhour", "Rick", "", "Linda", "Spainhour", "Kernersville", "NC", "27284", "1946-08-28", "1001 Old Salem Rd", False),
    ("GSO020", "Rebecca", "", "Crist", "Becky", "", "", "", "Winston-Salem", "NC", "27106", "1980-05-25", "", False),
    # Montagnard (Dega) household, south Greensboro
    ("GSO005", "Y Duon", "", "Ksor", "", "", "HNga", "Rmah", "Greensboro", "NC", "27406", "1966-05-01", "3710 Randleman Rd", False),
    ("GSO006", "HNga", "", "Rmah", "", "", "Y Duon", "Ksor", "Greensboro", "NC", "27406", "1970-11-15", "3710 Randleman Rd", False),
    # Black church households
    ("GSO007", "Gwendolyn", "", "Hairston", "Gwen", "Scales", "Curtis", "Hairston", "Greensboro", "NC", "27405", "1957-03-30", "1809 Phillips Ave", False),
    ("GSO008", "Curtis", "L.", "Hairston", "", "", "Gwendolyn", "Hairston", "Greensboro", "NC", "27405", "1955-12-02", "1809 Phillips Ave", False),
    ("GSO009", "DeShawn", "", "McAdoo", "", "", "", "", "High Point", "NC", "27260", "1979-08-14", "1120 E Washington Dr", False),
    ("GSO023", "Darnell", "", "Siler", "", "", "", "", "Asheboro", "NC", "27205", "1966-03-12", "88 Zoo Pkwy", False),
    # Quaker households, Guilford College / Jamestown
    ("GSO010", "Margaret", "", "Hinshaw", "Peggy", "Hockett", "Lewis", "Hinshaw", "Greensboro", "NC", "27410", "1949-07-19", "5600 W Friendly Ave", False),
    ("GSO011", "Samuel", "", "Mendenhall", "Sam", "", "Ruth", "Mendenhall", "Jamestown", "NC", "27282", "1952-10-04", "203 E Main St", False),
    # Lumbee households
    ("GSO012", "Tamara", "", "Oxendine", "Tammy", "Locklear", "Dwayne", "Oxendine", "Greensboro", "NC", "27407", "1972-01-22", "4107 Hobbs Rd", False),
    ("GSO013", "Dwayne", "", "Oxendine", "", "", "Tamara", "Oxendine", "Greensboro", "NC", "27407", "1970-09-09", "4107 Hobbs Rd", False),
    ("GSO014", "Jerome", "", "Chavis", "", "", "", "", "Burlington", "NC", "27217", "1964-04-17", "909 N Church St", False),
    # others
    ("GSO015", "Ana Lucia", "", "Hernandez Villalobos", "", "", "Rafael", "Ortega", "Asheboro", "NC", "27203", "1975-06-30", "145 Sunset Ave", False),
    ("GSO016", "Harold", "", "OBriant", "Hal", "", "Joyce", "OBriant", "Burlington", "NC", "27215", "1950-02-11", "1433 Edgewood Ave", False),
    ("GSO017", "Christopher", "", "Beck", "Chris", "", "Donna", "Beck", "Thomasville", "NC", "27360", "1961-11-05", "22 Salem St", False),
    ("GSO019", "Franklin", "", "Idol", "Frank", "", "Patsy", "Idol", "High Point", "NC", "27262", "1953-01-19", "317 Westchester Dr", True),
    ("GSO024", "Mary Beth", "", "Teague", "", "Pegram", "", "", "High Point", "NC", "27265", "1968-10-27", "2611 Eastchester Dr", False),
]

BLANK_COORDS = {"GSO011", "GSO016"}
BLANK_FIPS = {"GSO024"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"GSO009", "GSO014", "GSO020"}
NO_PHONE = {"GSO011", "GSO019", "GSO023"}
