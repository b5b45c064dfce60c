"""Hand-written roster for the roa part (Roanoke, Salem, Vinton, Va.). All people invented; ZIPs/FIPS real."""

ADV_ROANOKE = "a.whitescarver@starlingridgewealth.example"   # Roanoke city clients
ADV_COUNTY = "m.ostrander@starlingridgewealth.example"       # Salem, Vinton, Roanoke County clients

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("ROA001", "Lowell", "Everett", "Pannabecker", "", "", "Gwendolyn", "Pannabecker", "Salem", "VA", "24153", "1949-08-14", "412 Idaho St", False),
    ("ROA002", "Cornell", "", "Musselwhite Jr.", "Corky", "", "Darlene", "Musselwhite", "Roanoke", "VA", "24012", "1958-11-20", "2719 Liberty Rd NW", False),
    ("ROA003", "Mary Beth", "", "Quesenberry", "", "Akers", "Harlan", "Quesenberry", "Vinton", "VA", "24179", "1962-04-07", "815 Hardy Rd", False),
    ("ROA004", "Harlan", "", "Quesenberry", "Hal", "", "Mary Beth", "Quesenberry", "Vinton", "VA", "24179", "1960-09-12", "815 Hardy Rd", False),
    ("ROA005", "Ezequiel", "", "Barrientos Ocampo", "Zeke", "", "Yesenia", "Barrientos", "Roanoke", "VA", "24017", "1975-01-30", "1604 Melrose Ave NW", False),
    ("ROA006", "Yesenia", "", "Barrientos", "", "Villafane", "Ezequiel", "Barrientos Ocampo", "Roanoke", "VA", "24017", "1978-06-11", "1604 Melrose Ave NW", False),
    ("ROA007", "Philomena", "", "DArcangelo", "Mena", "", "", "", "Roanoke", "VA", "24018", "1944-05-29", "4127 Brambleton Ave", False),
    ("ROA008", "Prakash", "", "Thirunavukkarasu", "", "", "Lakshmi", "Thirunavukkarasu", "Salem", "VA", "24153", "1970-02-18", "1320 Red Lane Ext", False),
    ("ROA009", "Clement", "A.", "Boatwright", "", "", "Earlene", "Boatwright", "Roanoke", "VA", "24016", "1949-04-25", "611 Moorman Rd NW", False),
    ("ROA010", "Judith", "Ann", "Overstreet", "Judy", "", "", "", "Roanoke", "VA", "24018", "1957-10-03", "5230 Cave Spring Ln", False),
    ("ROA011", "Royce", "", "Flannagan", "", "", "Bettina", "Flannagan", "Salem", "VA", "24153", "1952-12-01", "208 Hawthorne Rd", False),
    ("ROA012", "Bettina", "", "Flannagan", "Tina", "Hylton", "Royce", "Flannagan", "Salem", "VA", "24153", "1954-08-19", "208 Hawthorne Rd", False),
    ("ROA013", "Garland", "", "Poindexter", "", "", "", "", "Roanoke", "VA", "24019", "1948-03-16", "7710 Plantation Rd", False),
    ("ROA014", "Sharonda", "", "Goode", "", "Mabry", "Terrence", "Goode", "Roanoke", "VA", "24016", "1971-09-05", "1125 Staunton Ave NW", False),
    ("ROA015", "Terrence", "", "Goode", "Terry", "", "Sharonda", "Goode", "Roanoke", "VA", "24016", "1969-12-28", "1125 Staunton Ave NW", False),
    ("ROA016", "Cordelia", "", "Van Lear", "Delia", "Honaker", "", "", "Roanoke", "VA", "24014", "1940-02-02", "2302 Crystal Spring Ave SW", True),
    ("ROA017", "Augustus", "", "Hollandsworth", "Gus", "", "Imogene", "Hollandsworth", "Vinton", "VA", "24179", "1941-07-22", "340 Walnut Ave", False),
    ("ROA018", "Khanh Linh", "", "Vuong", "Linh", "", "", "", "Salem", "VA", "24153", "1984-11-02", "19 E Main St Apt 4", False),
    ("ROA019", "Ottis", "Ray", "Blankenbeckler", "", "", "Rhonda", "Blankenbeckler", "Roanoke", "VA", "24019", "1955-02-11", "6120 Peters Creek Rd", False),
    ("ROA020", "Evangeline", "", "Dudding", "Vangie", "Honaker", "", "", "Salem", "VA", "24153", "1946-01-09", "744 Academy St", False),
    ("ROA021", "Fintan", "", "OKeeffe", "", "", "Brianna", "OKeeffe", "Roanoke", "VA", "24015", "1980-06-24", "2015 Memorial Ave SW", False),
    ("ROA022", "Lucinda", "", "Stoutamire", "Cindy", "", "", "", "Vinton", "VA", "24179", "1966-03-30", "127 Pollard St", False),
]

BLANK_COORDS = {"ROA013"}          # derived from ZIP
NO_BIRTH = {"ROA021"}
NO_PHONE = {"ROA018"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
