"""Hand-written roster for the dsm part (all people invented; places, ZIPs, FIPS real)."""

# two advisers: metro north/west and the south side / Warren / Marion
NORTH = "k.lindgren@skywalkwealth.example"
SOUTH = "j.vandenberg@skywalkwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # ---- Pella (Dutch Reformed) ----
    ("D001", "Hendrik", "J.", "Van Zee", "Henk", "", "Grace", "Van Zee", "Pella", "IA", "50219", "1941-06-12", "1104 Broadway St", False, SOUTH),
    ("D002", "Grace", "", "Van Zee", "", "De Haan", "Hendrik", "Van Zee", "Pella", "IA", "50219", "1944-02-27", "1104 Broadway St", False, SOUTH),
    ("D003", "Marvin", "", "Vander Molen", "Marv", "", "Arlene", "Vander Molen", "Pella", "IA", "50219", "1950-09-03", "812 Washington St", False, SOUTH),
    ("D004", "Wilhelmina", "", "DeJong", "Willa", "", "", "", "Pella", "IA", "50219", "1939-04-30", "305 E 3rd St", False, SOUTH),
    ("D021", "Richard", "", "Vermeer", "Rick", "", "", "", "Pella", "IA", "50219", "1957-08-08", "", True, SOUTH),
    # ---- Bosnian families (Urbandale, West Des Moines) ----
    ("D005", "Emir", "", "Hadzic", "", "", "Amra", "Hadzic", "Urbandale", "IA", "50322", "1969-03-15", "4120 86th St", False, NORTH),
    ("D006", "Amra", "", "Hadzic", "", "Mehmedovic", "Emir", "Hadzic", "Urbandale", "IA", "50322", "1972-11-08", "4120 86th St", False, NORTH),
    ("D020", "Nermin", "", "Sehic", "", "", "Lejla", "Sehic", "West Des Moines", "IA", "50266", "1975-05-05", "6710 Ashworth Rd", False, NORTH),
    # ---- Hispanic compound surname ----
    ("D007", "Rosa Elena", "", "Navarro Ruiz", "", "", "Javier", "Castillo", "West Des Moines", "IA", "50265", "1976-07-19", "1550 Vine St", False, NORTH),
    # ---- Italian South Side Des Moines ----
    ("D008", "Anthony", "J.", "Graziano Jr.", "Tony", "", "Carla", "Graziano", "Des Moines", "IA", "50315", "1958-05-21", "1610 Porter Ave", False, SOUTH),
    ("D009", "Carla", "", "Graziano", "", "Tursi", "Anthony", "Graziano Jr.", "Des Moines", "IA", "50315", "1960-10-02", "1610 Porter Ave", False, SOUTH),
    ("D010", "Vincent", "P.", "DAmato", "Vince", "", "Rosemary", "DAmato", "Des Moines", "IA", "50310", "1947-12-01", "3415 Beaver Ave", False, SOUTH),
    ("D011", "Mary Beth", "", "Scavo", "", "", "", "", "Des Moines", "IA", "50315", "", "415 E Park Ave", False, SOUTH),
    ("D022", "Dominic", "", "Bruno", "Dom", "", "", "", "Des Moines", "IA", "50315", "", "2301 SW 9th St", False, SOUTH),
    # ---- Lao / Tai Dam ----
    ("D012", "Somsak", "", "Phanthavong", "Sam", "", "Vanh", "Phanthavong", "Ankeny", "IA", "50021", "1962-01-09", "1806 NE Delaware Ave", False, NORTH),
    ("D013", "Vanh", "", "Phanthavong", "", "Sisavath", "Somsak", "Phanthavong", "Ankeny", "IA", "50021", "1965-06-30", "1806 NE Delaware Ave", False, NORTH),
    ("D014", "Lanh", "", "Deo", "", "", "Mai", "Deo", "Des Moines", "IA", "50317", "1951-02-11", "2910 E 29th St", False, SOUTH),
    # ---- Scandinavian Lutheran ----
    ("D015", "Susan", "", "Halvorsen", "Sue", "Lindqvist", "Thomas", "Halvorsen", "Ankeny", "IA", "50023", "1961-03-22", "907 NW Greenwood Dr", False, NORTH),
    ("D016", "Thomas", "", "Halvorsen", "Tom", "", "Susan", "Halvorsen", "Ankeny", "IA", "50023", "1960-12-05", "907 NW Greenwood Dr", False, NORTH),
    ("D017", "Anna Marie", "", "Nygaard", "", "", "", "", "Johnston", "IA", "50131", "1948-07-04", "6011 Merle Hay Rd", False, NORTH),
    ("D018", "Gunnar", "O.", "Lindahl", "", "", "Joyce", "Lindahl", "Indianola", "IA", "50125", "1944-01-18", "603 W Ashland Ave", False, SOUTH),
    ("D019", "Bradley", "", "Sorensen", "Brad", "", "Kelly", "Sorensen", "Urbandale", "IA", "50323", "1981-09-27", "15820 Bristow Dr", False, NORTH),
    ("D023", "Lisa Ann", "", "Brekke", "", "", "", "", "Norwalk", "IA", "50211", "1975-10-10", "", False, SOUTH),
]

# clients whose coordinates are left blank (derived from the ZIP by the engine)
BLANK_COORDS = {"D010", "D017"}
# clients whose county_fips only is left blank
BLANK_FIPS = {"D023"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_PHONE = {"D014", "D020"}
