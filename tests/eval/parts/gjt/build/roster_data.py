"""Hand-written roster for the gjt part (Grand Valley, Delta/Montrose, Glenwood Springs; all people invented;
places, ZIPs and FIPS real)."""

ADV_MESA = "r.vigil@bookcliffwealth.example"        # Mesa County clients
ADV_EAST = "k.sorensen@bookcliffwealth.example"     # Delta, Montrose, Garfield clients

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # LDS ranching family, Delta
    ("GJT001", "Jedediah", "L.", "Allred", "Jed", "", "LaRae", "Allred", "Delta", "CO", "81416", "1956-09-14", "1460 G Rd", False),
    ("GJT002", "LaRae", "", "Allred", "", "Call", "Jedediah", "Allred", "Delta", "CO", "81416", "1958-02-03", "1460 G Rd", False),
    # Hispano (San Luis Valley) family, Montrose: compound surname kept by the CRM
    ("GJT003", "Eloy", "", "Gallegos Valdez", "", "", "Rosella", "Gallegos", "Montrose", "CO", "81401", "1949-06-22", "612 S 5th St", False),
    ("GJT004", "Rosella", "", "Gallegos", "", "Maestas", "Eloy", "Gallegos Valdez", "Montrose", "CO", "81401", "1951-11-08", "612 S 5th St", False),
    ("GJT005", "Teodora", "", "Manzanares Lucero", "Dora", "", "", "", "Grand Junction", "CO", "81504", "1957-03-30", "2945 Orchard Ave", False),
    # Palisade peach family: suffix stored in the surname
    ("GJT006", "Dominic", "", "Carbone Jr.", "Nick", "", "Gina", "Carbone", "Palisade", "CO", "81526", "1961-07-19", "3710 G Rd", False),
    ("GJT007", "Gina", "", "Carbone", "", "Pellegrino", "Dominic", "Carbone Jr.", "Palisade", "CO", "81526", "1963-12-01", "3710 G Rd", False),
    # apostrophe dropped by the CRM; widow listed without a spouse
    ("GJT008", "Patricia", "", "OBannon", "Patty", "", "", "", "Glenwood Springs", "CO", "81601", "1947-04-11", "914 Bennett Ave", False),
    # Basque sheepherding families
    ("GJT009", "Jose Mari", "", "Goicoechea", "", "", "Maite", "Goicoechea", "Fruita", "CO", "81521", "1953-10-05", "1188 17 Rd", False),
    ("GJT010", "Ignacio", "", "Urrutia", "Nacho", "", "Josefina", "Urrutia", "Grand Junction", "CO", "81505", "1941-01-27", "2380 H Rd", False),
    ("GJT011", "Josefina", "", "Urrutia", "Josie", "Arrieta", "Ignacio", "Urrutia", "Grand Junction", "CO", "81505", "1945-08-16", "2380 H Rd", False),
    # ranching family, Montrose (roster spouse not a client)
    ("GJT012", "Royce", "", "Whitlock", "", "", "Darla", "Whitlock", "Montrose", "CO", "81403", "1950-05-02", "17800 6450 Rd", False),
    # LDS, Grand Junction (roster spouse not a client)
    ("GJT013", "Lorin", "", "Christiansen", "", "", "Sheree", "Christiansen", "Grand Junction", "CO", "81506", "1960-01-15", "3321 Primrose Ct", False),
    # Clifton couple
    ("GJT014", "Susan", "", "Pruitt", "Sue", "", "Thomas", "Pruitt", "Clifton", "CO", "81520", "1966-06-06", "3248 F 1/4 Rd", False),
    ("GJT015", "Thomas", "", "Pruitt", "Tom", "", "Susan", "Pruitt", "Clifton", "CO", "81520", "1964-10-28", "3248 F 1/4 Rd", False),
    # Glenwood business owner
    ("GJT016", "Kendra", "", "Lindahl", "", "", "", "", "Glenwood Springs", "CO", "81601", "1979-08-21", "206 8th St", False),
    # Dutch particle (dairy family, Montrose)
    ("GJT017", "Pieter", "", "De Jong", "Pete", "", "", "", "Montrose", "CO", "81401", "1958-12-12", "2150 Ogden Rd", False),
    # do_not_contact
    ("GJT018", "Harlan", "", "Sweitzer", "", "", "", "", "Delta", "CO", "81416", "1955-05-25", "388 Palmer St", True),
    # parent of a scholarship winner (roster spouse not a client)
    ("GJT019", "Angela", "", "Sandoval", "Angie", "", "Mark", "Sandoval", "Grand Junction", "CO", "81501", "1975-09-09", "1035 Gunnison Ave", False),
    # Japanese-American farming family, Delta
    ("GJT020", "Glenn", "", "Nakagawa", "", "", "", "", "Delta", "CO", "81416", "1962-03-03", "1620 Main St", False),
    # old client, Carbondale; notice without age or survivors -> possible
    ("GJT021", "Frederick", "", "Baumgartner", "Fritz", "", "", "", "Carbondale", "CO", "81623", "1938-02-19", "540 Euclid Ave", False),
    # young LDS client, Fruita
    ("GJT022", "Cody", "", "Rasband", "", "", "", "", "Fruita", "CO", "81521", "1996-04-17", "455 E Aspen Ave", False),
]

BLANK_COORDS = {"GJT008", "GJT020"}
BLANK_FIPS = {"GJT017"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"GJT016", "GJT022"}
NO_PHONE = {"GJT005", "GJT013"}
NO_ADDRESS = {"GJT017"}
