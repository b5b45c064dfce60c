"""Hand-written roster for the gcm part (southwest Kansas; all people invented; places, ZIPs, FIPS real)."""

ADV = "r.haflich@highplainswealth.example"
ADV_LIB = "m.esquivel@highplainswealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("GCM001", "Harlan", "D.", "Unruh", "", "", "Loretta", "Unruh", "Garden City", "KS", "67846", "1949-08-21", "1406 N 7th St", False),
    ("GCM002", "Loretta", "", "Unruh", "", "Penner", "Harlan", "Unruh", "Garden City", "KS", "67846", "1952-03-14", "1406 N 7th St", False),
    ("GCM003", "Dolores", "", "Ramirez Ochoa", "Lola", "", "", "", "Garden City", "KS", "67846", "", "512 Campus Dr", False),
    ("GCM004", "Minh", "Van", "Tran", "", "", "Lan", "Tran", "Garden City", "KS", "67846", "1970-11-02", "2104 E Fair St", False),
    ("GCM005", "Lan", "Thi", "Tran", "", "Pham", "Minh", "Tran", "Garden City", "KS", "67846", "1973-05-30", "2104 E Fair St", False),
    ("GCM006", "Wendell", "", "Koehn", "Butch", "", "Arlene", "Koehn", "Cimarron", "KS", "67835", "1944-02-09", "308 N Main St", False),
    ("GCM007", "Arlene", "", "Koehn", "", "Friesen", "Wendell", "Koehn", "Cimarron", "KS", "67835", "1946-07-17", "308 N Main St", False),
    ("GCM008", "Jo Ann", "", "Stucky", "", "", "", "", "Dodge City", "KS", "67801", "1940-06-02", "1010 Avenue A", False),
    ("GCM009", "Everett", "", "Schmidtberger Jr.", "Rett", "", "Carla", "Schmidtberger", "Dodge City", "KS", "67801", "1968-12-11", "2207 Thompson Ave", False),
    ("GCM010", "Maria Guadalupe", "", "Armendariz", "Lupe", "", "", "", "Dodge City", "KS", "67801", "1958-09-08", "705 Second Ave", False),
    ("GCM011", "Dwayne", "", "Hottman", "", "", "Tina", "Hottman", "Dodge City", "KS", "67801", "", "1811 Sixth Ave", True),
    ("GCM012", "Ignacio", "", "Villalobos", "Nacho", "", "Rosa", "Villalobos", "Liberal", "KS", "67901", "1961-04-26", "421 N Grant Ave", False),
    ("GCM013", "Rosa", "", "Villalobos", "", "Carrasco", "Ignacio", "Villalobos", "Liberal", "KS", "67901", "1963-10-03", "421 N Grant Ave", False),
    ("GCM014", "Kathleen", "", "Brungardt", "Kathy", "", "", "", "Liberal", "KS", "67901", "1966-01-19", "915 W 15th St", False),
    ("GCM015", "Delbert", "", "Rupp", "Del", "", "", "", "Liberal", "KS", "67901", "1938-05-25", "1220 N Western Ave", False),
    ("GCM016", "Shirley Ann", "", "Rohleder", "", "", "", "", "Garden City", "KS", "67846", "1947-04-04", "707 N 11th St", False),
    ("GCM017", "Kenton", "", "Bexley", "", "", "", "", "Ulysses", "KS", "67880", "", "117 S Colorado St", False),
    ("GCM018", "Marisol", "", "Baeza", "", "", "Andres", "Solis", "Garden City", "KS", "67846", "1991-02-27", "3301 N Jennie Barker Rd", False),
    ("GCM019", "Hodan", "", "Warsame", "", "", "", "", "Garden City", "KS", "67846", "1985-07-14", "1515 E Mary St", False),
    ("GCM020", "Tyler", "", "Wedel", "Ty", "", "Jenna", "Wedel", "Garden City", "KS", "67846", "1978-03-03", "2612 Belmont Pl", False),
    ("GCM021", "Jenna", "", "Wedel", "", "Siebert", "Tyler", "Wedel", "Garden City", "KS", "67846", "1980-06-22", "2612 Belmont Pl", False),
    ("GCM022", "LaVerne", "", "Seiwert", "", "Dirks", "", "", "Holcomb", "KS", "67851", "1936-10-30", "205 Jones Ave", False),
]
LIBERAL = {"GCM012", "GCM013", "GCM014", "GCM015", "GCM017"}
NO_PHONE = {"GCM003", "GCM017"}
BLANK_COORDS = {"GCM016"}
COORD_OVERRIDES = {"GCM019": (37.9712, -100.7985)}   # east Garden City, outside the tornado polygon
