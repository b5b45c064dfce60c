"""Hand-written roster for the hfd part (all people invented; places, ZIPs, FIPS real)."""

ADV_A = "r.kowalczyk@charteroakwealth.example"   # adviser A: New Britain, Bristol, Wethersfield, Tolland County
ADV_B = "d.mensah@charteroakwealth.example"      # adviser B: Hartford, West Hartford, Bloomfield, Glastonbury, Manchester

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("HFD001", "Stanley", "J.", "Wisniewski", "Stan", "", "Helen", "Wisniewski", "New Britain", "CT", "06053", "1948-03-14", "212 Farmington Ave", False, ADV_A),
    ("HFD002", "Helen", "", "Wisniewski", "", "Zawadzki", "Stanley", "Wisniewski", "New Britain", "CT", "06053", "1950-07-02", "212 Farmington Ave", False, ADV_A),
    ("HFD003", "Joseph", "", "Kowalczyk Jr.", "Joe", "", "Barbara", "Kowalczyk", "New Britain", "CT", "06051", "1961-09-22", "48 Grove Hill", False, ADV_A),
    ("HFD004", "Mary Beth", "", "Sobczak", "", "", "Gregory", "Sobczak", "Bristol", "CT", "06010", "1966-11-05", "77 Federal Hill Rd", False, ADV_A),
    ("HFD005", "Carmen Iris", "", "Santiago Velez", "", "", "Hector", "Ortiz", "Hartford", "CT", "06114", "1959-04-18", "135 Wethersfield Ave", False, ADV_B),
    ("HFD006", "Hector", "Luis", "Ortiz", "", "", "Carmen Iris", "Santiago Velez", "Hartford", "CT", "06114", "1957-01-30", "135 Wethersfield Ave", False, ADV_B),
    ("HFD007", "Jose", "Antonio", "Figueroa", "Tony", "", "", "", "New Britain", "CT", "06051", "1970-06-09", "390 Arch St", False, ADV_A),
    ("HFD008", "Salvatore", "", "DAngelo", "Sal", "", "Rosemarie", "DAngelo", "Wethersfield", "CT", "06109", "1952-02-11", "19 Hartford Ave", False, ADV_A),
    ("HFD009", "Rosemarie", "", "DAngelo", "", "Grasso", "Salvatore", "DAngelo", "Wethersfield", "CT", "06109", "1954-08-27", "19 Hartford Ave", False, ADV_A),
    ("HFD010", "Vincent", "", "Lo Bianco", "Vinny", "", "Gina", "Lo Bianco", "Hartford", "CT", "06114", "1955-12-03", "560 Franklin Ave", False, ADV_B),
    ("HFD011", "Angelina", "", "Mastrangelo", "Angie", "", "", "", "Wethersfield", "CT", "06109", "1936-05-19", "40 Jordan Ln", False, ADV_A),
    ("HFD012", "Delroy", "", "Campbell", "", "", "Marcia", "Campbell", "Hartford", "CT", "06112", "1962-10-14", "88 Vine St", False, ADV_B),
    ("HFD013", "Marcia", "", "Campbell", "", "Beckford", "Delroy", "Campbell", "Hartford", "CT", "06112", "1964-03-08", "88 Vine St", False, ADV_B),
    ("HFD014", "Everton", "", "Gayle", "", "", "Paulette", "Gayle", "Bloomfield", "CT", "06002", "1958-07-21", "15 Park Ave", False, ADV_B),
    ("HFD015", "Emir", "", "Hadzic", "", "", "", "", "Hartford", "CT", "06106", "1975-05-02", "1210 New Britain Ave", False, ADV_B),
    ("HFD016", "Amra", "", "Begovic", "", "Mujic", "Senad", "Begovic", "West Hartford", "CT", "06110", "1971-09-16", "31 Quaker Ln S", False, ADV_B),
    ("HFD017", "Eleanor", "", "Pitkin", "Nell", "Hale", "", "", "Glastonbury", "CT", "06033", "1941-01-25", "1702 Main St", False, ADV_B),
    ("HFD018", "Nathaniel", "", "Welles", "Nat", "", "Abigail", "Welles", "Glastonbury", "CT", "06033", "1956-04-04", "2250 Main St", False, ADV_B),
    ("HFD019", "Abigail", "", "Welles", "Abby", "Talcott", "Nathaniel", "Welles", "Glastonbury", "CT", "06033", "1958-10-10", "2250 Main St", False, ADV_B),
    ("HFD020", "Richard", "", "Moriarty", "Rick", "", "", "", "Manchester", "CT", "06040", "1960-08-19", "25 Porter St", True, ADV_B),
    ("HFD021", "Donna Lee", "", "Gauthier", "", "", "Paul", "Gauthier", "Vernon", "CT", "06066", "1963-12-12", "9 Prospect St", False, ADV_A),
    ("HFD022", "Gordon", "", "Avery", "", "", "", "", "Tolland", "CT", "06084", "1950-02-17", "120 Tolland Green", False, ADV_A),
    ("HFD023", "Claudette", "", "Reid", "", "", "", "", "Manchester", "CT", "06040", "1949-06-30", "301 Center St", False, ADV_B),
]

BLANK_COORDS = {"HFD015", "HFD022"}
BLANK_FIPS = {"HFD021"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"HFD010", "HFD016", "HFD023"}
NO_PHONE = {"HFD014", "HFD022"}
NO_ADDRESS = {"HFD015"}
