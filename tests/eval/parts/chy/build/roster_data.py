"""Hand-written roster for the chy part (all people invented; places, ZIPs, FIPS real).

Region: Cheyenne, Laramie, Torrington, Wheatland, Pine Bluffs and Rawlins, Wyoming, plus Scottsbluff / Mitchell,
Nebraska (NWS Cheyenne, KCYS)."""

ADV_SOUTH = "k.brandvold@highplainswealth.example"   # Cheyenne, Pine Bluffs, Laramie, Rawlins
ADV_NORTH = "r.medina@highplainswealth.example"      # Torrington, Wheatland, Scotts Bluff County NE
NORTH = {"Torrington", "Wheatland", "Scottsbluff", "Mitchell"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # Basque sheep-ranching household, Rawlins (Carbon County)
    ("CHY001", "Raymond", "", "Etchepare", "Ray", "", "Maria Teresa", "Etchepare", "Rawlins", "WY", "82301", "1949-06-21", "1410 Spruce St", False),
    ("CHY002", "Maria Teresa", "", "Etchepare", "Maite", "Irigaray", "Raymond", "Etchepare", "Rawlins", "WY", "82301", "1952-09-30", "1410 Spruce St", False),
    # Volga German household, Scottsbluff NE
    ("CHY003", "Heinrich", "", "Schaffert", "Henry", "", "Lydia", "Schaffert", "Scottsbluff", "NE", "69361", "1940-03-14", "2215 Avenue C", False),
    ("CHY004", "Lydia", "", "Schaffert", "", "Dinges", "Heinrich", "Schaffert", "Scottsbluff", "NE", "69361", "1942-11-02", "2215 Avenue C", False),
    # Hispanic railroad family, Cheyenne (south side)
    ("CHY005", "Jose Luis", "", "Ramirez Olivas", "", "", "Dolores", "Ramirez", "Cheyenne", "WY", "82007", "1958-01-12", "714 W 5th St", False),
    ("CHY006", "Dolores", "", "Ramirez", "Lola", "Gallegos", "Jose Luis", "Ramirez Olivas", "Cheyenne", "WY", "82007", "1960-05-08", "714 W 5th St", False),
    # Ranching, Wheatland (suffix stored in the surname; spouse Kelsey is not a client)
    ("CHY007", "Garrett", "Lee", "Holloway Jr.", "", "", "Kelsey", "Holloway", "Wheatland", "WY", "82201", "1968-04-17", "1655 Palmer Canyon Rd", False),
    # Volga German sugar-beet family, Torrington (widow, maiden Weber, compound given name)
    ("CHY008", "Mary Jo", "", "Trautwein", "", "Weber", "", "", "Torrington", "WY", "82240", "1955-07-22", "2030 West C St", False),
    # Air Force (F.E. Warren) household, north Cheyenne
    ("CHY009", "Marcus", "D.", "Whitfield", "", "", "Danielle", "Whitfield", "Cheyenne", "WY", "82009", "1982-02-09", "5120 Powderhouse Rd", False),
    ("CHY010", "Danielle", "", "Whitfield", "", "", "Marcus", "Whitfield", "Cheyenne", "WY", "82009", "1984-10-14", "5120 Powderhouse Rd", False),
    # University of Wyoming, Laramie (apostrophe dropped by the CRM; spouse Colleen not a client)
    ("CHY011", "Patrick", "", "OHara", "Pat", "", "Colleen", "OHara", "Laramie", "WY", "82070", "1961-03-17", "", False),
    # Hispanic sugar-beet family, Scottsbluff (compound surname)
    ("CHY012", "Rosalinda", "", "Archuleta Baca", "Rosie", "", "", "", "Scottsbluff", "NE", "69361", "", "1907 5th Ave", False),
    # do_not_contact rancher, Pine Bluffs
    ("CHY013", "Leonard", "", "Bauer", "Len", "", "", "", "Pine Bluffs", "WY", "82082", "1950-08-08", "307 Main St", True),
    # Hispanic railroad family, Cheyenne
    ("CHY014", "Anna Marie", "", "Lucero", "", "Montoya", "Eloy", "Lucero", "Cheyenne", "WY", "82001", "1947-04-04", "919 E 9th St", False),
    ("CHY015", "Eloy", "R.", "Lucero", "", "", "Anna Marie", "Lucero", "Cheyenne", "WY", "82001", "1945-12-01", "919 E 9th St", False),
    # Angus ranch near Lingle, Torrington address
    ("CHY016", "Wade", "", "McAllister", "", "", "Jennifer", "McAllister", "Torrington", "WY", "82240", "1975-05-05", "4875 US Hwy 26", False),
    ("CHY017", "Jennifer", "", "McAllister", "Jenna", "Lindholm", "Wade", "McAllister", "Torrington", "WY", "82240", "1977-08-19", "4875 US Hwy 26", False),
    # Volga German, Mitchell NE (Lydia Schaffert's brother; spouse Irene not a client)
    ("CHY018", "Alexander", "", "Dinges", "Alex", "", "Irene", "Dinges", "Mitchell", "NE", "69357", "1944-06-06", "1120 18th Ave", False),
    # older namesake of a young decedent (spouse Gail not a client)
    ("CHY019", "Kenneth", "", "Schreiner", "Ken", "", "Gail", "Schreiner", "Cheyenne", "WY", "82009", "1957-10-10", "6612 Yellowstone Rd", False),
    ("CHY020", "Beatriz", "", "Villalobos", "Bea", "", "", "", "Laramie", "WY", "82072", "1970-08-02", "1602 Garfield St", False),
    ("CHY021", "Gordon", "", "Fairbanks", "", "", "", "", "Cheyenne", "WY", "82001", "", "", False),
    # Hispanic sugar-beet family, Torrington (widow; maiden Sandoval)
    ("CHY022", "Josefina", "", "Aguilar", "Josie", "Sandoval", "", "", "Torrington", "WY", "82240", "1938-03-05", "612 E 22nd Ave", False),
    ("CHY023", "Miriam", "", "Haskins", "", "", "", "", "Laramie", "WY", "82070", "1971-06-30", "1012 Ivinson Ave", False),
    # Basque, Rawlins (spouse Ainhoa not a client)
    ("CHY024", "Peter", "", "Arambel", "Pete", "", "Ainhoa", "Arambel", "Rawlins", "WY", "82301", "", "318 W Pine St", False),
]

BLANK_COORDS = {"CHY012", "CHY020"}
BLANK_FIPS = {"CHY018"}
NO_PHONE = {"CHY020", "CHY023", "CHY021"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
