"""Hand-written roster for the grr part (Grand Rapids, Michigan; all people invented; places, ZIPs, FIPS real)."""

ADV = {"MI": "p.vanderlaan@riverbendadvisors.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("GRR001", "Hendrik", "J.", "Vander Molen", "Hank", "", "Gertrude", "Vander Molen", "Jenison", "MI", "49428", "1945-06-14", "2216 Baldwin St", False),
    ("GRR002", "Gertrude", "", "Vander Molen", "Trudy", "Bosscher", "Hendrik", "Vander Molen", "Jenison", "MI", "49428", "1946-11-02", "2216 Baldwin St", False),
    ("GRR003", "Cornelius", "", "Hoekstra Jr.", "Case", "", "Marcia", "Hoekstra", "Grandville", "MI", "49418", "1958-08-21", "3870 Wilson Ave SW", False),
    ("GRR004", "Marcia", "", "Hoekstra", "", "Dykhuis", "Cornelius", "Hoekstra Jr.", "Grandville", "MI", "49418", "1960-01-30", "3870 Wilson Ave SW", False),
    ("GRR005", "Wilhelmina", "", "Ter Haar", "Willie", "Dykstra", "", "", "Hudsonville", "MI", "49426", "1937-04-05", "5540 Balsam Dr", False),
    ("GRR006", "Stanley", "", "Wisniewski", "Stan", "", "Dorothy", "Wisniewski", "Grand Rapids", "MI", "49504", "1949-09-17", "918 Fremont Ave NW", False),
    ("GRR007", "Dorothy", "", "Wisniewski", "Dottie", "Kowalczyk", "Stanley", "Wisniewski", "Grand Rapids", "MI", "49504", "1951-03-08", "918 Fremont Ave NW", False),
    ("GRR008", "Mary Jo", "", "Bouwkamp", "", "", "Derek", "Bouwkamp", "Kentwood", "MI", "49508", "1968-12-12", "4411 Kalamazoo Ave SE", False),
    ("GRR009", "Derek", "", "Bouwkamp", "", "", "Mary Jo", "Bouwkamp", "Kentwood", "MI", "49508", "1966-05-27", "4411 Kalamazoo Ave SE", False),
    ("GRR010", "Rosa Elena", "", "Castillo Ortega", "", "", "Mario", "Reyes", "Grand Rapids", "MI", "49507", "", "1203 Grandville Ave SW", False),
    ("GRR011", "Thanh", "Van", "Nguyen", "", "", "Lan", "Nguyen", "Wyoming", "MI", "49509", "1964-02-19", "1550 36th St SW", False),
    ("GRR012", "Lan", "", "Nguyen", "", "Pham", "Thanh", "Nguyen", "Wyoming", "MI", "49509", "1967-07-04", "1550 36th St SW", False),
    ("GRR013", "Jacob", "", "DeVries", "Jake", "", "Kelsey", "DeVries", "Rockford", "MI", "49341", "1980-10-10", "140 Courtland St", False),
    ("GRR014", "Kelsey", "", "DeVries", "", "Brower", "Jacob", "DeVries", "Rockford", "MI", "49341", "1982-04-22", "140 Courtland St", False),
    ("GRR015", "Arlene", "M.", "Bosch", "", "Zwiers", "", "", "East Grand Rapids", "MI", "49506", "1941-03-22", "702 Lakeside Dr SE", False),
    ("GRR016", "Gerrit", "", "Dykstra", "", "", "Joyce", "Dykstra", "Zeeland", "MI", "49464", "1940-02-09", "330 E Main Ave", False),
    ("GRR017", "Joyce", "", "Dykstra", "", "Kamps", "Gerrit", "Dykstra", "Zeeland", "MI", "49464", "1942-06-30", "330 E Main Ave", False),
    ("GRR018", "Theodore", "", "Kwiatkowski", "Ted", "", "", "", "Walker", "MI", "49534", "", "3101 Remembrance Rd NW", False),
    ("GRR019", "Beverly", "", "Oosterhouse", "Bev", "", "", "", "Byron Center", "MI", "49315", "1962-09-09", "8120 Byron Center Ave SW", True),
    ("GRR020", "Darnell", "", "Whitfield", "", "", "", "", "Grand Rapids", "MI", "49505", "1972-01-15", "1334 Plainfield Ave NE", False),
    ("GRR021", "Brian", "", "Kooistra", "", "", "", "", "Ada", "MI", "49301", "1966-07-07", "", False),
    ("GRR022", "Megan", "", "Haveman", "", "", "", "", "Holland", "MI", "49423", "1985-05-05", "88 W 13th St", False),
]
NO_PHONE = {"GRR013", "GRR014", "GRR021"}
BLANK_COORDS = {"GRR018"}
BLANK_FIPS: set = set()
COORD_OVERRIDES: dict = {}
NO_BIRTH: set = set()
