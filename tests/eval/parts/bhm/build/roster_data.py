"""Hand-written roster for the bhm part (all people invented; places, ZIPs, FIPS real)."""

ADV_JEFF = "w.tate@ironbridgewealth.example"        # Jefferson County (Birmingham, Bessemer, Hoover, Trussville...)
ADV_NORTH = "l.reinhardt@ironbridgewealth.example"  # Shelby and Cullman Counties

AREA = {"Cullman": "256"}  # everyone else 205

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    # ---- Black Baptist / CME families ----
    ("BHM001", "Roosevelt", "", "Threadgill Jr.", "Velt", "", "Odessa", "Threadgill", "Bessemer", "35020", "1948-02-11", "1412 Clarendon Ave", False, ADV_JEFF),
    ("BHM002", "Odessa", "Mae", "Threadgill", "", "Pruitt", "Roosevelt", "Threadgill Jr.", "Bessemer", "35020", "1950-07-23", "1412 Clarendon Ave", False, ADV_JEFF),
    ("BHM003", "Lula Bell", "", "McCants", "", "Hollins", "", "", "Birmingham", "35211", "1941-09-04", "2217 Avenue V", False, ADV_JEFF),
    ("BHM004", "Cedric", "L.", "Oglesby", "", "", "Renita", "Oglesby", "Birmingham", "35218", "1966-04-30", "3309 Avenue F", False, ADV_JEFF),
    ("BHM005", "Darnell", "", "Hairston", "Dee", "", "Yolanda", "Hairston", "Trussville", "35173", "1972-12-02", "5820 Deerfoot Pkwy", False, ADV_JEFF),
    ("BHM006", "Yolanda", "", "Hairston", "", "Gaines", "Darnell", "Hairston", "Trussville", "35173", "1974-05-17", "5820 Deerfoot Pkwy", False, ADV_JEFF),
    ("BHM007", "Lionel", "", "Bolden", "", "", "Sharon", "Bolden", "Birmingham", "35214", "1961-08-08", "1940 Tarrant Rd", False, ADV_JEFF),
    # ---- Greek-American restaurant families ----
    ("BHM008", "Konstantinos", "", "Papadakis", "Gus", "", "Eleni", "Papadakis", "Vestavia Hills", "35216", "1955-03-19", "812 Montgomery Hwy", False, ADV_JEFF),
    ("BHM009", "Eleni", "", "Papadakis", "", "Stathakis", "Konstantinos", "Papadakis", "Vestavia Hills", "35216", "1957-11-06", "812 Montgomery Hwy", False, ADV_JEFF),
    ("BHM010", "Demetrios", "", "Kouzounis", "Jimmy", "", "Angela", "Kouzounis", "Homewood", "35209", "1963-06-14", "1701 Oxmoor Rd", False, ADV_JEFF),
    # ---- Italian Ensley families ----
    ("BHM011", "Salvatore", "J.", "Bonura Sr.", "Sal", "", "Rosalie", "Bonura", "Hoover", "35226", "1944-10-12", "2011 Tyler Rd", False, ADV_JEFF),
    ("BHM012", "Rosalie", "", "Bonura", "", "Cusimano", "Salvatore", "Bonura Sr.", "Hoover", "35226", "1947-01-28", "2011 Tyler Rd", False, ADV_JEFF),
    ("BHM013", "Carmela", "", "DAgostino", "Millie", "Cusimano", "", "", "Birmingham", "35218", "1938-05-09", "1925 Avenue E", False, ADV_JEFF),
    ("BHM014", "Joseph", "Anthony", "Lo Cicero", "Joey", "", "", "", "Vestavia Hills", "35243", "1969-09-21", "3100 Cahaba Heights Rd", False, ADV_JEFF),
    # ---- German Catholic Cullman families ----
    ("BHM015", "Gerald", "", "Kienzle", "Jerry", "", "Marianne", "Kienzle", "Cullman", "35055", "1952-04-03", "410 3rd Ave SE", False, ADV_NORTH),
    ("BHM016", "Marianne", "", "Kienzle", "", "Schwaiger", "Gerald", "Kienzle", "Cullman", "35055", "1954-08-15", "410 3rd Ave SE", False, ADV_NORTH),
    ("BHM017", "Mary Catherine", "", "Eichler", "Kitty", "Schwaiger", "Walter", "Eichler", "Cullman", "35057", "1957-12-08", "77 County Road 1340", False, ADV_NORTH),
    ("BHM018", "Rudolph", "", "Hufnagel", "Rudy", "", "", "", "Cullman", "35058", "1949-02-02", "1550 County Road 747", True, ADV_NORTH),
    # ---- Korean-American (auto-plant suppliers) ----
    ("BHM019", "Sung Min", "", "Cho", "Steve", "", "Hyun Joo", "Cho", "Pelham", "35124", "1974-06-02", "140 Ballantrae Club Dr", False, ADV_NORTH),
    ("BHM020", "Hyun Joo", "", "Cho", "Julie", "Lee", "Sung Min", "Cho", "Pelham", "35124", "1976-10-15", "140 Ballantrae Club Dr", False, ADV_NORTH),
    ("BHM021", "Jae-won", "", "Yoon", "Jay", "", "", "", "Hoover", "35244", "1990-03-27", "1800 Riverchase Pkwy", False, ADV_JEFF),
    # ---- others ----
    ("BHM022", "Adriana", "", "Castaneda Ruiz", "", "", "Luis", "Castaneda", "Pelham", "35124", "1981-01-09", "3020 Pelham Pkwy", False, ADV_NORTH),
    ("BHM023", "Harold", "W.", "Vickery", "Hal", "", "", "", "Gardendale", "35071", "1951-07-30", "914 Main St", False, ADV_JEFF),
]

BLANK_COORDS = {"BHM013", "BHM023"}
BLANK_FIPS = {"BHM021"}
COORD_OVERRIDES: dict = {}
NO_BIRTH = {"BHM007", "BHM021"}
NO_PHONE = {"BHM014", "BHM022"}
NO_ADDRESS = {"BHM010"}
